// The one deploy plan: collections, indexes, security rules, storage and functions, derived from
// database/ and each function's folder. `npm run deploy` applies it to CloudBase; the local cloud
// provisions itself from it at start. No deploy fact lives anywhere else.
import { COLLECTIONS } from '../database/collections';
import { INDEXES, type IndexSpec } from '../database/indexes';
import { SECURITY_RULES } from '../database/security-rules';
import { listFunctionNames, readFunctionConfig, FUNCTIONS_ROOT } from './function-config';
import { SETTINGS, type SettingKind } from './settings';

/** The CloudBase Node.js runtime every function runs on (the bundles target Node 16+). */
export const RUNTIME = 'Nodejs20.19';

/** Client SDKs may neither read nor write: only cloud functions (which bypass rules) do. */
export const CLOSED_RULE = { read: false, write: false } as const;

export interface PlannedTrigger {
  name: string;
  type: 'timer';
  config: string;
}

export interface PlannedFunction {
  name: string;
  runtime: string;
  timeout: number;
  memorySize: number;
  triggers: PlannedTrigger[];
  /** open-API permissions the function's config.json grants (cloud calls such as subscribeMessage.send) */
  openapi: string[];
  /** names of the environment variables it reads; values are supplied at deploy, never stored here */
  env: string[];
}

export interface PlannedRule {
  collection: string;
  rule: { read: boolean; write: boolean };
}

export interface PlannedSetting {
  name: string;
  kind: SettingKind;
  what: string;
  default?: string;
  functions: string[];
}

export interface DeployPlan {
  runtime: string;
  collections: string[];
  indexes: IndexSpec[];
  rules: PlannedRule[];
  storage: { rule: { read: boolean; write: boolean } };
  functions: PlannedFunction[];
  settings: PlannedSetting[];
}

export function buildPlan(functionsRoot = FUNCTIONS_ROOT): DeployPlan {
  const collections: string[] = [...new Set<string>(Object.values(COLLECTIONS))].sort();
  const known = new Set(collections);
  for (const ix of INDEXES) {
    if (!known.has(ix.collection))
      throw new Error(
        `database/indexes.ts: 索引 ${ix.name} 所在的集合 ${ix.collection} 不在 collections.ts 里`,
      );
  }
  const functions = listFunctionNames(functionsRoot).map((name): PlannedFunction => {
    const c = readFunctionConfig(name, functionsRoot);
    return {
      name,
      runtime: RUNTIME,
      timeout: c.timeout,
      memorySize: c.memorySize,
      triggers: c.triggers,
      openapi: c.permissions.openapi ?? [],
      env: [...c.env].sort(),
    };
  });
  const settings = SETTINGS.map((s) => ({
    ...s,
    functions: functions.filter((f) => f.env.includes(s.name)).map((f) => f.name),
  })).filter((s) => s.functions.length > 0);
  for (const f of functions) {
    for (const e of f.env) {
      if (!SETTINGS.some((s) => s.name === e))
        throw new Error(
          `cloudfunctions/${f.name}/config.json: 环境变量 ${e} 没有登记在 deploy/settings.ts`,
        );
    }
  }
  return {
    runtime: RUNTIME,
    collections,
    indexes: INDEXES.map((i) => ({ ...i, fields: [...i.fields] })),
    rules: collections.map((collection) => ({
      collection,
      rule: {
        ...(Object.hasOwn(SECURITY_RULES, collection) ? SECURITY_RULES[collection] : CLOSED_RULE),
      },
    })),
    storage: { rule: { ...CLOSED_RULE } },
    functions,
    settings,
  };
}
