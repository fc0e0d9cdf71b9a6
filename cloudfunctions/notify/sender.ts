// The one place that sends a WeChat subscription message. Production: wx-server-sdk's cloud call
// `cloud.openapi.subscribeMessage.send` (config.json grants the permission). Local cloud
// (NOTIFY_SENDER=node-sdk): @cloudbase/node-sdk's callWxOpenApi, which the local cloud answers and
// records in its outbox. Both answer WeChat's { errcode, errmsg }; they never throw.
import { getApp, setting } from '../_kit';

export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
}

export interface SendAnswer {
  errcode: number;
  errmsg: string;
}

export interface Sender {
  send(message: SubscribeMessage): Promise<SendAnswer>;
}

/** 'developer' | 'trial' | 'formal': which version of the mini-program the message opens. */
const miniprogramState = () => setting('MINIPROGRAM_STATE', 'formal');

const errcodeOf = (e: unknown): number => {
  const o = (e ?? {}) as { errCode?: unknown; errcode?: unknown };
  const code = Number(o.errCode ?? o.errcode);
  return Number.isFinite(code) && code !== 0 ? code : -1;
};

interface WxServerSdk {
  init(opts: { env: unknown }): void;
  DYNAMIC_CURRENT_ENV: unknown;
  openapi: {
    subscribeMessage: {
      send(req: Record<string, unknown>): Promise<{ errCode?: number; errMsg?: string }>;
    };
  };
}

let wxCloud: WxServerSdk | undefined;

/** Production: the documented cloud call. wx-server-sdk is a runtime dependency of this
 * function's bundle only, loaded on first use (never in the local cloud or tests). */
const wxServerSdkSender: Sender = {
  async send(m) {
    try {
      if (!wxCloud) {
        const name = 'wx-server-sdk';
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const sdk = require(name) as WxServerSdk;
        sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV });
        wxCloud = sdk;
      }
      const res = await wxCloud.openapi.subscribeMessage.send({
        touser: m.touser,
        templateId: m.templateId,
        page: m.page,
        data: m.data,
        miniprogramState: miniprogramState(),
      });
      return { errcode: Number(res.errCode ?? 0), errmsg: String(res.errMsg ?? 'ok') };
    } catch (e) {
      // the cloud call throws on a non-zero errCode
      return { errcode: errcodeOf(e), errmsg: 'send failed' };
    }
  },
};

/** Local cloud: the SDK's wx.api platform action, answered by local-cloud/dev/notify-outbox.ts. */
const nodeSdkSender: Sender = {
  async send(m) {
    try {
      const res = (await getApp().callWxOpenApi({
        apiName: 'subscribeMessage.send',
        requestData: {
          touser: m.touser,
          template_id: m.templateId,
          page: m.page,
          data: m.data,
          miniprogram_state: miniprogramState(),
        },
      })) as { result?: { errcode?: unknown; errmsg?: unknown }; code?: unknown };
      if (!res.result || typeof res.result !== 'object')
        return { errcode: -1, errmsg: 'no answer' };
      return { errcode: Number(res.result.errcode ?? -1), errmsg: String(res.result.errmsg ?? '') };
    } catch (e) {
      return { errcode: errcodeOf(e), errmsg: 'send failed' };
    }
  },
};

export function getSender(): Sender {
  return setting('NOTIFY_SENDER', 'wx-server-sdk') === 'node-sdk'
    ? nodeSdkSender
    : wxServerSdkSender;
}
