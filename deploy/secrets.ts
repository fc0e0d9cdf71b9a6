// Where deploy-time setting values come from: the environment, then a git-ignored
// .env.production (KEY=value lines). Values are read here and handed to the target, never printed.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DeployPlan } from './plan';
import { settingSpec, valueProblem } from './settings';

export const ENV_FILE = '.env.production';

export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trim().startsWith('#')) continue;
    let v = m[2];
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))
      v = v.slice(1, -1);
    out[m[1]] = v;
  }
  return out;
}

/** The values the plan's settings take: process env first, then .env.production in `root`. */
export function settingValues(root: string, env: NodeJS.ProcessEnv = process.env) {
  const file = path.join(root, ENV_FILE);
  const fromFile = existsSync(file) ? parseEnvFile(readFileSync(file, 'utf8')) : {};
  return (name: string): { value: string | undefined; source: string } => {
    if (env[name] !== undefined) return { value: env[name], source: '环境变量' };
    if (Object.hasOwn(fromFile, name)) return { value: fromFile[name], source: ENV_FILE };
    return { value: undefined, source: '' };
  };
}

export interface SettingCheck {
  name: string;
  functions: string[];
  problem: string | null;
  what: string;
  source: string;
}

/** Checks every setting the plan's functions read. */
export function checkSettings(plan: DeployPlan, root: string, env = process.env): SettingCheck[] {
  const lookup = settingValues(root, env);
  return plan.settings.map((s) => {
    const { value, source } = lookup(s.name);
    const spec = settingSpec(s.name);
    return {
      name: s.name,
      functions: s.functions,
      what: s.what,
      source,
      problem: spec ? valueProblem(spec, value) : '没有登记在 deploy/settings.ts',
    };
  });
}

/** Each function's environment: its settings' values, defaults filled in. */
export function functionEnv(plan: DeployPlan, root: string, env = process.env) {
  const lookup = settingValues(root, env);
  const out = new Map<string, Record<string, string>>();
  for (const f of plan.functions) {
    const vars: Record<string, string> = {};
    for (const name of f.env) {
      const v = lookup(name).value ?? settingSpec(name)?.default;
      if (v !== undefined) vars[name] = v;
    }
    out.set(f.name, vars);
  }
  return out;
}
