// The pure part of the code entry: when a typed code can be sent, what each answer looks like.
import { beijingClock } from '../../../domain/time';

/** What the person at the door entered: a scanned pass (its token) or the 8 digits they typed. */
export type Entered = { token: string } | { code: string };

/** The answer shown in the big box: green (checked in), amber (already), red (why not). */
export interface CodeResult {
  kind: 'ok' | 'warn' | 'bad';
  text: string;
}

/** A pass code is 8 digits; people type it with or without the space in the middle. */
export function codeReady(code: string): boolean {
  return code.replace(/\D/g, '').length >= 8;
}

/** The amber answer for someone already checked in (the second scan at the same door). */
export function alreadyResult(name: string, at: Date | string): CodeResult {
  return { kind: 'warn', text: `${name} 已在 ${beijingClock(at)} 签到过，不用重复签到。` };
}

export const CAMERA_PROBLEM: CodeResult = {
  kind: 'bad',
  text: '打不开摄像头。可以请对方读出签到码下面的 8 位数字，在下面输入。',
};

export function resultClass(kind: CodeResult['kind']): string {
  return `code-entry__result${kind === 'ok' ? '' : ` code-entry__result--${kind}`}`;
}
