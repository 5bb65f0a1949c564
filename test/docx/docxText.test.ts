/**
 * The .docx and the report sheet are one document: the .docx's paragraphs and table rows are
 * the printed sheet's, in order, and nothing else (the closing line aside, which only the
 * export has: it says when the export was made).
 */
import path from 'path';
import { analyse, buildReportSheet } from '../../src/core/analyse';
import { Analysis } from '../../src/core/model/analysis';
import { madeLine } from '../../src/core/report/handedIn';
import { packDocx } from '../../src/docx/buildDocx';
import { snapshotOfFile } from '../support/workbookIO';
import { docxLines, docxPart, sheetLines } from '../support/docxText';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'zhuhui-2022.xlsx');
const MADE = { at: new Date(2026, 0, 5, 14, 7), workbookName: '示例.xlsx' };

async function both(analysis: Analysis): Promise<{ docx: string[]; sheet: string[] }> {
  const xml = await docxPart(await packDocx(analysis.report, MADE), 'word/document.xml');
  return { docx: docxLines(xml), sheet: sheetLines(buildReportSheet(analysis)) };
}

test('the .docx text equals the printed report sheet, paragraph by paragraph and row by row', async () => {
  const analysis = analyse(await snapshotOfFile(EXAMPLE), { today: { year: 2026, month: 1, day: 5 } });
  const { docx, sheet } = await both(analysis);
  expect(docx[docx.length - 1]).toBe(madeLine(MADE.at, MADE.workbookName));
  expect(docx[docx.length - 1]).toBe('本报告数据取自工作簿“示例.xlsx”，于2026年1月5日14:07导出。');
  const body = docx.slice(0, -1);
  expect(sheet.length).toBeGreaterThan(100);
  // Both ways: every sheet line is the docx line at the same place, and there are no others.
  expect(body).toEqual(sheet);
  expect(sheet).toEqual(body);
  expect(sheet[0]).toBe(analysis.report.title);
  expect(sheet).toContain('预算执行 | 预算执行率 | 预算执行率 | 100% | 98.75% | 10.00 | 9.88 | ');
  // The 附件说明, 署名 and 成文日期 close the text, before the appendix.
  const closing = sheet.indexOf('附表：1．部门整体支出绩效自评表');
  expect(sheet.slice(closing, closing + 5)).toEqual([
    '附表：1．部门整体支出绩效自评表',
    '2．主要财务指标',
    '珠晖区教育局',
    '2026年1月5日',
    '附表1 部门整体支出绩效自评表',
  ]);
});

test('the 署名 and 成文日期 are right-aligned two characters in, a blank line above the 署名', async () => {
  const analysis = analyse(await snapshotOfFile(EXAMPLE), { today: { year: 2026, month: 1, day: 5 } });
  const xml = await docxPart(await packDocx(analysis.report, MADE), 'word/document.xml');
  const para = (text: string) =>
    [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]).find((p) => p.includes(`>${text}</w:t>`))!;
  // 珠晖区教育局 (6) and 2026年1月5日 (6): both two characters (2 × 320 twips) from the right.
  for (const text of ['珠晖区教育局', '2026年1月5日']) {
    expect(para(text)).toContain('<w:jc w:val="right"/>');
    expect(para(text)).toMatch(/<w:ind [^>]*w:right="640"/);
  }
  expect(para('珠晖区教育局')).toMatch(/<w:spacing w:before="560"/);
  expect(para('2．主要财务指标')).toMatch(/<w:ind [^>]*w:left="1600"/);
});
