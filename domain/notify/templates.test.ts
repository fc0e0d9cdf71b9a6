import { NOTICE_KINDS } from './notice';
import {
  buildTemplateData,
  cut,
  fieldValue,
  templateIdOf,
  TEMPLATES,
  timeValue,
} from './templates';

const ref = new Date('2026-11-23T02:00:00Z'); // 10:00 Beijing

describe('field values within WeChat limits', () => {
  it('cuts long thing values to 20 characters ending with …', () => {
    const long = '校工会二〇二六年度教职工健康知识讲座暨中医养生秋季专场活动';
    const v = fieldValue('thing', long, '', ref);
    expect(Array.from(v)).toHaveLength(20);
    expect(v.endsWith('…')).toBe(true);
    expect(fieldValue('thing', '短标题', '', ref)).toBe('短标题');
    expect(cut('a'.repeat(20), 20)).toBe('a'.repeat(20));
    expect(cut('a'.repeat(21), 20)).toBe('a'.repeat(19) + '…');
  });
  it('keeps phrases to 5 Chinese characters, falling back when nothing Chinese is left', () => {
    expect(fieldValue('phrase', '候补成功并已确认', '', ref)).toBe('候补成功并');
    expect(fieldValue('phrase', 'OK!', '已更新', ref)).toBe('已更新');
    expect(fieldValue('name', '欧阳一二三四五六七八九', '', ref)).toHaveLength(10);
    expect(fieldValue('character_string', 'x'.repeat(40), '', ref)).toHaveLength(32);
    expect(fieldValue('number', '12,345 步', '', ref)).toBe('12345');
  });
  it('never leaves a field empty', () => {
    expect(fieldValue('thing', '', '工会活动', ref)).toBe('工会活动');
    expect(fieldValue('thing', '   ', '', ref)).toBe('—');
  });
  it('writes times in 24-hour Beijing time, reading the formats features send', () => {
    expect(timeValue('2026-11-24T06:30:00.000Z', ref)).toBe('2026年11月24日 14:30');
    expect(timeValue('11月24日 14:30', ref)).toBe('2026年11月24日 14:30');
    expect(timeValue('1月2日 09:05', ref)).toBe('2027年1月2日 09:05');
    expect(timeValue('2026-11-24 08:00', ref)).toBe('2026年11月24日 08:00');
    expect(timeValue('下周', ref)).toBe('2026年11月23日 10:00');
    expect(timeValue(undefined, ref)).toBe('2026年11月23日 10:00');
  });
});

describe('templates as config', () => {
  it('reads each kind’s template id from its environment variable', () => {
    expect(templateIdOf('event_reminder', { TEMPLATE_EVENT_REMINDER: ' abc ' })).toBe('abc');
    expect(templateIdOf('event_reminder', {})).toBeNull();
    expect(new Set(NOTICE_KINDS.map((k) => TEMPLATES[k].env)).size).toBe(NOTICE_KINDS.length);
  });
  it('builds every kind’s data within limits, even from very long input', () => {
    const long = '很长'.repeat(40);
    for (const kind of NOTICE_KINDS) {
      const data = buildTemplateData(kind, {
        title: long,
        body: long,
        createdAt: ref,
        fields: {
          title: long,
          time: long,
          location: long,
          reason: long,
          result: long,
          department: long,
          status: long,
          place: long,
          hours: long,
          deadline: long,
          tip: long,
        },
      });
      for (const [key, { value }] of Object.entries(data)) {
        const type = /^([a-z_]+?)\d+$/.exec(key)![1];
        const max = { thing: 20, phrase: 5, name: 10, number: 32, character_string: 32, time: 32 }[
          type
        ]!;
        expect(Array.from(value).length).toBeGreaterThan(0);
        expect(Array.from(value).length).toBeLessThanOrEqual(max);
      }
    }
  });
  it('fills the event reminder from the notice', () => {
    expect(
      buildTemplateData('event_reminder', {
        title: '活动提醒：荣休仪式',
        body: '',
        createdAt: ref,
        fields: { title: '荣休仪式', time: '2026-11-24T06:30:00.000Z', location: '行政楼报告厅' },
      }),
    ).toEqual({
      thing1: { value: '荣休仪式' },
      time2: { value: '2026年11月24日 14:30' },
      thing3: { value: '行政楼报告厅' },
      thing4: { value: '请准时到场，出示签到码' },
    });
  });
});
