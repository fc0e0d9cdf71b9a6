// 关怀模式: remembered in storage, put on <html> at once, and told to whoever listens.
import { CARE_CLASS, CARE_MODE_KEY, createCareMode, parseStored } from './care-mode';

function memory() {
  const m = new Map<string, string>();
  return { get: (k: string) => m.get(k), set: (k: string, v: string) => void m.set(k, v), m };
}

it('reads what storage holds, Taro-wrapped or bare, and nothing else as on', () => {
  expect(parseStored('1')).toBe(true);
  expect(parseStored('{"data":"1"}')).toBe(true);
  expect(parseStored('0')).toBe(false);
  expect(parseStored('')).toBe(false);
  expect(parseStored('{bad')).toBe(false);
  expect(parseStored(undefined)).toBe(false);
});

it('switches on and off, remembers, and puts the class on <html>', () => {
  const store = memory();
  const care = createCareMode(store);
  const seen: boolean[] = [];
  const off = care.subscribe((on) => seen.push(on));
  expect(care.isOn()).toBe(false);
  care.set(true);
  expect(store.m.get(CARE_MODE_KEY)).toBe('1');
  expect(document.documentElement.classList.contains(CARE_CLASS)).toBe(true);
  care.set(false);
  expect(care.isOn()).toBe(false);
  expect(document.documentElement.classList.contains(CARE_CLASS)).toBe(false);
  off();
  care.set(true);
  expect(seen).toEqual([true, false]);
  // the next start applies what was remembered
  document.documentElement.classList.remove(CARE_CLASS);
  createCareMode(store).apply();
  expect(document.documentElement.classList.contains(CARE_CLASS)).toBe(true);
});

it('still switches for the session when storage fails', () => {
  const care = createCareMode({
    get: () => {
      throw new Error('no storage');
    },
    set: () => {
      throw new Error('full');
    },
  });
  expect(care.isOn()).toBe(false);
  care.set(true);
  expect(document.documentElement.classList.contains(CARE_CLASS)).toBe(true);
});
