// The README's feature table stays true: every path it names exists, every subpackage it names is
// declared in domain/pages.ts, every e2e it names is a test file, and every function has a row.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBPACKAGES } from '../domain/pages';

const root = join(__dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('## Features'));
const header = table.split('\n').find((l) => l.startsWith('| feature'));
const rows = table
  .split('\n')
  .filter((l) => l.startsWith('| ') && l !== header && !/^\|\s*-/.test(l))
  .map((l) =>
    l
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim()),
  );
const ticks = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

it('has the columns the lead asked for, one row per feature', () => {
  expect(
    header
      ?.split('|')
      .slice(1, -1)
      .map((c) => c.trim()),
  ).toEqual(['feature', '中文', 'domain', 'function', 'app feature', 'subpackage', 'e2e', 'seed']);
  const features = rows.map((r) => r[0]);
  expect(new Set(features).size).toBe(features.length);
  for (const f of ['care', 'trips', 'checkups', 'quiz', 'awards', 'contests', 'report'])
    expect(features).toContain(f);
  // every cloud function has its row (the kit and the security tests are not features)
  const functions = readdirSync(join(root, 'cloudfunctions')).filter((d) => !d.startsWith('_'));
  for (const fn of functions) expect([fn, features.includes(fn)]).toEqual([fn, true]);
});

it('names only paths that exist', () => {
  const missing: string[] = [];
  for (const [feature, , domain, fn, app, sub, e2e, seed] of rows) {
    for (const p of [...ticks(domain), ...ticks(fn), ...ticks(app), ...ticks(seed)])
      if (!existsSync(join(root, p))) missing.push(`${feature}: ${p}`);
    for (const p of ticks(sub)) {
      if (!existsSync(join(root, 'src', p))) missing.push(`${feature}: src/${p}`);
      const declared = Object.values(SUBPACKAGES).some((s) => s.root === `${p}/`);
      if (!declared) missing.push(`${feature}: ${p} not in domain/pages.ts`);
    }
    for (const name of ticks(e2e))
      if (!existsSync(join(root, 'e2e', `${name}.test.ts`)))
        missing.push(`${feature}: e2e/${name}.test.ts`);
  }
  expect(missing).toEqual([]);
});

it('lists every subpackage of domain/pages.ts', () => {
  const named = new Set(rows.flatMap((r) => ticks(r[5])));
  for (const s of Object.values(SUBPACKAGES)) {
    const p = s.root.replace(/\/$/, '');
    expect([p, named.has(p)]).toEqual([p, true]);
  }
});
