import { num } from '../../model/expr';
import { Inline } from '../document';
import { inlineText, live } from '../live';
import { LOSS_PATTERNS, LossKind, lostPointsSentences } from './lostPoints';

const item = (kind: LossKind, name: string) => ({
  kind,
  parts: { name, target: [live(num(30), 'amount'), '所'], actual: [live(num(24), 'amount'), '所'], deducted: live(num(2), 'score'), reason: '' },
});

/** A sentence's pattern: its fixed words, with the indicator's name and every number taken out. */
const pattern = (inlines: readonly Inline[], name: string): string =>
  inlines.map((x) => (typeof x === 'string' ? x : '#')).join('').replace(name, 'X');

describe('六 items by kind of loss', () => {
  it('words a quantity short, a rate missed, a ceiling passed, a band and budget execution differently', () => {
    const kinds: LossKind[] = ['execution', 'rateShort', 'rateOver', 'quantityShort', 'quantityOver', 'qualitative'];
    const texts = lostPointsSentences(kinds.map((k) => item(k, '指标'))).map((s) => pattern(s, '指标'));
    expect(new Set(texts).size).toBe(kinds.length);
    expect(inlineText(lostPointsSentences([item('quantityShort', '校舍维修改造学校数')])[0])).toBe('校舍维修改造学校数计划30所，实际完成24所，未完成年度目标，扣2分。');
  });

  it('never repeats a sentence pattern more than three times in a row, even for seven losses of one kind', () => {
    for (const kind of Object.keys(LOSS_PATTERNS) as LossKind[]) {
      const names = ['甲', '乙', '丙', '丁', '戊', '己', '庚'];
      const patterns = lostPointsSentences(names.map((n) => item(kind, n))).map((s, i) => pattern(s, names[i]));
      for (let i = 3; i < patterns.length; i++) expect(new Set(patterns.slice(i - 3, i + 1)).size).toBeGreaterThan(1);
      // Within a kind, two items in a row never share a wording.
      for (let i = 1; i < patterns.length; i++) expect(patterns[i]).not.toBe(patterns[i - 1]);
    }
  });
});
