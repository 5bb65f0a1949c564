import { layoutReport } from './layout';
import { ReportCell, ReportSheet } from './sheet';
import { exampleAnalysis, P1_SHEET, T3_SHEET } from '../../../test/support/exampleAnalysis';
import { evaluateSheet } from '../../../test/support/sheetEval';
import { functionNames } from '../../../test/support/formulaEval';
import { STALE_TEXT } from './stale';
import { Value } from '../../../test/support/formulaEval';

const ALLOWED = new Set(['SUM', 'ROUND', 'MIN', 'MAX', 'IF', 'N', 'VALUE', 'SUBSTITUTE', 'FIXED', 'ABS', 'INT', 'ROUNDUP', 'AND', 'OR', 'IFERROR', 'LEN', 'COUNTA', 'COUNT']);

const analysis = exampleAnalysis();
const sheet = layoutReport(analysis, '绩效自评报告');
const withFormula = sheet.cells.filter((c) => c.formula !== undefined);
const cellWithText = (s: ReportSheet, text: string): ReportCell => {
  const c = s.cells.find((x) => typeof x.value === 'string' && x.value.includes(text));
  if (!c) throw new Error(`no cell with ${text}`);
  return c;
};

describe('the report sheet', () => {
  it('puts the status line in row 1 (frozen, not printed) and the title in row 2', () => {
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.cells.find((c) => c.row === 1 && c.col === 0)?.value).toBe('珠晖区教育局2022年部门整体支出绩效自评报告');
    expect(sheet.page.printArea.top).toBe(1);
    expect(String(sheet.cells.find((c) => c.row === 0 && c.col === 0)?.value)).toContain('错误1个，警告1个');
  });

  it('writes every number-bearing sentence and every table number as a formula', () => {
    const numberCells = sheet.cells.filter((c) => typeof c.value === 'number');
    expect(numberCells.length).toBeGreaterThan(20);
    for (const c of numberCells) expect(c.formula).toBeDefined();
    for (const text of ['其中：人员经费', '1）学前教育发展资金', '综合自评得分88分', '项目资金共计']) {
      expect(cellWithText(sheet, text).formula).toBeDefined();
    }
  });

  it('recomputes every formula to the value it caches', () => {
    const recomputed = evaluateSheet(sheet, analysis);
    for (const c of withFormula) {
      const v = recomputed.get(`${c.row}!${c.col}`);
      if (typeof c.value === 'number') expect(Math.abs(Number(v) - c.value)).toBeLessThan(1e-9);
      else expect({ at: `${c.row}!${c.col}`, v }).toEqual({ at: `${c.row}!${c.col}`, v: c.value });
    }
  });

  it('follows a changed source cell through sentence and table', () => {
    const changed = new Map<string, Value>([[`${P1_SHEET}!3!5`, 181.5]]);
    const recomputed = evaluateSheet(sheet, analysis, changed);
    const line = cellWithText(sheet, '1）学前教育发展资金');
    expect(recomputed.get(`${line.row}!0`)).toBe('　　1）学前教育发展资金181.5万元，主要用于公办园（含民转公）校舍维修改造和添置图书教学用具。');
    const stale = sheet.cells.find((c) => c.style === 'stale')!;
    expect(recomputed.get(`${stale.row}!${stale.col}`)).toBe(STALE_TEXT);
    expect(evaluateSheet(sheet, analysis).get(`${stale.row}!${stale.col}`)).toBe('');
  });

  it('quotes sheet names and doubles their apostrophes', () => {
    const all = withFormula.map((c) => c.formula).join('\n');
    expect(all).toContain(`'${T3_SHEET}'!E7`);
    expect(all).toContain("'项目支出明细表''22'!F4");
  });

  it('scores with the rule, totals with SUM and grades with the IF chain', () => {
    const total = sheet.cells.find((c) => c.value === 88 && c.formula?.startsWith('SUM('));
    expect(total).toBeDefined();
    const grade = sheet.cells.find((c) => c.value === '良' && c.formula?.startsWith('IF('));
    expect(grade?.formula).toMatch(/^IF\(ROUND\(G\d+,2\)>=90,"优",IF\(ROUND\(G\d+,2\)>=80,"良",IF\(ROUND\(G\d+,2\)>=60,"中","差"\)\)\)$/);
    expect(sheet.cells.some((c) => c.formula?.startsWith('ROUND(IF('))).toBe(true);
  });

  it('points indicator formulas at the figure cells of 附表2', () => {
    const rates = sheet.cells.filter((c) => c.style === 'tdRate' && typeof c.value === 'number' && Math.abs(c.value - 0.99768) < 1e-5);
    // 附表1's 实际值 points at 附表2's cell; 附表2's cell (the last) divides the figure cells.
    const rate = rates[rates.length - 1];
    expect(rate?.formula).toMatch(/^[A-H]\d+\/[A-H]\d+$/);
    const at = (c: ReportCell) => `${String.fromCharCode(65 + c.col)}${c.row + 1}`;
    expect(rates.slice(0, -1).map((c) => c.formula)).toEqual(rates.slice(0, -1).map(() => at(rate)));
  });

  it('writes user text as a value, never a formula, even when it starts with =', () => {
    const c = cellWithText(sheet, '=SUM(A1) 这是用户写的文字');
    expect(c.formula).toBeUndefined();
    expect(sheet.cells.filter((x) => x.formula?.includes('这是用户写的文字'))).toHaveLength(0);
  });

  it('keeps every formula under Excel’s 8192 characters and every text constant under 255', () => {
    for (const c of withFormula) {
      expect(c.formula!.length).toBeLessThan(8192);
      for (const m of c.formula!.matchAll(/"((?:[^"]|"")*)"/g)) expect(m[1].replace(/""/g, '"').length).toBeLessThanOrEqual(255);
    }
  });

  it('uses only functions Excel 2016 and LibreOffice both compute', () => {
    const used = new Set(withFormula.flatMap((c) => functionNames(c.formula!)));
    expect(used.size).toBeGreaterThan(3);
    for (const f of used) expect(ALLOWED).toContain(f);
  });

  it('grows row heights with the text and splits a very long paragraph over rows', () => {
    const short = layoutReport(exampleAnalysis({ assetText: '资产管理规范。' }), 'r');
    const medium = layoutReport(exampleAnalysis({ assetText: '资产管理规范。'.repeat(30) }), 'r');
    const long = layoutReport(exampleAnalysis({ assetText: '资产管理规范，账物相符。'.repeat(200) }), 'r');
    const h = (s: ReportSheet): number => s.rowHeights[cellWithText(s, '资产管理规范').row];
    expect(h(medium)).toBeGreaterThan(h(short) * 3);
    const longRows = long.cells.filter((c) => typeof c.value === 'string' && c.value.includes('账物相符'));
    expect(longRows.length).toBeGreaterThan(3);
    for (const c of longRows) expect(long.rowHeights[c.row]).toBeLessThanOrEqual(409);
    expect(longRows.map((c) => String(c.value)).join('').replace(/^\u3000\u3000/, '')).toBe('资产管理规范，账物相符。'.repeat(200));
  });

  it('merges paragraphs across the page width and styles tables', () => {
    const para = cellWithText(sheet, '其中：人员经费');
    expect(sheet.merges).toContainEqual({ top: para.row, left: 0, bottom: para.row, right: 7 });
    expect(sheet.styles[para.style]).toMatchObject({ fontName: '仿宋', wrap: true });
    expect(String(para.value).startsWith('\u3000\u3000')).toBe(true);
    const header = cellWithText(sheet, '三级指标');
    expect(sheet.styles[header.style]).toMatchObject({ fill: 'D9D9D9', border: 'thin' });
    const number = sheet.cells.find((c) => c.value === 31384.86)!;
    expect(sheet.styles[number.style]).toMatchObject({ horizontal: 'right', numberFormat: '0.00' });
  });

  it('sets up A4 portrait printing one page wide with page numbers, no gridlines', () => {
    expect(sheet.page).toMatchObject({ paperSize: 'A4', orientation: 'portrait', fitToWidth: 1, footer: '第 &P 页 共 &N 页' });
    expect(sheet.showGridlines).toBe(false);
    expect(sheet.fingerprint).toMatch(/^-?\d+\.\d\d\|\d+$/);
    expect(sheet.styles.title.fontName).toBe('方正小标宋简体');
  });
});

describe('long paragraphs', () => {
  it('are cut at sentence ends and never inside a live number', () => {
    const text = '资产管理规范，账物相符，基本支出{基本支出}万元。'.repeat(60);
    const s = layoutReport(exampleAnalysis({ assetText: text }), 'r');
    const rows = s.cells.filter((c) => typeof c.value === 'string' && c.value.includes('账物相符'));
    expect(rows.length).toBeGreaterThan(1);
    for (const c of rows.slice(0, -1)) expect(String(c.value).endsWith('。')).toBe(true);
    for (const c of rows) expect(c.formula).toBeDefined();
    expect(rows.map((c) => String(c.value)).join('')).toBe('\u3000\u3000' + text.replace(/\{基本支出\}/g, '31384.86'));
  });
});

describe('附表1', () => {
  it('merges a repeated 一级指标 down its rows and leaves the covered cell empty', () => {
    const first = sheet.cells.find((c) => c.value === '产出指标')!;
    expect(sheet.merges).toContainEqual({ top: first.row, left: 0, bottom: first.row + 1, right: 0 });
    expect(sheet.cells.find((c) => c.row === first.row + 1 && c.col === 0)?.value).toBeNull();
    expect(sheet.cells.filter((c) => c.value === '产出指标')).toHaveLength(1);
    // 二级指标 differ (数量指标, 质量指标): not merged.
    expect(sheet.merges.some((m) => m.left === 1 && m.top === first.row)).toBe(false);
  });

  it('never overlaps two merges', () => {
    const covered = new Set<string>();
    for (const m of sheet.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          expect(covered.has(`${r}!${c}`)).toBe(false);
          covered.add(`${r}!${c}`);
        }
      }
    }
  });
});
