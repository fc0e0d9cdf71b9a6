// The one way to ask "are you sure?" (and to tell something that needs no choice): Taro's modal
// with plain words, union colours and labels that fit. Answers true only for the confirm button.
import Taro from '@tarojs/taro';
import { modalOptions, type ConfirmOptions } from './options';

export type { ConfirmOptions } from './options';
export { modalOptions } from './options';

export async function confirm(o: ConfirmOptions | string): Promise<boolean> {
  try {
    return (await Taro.showModal(modalOptions(o))).confirm === true;
  } catch {
    // a modal that could not open is not a yes
    return false;
  }
}

/** Tells something that needs no choice (an export that failed, a result): one 知道了 button. */
export async function tell(title: string, content: string): Promise<void> {
  try {
    await Taro.showModal({
      ...modalOptions({ title, content, confirmText: '知道了' }),
      showCancel: false,
    });
  } catch {
    // nothing to decide: a dialog that could not open changes nothing
  }
}
