// The local cloud's demo identities (h5 only): GET /api/dev/users, for the dev sign-in page.
import { z } from 'zod';
import { getBaseUrl } from './base-url';
import { CloudError, NETWORK_MESSAGE } from './cloud-error';

export const devUser = z.object({
  openid: z.string(),
  staffNo: z.string(),
  name: z.string(),
  branch: z.string(),
  roles: z.array(z.string()),
});
export type DevUser = z.infer<typeof devUser>;

const devUsersAnswer = z.object({ users: z.array(devUser) });

const NO_LOCAL_CLOUD = '连不上本地云。请用 npm start 启动后再试。';

export async function getDevUsers(): Promise<DevUser[]> {
  let status: number;
  let text: string;
  try {
    const res = await fetch(`${getBaseUrl()}/api/dev/users`);
    status = res.status;
    text = await res.text();
  } catch {
    throw new CloudError('network', NETWORK_MESSAGE);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const parsed = devUsersAnswer.safeParse(body);
  if (status !== 200 || !parsed.success) throw new CloudError('internal', NO_LOCAL_CLOUD);
  return parsed.data.users;
}
