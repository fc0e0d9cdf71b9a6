// Taro build config shared by weapp and h5; dev.ts / prod.ts hold what differs by NODE_ENV.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const ROOT = path.resolve(__dirname, '..');

/** Writes { chunk: [[module, bytes], …] } after a build, largest first: each chunk's modules
 * from the chunk graph, a concatenated module counted by its parts (stats JSON leaves those
 * unnamed). */
class ModuleSizes {
  constructor(private readonly file: string) {}
  apply(compiler: {
    hooks: { done: { tap(n: string, f: (s: { compilation: Compilation }) => void): void } };
  }) {
    compiler.hooks.done.tap('module-sizes', ({ compilation }) => {
      const name = (m: BuiltModule) =>
        m.readableIdentifier(compilation.requestShortener) || m.identifier();
      const parts = (m: BuiltModule): BuiltModule[] =>
        m.modules?.length ? m.modules.flatMap(parts) : [m];
      const out: Record<string, [string, number][]> = {};
      for (const chunk of compilation.chunks) {
        const file = [...chunk.files].find((f) => f.endsWith('.js')) ?? String(chunk.id);
        out[file] = compilation.chunkGraph
          .getChunkModules(chunk)
          .flatMap(parts)
          .map((m): [string, number] => [name(m), m.size()])
          .sort((x, y) => y[1] - x[1]);
      }
      writeFileSync(this.file, JSON.stringify(out, null, 1));
    });
  }
}
interface BuiltModule {
  readableIdentifier(shortener: unknown): string;
  identifier(): string;
  size(): number;
  modules?: BuiltModule[];
}
interface Compilation {
  requestShortener: unknown;
  chunks: Iterable<{ id?: unknown; files: Set<string> }>;
  chunkGraph: { getChunkModules(chunk: unknown): BuiltModule[] };
}

// Taro compiles only src/ and Taro's own packages by default; the shared pure-TS domain/ folder
// (imported relatively from src, e.g. '../../../domain/account/contract') must be compiled too.
/** h5 only, and only when asked: npm start and the e2e setup build with TARO_APP_DEV_TOOLS=1 */
const DEV_TOOLS = process.env.TARO_ENV === 'h5' && process.env.TARO_APP_DEV_TOOLS === '1';

const COMPILE_INCLUDE = [path.join(ROOT, 'domain')];

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'union-hub',
    date: '2025-11-23',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    // the local-cloud/e2e h5 build (dev sign-in, X-Dev-Openid) goes to its own folder
    outputRoot: `dist/${process.env.TARO_ENV}${DEV_TOOLS ? '-dev' : ''}`,
    plugins: [],
    // dev tools only in a build that asks for them (TARO_APP_DEV_TOOLS=1): never in a plain one
    defineConstants: { 'process.env.TARO_APP_DEV_TOOLS': JSON.stringify(DEV_TOOLS ? '1' : '') },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // modules used by one subpackage only move out of the main package
      optimizeMainPackage: { enable: true },
      compile: { include: COMPILE_INCLUDE },
      // components' class names never overlap, so the order of their css in a shared chunk is free
      miniCssExtractPluginOption: { ignoreOrder: true },
      webpackChain(chain) {
        // BUILD_STATS=<file>: which modules each output chunk holds (for what the main package holds)
        if (process.env.BUILD_STATS)
          chain.plugin('module-sizes').use(ModuleSizes, [process.env.BUILD_STATS]);
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: COMPILE_INCLUDE },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      webpackChain(chain) {
        // Taro splits only initial chunks on h5, so every lazily loaded page chunk carried its own
        // copy of zod and the shared components; share them between pages as well
        const splitChunks = chain.optimization.get('splitChunks');
        chain.optimization.splitChunks({ ...splitChunks, chunks: 'all' });
        // webpack's 244 KiB hints are about websites; the budgets that matter are checked by scripts
        chain.performance.hints(false);
      },
      postcss: {
        // the root font scales with the screen (20px on a 375-wide phone); cap it on desktops so
        // text stays phone-sized there (36 design px ≈ 18 CSS px on a phone, ≈ 21.6 on a desktop)
        pxtransform: { enable: true, config: { maxRootSize: 24 } },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
