import { blankLineBefore, closingBlocks, dateText } from './closing';

const texts = (blocks: ReturnType<typeof closingBlocks>) =>
  blocks.map((b) => (b.kind === 'paragraph' ? { text: b.inlines.join(''), place: b.place ?? null } : null));

describe('the end of the text (GB/T 9704)', () => {
  it('writes the date in Arabic numerals without leading zeros', () => {
    expect(dateText({ year: 2023, month: 3, day: 5 })).toBe('2023年3月5日');
  });

  it('lists the handed-in appendix tables, a part of another not as its own, names aligned under the first', () => {
    const blocks = closingBlocks('珠晖区教育局', null, [
      '附表1 部门整体支出绩效自评表',
      '附表1-1 计分规则（评分方案：财政部自评）',
      '附表2 主要财务指标',
    ]);
    expect(texts(blocks)).toEqual([
      { text: '附表：1．部门整体支出绩效自评表', place: null },
      { text: '2．主要财务指标', place: { align: 'left', chars: 5 } },
      { text: '珠晖区教育局', place: { align: 'right', chars: 2 } },
    ]);
  });

  it('centres the date under the 署名, or the 署名 over a longer date', () => {
    const long = texts(closingBlocks('衡阳市珠晖区教育局', { year: 2023, month: 3, day: 15 }, []));
    // 衡阳市珠晖区教育局 is 9 characters, 2023年3月15日 is 7: the date moves in by one more.
    expect(long).toEqual([
      { text: '衡阳市珠晖区教育局', place: { align: 'right', chars: 2 } },
      { text: '2023年3月15日', place: { align: 'right', chars: 3 } },
    ]);
    const short = texts(closingBlocks('财政局', { year: 2023, month: 12, day: 15 }, []));
    // 财政局 is 3 characters, 2023年12月15日 is 7: the date two in, the name centred over it.
    expect(short).toEqual([
      { text: '财政局', place: { align: 'right', chars: 4 } },
      { text: '2023年12月15日', place: { align: 'right', chars: 2 } },
    ]);
  });

  it('has no 署名 without a department, and a blank line before the 附件说明 and before the 署名 only', () => {
    expect(closingBlocks('  ', { year: 2023, month: 1, day: 1 }, [])).toEqual([]);
    const blocks = closingBlocks('财政局', { year: 2023, month: 1, day: 1 }, ['附表1 甲', '附表2 乙']);
    const body = { kind: 'paragraph', inlines: ['正文。'], source: 'user' } as const;
    const all = [body, ...blocks];
    expect(all.map((b, i) => blankLineBefore(all[i - 1], b))).toEqual([false, true, false, true, false]);
  });
});
