// The code entry's pure part: when a typed code may be sent, the amber "already" line, the classes.
import { alreadyResult, CAMERA_PROBLEM, codeReady, resultClass } from './entry';

it('sends a code once it has 8 digits, with or without the space', () => {
  expect(codeReady('')).toBe(false);
  expect(codeReady('0042 731')).toBe(false);
  expect(codeReady('0042 7319')).toBe(true);
  expect(codeReady('00427319')).toBe(true);
  expect(codeReady('abcdefgh')).toBe(false);
});

it('says when someone was already checked in, in Beijing time', () => {
  // 02:05 UTC is 10:05 in Beijing
  expect(alreadyResult('张三', new Date('2026-12-02T02:05:00Z'))).toEqual({
    kind: 'warn',
    text: '张三 已在 10:05 签到过，不用重复签到。',
  });
});

it('colours the answer by its kind and offers typing when the camera fails', () => {
  expect(resultClass('ok')).toBe('code-entry__result');
  expect(resultClass('warn')).toBe('code-entry__result code-entry__result--warn');
  expect(resultClass('bad')).toBe('code-entry__result code-entry__result--bad');
  expect(CAMERA_PROBLEM.kind).toBe('bad');
  expect(CAMERA_PROBLEM.text).toContain('8 位数字');
});
