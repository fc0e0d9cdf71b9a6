// Clubs rules: ids, join targets, room under the cap, photo checks, search, mixer ages and matches.
import { clubsContract, MAX_PHOTO_BYTES } from './contract';
import {
  checkPhoto,
  hasRoom,
  joinTarget,
  memberId,
  mixerEligibility,
  mutualMatches,
  matchesSearch,
  sniffImage,
} from './rules';

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const WEBP = Uint8Array.from([...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBPVP8 ')]);

it('keeps the membership id shape the events audience check reads', () => {
  expect(memberId('c-photo', '100010')).toBe('c-photo:100010');
});

it('joins open clubs at once and asks the leader otherwise', () => {
  expect(joinTarget('open')).toBe('member');
  expect(joinTarget('approval')).toBe('pending');
});

it('has room under the cap, and always without one', () => {
  expect(hasRoom(29, 30)).toBe(true);
  expect(hasRoom(30, 30)).toBe(false);
  expect(hasRoom(5000, undefined)).toBe(true);
});

it('tells JPEG, PNG and WebP by their bytes, not by their name', () => {
  expect(sniffImage(JPEG)).toBe('image/jpeg');
  expect(sniffImage(PNG)).toBe('image/png');
  expect(sniffImage(WEBP)).toBe('image/webp');
  expect(sniffImage(Buffer.from('GIF89a...'))).toBeNull();
  expect(sniffImage(Buffer.from('%PDF-1.7'))).toBeNull();
});

it('refuses a photo of the wrong type, a mislabelled one, an empty one and one over 1 MB', () => {
  expect(checkPhoto(JPEG, 'image/jpeg')).toEqual({ ok: true, type: 'image/jpeg' });
  expect(checkPhoto(PNG, 'image/jpeg')).toMatchObject({ ok: false, code: 'clubs.photo_type' });
  expect(checkPhoto(Buffer.from('GIF89a'), 'image/png')).toMatchObject({
    ok: false,
    code: 'clubs.photo_type',
  });
  expect(checkPhoto(new Uint8Array(0), 'image/png')).toMatchObject({
    ok: false,
    code: 'clubs.photo_type',
  });
  const big = new Uint8Array(MAX_PHOTO_BYTES + 1);
  big.set(JPEG);
  expect(checkPhoto(big, 'image/jpeg')).toMatchObject({ ok: false, code: 'clubs.photo_size' });
});

it('searches names and intros ignoring spaces and case', () => {
  const club = { name: '摄影 协会', intro: '用镜头记录校园 Photo' };
  expect(matchesSearch(club, '摄影协会')).toBe(true);
  expect(matchesSearch(club, 'photo')).toBe(true);
  expect(matchesSearch(club, '书画')).toBe(false);
  expect(matchesSearch(club, '  ')).toBe(true);
});

it('admits mixer declarations only within the age range, from the roster birth', () => {
  expect(mixerEligibility('1995-06', '2026-11-23')).toEqual({ eligible: true });
  expect(mixerEligibility('1970-01', '2026-11-23')).toMatchObject({ eligible: false });
  expect(mixerEligibility('2000-01', '2026-11-23', { min: 28, max: 40 })).toMatchObject({
    eligible: false,
    why: expect.stringContaining('28–40'),
  });
  expect(mixerEligibility(undefined, '2026-11-23')).toMatchObject({ eligible: false });
});

it('reveals a match only when both marked', () => {
  expect(mutualMatches(['a', 'b', 'c'], ['c', 'd'])).toEqual(['c']);
  expect(mutualMatches(['a'], [])).toEqual([]);
  expect(mutualMatches([], ['a'])).toEqual([]);
});

describe('contract', () => {
  const create = clubsContract['clubs.create'].input;
  it('needs only a name to create a club, with open joining by default', () => {
    expect(create.parse({ name: ' 摄影协会 ' })).toEqual({
      name: '摄影协会',
      intro: '',
      joinPolicy: 'open',
      leaders: [],
    });
    expect(create.safeParse({}).success).toBe(false);
    expect(create.safeParse({ name: 'x', memberCap: 0 }).success).toBe(false);
  });
  it('caps a post at 9 photos and needs a reason to decline', () => {
    const post = clubsContract['clubs.post'].input;
    expect(
      post.safeParse({
        clubId: 'c',
        text: 'hi',
        photos: Array.from({ length: 10 }, (_, i) => `f${i}`),
      }).success,
    ).toBe(false);
    expect(
      post.safeParse({
        clubId: 'c',
        text: 'hi',
        photos: Array.from({ length: 9 }, (_, i) => `f${i}`),
      }).success,
    ).toBe(true);
    expect(
      clubsContract['clubs.decline'].input.safeParse({ clubId: 'c', staffNo: '1', reason: ' ' })
        .success,
    ).toBe(false);
  });
  it('requires a declared single status and consent for a mixer', () => {
    const d = clubsContract['clubs.mixerDeclare'].input;
    expect(d.safeParse({ eventId: 'e', single: false, consent: true }).success).toBe(false);
    expect(d.safeParse({ eventId: 'e', single: true, consent: true }).success).toBe(true);
  });
});
