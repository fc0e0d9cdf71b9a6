import { badgeText } from './format';
import { pickTemplates, readWeappAnswer, type AskedTemplate } from './subscribe-answer';

const asked: AskedTemplate[] = [
  { kind: 'event_reminder', templateId: 'T1', name: '活动开始提醒' },
  { kind: 'signup_result', templateId: 'T2', name: '报名结果通知' },
];

it('counts only an explicit accept for the template id', () => {
  expect(
    readWeappAnswer(asked, { errMsg: 'requestSubscribeMessage:ok', T1: 'accept', T2: 'reject' }),
  ).toEqual([
    { kind: 'event_reminder', result: 'accept' },
    { kind: 'signup_result', result: 'reject' },
  ]);
  expect(
    readWeappAnswer(asked, { errMsg: 'requestSubscribeMessage:ok', T1: 'ban', T2: 'filter' }).map(
      (r) => r.result,
    ),
  ).toEqual(['reject', 'reject']);
});

it('never reads Taro H5’s stub success as an accept', () => {
  const stub = { errMsg: 'requestSubscribeMessage:ok 暂时不支持 API' };
  expect(readWeappAnswer(asked, stub).every((r) => r.result === 'reject')).toBe(true);
  expect(
    readWeappAnswer(asked, {
      errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.',
    }).every((r) => r.result === 'reject'),
  ).toBe(true);
});

it('asks for at most 3 distinct templates', () => {
  const many: AskedTemplate[] = [
    ...asked,
    { kind: 'event_cancelled', templateId: 'T1', name: 'x' },
    { kind: 'gift_reminder', templateId: 'T3', name: 'y' },
    { kind: 'pickup_ready', templateId: 'T4', name: 'z' },
  ];
  expect(
    pickTemplates(many, [
      'event_reminder',
      'event_cancelled',
      'signup_result',
      'gift_reminder',
      'pickup_ready',
    ]).map((t) => t.templateId),
  ).toEqual(['T1', 'T2', 'T3']);
});

it('shows the unread count on the badge', () => {
  expect(badgeText(0)).toBeNull();
  expect(badgeText(7)).toBe('7');
  expect(badgeText(120)).toBe('99+');
});
