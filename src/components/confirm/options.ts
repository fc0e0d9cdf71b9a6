// The confirm dialog's options for Taro.showModal, pure so they can be tested.
import type Taro from '@tarojs/taro';

export interface ConfirmOptions {
  title: string;
  content: string;
  /** the confirm button: say what it does ("发送", "截止"), at most 4 characters */
  confirmText?: string;
  cancelText?: string;
}

const RED = '#c8102e';
const INK_2 = '#45454a';
const MAX_BUTTON = 4;

/** The options handed to Taro.showModal (pure, for tests). */
export function modalOptions(o: ConfirmOptions | string): Taro.showModal.Option {
  const opts = typeof o === 'string' ? { title: '请确认', content: o } : o;
  return {
    title: opts.title,
    content: opts.content,
    confirmText: (opts.confirmText ?? '确定').slice(0, MAX_BUTTON),
    cancelText: (opts.cancelText ?? '取消').slice(0, MAX_BUTTON),
    confirmColor: RED,
    cancelColor: INK_2,
    showCancel: true,
  };
}
