// Sends a function call from the weapp build through the platform: Taro.cloud.callFunction (app.ts
// has called Taro.cloud.init). WeChat adds the caller's openid itself. h5 and tests use transport.ts
// (Taro picks `*.weapp.ts` over `*.ts` for weapp builds).
import Taro from '@tarojs/taro';
import { fromWeappFailure } from './envelope';

/** The function's raw answer (an envelope), or a CloudError when the platform call failed. */
export async function invoke(name: string, event: Record<string, unknown>): Promise<unknown> {
  try {
    const res = await Taro.cloud.callFunction({ name, data: event });
    return res.result;
  } catch (failure) {
    throw fromWeappFailure(failure);
  }
}
