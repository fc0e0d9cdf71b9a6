// Builds the dev-tools h5 app (dev sign-in, X-Dev-Openid; TARO_APP_DEV_TOOLS=1) into dist/h5-dev
// when it is missing or older than its sources (npm start, e2e setup). `npm run build:h5` makes
// the production h5 in dist/h5, without any dev tool.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { bin, run } from './run';

const ROOT = path.resolve(__dirname, '..', '..');
export const H5_DEV_DIR = path.join(ROOT, 'dist', 'h5-dev');
const SOURCES = ['src', 'domain', 'config', 'babel.config.js', 'package.json'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) {
    if (entry === 'node_modules' || entry.endsWith('.test.ts') || entry.endsWith('.test.tsx'))
      continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

export function h5BuildIsStale(): boolean {
  const index = path.join(H5_DEV_DIR, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built);
}

export async function ensureH5Build(): Promise<void> {
  if (!h5BuildIsStale()) return;
  console.log('[h5] 正在构建 h5 页面（约半分钟）…');
  const code = await run(bin('taro'), ['build', '--type', 'h5'], {
    NODE_ENV: 'production',
    TARO_APP_DEV_TOOLS: '1',
  });
  if (code !== 0) throw new Error('h5 构建失败，请看上面的输出。');
}
