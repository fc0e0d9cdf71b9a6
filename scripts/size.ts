// `npm run size`: the weapp production build's main package and each subpackage against the
// budgets of DESIGN.md. Fails above 1,024 KB main or 2,048 KB for any subpackage.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

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

function main(): void {
  if (!existsSync(path.join(WEAPP, 'app.json'))) {
    console.error('没有找到 dist/weapp：请先运行 npm run build:weapp（生产构建）。');
    process.exit(1);
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
