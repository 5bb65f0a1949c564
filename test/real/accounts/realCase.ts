/**
 * A case of the real-layout corpus (issue 14): a workbook rebuilt, as small ExcelJS sheets, from
 * one real published 部门决算 document, with the figures it publishes as the expected values and
 * its published inconsistencies as the expected findings. `invented` says which figures the
 * document does not give (they are made up to complete the table, consistent with the rest).
 */
import ExcelJS from 'exceljs';
import { FindingCode, Severity } from '../../../src/core/findings/finding';
import { FigureId } from '../../../src/core/model/analysis';

export interface RealCase {
  readonly id: string;
  /** The document: title, year, department, province, and where it was found. */
  readonly title: string;
  readonly year: number;
  readonly department: string;
  readonly province: string;
  readonly source: string;
  /** The shapes of issue 14 this layout has (1–9). */
  readonly shapes: readonly number[];
  /** Figures the document does not give, made up here. */
  readonly invented: string;
  readonly build: () => ExcelJS.Workbook;
  /** Figures as published (万元, decimal text). */
  readonly figures: Partial<Record<FigureId, string>>;
  /** Every finding of the account tables, as `code severity Sheet!A1` (order free). */
  readonly findings: readonly `${FindingCode} ${Severity} ${string}`[];
}

type Cell = ExcelJS.CellValue;

/** Adds a sheet from rows (1-based like Excel), with merges as A1 ranges and number formats by cell. */
export function addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  rows: readonly (readonly Cell[])[],
  merges: readonly string[] = [],
  formats: Readonly<Record<string, string>> = {},
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  rows.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v !== null && v !== undefined) ws.getCell(i + 1, j + 1).value = v;
    });
  });
  for (const m of merges) ws.mergeCells(m);
  for (const [address, format] of Object.entries(formats)) ws.getCell(address).numFmt = format;
  return ws;
}

export function workbook(): ExcelJS.Workbook {
  return new ExcelJS.Workbook();
}

/** The official wide "三公" header: 预算数 and 决算数 groups, each 合计 | 出国 | 公务用车{小计 | 购置 | 运行维护} | 接待. */
export function wideT7Header(): { groups: Cell[]; items: Cell[]; subs: Cell[]; merges: (top: number) => string[] } {
  const items = ['合计', '因公出国（境）费', '公务用车购置及运行维护费', null, null, '公务接待费'];
  const subs = [null, null, '小计', '公务用车购置费', '公务用车运行维护费', null];
  const merges = (top: number) => {
    const [g, i, s] = [top, top + 1, top + 2];
    return [`A${g}:F${g}`, `G${g}:L${g}`, `A${i}:A${s}`, `B${i}:B${s}`, `C${i}:E${i}`, `F${i}:F${s}`, `G${i}:G${s}`, `H${i}:H${s}`, `I${i}:K${i}`, `L${i}:L${s}`];
  };
  return { groups: ['预算数', null, null, null, null, null, '决算数'], items: [...items, ...items], subs: [...subs, ...subs], merges };
}
