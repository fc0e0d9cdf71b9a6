// The union office's contact, shown where nothing else helps (error screens, the bind page).
// Configurable at build time: TARO_APP_UNION_OFFICE (e.g. "校工会办公室 行政楼 302，电话 0000-0000").

function configured(): string {
  // Taro writes TARO_APP_* in at build time; unset, `process` does not exist in the h5 bundle
  try {
    return (process.env.TARO_APP_UNION_OFFICE ?? '').trim();
  } catch {
    return '';
  }
}

export const UNION_OFFICE = configured() || '校工会办公室（工作日 8:30–17:00）';

/** "还是不行？请联系校工会办公室（…）。" */
export function officeLine(): string {
  return `还是不行？请联系${UNION_OFFICE}。`;
}
