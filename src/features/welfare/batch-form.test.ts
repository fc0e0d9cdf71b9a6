// The admin's new-batch form: 元 → fen, the pasted 工号 list, the createBatch input it builds, the
// problems it names per field (from the contract's own schema), and the confirmation summary.
import { createBatchInput } from '../../../domain/welfare/contract';
import {
  buildCreateInput,
  defaultOptionChoices,
  emptyBatchForm,
  emptyOption,
  emptyPoint,
  fenToYuan,
  parseStaffNos,
  summarize,
  toggleId,
  withOption,
  withPoint,
  yuanToFen,
  type BatchForm,
} from './batch-form';

function filled(): BatchForm {
  const f = emptyBatchForm('2026-11-20', '2026-11-27');
  f.name = ' 冬季慰问 ';
  f.options = [
    { name: '大米', stock: '100', value: '128', description: '10 斤', imageUrl: '' },
    { name: '', stock: '', value: '', description: '', imageUrl: '' },
    {
      name: '鸡蛋',
      stock: '30',
      value: '99.5',
      description: '',
      imageUrl: 'https://img.example.com/egg.jpg',
    },
  ];
  f.defaultOption = 2;
  f.audience = 'members';
  f.includeRetired = false;
  f.branchIds = ['b01', 'b02'];
  f.points = [
    { name: '东区领取点', place: '东区活动中心', hours: '9:00–16:00', branchIds: ['b01'] },
    emptyPoint(),
    { name: '西区领取点', place: '西区图书馆', hours: '9:00–12:00', branchIds: ['b02'] },
  ];
  return f;
}

describe('money and lists', () => {
  it('turns 元 into whole fen without floating-point drift', () => {
    expect(yuanToFen('128')).toBe(12800);
    expect(yuanToFen('99.5')).toBe(9950);
    expect(yuanToFen('0.01')).toBe(1);
    expect(yuanToFen('19.99')).toBe(1999);
    expect(yuanToFen(' ¥20 ')).toBe(2000);
    expect(yuanToFen('-1')).toBeNull();
    expect(yuanToFen('1.234')).toBeNull();
    expect(yuanToFen('十元')).toBeNull();
    expect(fenToYuan(12800)).toBe('128 元');
    expect(fenToYuan(9950)).toBe('99.50 元');
    expect(fenToYuan(1)).toBe('0.01 元');
  });
  it('reads a pasted 工号 list however it is separated, once each', () => {
    expect(parseStaffNos('100010\n100011, 100012，100013、100010 ;100014\t')).toEqual([
      '100010',
      '100011',
      '100012',
      '100013',
      '100014',
    ]);
    expect(parseStaffNos('  \n ')).toEqual([]);
  });
});

describe('buildCreateInput', () => {
  it('builds the input the function takes, skipping empty rows and mapping the default', () => {
    const r = buildCreateInput(filled());
    expect(r).toEqual({
      ok: true,
      input: {
        name: ' 冬季慰问 ',
        description: '',
        claimOpenAt: '2026-11-20T01:00:00.000Z',
        claimCloseAt: '2026-11-27T09:00:00.000Z',
        options: [
          { name: '大米', stock: 100, valueFen: 12800, description: '10 斤' },
          { name: '鸡蛋', stock: 30, valueFen: 9950, imageUrl: 'https://img.example.com/egg.jpg' },
        ],
        defaultOption: 1,
        eligibility: { membersOnly: true, includeRetired: false, branchIds: ['b01', 'b02'] },
        fulfilment: 'pickup',
        points: [
          { name: '东区领取点', place: '东区活动中心', hours: '9:00–16:00', branchIds: ['b01'] },
          { name: '西区领取点', place: '西区图书馆', hours: '9:00–12:00', branchIds: ['b02'] },
        ],
      },
    });
    if (!r.ok) throw new Error('expected ok');
    expect(createBatchInput.parse(r.input).options[1]).toMatchObject({ valueFen: 9950 });
  });

  it('sends a named list and no points for delivery, and no default when asked', () => {
    const f = filled();
    f.audience = 'list';
    f.staffNosText = '100010\n100011';
    f.fulfilment = 'delivery';
    f.defaultOption = null;
    const r = buildCreateInput(f);
    expect(r.ok && r.input).toMatchObject({
      eligibility: { membersOnly: false, staffNos: ['100010', '100011'] },
      points: [],
      defaultOption: null,
    });
  });

  it('names each problem by its field, using the contract schema for what it checks', () => {
    const f = filled();
    f.name = '  ';
    f.openDay = '11-20';
    f.options[0] = { name: '', stock: 'x', value: '1.234', description: '', imageUrl: 'ftp://a' };
    f.points[2] = { ...f.points[2], hours: '' };
    f.audience = 'list';
    f.staffNosText = ' ';
    const r = buildCreateInput(f);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toMatchObject({
      name: '请填写福利名称',
      openDay: '请按 2026-11-20 的格式填写日期',
      'option.0.name': '请填写礼包名称',
      'option.0.stock': '库存请填写整数，如 200',
      'option.0.value': '价值请填写金额（元），如 128 或 99.50',
      'option.0.imageUrl': '图片地址应以 http:// 或 https:// 开头',
      'point.2.hours': '请填写开放时间',
      staffNos: expect.stringContaining('工号'),
    });
  });

  it('needs at least one gift, a filled default row, and a close after the open', () => {
    const f = filled();
    f.options = [f.options[1]];
    f.defaultOption = 0;
    f.closeDay = '2026-11-19';
    const r = buildCreateInput(f);
    expect(r.ok ? null : r.errors).toMatchObject({
      options: '至少需要一个礼包',
      defaultOption: expect.stringContaining('默认礼包'),
      closeDay: '截止时间要晚于开始时间',
    });
  });
});

describe('summarize', () => {
  it('says who, where, when and what in plain words', () => {
    const r = buildCreateInput(filled());
    if (!r.ok) throw new Error('expected ok');
    const names: Record<string, string> = { b01: '机关分工会', b02: '化学学院分工会' };
    expect(summarize(r.input, (id) => names[id] ?? id)).toEqual([
      '福利名称：冬季慰问',
      '发放对象：工会会员（不含退休教职工）',
      '范围：机关分工会、化学学院分工会',
      '选择时间：2026-11-20 9:00 至 2026-11-27 17:00',
      '领取方式：到领取点自取',
      '礼包 1：大米，100 份，价值 128 元',
      '礼包 2：鸡蛋，30 份，价值 99.50 元',
      '截止后未选择的：发「鸡蛋」',
      '领取点「东区领取点」：东区活动中心，9:00–16:00，服务机关分工会',
      '领取点「西区领取点」：西区图书馆，9:00–12:00，服务化学学院分工会',
    ]);
  });
});

describe('editing the form', () => {
  it('toggles a branch in and out, keeping the others in the order they were picked', () => {
    expect(toggleId([], 'b06')).toEqual(['b06']);
    expect(toggleId(['b06', 'b01'], 'b03')).toEqual(['b06', 'b01', 'b03']);
    expect(toggleId(['b06', 'b01', 'b03'], 'b01')).toEqual(['b06', 'b03']);
  });

  it('changes one gift row or one pickup point and leaves the rest as they were', () => {
    const f = emptyBatchForm('2026-01-10', '2026-01-17');
    const two = { ...f, options: [emptyOption(), emptyOption()], points: [emptyPoint()] };
    const g = withOption(two, 1, { name: '农家土鸡蛋', stock: '100' });
    expect(g.options[1]).toMatchObject({ name: '农家土鸡蛋', stock: '100' });
    expect(g.options[0]).toBe(two.options[0]);
    expect(two.options[1].name).toBe('');
    const h = withPoint(g, 0, { branchIds: ['b06'] });
    expect(h.points[0].branchIds).toEqual(['b06']);
    expect(h.options).toBe(g.options);
  });

  it('offers each gift by name (or number while unnamed) as the default, and none', () => {
    const rows = [{ ...emptyOption(), name: ' 五常大米礼盒 ' }, emptyOption()];
    expect(defaultOptionChoices(rows)).toEqual([
      { key: '0', label: '五常大米礼盒' },
      { key: '1', label: '礼包 2' },
      { key: 'none', label: '不发默认礼包' },
    ]);
  });
});
