// The union office's contact, shown where a person may be stuck (bind page, error screens): the
// one place to set it. Each union fills in its own phone and room; empty parts are not shown.
export const UNION_OFFICE = {
  name: '校工会办公室',
  phone: '',
  place: '',
  hours: '工作日 8:30–11:30、14:00–17:00',
};

/** "遇到问题，请联系校工会办公室：电话（地点，时间）", leaving out what is not set. */
export function officeContactLine(o: typeof UNION_OFFICE = UNION_OFFICE): string {
  const where = [o.place, o.hours].filter(Boolean).join('，');
  return `遇到问题，请联系${o.name}${o.phone ? `：${o.phone}` : ''}${where ? `（${where}）` : ''}`;
}
