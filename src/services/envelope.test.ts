// Reading envelopes and weapp platform failures without any transport.
import { CloudError, NETWORK_MESSAGE } from './cloud-error';
import { fromWeappFailure, isEnvelope, unwrap } from './envelope';

describe('unwrap', () => {
  it('returns the data of an ok envelope, even when it is null', () => {
    expect(unwrap({ ok: true, data: { a: 1 } })).toEqual({ a: 1 });
    expect(unwrap({ ok: true, data: null })).toBeNull();
  });

  it('throws the server error of an ok:false envelope', () => {
    expect(() =>
      unwrap({ ok: false, error: { code: 'events.full', message: '名额已满' } }),
    ).toThrow(new CloudError('events.full', '名额已满'));
  });

  it('treats anything else as internal', () => {
    for (const v of [
      undefined,
      null,
      'oops',
      [],
      { ok: true },
      { ok: false, error: { code: 1 } },
    ]) {
      expect(isEnvelope(v)).toBe(false);
      expect(() => unwrap(v)).toThrow(CloudError);
    }
  });
});

describe('fromWeappFailure', () => {
  it('calls a thrown or timed-out function internal (-504002)', () => {
    const e = fromWeappFailure({
      errCode: -504002,
      errMsg: 'cloud.callFunction:fail Error: errCode: -504002 functions execute fail',
    });
    expect(e.code).toBe('internal');
  });

  it('calls request failures and timeouts network', () => {
    expect(fromWeappFailure({ errMsg: 'cloud.callFunction:fail request:fail' }).message).toBe(
      NETWORK_MESSAGE,
    );
    expect(fromWeappFailure({ errCode: -1, errMsg: 'x' }).code).toBe('network');
    expect(fromWeappFailure(new Error('timeout')).code).toBe('network');
  });
});
