// The union office's contact, shown where a person may be stuck (bind page, error screens): the
// one setting to change when the office moves or its number changes.
export const UNION_OFFICE = {
  name: '校工会办公室',
  phone: '0571-8820 1234',
  place: '行政楼 305 室',
  hours: '工作日 8:30–11:30、14:00–17:00',
} as const;

/** "遇到问题，请联系校工会办公室：0571-8820 1234（行政楼 305 室，工作日 …）" */
export function officeContactLine(o: typeof UNION_OFFICE = UNION_OFFICE): string {
  return `遇到问题，请联系${o.name}：${o.phone}（${o.place}，${o.hours}）`;
}
