// A CloudBase environment as a deploy target, through the maintained management SDK
// (@cloudbase/manager-node). Credentials: TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY.
import path from 'node:path';
import type CloudBase from '@cloudbase/manager-node';
import type { IndexSpec } from '../../database/indexes';
import type { PlannedTrigger } from '../plan';
import type { DeployTarget, DeployedFunction, FunctionUpload, Rule } from '../target';

/** The code hash a deploy records in the function's description, to skip unchanged uploads. */
const DESCRIPTION_PREFIX = 'union-hub code ';

function ruleOf(raw: string | undefined): Rule | null {
  if (!raw) return null;
  try {
    const r = JSON.parse(raw) as Rule;
    return typeof r === 'object' && r !== null && 'read' in r && 'write' in r ? r : null;
  } catch {
    return null;
  }
}

function funcParams(u: FunctionUpload) {
  return {
    name: u.spec.name,
    description: `${DESCRIPTION_PREFIX}${u.codeHash}`,
    runtime: u.spec.runtime,
    timeout: u.spec.timeout,
    memorySize: u.spec.memorySize,
    envVariables: u.env,
    installDependency: true,
    handler: 'index.main',
  };
}

/** SCF reports a timer's schedule as {"cron":"…"} in TriggerDesc. */
function cronOf(desc: string): string {
  try {
    const d = JSON.parse(desc) as { cron?: unknown };
    return typeof d.cron === 'string' ? d.cron : desc;
  } catch {
    return desc;
  }
}

const isNotFound = (e: unknown) =>
  /ResourceNotFound|not ?found|不存在/i.test(
    `${(e as { code?: string }).code ?? ''} ${(e as Error).message ?? ''}`,
  );

export async function cloudbaseTarget(envId: string): Promise<DeployTarget> {
  const secretId = process.env.TENCENTCLOUD_SECRETID;
  const secretKey = process.env.TENCENTCLOUD_SECRETKEY;
  if (!secretId || !secretKey)
    throw new Error(
      '请先设置 TENCENTCLOUD_SECRETID 和 TENCENTCLOUD_SECRETKEY（腾讯云 API 密钥）。',
    );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Manager = require('@cloudbase/manager-node') as typeof CloudBase;
  const app = new Manager({
    secretId,
    secretKey,
    envId,
    token: process.env.TENCENTCLOUD_SESSIONTOKEN,
  });
  const { database, functions, storage } = app;
  const permission = app.permission;

  return {
    name: `CloudBase 环境 ${envId}`,
    parts: new Set(['collections', 'indexes', 'rules', 'storage', 'functions'] as const),
    async listCollections() {
      const names: string[] = [];
      for (let offset = 0; ; offset += 100) {
        const page = await database.listCollections({ MgoLimit: 100, MgoOffset: offset });
        names.push(...page.Collections.map((c) => c.CollectionName));
        if (page.Collections.length < 100) return names;
      }
    },
    async createCollection(name) {
      await database.createCollectionIfNotExists(name);
    },
    async listIndexes(collection) {
      const info = await database.describeCollection(collection);
      return (info.Indexes ?? []).map((i) => i.Name);
    },
    async createIndex(ix: IndexSpec) {
      await database.updateCollection(ix.collection, {
        CreateIndexes: [
          {
            IndexName: ix.name,
            MgoKeySchema: {
              MgoIndexKeys: ix.fields.map((Name) => ({ Name, Direction: '1' })),
              MgoIsUnique: ix.unique,
            },
          },
        ],
      });
    },
    async getCollectionRule(collection) {
      const res = await permission.describeResourcePermission({
        resourceType: 'collection',
        resources: [collection],
      });
      const p = res.Data.PermissionList.find((x) => x.Resource === collection);
      return p?.Permission === 'CUSTOM' ? ruleOf(p.SecurityRule) : null;
    },
    async setCollectionRule(collection, rule) {
      await permission.modifyResourcePermission({
        resourceType: 'collection',
        resource: collection,
        permission: 'CUSTOM',
        securityRule: JSON.stringify(rule),
      });
    },
    async getStorageRule() {
      const res = await storage.getStorageAcl({ withRule: true });
      return res.acl === 'CUSTOM' && res.rule ? res.rule : null;
    },
    async setStorageRule(rule) {
      await storage.setStorageAcl('CUSTOM', rule);
    },
    async getFunction(name): Promise<DeployedFunction | null> {
      try {
        const f = await functions.getFunctionDetail(name);
        const desc = f.Description ?? '';
        return {
          runtime: f.Runtime,
          timeout: f.Timeout,
          memorySize: f.MemorySize,
          env: Object.fromEntries((f.Environment?.Variables ?? []).map((v) => [v.Key, v.Value])),
          triggers: (f.Triggers ?? []).map((t) => ({
            name: t.TriggerName,
            type: 'timer' as const,
            config: cronOf(t.TriggerDesc),
          })),
          codeHash: desc.startsWith(DESCRIPTION_PREFIX)
            ? desc.slice(DESCRIPTION_PREFIX.length)
            : null,
        };
      } catch (e) {
        if (isNotFound(e)) return null;
        throw e;
      }
    },
    async createFunction(u) {
      await functions.createFunction({
        func: funcParams(u),
        functionRootPath: path.dirname(u.dir),
        force: false,
      });
    },
    async updateFunctionCode(u) {
      await functions.updateFunctionCode({
        func: funcParams(u),
        functionRootPath: path.dirname(u.dir),
      });
    },
    async updateFunctionConfig(u) {
      await functions.updateFunctionConfig(funcParams(u));
    },
    async setTriggers(name, triggers: PlannedTrigger[]) {
      const have = (await functions.getFunctionDetail(name)).Triggers ?? [];
      for (const t of have) await functions.deleteFunctionTrigger(name, t.TriggerName);
      if (triggers.length > 0) await functions.createFunctionTriggers(name, triggers);
    },
  };
}
