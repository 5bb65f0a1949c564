/**
 * LibreOffice's own row layout of the report sheet's text: every printed row's cells written
 * again in a fresh workbook — same fonts, sizes and wrapping, a merged span as one column of
 * the span's width — without row heights, sized by Calc (optimalHeightsWithLibreOffice), and
 * read back beside the height the layout computed.
 */
import ExcelJS from 'exceljs';
import path from 'path';
import { Rect } from '../../src/core/grid/snapshot';
import { columnPixels } from '../../src/core/report/layoutMeasure';
import { ReportCell, ReportSheet } from '../../src/core/report/sheet';
import { optimalHeightsWithLibreOffice } from '../support/libreoffice';

export interface MeasuredRow {
  readonly row: number;
  readonly styles: readonly string[];
  readonly text: string;
  /** Our height, Calc's height of the same text, Calc's height of one line of the row's font. */
  readonly ours: number;
  readonly calc: number;
  readonly oneLine: number;
}

interface Probe {
  readonly row: number;
  readonly cells: { readonly cell: ReportCell; readonly widthPx: number }[];
}

/** The cells of each printed row with the pixel width of the span they show in (vertical merges left out: no renderer sizes a row by them). */
function probes(sheet: ReportSheet): Probe[] {
  const colPx = sheet.columnWidths.map(columnPixels);
  const spanOf = new Map<string, Rect>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    spanOf.set(`${m.top},${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const area = sheet.page.printArea;
  const byRow = new Map<number, Probe>();
  for (const cell of sheet.cells) {
    if (cell.row < area.top || cell.row > area.bottom || covered.has(`${cell.row},${cell.col}`)) continue;
    const m = spanOf.get(`${cell.row},${cell.col}`);
    if (m && m.bottom > m.top) continue;
    const widthPx = colPx.slice(cell.col, (m?.right ?? cell.col) + 1).reduce((a, b) => a + b, 0);
    const p = byRow.get(cell.row) ?? { row: cell.row, cells: [] };
    p.cells.push({ cell, widthPx });
    byRow.set(cell.row, p);
  }
  return [...byRow.values()].filter((p) => p.cells.some((c) => String(c.cell.value ?? '') !== ''));
}

const widthChars = (px: number): number => (px - 5) / 7;

/**
 * Calc sizes only the first couple of hundred rows of a sheet when it loads one (the rest keep
 * the stored height), so the probes go on sheets of PER_SHEET rows.
 */
const PER_SHEET = 100;

/** Writes each probe on its own row, its cells in columns of their widths (one column per distinct position and width). */
function probeWorkbook(sheet: ReportSheet, list: readonly Probe[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const styles = Object.keys(sheet.styles);
  for (let start = 0; start < list.length; start += PER_SHEET) {
    const ws = wb.addWorksheet(`probe${start / PER_SHEET + 1}`);
    const cols = new Map<string, number>();
    const colFor = (key: string, px: number): number => {
      let c = cols.get(key);
      if (c === undefined) {
        c = cols.size + 1;
        cols.set(key, c);
        ws.getColumn(c).width = widthChars(px);
      }
      return c;
    };
    const put = (r: number, c: number, value: ReportCell['value'], style: string): void => {
      const st = sheet.styles[style];
      const cell = ws.getCell(r, c);
      cell.value = value;
      cell.font = { name: st.fontName, size: st.fontSize, bold: st.bold };
      cell.alignment = { wrapText: st.wrap, vertical: st.vertical === 'top' ? 'top' : 'middle', horizontal: st.horizontal };
      if (st.numberFormat) cell.numFmt = st.numberFormat;
    };
    const part = list.slice(start, start + PER_SHEET);
    part.forEach((p, i) => {
      for (const { cell, widthPx } of p.cells) put(i + 1, colFor(`${cell.col}:${widthPx}`, widthPx), cell.value, cell.style);
    });
    // One line of each style's font, for "one line taller".
    styles.forEach((s, j) => put(part.length + 1 + j, 1, '中', s));
  }
  return wb;
}

export async function measureRows(sheet: ReportSheet, dir: string): Promise<MeasuredRow[]> {
  const list = probes(sheet);
  const wb = probeWorkbook(sheet, list);
  const file = path.join(dir, 'probe.xlsx');
  await wb.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(await optimalHeightsWithLibreOffice(file, path.join(dir, 'calc')));
  const styles = Object.keys(sheet.styles);
  return list.map((p, i) => {
    const ws = back.worksheets[Math.floor(i / PER_SHEET)];
    const count = Math.min(PER_SHEET, list.length - Math.floor(i / PER_SHEET) * PER_SHEET);
    const used = p.cells.map((c) => c.cell.style);
    return {
      row: p.row,
      styles: used,
      text: p.cells.map((c) => String(c.cell.value ?? '')).join(' | '),
      ours: sheet.rowHeights[p.row],
      calc: ws.getRow((i % PER_SHEET) + 1).height,
      oneLine: Math.max(...used.map((s) => ws.getRow(count + 1 + styles.indexOf(s)).height)),
    };
  });
}
