// Production bundles carry no dev tool: no dev sign-in page, no X-Dev-Openid header, no 切换身份,
// no dev routes. Run after `npm run build:h5` (and build:weapp); CI does (.ci/run).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/**
 * What only the dev-tools build may contain (plain and \u-escaped forms): the dev identity header,
 * the 切换身份 entry and the dev sign-in page's own text. (Dead strings such as the route name
 * or the storage key may remain in shared modules; they do nothing without these.)
 */
export const DEV_MARKERS = [
  'X-Dev-Openid',
  'x-dev-openid',
  '切换身份',
  '本地开发用',
  '未绑定的新用户',
];

const escaped = (s: string) =>
  s.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(js|html|json|wxml)$/.test(name) ? [p] : [];
  });
}

/** "file: marker" for every dev marker found in a build folder. */
export function findDevMarkers(dir: string): string[] {
  const found: string[] = [];
  for (const file of files(dir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of DEV_MARKERS) {
      if (
        text.includes(m) ||
        text.includes(escaped(m)) ||
        text.toLowerCase().includes(escaped(m).toLowerCase())
      )
        found.push(`${path.relative(ROOT, file)}: ${m}`);
    }
  }
  return found;
}

function main(): void {
  // a folder without its entry file is a build that did not finish: that proves nothing
  const dirs = [
    ['dist/h5', 'index.html'],
    ['dist/weapp', 'app.json'],
  ]
    .filter(([d, entry]) => existsSync(path.join(ROOT, d, entry)))
    .map(([d]) => path.join(ROOT, d));
  if (dirs.length === 0) {
    console.error('没有找到 dist/h5 或 dist/weapp：请先运行 npm run build:h5（生产构建）。');
    process.exit(1);
  }
  const found = dirs.flatMap(findDevMarkers);
  if (found.length) {
    console.error(`生产构建里有开发工具的痕迹：\n${found.join('\n')}`);
    process.exit(1);
  }
  console.log(
    `生产构建干净：${dirs.map((d) => path.relative(ROOT, d)).join('、')} 里没有开发工具。`,
  );
}

if (require.main === module) main();
