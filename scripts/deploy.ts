// `npm run deploy -- --env <envId>`: builds the functions, runs the preflight, then applies the one
// deploy plan (deploy/plan.ts) to a CloudBase environment step by step; a second run changes
// nothing. `--dry-run` prints the plan without any network; `--dry-run --json` prints only JSON.
// `--write-cloudbaserc` regenerates cloudbaserc.json from the plan (for the tcb CLI).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyPlan } from '../deploy/apply';
import { cloudbaseRcOf } from '../deploy/cloudbaserc';
import { describePlan } from '../deploy/describe';
import { runDoctor } from '../deploy/doctor';
import { buildPlan } from '../deploy/plan';
import { functionEnv } from '../deploy/secrets';
import { cloudbaseTarget } from '../deploy/targets/cloudbase';
import { uploadsOf } from '../deploy/uploads';
import { bin, run } from './lib/run';

const ROOT = path.resolve(__dirname, '..');

function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i !== -1) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

async function main(): Promise<number> {
  const plan = buildPlan();
  if (flag('dry-run')) {
    if (flag('json')) process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
    else for (const line of describePlan(plan)) console.log(line);
    return 0;
  }
  if (flag('write-cloudbaserc')) {
    writeFileSync(path.join(ROOT, 'cloudbaserc.json'), cloudbaseRcOf(plan));
    console.log('已按部署计划重写 cloudbaserc.json');
    return 0;
  }
  const envId = option('env') ?? process.env.ENV_ID;
  if (!envId) {
    console.error('请指定环境：npm run deploy -- --env <云开发环境 ID>（或 --dry-run 只看计划）');
    return 2;
  }
  console.log('1/4 检查正式环境设置');
  const doctor = runDoctor(plan, ROOT);
  for (const line of doctor.lines) console.log(line);
  if (!doctor.ok) return 1;

  if (!flag('skip-build')) {
    console.log('2/4 打包云函数');
    const code = await run(bin('tsx'), ['scripts/build-functions.ts']);
    if (code !== 0) return code;
  }
  const uploads = uploadsOf(
    plan,
    path.join(ROOT, 'dist', 'cloudfunctions'),
    functionEnv(plan, ROOT),
  );

  console.log(`3/4 连接 ${envId}`);
  const target = await cloudbaseTarget(envId);
  console.log(`4/4 按计划部署到${target.name}`);
  const result = await applyPlan(plan, target, { progress: (l) => console.log(l), uploads });
  console.log(
    result.changed === 0
      ? `\n一切已是最新，没有改动（核对了 ${result.unchanged} 项）。`
      : `\n完成：改动 ${result.changed} 项，${result.unchanged} 项无变化。`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`部署失败：${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
