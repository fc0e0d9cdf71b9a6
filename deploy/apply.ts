// Applies a deploy plan to a target step by step, printing each step, changing only what differs.
import type { DeployPlan, PlannedTrigger } from './plan';
import type { DeployTarget, FunctionUpload, Rule } from './target';

export interface ApplyResult {
  changed: number;
  unchanged: number;
  steps: { step: string; changed: boolean }[];
}

export interface ApplyOptions {
  /** a line of progress (default: nothing) */
  progress?: (line: string) => void;
  /** the upload of each function (built folder, hash, env values); required for the functions part */
  uploads?: Map<string, FunctionUpload>;
}

const sameRule = (a: Rule | null, b: Rule) =>
  a !== null && String(a.read) === String(b.read) && String(a.write) === String(b.write);

const triggerKey = (t: PlannedTrigger[]) =>
  JSON.stringify([...t].map((x) => [x.name, x.type, x.config.trim()]).sort());

function sameEnv(have: Record<string, string>, want: Record<string, string>): boolean {
  const a = Object.keys(have).sort();
  const b = Object.keys(want).sort();
  return a.length === b.length && a.every((k, i) => k === b[i] && have[k] === want[k]);
}

export async function applyPlan(
  plan: DeployPlan,
  target: DeployTarget,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const result: ApplyResult = { changed: 0, unchanged: 0, steps: [] };
  const say = options.progress ?? (() => {});
  const record = (step: string, changed: boolean) => {
    result.steps.push({ step, changed });
    if (changed) result.changed++;
    else result.unchanged++;
    say(`${changed ? '  ＋ ' : '  ✓ '}${step}${changed ? '' : '（无变化）'}`);
  };

  if (target.parts.has('collections')) {
    say(`集合（${plan.collections.length} 个）`);
    const have = new Set(await target.listCollections());
    for (const name of plan.collections) {
      if (have.has(name)) record(`集合 ${name}`, false);
      else {
        await target.createCollection(name);
        record(`创建集合 ${name}`, true);
      }
    }
  }
  if (target.parts.has('indexes')) {
    say(`索引（${plan.indexes.length} 个）`);
    const byCollection = new Map<string, string[]>();
    for (const ix of plan.indexes) {
      let have = byCollection.get(ix.collection);
      if (!have) byCollection.set(ix.collection, (have = await target.listIndexes(ix.collection)));
      if (have.includes(ix.name)) record(`索引 ${ix.collection}.${ix.name}`, false);
      else {
        await target.createIndex(ix);
        record(`创建索引 ${ix.collection}.${ix.name}${ix.unique ? '（唯一）' : ''}`, true);
      }
    }
  }
  if (target.parts.has('rules')) {
    say('数据库安全规则（客户端不可读写，只有云函数可以）');
    for (const r of plan.rules) {
      if (sameRule(await target.getCollectionRule(r.collection), r.rule))
        record(`规则 ${r.collection}`, false);
      else {
        await target.setCollectionRule(r.collection, r.rule);
        record(`设置规则 ${r.collection}`, true);
      }
    }
  }
  if (target.parts.has('storage')) {
    say('云存储安全规则（客户端不可读写，文件只经云函数的临时链接）');
    if (sameRule(await target.getStorageRule(), plan.storage.rule)) record('存储规则', false);
    else {
      await target.setStorageRule(plan.storage.rule);
      record('设置存储规则', true);
    }
  }
  if (target.parts.has('functions')) {
    say(`云函数（${plan.functions.length} 个）`);
    for (const f of plan.functions) {
      const upload = options.uploads?.get(f.name);
      if (!upload) throw new Error(`云函数 ${f.name} 还没有构建（npm run build:functions）`);
      const have = await target.getFunction(f.name);
      if (!have) {
        await target.createFunction(upload);
        record(`创建云函数 ${f.name}`, true);
        if (f.triggers.length > 0) {
          await target.setTriggers(f.name, f.triggers);
          record(`设置 ${f.name} 的定时触发器`, true);
        }
        continue;
      }
      if (have.codeHash === upload.codeHash) record(`${f.name} 的代码`, false);
      else {
        await target.updateFunctionCode(upload);
        record(`上传 ${f.name} 的代码`, true);
      }
      const sameConfig =
        have.runtime === f.runtime &&
        have.timeout === f.timeout &&
        have.memorySize === f.memorySize &&
        sameEnv(have.env, upload.env);
      if (sameConfig) record(`${f.name} 的配置（超时、内存、环境变量）`, false);
      else {
        await target.updateFunctionConfig(upload);
        record(`更新 ${f.name} 的配置`, true);
      }
      if (triggerKey(have.triggers) === triggerKey(f.triggers)) record(`${f.name} 的触发器`, false);
      else {
        await target.setTriggers(f.name, f.triggers);
        record(`设置 ${f.name} 的定时触发器`, true);
      }
    }
  }
  return result;
}
