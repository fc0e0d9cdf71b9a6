// No error is a dead end: unbound → 去绑定, no gift yet → 去选礼包, else 再试一次 or the office.
import { URLS } from '../../routes';
import { nextStepFor } from './next-step';

it('sends an unbound person to bind, whatever the page offered', () => {
  const step = nextStepFor({ code: 'auth.unbound', message: '请先绑定工号。' }, true);
  expect(step).toMatchObject({ kind: 'go', url: URLS.bind });
  if (step.kind === 'go') expect(step.label).toContain('去绑定');
});

it('sends someone without a chosen gift to choose one', () => {
  expect(nextStepFor({ code: 'welfare.no_claim', message: '…' }, true)).toMatchObject({
    kind: 'go',
    url: URLS.welfare,
    label: '去选礼包',
  });
});

it('offers 再试一次, with the office for faults that retrying may not fix', () => {
  expect(nextStepFor({ code: 'network', message: '…' }, true)).toMatchObject({
    kind: 'retry',
    label: '再试一次',
    office: true,
  });
  expect(nextStepFor({ code: 'events.full', message: '…' }, true)).toMatchObject({
    kind: 'retry',
    office: false,
  });
});

it('names the office where nothing else helps, and stays quiet on form problems', () => {
  expect(nextStepFor({ code: 'auth.forbidden', message: '…' }, false).kind).toBe('office');
  expect(nextStepFor({ message: '现在没有开放提案征集的会议。' }, false).kind).toBe('office');
  expect(nextStepFor({ code: 'validation.failed', message: '…' }, false).kind).toBe('none');
});

it('is safe for odd codes', () => {
  expect(nextStepFor({ code: 'constructor', message: '…' }, false).kind).toBe('none');
  expect(nextStepFor({ code: '__proto__', message: '…' }, true).kind).toBe('retry');
});
