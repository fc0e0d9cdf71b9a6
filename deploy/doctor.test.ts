// The preflight refuses every unusable secret shape and names the setting; the real script exits
// non-zero for them and zero when everything is set.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEMPLATES } from '../domain/notify/templates';
import { runDoctor } from './doctor';
import { buildPlan } from './plan';

const plan = buildPlan();
const emptyRoot = mkdtempSync(path.join(os.tmpdir(), 'doctor-'));
const GOOD: Record<string, string> = {
  PASS_SECRET: 'a'.repeat(16) + 'b'.repeat(16) + 'c'.repeat(8),
  ...Object.fromEntries(Object.values(TEMPLATES).map((t) => [t.env, `tpl-${t.kind}`])),
};

it.each([
  ['unset', undefined],
  ['empty', ''],
  ['a placeholder', '{{env.PASS_SECRET}}'],
  ['short', 'short'],
  ['31 bytes', 'x'.repeat(31)],
])('refuses a PASS_SECRET that is %s', (_what, value) => {
  const env = { ...GOOD, PASS_SECRET: value };
  const report = runDoctor(plan, emptyRoot, env);
  expect(report.ok).toBe(false);
  expect(report.lines.join('\n')).toMatch(/✗ PASS_SECRET/);
});

it('refuses an unset or placeholder template id, naming it', () => {
  const env = { ...GOOD, TEMPLATE_BROADCAST: '{{env.TEMPLATE_BROADCAST}}' };
  delete env.TEMPLATE_GIFT_REMINDER;
  const text = runDoctor(plan, emptyRoot, env).lines.join('\n');
  expect(text).toMatch(/✗ TEMPLATE_BROADCAST/);
  expect(text).toMatch(/✗ TEMPLATE_GIFT_REMINDER/);
});

it('passes when every setting is usable, defaults filling the optional ones', () => {
  expect(runDoctor(plan, emptyRoot, GOOD).ok).toBe(true);
});

describe('npm run doctor', () => {
  const doctor = (env: Record<string, string | undefined>) =>
    spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/doctor.ts'], {
      cwd: path.resolve(__dirname, '..'),
      env: { PATH: process.env.PATH, ...env },
      encoding: 'utf8',
    });

  it.each([['{{env.PASS_SECRET}}'], ['short'], ['']])(
    'exits non-zero and names PASS_SECRET for %j',
    (value) => {
      const r = doctor({ ...GOOD, PASS_SECRET: value });
      expect(r.status).not.toBe(0);
      expect(r.stdout).toContain('PASS_SECRET');
    },
  );

  it('exits 0 when all is set', () => {
    expect(doctor(GOOD).status).toBe(0);
  });
});
