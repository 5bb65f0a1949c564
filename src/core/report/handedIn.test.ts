import { auditNoteTarget, exportWarning, handedInBlocks, madeLine } from './handedIn';
import { layoutReport } from './layout';
import { inlineText } from './live';
import { exampleAnalysis, exampleFindings } from '../../../test/support/exampleAnalysis';
import { Block } from './document';

const texts = (blocks: readonly Block[]): string[] =>
  blocks.map((b) => (b.kind === 'heading' ? b.text : b.kind === 'paragraph' ? inlineText(b.inlines) : b.title));

describe('what is handed in and what is for the author', () => {
  it('leaves the findings list out of the handed-in blocks, and nothing else', () => {
    const doc = exampleAnalysis().report;
    const handed = texts(handedInBlocks(doc));
    expect(texts(doc.blocks)).toContain('附表3 审核发现');
    expect(handed).not.toContain('附表3 审核发现');
    expect(handed.length).toBe(doc.blocks.length - 1);
  });

  it('prints the report sheet down to the last handed-in row: 附表3 stays below the print area', () => {
    const sheet = layoutReport(exampleAnalysis(), '绩效自评报告');
    const title = sheet.cells.find((c) => c.value === '附表3 审核发现');
    expect(title).toBeDefined();
    expect(title!.row).toBeGreaterThan(sheet.page.printArea.bottom);
    const lastPrinted = Math.max(...sheet.cells.filter((c) => c.row <= sheet.page.printArea.bottom).map((c) => c.row));
    expect(lastPrinted).toBe(sheet.page.printArea.bottom);
  });

  it('carries an author’s 审核说明 keyed by the finding’s cell or code, after 七, and none when none is written', () => {
    const without = texts(exampleAnalysis().report.blocks);
    expect(without).not.toContain('附：数据核对情况说明');
    const doc = exampleAnalysis({
      extraSections: [
        { key: '审核说明：Z03 支出决算表(财决04表)!E10', text: '本年支出合计含追加的\n疫情防控经费1万元。' },
        { key: '审核说明: unit.unknown', text: '项目支出明细表单位为万元。' },
        { key: '审核说明：基本支出决算表!C99', text: '这一条没有对应的审核发现。' },
      ],
    }).report;
    const all = texts(doc.blocks);
    const at = all.indexOf('附：数据核对情况说明');
    expect(at).toBeGreaterThan(all.indexOf('七、改进措施和有关建议'));
    expect(all.slice(at + 1, at + 3)).toEqual([
      '本年支出合计含追加的疫情防控经费1万元。',
      '项目支出明细表单位为万元。',
    ]);
    expect(all).not.toContain('这一条没有对应的审核发现。');
    // Then the 附件说明 and the 署名 (no date: none was given), then the appendix.
    expect(all.slice(at + 3, at + 7)).toEqual([
      '附表：1．部门整体支出绩效自评表',
      '2．主要财务指标',
      '珠晖区教育局',
      '附表1 部门整体支出绩效自评表',
    ]);
  });

  it('reads the target of a 审核说明 key with either colon, and nothing from other keys', () => {
    expect(auditNoteTarget('审核说明：支出决算表!E7')).toBe('支出决算表!E7');
    expect(auditNoteTarget(' 审核说明:T3.rowSum ')).toBe('T3.rowSum');
    expect(auditNoteTarget('存在问题')).toBeNull();
  });

  it('tells the author, not the reader, how many errors remain', () => {
    expect(exportWarning(exampleFindings())).toContain('1 个错误未解决');
    expect(exportWarning(exampleFindings().filter((f) => f.severity !== 'error'))).toBeNull();
  });

  it('dates the export in the given time, to the minute', () => {
    expect(madeLine(new Date(2023, 2, 9, 8, 5), 'a.xlsx')).toBe(
      '本报告数据取自工作簿“a.xlsx”，于2023年3月9日08:05导出。',
    );
  });
});
