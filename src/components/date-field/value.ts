// The values a date or date-and-time field holds ("2026-03-08", "2026-03-08 14:00", Beijing
// time) and the native h5 input's spelling of them ("2026-03-08T14:00").

export type DateKind = 'date' | 'datetime';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** "2026-03-08 14:00" → ["2026-03-08", "14:00"]; parts missing or malformed come back empty. */
export function splitValue(value: string): [string, string] {
  const [d = '', t = ''] = value.trim().split(/[ T]/);
  return [DATE.test(d) ? d : '', TIME.test(t) ? t : ''];
}

/** The field's value from a date and a time (either may be empty until chosen). */
export function joinValue(kind: DateKind, date: string, time: string): string {
  if (kind === 'date') return date;
  if (!date && !time) return '';
  return `${date} ${time}`.trim();
}

/** The value as the native h5 input spells it ('' when not complete). */
export function toNative(kind: DateKind, value: string): string {
  const [d, t] = splitValue(value);
  if (kind === 'date') return d;
  return d && t ? `${d}T${t}` : '';
}

/** The native input's value back as the field's value. */
export function fromNative(kind: DateKind, native: string): string {
  const [d, t] = splitValue(native);
  return joinValue(kind, d, t);
}

/** What the date or time part shows: the chosen value, or what to do. */
export function partLabel(part: 'date' | 'time', value: string): string {
  if (!value) return part === 'date' ? '选择日期' : '选择时间';
  if (part === 'time') return value;
  const [, y, m, d] = DATE.exec(value) ?? [];
  return `${y}年${Number(m)}月${Number(d)}日`;
}
