// The dialog's options: plain defaults, union colours, button labels that fit weapp's 4 characters.
import { modalOptions } from './options';

it('asks 请确认 with 确定 / 取消 for a bare sentence', () => {
  expect(modalOptions('确定退出这个社团吗？')).toMatchObject({
    title: '请确认',
    content: '确定退出这个社团吗？',
    confirmText: '确定',
    cancelText: '取消',
    showCancel: true,
  });
});

it('keeps labels within 4 characters and uses readable colours', () => {
  const o = modalOptions({
    title: '现在截止？',
    content: '…',
    confirmText: '确认现在截止',
    cancelText: '再等等',
  });
  expect(o.confirmText).toBe('确认现在');
  expect(o.cancelText).toBe('再等等');
  expect(o.confirmColor).toBe('#c8102e');
  expect(o.cancelColor).toBe('#45454a');
});
