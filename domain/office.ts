// The union office's contact, shown where a person may be stuck (bind page, error screens). An
// admin sets it (account.setOffice, stored in `settings`); this built-in default is shown until
// it is read, or when it cannot be. Empty parts are not shown.
export interface OfficeInfo {
  name: string;
  phone: string;
  place: string;
  hours: string;
}

export const UNION_OFFICE: OfficeInfo = {
  name: '校工会办公室',
  phone: '',
  place: '',
  hours: '工作日 8:30–11:30、14:00–17:00',
};

/** The settings document that holds it. */
export const OFFICE_SETTING_ID = 'office';

/** "遇到问题，请联系校工会办公室：电话（地点，时间）", leaving out what is not set. */
export function officeContactLine(o: OfficeInfo = UNION_OFFICE): string {
  const where = [o.place, o.hours].filter(Boolean).join('，');
  return `遇到问题，请联系${o.name}${o.phone ? `：${o.phone}` : ''}${where ? `（${where}）` : ''}`;
}
