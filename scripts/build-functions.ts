// `npm run build:functions`: bundles each cloud function with _kit and domain/ into
// dist/cloudfunctions/<name>/{index.js, package.json, config.json}; the SDK stays a dependency.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { listFunctions } from '../local-cloud/gateway/functions';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'dist', 'cloudfunctions');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** Packages the platform installs from each function's package.json instead of bundling. */
const RUNTIME_DEPENDENCIES = ['@cloudbase/node-sdk'];

/**
 * Runtime packages only one function needs and the local cloud never loads, pinned here rather
 * than installed: notify's production sender reaches wx-server-sdk through a lazy require.
 */
const EXTRA_RUNTIME: Record<string, Record<string, string>> = {
  notify: { 'wx-server-sdk': '4.0.2' },
};

async function buildOne(name: string): Promise<{ name: string; kb: number }> {
  const dir = path.join(OUT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [path.join(ROOT, 'cloudfunctions', name, 'index.ts')],
    outfile: path.join(dir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    external: [...RUNTIME_DEPENDENCIES, ...Object.keys(EXTRA_RUNTIME[name] ?? {})],
    logLevel: 'warning',
  });
  const dependencies = {
    ...Object.fromEntries(RUNTIME_DEPENDENCIES.map((d) => [d, pkg.dependencies[d]])),
    ...EXTRA_RUNTIME[name],
  };
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify(
      { name, version: '1.0.0', private: true, main: 'index.js', dependencies },
      null,
      2,
    ) + '\n',
  );
  const config = path.join(ROOT, 'cloudfunctions', name, 'config.json');
  if (existsSync(config)) copyFileSync(config, path.join(dir, 'config.json'));
  else writeFileSync(path.join(dir, 'config.json'), '{}\n');
  return { name, kb: Math.round(statSync(path.join(dir, 'index.js')).size / 1024) };
}

/** Each bundle must load under plain Node (no tsx) and export main. */
function checkLoads(name: string): void {
  const file = path.join(OUT, name, 'index.js');
  const r = spawnSync(
    process.execPath,
    [
      '-e',
      `const m=require(${JSON.stringify(file)});if(typeof m.main!=='function')process.exit(3)`,
    ],
    {
      env: { ...process.env, TENCENTCLOUD: 'true', SILENCE: 'true' },
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`函数 ${name} 的打包结果无法加载：\n${r.stderr}`);
}

async function main(): Promise<void> {
  const names = listFunctions();
  const started = Date.now();
  const results = [];
  for (const name of names) {
    results.push(await buildOne(name));
    checkLoads(name);
  }
  for (const r of results) console.log(`  ${r.name.padEnd(12)} ${String(r.kb).padStart(5)} KB`);
  console.log(
    `built ${results.length} functions into dist/cloudfunctions in ${Date.now() - started} ms`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
