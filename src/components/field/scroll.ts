// Scrolls to the first field with a problem, so a person who taps 保存 at the bottom sees what
// to fix (the ids are `fieldId(key)` on Field, TextArea and DateField).
import Taro from '@tarojs/taro';
import { fieldId, firstProblem } from './first-problem';

/** Scrolls the page so the first field with a problem is in view (no-op when there is none). */
export function scrollToFirstProblem(
  order: readonly string[],
  problems: Readonly<Record<string, string | undefined>>,
): void {
  const key = firstProblem(order, problems);
  if (!key) return;
  // after React has painted the messages, so the position includes them
  setTimeout(() => {
    Taro.pageScrollTo({ selector: `#${fieldId(key)}`, offsetTop: -24, duration: 200 }).catch(
      () => undefined,
    );
  }, 0);
}
