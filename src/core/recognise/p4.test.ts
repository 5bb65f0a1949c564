import { sheetOf } from '../grid/snapshot';
import { readP4, sectionKey } from './p4';
import { tableContext } from './common';

const S = '报告文字';
const _ = null;

describe('readP4', () => {
  it('keeps several paragraphs of a cell as one text cell', () => {
    const ctx = tableContext(
      sheetOf(S, [
        ['章节', '内容'],
        ['资产管理情况', '第一段。\r\n第二段。'],
      ]),
      'P4',
    );
    const data = readP4(ctx);
    expect(data.sections).toEqual([
      { key: '资产管理情况', cell: { ref: { sheet: S, row: 1, col: 1 }, text: '第一段。\n第二段。' } },
    ]);
  });

  it('normalises headings to the section ids', () => {
    expect(sectionKey('（一）项目组织情况分析：')).toBe('项目组织情况');
    expect(sectionKey('六、存在的主要问题')).toBe('存在问题');
    expect(sectionKey('改进措施和有关建议')).toBe('改进措施');
    expect(sectionKey(' 绩效 情况 ')).toBe('绩效情况');
  });

  it('keeps rows in order; a blank 章节 continues the section above; blank content is skipped', () => {
    const ctx = tableContext(
      sheetOf(S, [
        ['报告文字', _],
        ['章节', '内容'],
        ['存在问题', '问题一'],
        [_, '问题二'],
        ['改进措施', _],
        ['项目管理情况', '制度健全'],
      ]),
      'P4',
    );
    const data = readP4(ctx);
    expect(data.sections.map((s) => [s.key, s.cell.text])).toEqual([
      ['存在问题', '问题一'],
      ['存在问题', '问题二'],
      ['项目管理情况', '制度健全'],
    ]);
    expect(ctx.findings).toEqual([]);
  });

  it('keeps an unknown heading as written so the report can warn about it', () => {
    const ctx = tableContext(
      sheetOf(S, [
        ['章节', '内容'],
        ['其他说明', '文字'],
      ]),
      'P4',
    );
    expect(readP4(ctx).sections[0].key).toBe('其他说明');
  });
});
