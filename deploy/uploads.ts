// The built function folders (dist/cloudfunctions/<name>) as uploads: content hash and env values.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DeployPlan } from './plan';
import type { FunctionUpload } from './target';

export function hashDir(dir: string): string {
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) {
    h.update(f)
      .update('\0')
      .update(readFileSync(path.join(dir, f)))
      .update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

export function uploadsOf(
  plan: DeployPlan,
  builtRoot: string,
  env: Map<string, Record<string, string>>,
): Map<string, FunctionUpload> {
  const out = new Map<string, FunctionUpload>();
  for (const spec of plan.functions) {
    const dir = path.join(builtRoot, spec.name);
    if (!existsSync(path.join(dir, 'index.js')))
      throw new Error(`没有找到 ${dir}/index.js：请先 npm run build:functions`);
    out.set(spec.name, { spec, dir, codeHash: hashDir(dir), env: env.get(spec.name) ?? {} });
  }
  return out;
}
