// Points the real @cloudbase/node-sdk at the local cloud through the environment, the way the
// platform configures it in production — so function code needs no local branch (PLATFORM.md).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const LOCAL_ENV_ID = 'local-union-hub';

/** Function config secrets; production sets real ones in each function's environment. */
export const SECRET_NAMES = ['PASS_SECRET'] as const;

/** Dev secrets live in the data dir, so passes signed before a restart still verify after it. */
function devSecrets(dataDir: string): Record<string, string> {
  const file = path.join(dataDir, 'dev-secrets.json');
  const have: Record<string, string> = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : {};
  let changed = false;
  for (const name of SECRET_NAMES) {
    if (!have[name]) {
      have[name] = randomBytes(32).toString('hex');
      changed = true;
    }
  }
  if (changed) writeFileSync(file, JSON.stringify(have, null, 2), { mode: 0o600 });
  return have;
}

/** Non-secret dev function config: notify's subscription template ids (production sets the real
 * ones per function), its local sender, and quiet hours off so a reminder fired at night shows. */
export const DEV_CONFIG: Record<string, string> = {
  NOTIFY_SENDER: 'node-sdk',
  QUIET_HOURS: 'off',
  TEMPLATE_EVENT_REMINDER: 'dev-tpl-event-reminder',
  TEMPLATE_SIGNUP_RESULT: 'dev-tpl-signup-result',
  TEMPLATE_EVENT_CANCELLED: 'dev-tpl-event-cancelled',
  TEMPLATE_LOTTERY_RESULT: 'dev-tpl-lottery-result',
  TEMPLATE_GIFT_REMINDER: 'dev-tpl-gift-reminder',
  TEMPLATE_PICKUP_READY: 'dev-tpl-pickup-ready',
  TEMPLATE_STEPS_NUDGE: 'dev-tpl-steps-nudge',
  TEMPLATE_PROPOSAL_ANSWERED: 'dev-tpl-proposal-answered',
  TEMPLATE_TRIP_RESULT: 'dev-tpl-trip-result',
  TEMPLATE_BROADCAST: 'dev-tpl-broadcast',
  TEMPLATE_CARE_UPDATE: 'dev-tpl-care-update',
};

export function pointSdkAt(adminUrl: string, dataDir: string): void {
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: adminUrl });
  process.env.SCF_NAMESPACE = LOCAL_ENV_ID;
  process.env.TCB_ENV = LOCAL_ENV_ID;
  process.env.TENCENTCLOUD_SECRETID ??= 'local-secret-id';
  process.env.TENCENTCLOUD_SECRETKEY ??= 'local-secret-key';
  // without this the SDK probes a Tencent metadata host before every request
  process.env.TENCENTCLOUD = 'true';
  process.env.SILENCE = 'true';
  for (const [k, v] of Object.entries(devSecrets(dataDir))) process.env[k] ??= v;
  for (const [k, v] of Object.entries(DEV_CONFIG)) process.env[k] ??= v;
}
