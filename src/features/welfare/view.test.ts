// The welfare screens' pure helpers.
import { barPercent, choiceButtonLabel, choiceDoneLine, optionTag, stockLabel } from './view';

describe('welfare view helpers', () => {
  it('words stock plainly', () => {
    expect(stockLabel(0, 200)).toBe('已选完');
    expect(stockLabel(3, 200)).toBe('仅剩 3 份');
    expect(stockLabel(150, 200)).toBe('剩 150 份');
  });
  it('keeps small bars visible', () => {
    expect(barPercent(0, 10)).toBe(0);
    expect(barPercent(1, 1000)).toBe(2);
    expect(barPercent(5, 10)).toBe(50);
  });
});

describe('optionTag (D4: changing the gift)', () => {
  it('moves ✓ 我选的 to the new pick at once, and marks the old one until saved', () => {
    expect(optionTag('rice', 'eggs', 'rice', true)).toBe('原来选的（还没更换）');
    expect(optionTag('eggs', 'eggs', 'rice', true)).toBe('✓ 我选的');
    expect(optionTag('mush', 'eggs', 'rice', true)).toBeNull();
  });
  it('shows my saved choice when nothing is pending or the batch is closed', () => {
    expect(optionTag('rice', 'rice', 'rice', true)).toBe('✓ 我选的');
    expect(optionTag('rice', null, 'rice', true)).toBe('✓ 我选的');
    expect(optionTag('eggs', 'eggs', 'rice', false)).toBeNull();
    expect(optionTag('rice', 'eggs', 'rice', false)).toBe('✓ 我选的');
    expect(optionTag('rice', null, null, true)).toBeNull();
  });
});

describe('what choosing a gift says', () => {
  it('tells a first choice apart by how it is received', () => {
    expect(choiceDoneLine('rice', null, false, '五常大米')).toBe(
      '已选好「五常大米」。领取时出示领取码即可。',
    );
    expect(choiceDoneLine('rice', null, true, '五常大米')).toBe(
      '已选好「五常大米」，将快递到你填写的地址。',
    );
    expect(choiceButtonLabel('rice', null, '五常大米')).toBe('确认选择「五常大米」');
  });
  it('says a change as a change, and the same gift again as the address saved', () => {
    expect(choiceDoneLine('eggs', 'rice', true, '土鸡蛋')).toBe('已更换为「土鸡蛋」。');
    expect(choiceButtonLabel('eggs', 'rice', '土鸡蛋')).toBe('更换为「土鸡蛋」');
    expect(choiceDoneLine('rice', 'rice', true, '五常大米')).toBe('收货信息已保存。');
    expect(choiceButtonLabel('rice', 'rice', '五常大米')).toBe('保存收货信息');
  });
});
