// The builders' field names are the ones the templates read: nothing typed is dropped on the way.
import { NOTICE_KINDS } from './notice';
import { NOTICE_FIELDS, notice } from './builders';
import { TEMPLATES, type TemplateSource } from './templates';

/** The `fields` keys a kind's template reads, found by reading it with a recording object. */
function keysRead(kind: (typeof NOTICE_KINDS)[number]): string[] {
  const read = new Set<string>();
  const fields = new Proxy({} as Record<string, string>, {
    get(_, key) {
      if (typeof key === 'string') read.add(key);
      return undefined;
    },
  });
  const source: TemplateSource = { title: 't', body: 'b', fields, createdAt: new Date(0) };
  for (const f of TEMPLATES[kind].fields) f.from(source);
  return [...read].sort();
}

it('declares for every kind exactly the fields its template reads', () => {
  for (const kind of NOTICE_KINDS)
    expect([kind, [...NOTICE_FIELDS[kind]].sort()]).toEqual([kind, keysRead(kind)]);
});

it('builds the notice as given', () => {
  const n = notice('lottery_result', {
    subject: 'e1',
    slot: 'drawn',
    staffNo: '100010',
    title: '抽签结果',
    body: '恭喜中签',
    fields: { title: '讲座', result: '中签' },
  });
  expect(n).toEqual({
    kind: 'lottery_result',
    subject: 'e1',
    slot: 'drawn',
    staffNo: '100010',
    title: '抽签结果',
    body: '恭喜中签',
    fields: { title: '讲座', result: '中签' },
  });
  notice('lottery_result', {
    subject: 'e',
    slot: 's',
    staffNo: '1',
    title: '',
    body: '',
    // @ts-expect-error a field the lottery template does not read
    fields: { place: 'x' },
  });
});
