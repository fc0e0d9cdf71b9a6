// The production-bundle check finds dev markers in plain and \u-escaped form, and passes clean ones.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findDevMarkers } from './check-prod-bundles';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bundle-check-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('finds the dev header, the dev page and 切换身份 (also escaped)', () => {
  writeFileSync(path.join(dir, 'a.js'), 'fetch(u,{headers:{"X-Dev-Openid":x}})');
  writeFileSync(path.join(dir, 'b.js'), 'title:"\\u5207\\u6362\\u8eab\\u4efd"');
  writeFileSync(path.join(dir, 'c.js'), 'var ok = 1;');
  const found = findDevMarkers(dir);
  expect(found.some((f) => f.endsWith('a.js: X-Dev-Openid'))).toBe(true);
  expect(found.some((f) => f.endsWith('b.js: 切换身份'))).toBe(true);
  expect(found.some((f) => f.includes('c.js'))).toBe(false);
});
