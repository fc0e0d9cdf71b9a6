// The preflight: every setting the functions read is set, not empty, not a placeholder, and every
// secret long enough. Prints exactly what to set and where; `npm run doctor` and the deploy run it.
import type { DeployPlan } from './plan';
import { checkSettings, ENV_FILE } from './secrets';

export interface DoctorReport {
  ok: boolean;
  lines: string[];
}

export function runDoctor(plan: DeployPlan, root: string, env = process.env): DoctorReport {
  const checks = checkSettings(plan, root, env);
  const bad = checks.filter((c) => c.problem);
  const lines = checks.map((c) =>
    c.problem
      ? `  ✗ ${c.name}：${c.problem} — ${c.what}（云函数 ${c.functions.join('、')}）`
      : `  ✓ ${c.name}${c.source ? `（来自${c.source}）` : '（用默认值）'}`,
  );
  if (bad.length > 0) {
    lines.push(
      '',
      `有 ${bad.length} 项设置不能用于正式环境。在 ${ENV_FILE}（不进 git）或环境变量里设置：`,
      ...bad.map((c) => `  ${c.name}=…`),
      '密钥可以这样生成：openssl rand -hex 32',
    );
  }
  return { ok: bad.length === 0, lines };
}
