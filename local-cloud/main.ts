// `npm run local-cloud`: starts the local cloud and prints where it is and who you can act as.
import { DEMO_ACCOUNTS } from './seed';
import { startLocalCloud } from './server';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8787);
  const host = process.env.HOST ?? '127.0.0.1';
  const dataDir = process.env.LOCAL_CLOUD_DATA;
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  const cloud = await startLocalCloud({
    port,
    host,
    dataDir,
    onTimerError: (fn) => console.error(`[local-cloud] 定时任务 ${fn} 执行出错`),
  });
  if (!loopback) {
    console.warn(
      '\n!!! 警告：本地云正在监听 ' +
        host +
        '。这是开发服务器，身份不做任何校验，任何人都能冒充任何用户。不要在公网或共享网络上使用。!!!\n',
    );
  }
  console.log(
    `\n智慧工会 · 本地云已启动\n\n  打开应用：  ${cloud.url}/\n  开发面板：  ${cloud.url}/dev\n`,
  );
  console.log('  演示账号（在应用的“切换身份”页或开发面板里选择）：');
  for (const a of DEMO_ACCOUNTS)
    console.log(`    ${a.openid.padEnd(14)} ${a.label}（工号 ${a.staffNo}）`);
  console.log('    dev-<工号>      其他演示教职工，例如 dev-100010\n');
  const stop = async () => {
    await cloud.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error('[local-cloud] 启动失败：' + (e instanceof Error ? e.message : String(e)));
  process.exit(1);
});
