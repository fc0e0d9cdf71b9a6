// The union office's one-line contact for error screens: as read this session (office-store),
// else domain/office.ts's default, or at build time TARO_APP_UNION_OFFICE.
import { officeContactLine } from '../../../domain/office';
import { currentOffice } from './office-store';

function configured(): string {
  // Taro writes TARO_APP_* in at build time; unset, `process` does not exist in the h5 bundle
  try {
    return (process.env.TARO_APP_UNION_OFFICE ?? '').trim();
  } catch {
    return '';
  }
}

/** "校工会办公室 0571-88206000（行政楼 2 楼，工作日 …）" */
export function unionOffice(): string {
  const o = currentOffice();
  if (!o.phone && configured()) return configured();
  const where = [o.place, o.hours].filter(Boolean).join('，');
  return `${o.name}${o.phone ? ` ${o.phone}` : ''}${where ? `（${where}）` : ''}`;
}

/** "还是不行？请联系校工会办公室（…）。" */
export function officeLine(): string {
  return `还是不行？请联系${unionOffice()}。`;
}

export { officeContactLine };
