// Before the e2e project: a fresh h5 build and a browser to drive it.
import { existsSync } from 'node:fs';
import { ensureH5Build } from '../scripts/lib/h5-build';
import { CHROMIUM_PATH } from './browser';

export default async function globalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `e2e 测试需要 Chromium（${CHROMIUM_PATH}）：apt-get install -y chromium fonts-noto-cjk`,
    );
  }
  await ensureH5Build();
}
