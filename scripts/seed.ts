// `npm run seed -- --staff 2000`: adds synthetic staff T0001…T2000 (bound to dev-T0001…) to the
// local cloud — through the running one if it is up, else by opening its data dir directly.
import { getDb } from '../cloudfunctions/_kit/db';
import { pointSdkAt } from '../local-cloud/sdk-env';
import { seedDemo, seedSyntheticStaff } from '../local-cloud/seed';
import { startLocalCloud, REPO_ROOT } from '../local-cloud/server';
import path from 'node:path';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

async function running(url: string): Promise<boolean> {
  try {
    const r = await fetch(`${url}/api/dev/health`, { signal: AbortSignal.timeout(1000) });
    return r.ok && ((await r.json()) as { name?: string }).name === 'union-hub-local-cloud';
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const staff = Number(arg('staff') ?? 0);
  if (!Number.isInteger(staff) || staff < 0 || staff > 9999) {
    console.error('用法：npm run seed -- --staff 2000   （0–9999 个合成教职工）');
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? 8787);
  const dataDir = process.env.LOCAL_CLOUD_DATA ?? path.join(REPO_ROOT, '.local-cloud');
  const url = `http://127.0.0.1:${port}`;
  let close = async () => {};
  if (await running(url)) {
    pointSdkAt(`${url}/admin`, dataDir);
    console.log(`通过正在运行的本地云（${url}）写入…`);
  } else {
    const cloud = await startLocalCloud({ port: 0, dataDir, timers: false });
    close = cloud.close;
    console.log(`本地云没有运行，直接打开数据目录 ${dataDir} 写入…`);
  }
  const db = getDb();
  await seedDemo(db);
  const added = staff > 0 ? await seedSyntheticStaff(db, staff) : 0;
  console.log(
    `完成：新增 ${added} 名合成教职工（T0001–T${String(staff).padStart(4, '0')}，openid dev-T0001…）。`,
  );
  await close();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
