// What the e2e tests need from the system: Debian's Chromium and the CJK fonts (without them
// Chinese renders as boxes). `npm test` installs them when it can (root with apt-get), or stops
// with the one line to run — never a wall of failing browser tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const INSTALL_LINE = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';

function hasCjkFonts(): boolean {
  try {
    return /Noto (Sans|Serif) CJK/i.test(execFileSync('fc-list', [], { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

export function missingBrowserDeps(): string[] {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!hasCjkFonts()) missing.push('fonts-noto-cjk');
  return missing;
}

/** Installs what is missing when running as root with apt-get; true when all is there after. */
export function ensureBrowserDeps(log: (line: string) => void = console.log): boolean {
  const missing = missingBrowserDeps();
  if (missing.length === 0) return true;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) return false;
  log(`正在安装浏览器测试需要的系统软件包：${missing.join(' ')}（apt-get）…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  return missingBrowserDeps().length === 0;
}
