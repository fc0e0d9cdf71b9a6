// cloudbaserc.json (the tcb CLI's file) as derived from the plan: regenerate it with
// `npm run deploy -- --write-cloudbaserc`; a test fails when the committed file drifts.
import type { DeployPlan } from './plan';

export function cloudbaseRcOf(plan: DeployPlan): string {
  const rc = {
    version: '2.0',
    envId: '{{env.ENV_ID}}',
    functionRoot: 'dist/cloudfunctions',
    functions: plan.functions.map((f) => ({
      name: f.name,
      runtime: f.runtime,
      timeout: f.timeout,
      memorySize: f.memorySize,
      installDependency: true,
      handler: 'index.main',
      ...(f.triggers.length ? { triggers: f.triggers } : {}),
      // the tcb CLI fills {{env.NAME}} from the environment; the preflight refuses unset ones
      ...(f.env.length
        ? { envVariables: Object.fromEntries(f.env.map((n) => [n, `{{env.${n}}}`])) }
        : {}),
    })),
  };
  return `${JSON.stringify(rc, null, 2)}\n`;
}
