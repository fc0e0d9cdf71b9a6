/** @jest-environment jsdom */
// The h5 dev identity in localStorage: bare openids, Taro-wrapped values, fresh ones.
import {
  DEV_OPENID_KEY,
  getDevOpenid,
  newDevOpenid,
  parseStoredOpenid,
  setDevOpenid,
} from './dev-identity';

beforeEach(() => localStorage.clear());

it('stores the bare openid under union-hub.dev-openid', () => {
  setDevOpenid('dev-admin');
  expect(localStorage.getItem(DEV_OPENID_KEY)).toBe('dev-admin');
  expect(getDevOpenid()).toBe('dev-admin');
});

it('reads what Taro.setStorageSync writes, and ignores junk', () => {
  expect(parseStoredOpenid('{"data":"dev-chair"}')).toBe('dev-chair');
  expect(parseStoredOpenid('{"data":42}')).toBe('');
  expect(parseStoredOpenid('{broken')).toBe('');
  expect(parseStoredOpenid('has space')).toBe('');
  expect(parseStoredOpenid(null)).toBe('');
});

it('refuses an openid the gateway would not accept', () => {
  expect(() => setDevOpenid('不行')).toThrow();
});

it('makes fresh openids the gateway accepts', () => {
  const a = newDevOpenid();
  expect(a).toMatch(/^dev-new-[a-z0-9]{10}$/);
  expect(newDevOpenid()).not.toBe(a);
});
