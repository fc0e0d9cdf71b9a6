// Pure decisions for clubs: document ids, who may join how, room under the cap, photo checks by
// magic bytes, search, mixer age eligibility and mutual marks.
import { ageOn } from '../time';
import { sniffImage } from '../storage/image';
import { MAX_PHOTO_BYTES, type MemberStatus, type PhotoType } from './contract';

export { sniffImage };

/** The membership doc's _id, the shape events' club audience check reads. */
export const memberId = (clubId: string, staffNo: string) => `${clubId}:${staffNo}`;
export const likeId = (postId: string, staffNo: string) => `${postId}:${staffNo}`;
export const declarationId = (eventId: string, staffNo: string) => `${eventId}:${staffNo}`;
export const markId = (eventId: string, from: string, to: string) => `${eventId}:${from}:${to}`;

/** Statuses from which a new join request may start over. */
export const REJOINABLE: readonly MemberStatus[] = ['declined', 'removed', 'left'];

/** What a join becomes: straight in for open clubs, a request for the leader otherwise. */
export function joinTarget(policy: 'open' | 'approval'): 'member' | 'pending' {
  return policy === 'open' ? 'member' : 'pending';
}

/** Is there room for one more member? No cap: always. */
export function hasRoom(memberCount: number, cap: number | undefined): boolean {
  return cap === undefined || memberCount < cap;
}

export type PhotoCheck =
  | { ok: true; type: PhotoType }
  | { ok: false; code: 'clubs.photo_type' | 'clubs.photo_size'; message: string };

/** A photo is accepted only if its bytes are a JPEG, PNG or WebP of the declared type, ≤ 1 MB. */
export function checkPhoto(bytes: Uint8Array, declared: PhotoType): PhotoCheck {
  if (bytes.length === 0)
    return { ok: false, code: 'clubs.photo_type', message: '照片是空的，请重新选择。' };
  if (bytes.length > MAX_PHOTO_BYTES) {
    return {
      ok: false,
      code: 'clubs.photo_size',
      message: '照片超过 1 MB，请换一张或裁小一些再传。',
    };
  }
  const real = sniffImage(bytes);
  if (!real || real !== declared) {
    return {
      ok: false,
      code: 'clubs.photo_type',
      message: '只能上传 JPEG、PNG 或 WebP 格式的照片，请换一张。',
    };
  }
  return { ok: true, type: real };
}

/** Search by name or intro, ignoring spaces and case. */
export function matchesSearch(
  club: { name: string; intro: string },
  q: string | undefined,
): boolean {
  const needle = (q ?? '').replace(/\s+/g, '').toLowerCase();
  if (!needle) return true;
  return `${club.name}${club.intro}`.replace(/\s+/g, '').toLowerCase().includes(needle);
}

/** Default age range of a mixer when the event names none. */
export const MIXER_AGES = { min: 22, max: 45 } as const;

export type MixerCheck = { eligible: true } | { eligible: false; why: string };

/** A mixer is for single staff within the event's age range (birth from the roster, not the form). */
export function mixerEligibility(
  birth: string | undefined,
  day: string,
  range: { min?: number; max?: number } = {},
): MixerCheck {
  const min = range.min ?? MIXER_AGES.min;
  const max = range.max ?? MIXER_AGES.max;
  if (!birth) return { eligible: false, why: '名册里没有你的出生年月，请联系校工会补全后再报名。' };
  const age = ageOn(birth, day);
  if (age < min || age > max)
    return { eligible: false, why: `这场联谊面向 ${min}–${max} 岁的教职工。` };
  return { eligible: true };
}

/** Only marks made both ways are revealed: the people I marked who also marked me. */
export function mutualMatches(iMarked: readonly string[], markedMe: readonly string[]): string[] {
  const back = new Set(markedMe);
  return [...new Set(iMarked)].filter((s) => back.has(s)).sort();
}
