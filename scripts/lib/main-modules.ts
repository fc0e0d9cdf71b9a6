// What the weapp main package holds, by source module: reads the module list a production build
// writes with BUILD_STATS=<file> (config/index.ts), keeps the chunks outside every subpackage,
// and groups their modules (a package of node_modules, or a folder of src/ and domain/).
import { readFileSync } from 'node:fs';

/** { 'common.js': [['./src/components/chips/index.tsx', 1234], …], … } */
export type ModuleStats = Record<string, [string, number][]>;

export interface MainModules {
  /** source bytes (before minifying) per group, largest first */
  groups: { group: string; bytes: number; modules: number }[];
  /** the largest single modules */
  largest: { module: string; bytes: number }[];
  totalBytes: number;
}

/** "./node_modules/@tarojs/runtime/dist/x.js" → "@tarojs/runtime"; "./src/features/home/a.ts"
 * → "src/features/home"; "./domain/pages.ts" → "domain"; loaders and queries are dropped. */
export function groupOf(name: string): string {
  if (name === '?' || !name) return '(webpack runtime)';
  const clean = (name.split('!').pop() ?? name)
    .replace(/\?.*$/, '')
    .replace(/ \+ \d+ modules$/, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const [a, b] = clean.slice(nm + 'node_modules/'.length).split('/');
    return a.startsWith('@') ? `${a}/${b}` : a;
  }
  const parts = clean.replace(/^\.\//, '').split('/');
  if (parts[0] === 'src' && ['features', 'components', 'packages', 'pages'].includes(parts[1]))
    return parts.slice(0, 3).join('/');
  if (parts[0] === 'domain' && parts.length > 2) return parts.slice(0, 2).join('/');
  return parts.length > 1 ? parts.slice(0, 2).join('/') : parts[0];
}

/** `isMain(file)`: whether an output chunk ships in the main package (not under a subpackage's
 * root, and not one of Taro's sub-common chunks that are copied into the subpackages). */
export function mainModules(
  stats: ModuleStats,
  isMain: (file: string) => boolean,
  top = 15,
): MainModules {
  const byGroup = new Map<string, { bytes: number; modules: number }>();
  const seen = new Map<string, number>();
  for (const [file, modules] of Object.entries(stats)) {
    if (!isMain(file)) continue;
    for (const [name, bytes] of modules) {
      if (seen.has(name)) continue; // a module sits in one chunk; count it once regardless
      seen.set(name, bytes);
      const g = groupOf(name);
      const cur = byGroup.get(g) ?? { bytes: 0, modules: 0 };
      byGroup.set(g, { bytes: cur.bytes + bytes, modules: cur.modules + 1 });
    }
  }
  const groups = [...byGroup]
    .map(([group, v]) => ({ group, ...v }))
    .sort((a, b) => b.bytes - a.bytes);
  const largest = [...seen]
    .map(([module, bytes]) => ({ module, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
  return { groups, largest, totalBytes: groups.reduce((s, g) => s + g.bytes, 0) };
}

export function readStats(file: string): ModuleStats {
  return JSON.parse(readFileSync(file, 'utf8')) as ModuleStats;
}
