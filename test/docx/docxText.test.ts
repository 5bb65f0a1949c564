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
  const analysis = analyse(await snapshotOfFile(EXAMPLE));
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
});
