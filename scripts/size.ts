// `npm run size`: the weapp production build's main package and each subpackage against the
// budgets of DESIGN.md. Fails above 1,024 KB main or 2,048 KB for any subpackage.
// `npm run size -- --modules [stats.json]`: what the main package holds by source module, from a
// build made with BUILD_STATS=<file> (default dist/weapp-modules.json).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { mainModules, readStats } from './lib/main-modules';

const ROOT = path.resolve(__dirname, '..');
const WEAPP = path.join(ROOT, 'dist', 'weapp');
export const BUDGET_KB = { mainHard: 1024, mainAim: 450, subpackage: 2048 };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

export interface SizeReport {
  mainKb: number;
  subpackages: { root: string; kb: number }[];
}

export function measureWeapp(dir = WEAPP): SizeReport {
  const app = JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[];
    subpackages?: { root: string }[];
  };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/?$/, '/'));
  let main = 0;
  const sub = new Map(roots.map((r) => [r, 0]));
  for (const f of files(dir)) {
    const rel = path.relative(dir, f).split(path.sep).join('/');
    if (rel.endsWith('.map')) continue;
    const size = statSync(f).size;
    const root = roots.find((r) => rel.startsWith(r));
    if (root) sub.set(root, (sub.get(root) ?? 0) + size);
    else main += size;
  }
  const kb = (b: number) => Math.round((b / 1024) * 10) / 10;
  return { mainKb: kb(main), subpackages: [...sub].map(([root, b]) => ({ root, kb: kb(b) })) };
}

function printModules(statsFile: string): void {
  if (!existsSync(statsFile)) {
    console.error(
      `没有找到 ${statsFile}：请用 BUILD_STATS=${statsFile} NODE_ENV=production npx taro build --type weapp 构建。`,
    );
    process.exit(1);
  }
  const roots = measureWeapp().subpackages.map((s) => s.root);
  // a chunk is in the main package when it is written at the output's root level, outside every
  // subpackage (Taro copies its sub-common chunks into the subpackages that use them)
  const isMain = (file: string) =>
    existsSync(path.join(WEAPP, file)) && !roots.some((r) => file.startsWith(r));
  const r = mainModules(readStats(statsFile), isMain);
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`.padStart(10);
  console.log(`main package modules (source bytes before minifying): ${kb(r.totalBytes).trim()}`);
  for (const g of r.groups)
    console.log(`${kb(g.bytes)}  ${String(g.modules).padStart(4)} modules  ${g.group}`);
  console.log('largest modules:');
  for (const m of r.largest) console.log(`${kb(m.bytes)}  ${m.module}`);
}

function main(): void {
  if (!existsSync(path.join(WEAPP, 'app.json'))) {
    console.error('没有找到 dist/weapp：请先运行 npm run build:weapp（生产构建）。');
    process.exit(1);
  }
  const at = process.argv.indexOf('--modules');
  if (at >= 0) {
    printModules(
      path.resolve(process.argv[at + 1] ?? path.join(ROOT, 'dist', 'weapp-modules.json')),
    );
    return;
  }
  const r = measureWeapp();
  let failed = false;
  const mark =
    r.mainKb > BUDGET_KB.mainHard
      ? 'OVER BUDGET'
      : r.mainKb > BUDGET_KB.mainAim
        ? 'above aim'
        : 'ok';
  console.log(
    `weapp main package: ${r.mainKb} KB (budget ${BUDGET_KB.mainHard} KB, aim ${BUDGET_KB.mainAim} KB) ${mark}`,
  );
  if (r.mainKb > BUDGET_KB.mainHard) failed = true;
  for (const s of r.subpackages) {
    const over = s.kb > BUDGET_KB.subpackage;
    console.log(`  subpackage ${s.root.padEnd(22)} ${s.kb} KB ${over ? 'OVER BUDGET' : 'ok'}`);
    if (over) failed = true;
  }
  process.exit(failed ? 1 : 0);
}

if (require.main === module) main();
