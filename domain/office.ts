// The union office's contact, shown where a person may be stuck (bind page, error screens): the
// one place to set it. Each union fills in its own phone and room; empty parts are not shown.
export const UNION_OFFICE = {
  name: '校工会办公室',
  phone: '',
  place: '',
  hours: '工作日 8:30–11:30、14:00–17:00',
};
