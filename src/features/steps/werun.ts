// Where WeRun steps come from: in WeChat, Taro.getWeRunData and a CloudID the platform exchanges;
// in the h5 build on the local cloud, the simulator's history for this dev user, registered for a
// cloudID the local gateway exchanges the same way. The only place the two builds differ.
import Taro from '@tarojs/taro';
import { getBaseUrl } from '../../services/base-url';
import { CloudError } from '../../services/cloud-error';
import { getDevOpenid } from '../../services/dev-identity';

export const WERUN_DENIED =
  '需要你允许小程序读取微信运动步数。请点右上角「…」→「设置」，打开「微信运动步数」后再同步。';
export const WERUN_UNAVAILABLE = '暂时读不到微信运动步数，请确认已开通微信运动，稍后再试。';

/** The value to pass as the top-level `weRunData` field of steps.sync. */
export async function weRunReference(): Promise<unknown> {
  if (process.env.TARO_ENV === 'weapp') {
    let cloudID: string | undefined;
    try {
      cloudID = (await Taro.getWeRunData()).cloudID;
    } catch (e) {
      const msg = String((e as { errMsg?: string })?.errMsg ?? '');
      throw new CloudError(
        'steps.werun_denied',
        /auth|deny|scope/i.test(msg) ? WERUN_DENIED : WERUN_UNAVAILABLE,
      );
    }
    if (!cloudID) throw new CloudError('steps.werun_denied', WERUN_UNAVAILABLE);
    // a CloudID object: the platform replaces it with the decrypted steps before the function runs
    return (Taro.cloud.CloudID as unknown as (id: string) => unknown)(cloudID);
  }
  // the simulator is a local-cloud dev tool: a plain h5 build has no WeRun at all
  if (process.env.TARO_APP_DEV_TOOLS !== '1')
    throw new CloudError('steps.werun_denied', WERUN_UNAVAILABLE);
  return simulatorReference();
}

interface StepInfo {
  timestamp: number;
  step: number;
}

/** Local mode: the simulator's last 31 days for the current dev user, registered for a cloudID. */
export async function simulatorReference(openid = getDevOpenid()): Promise<{ cloudID: string }> {
  const base = getBaseUrl();
  try {
    const history = (await (
      await fetch(`${base}/api/dev/werun/${encodeURIComponent(openid)}`)
    ).json()) as { stepInfoList: StepInfo[] };
    const res = await fetch(`${base}/api/dev/werun`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ openid, stepInfoList: history.stepInfoList }),
    });
    const body = (await res.json()) as { cloudID?: string };
    if (!res.ok || !body.cloudID) throw new Error('no cloudID');
    return { cloudID: body.cloudID };
  } catch {
    throw new CloudError('network', '连不上本地的微信运动模拟器，请确认本地云正在运行。');
  }
}
