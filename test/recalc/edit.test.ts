/**
 * An accountant edits source amounts after the report was made and sends the workbook on
 * (spec/report.md "Live formulas"): opened without the add-in, the report's figures,
 * indicators, score, grade and number sentences follow the edits — they equal what the
 * engine computes for the edited workbook — and the stale marker says
 * `源数据已修改，请刷新报告`. On the unedited workbook the marker stays quiet.
 *
 * The edits are the ones a user makes when correcting a figure: every total that carries the
 * amount is corrected with it, so the findings (and the report's structure) stay the same and
 * every formula cell can be compared with the engine's new value.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { analyse, buildReportSheet } from '../../src/core/analyse';
import { a1 } from '../../src/core/grid/address';
import { ReportSheet } from '../../src/core/report/sheet';
import { FRESH_TEXT, STALE_TEXT } from '../../src/core/report/stale';
import { loadWorkbookFile } from '../../src/xlsx/exceljsFile';
import { readSnapshot } from '../../src/xlsx/readSnapshot';
import { EXAMPLE_SHEETS } from '../../examples/build-example';
import { recalcWithLibreOffice } from '../support/libreoffice';
import { cachedResult, Made, makeReport, mismatches, poisonResults, reloaded, sheetOf } from './recalcSupport';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-edit-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const text = (v: ExcelJS.CellValue): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? '' : String(v).trim();

/** The 1-based row whose cells in `cols` (1-based) read `labels`, from row `from` on. */
function rowOf(ws: ExcelJS.Worksheet, labels: Record<number, string>, from = 1): number {
  for (let r = from; r <= ws.rowCount; r++) {
    if (Object.entries(labels).every(([c, want]) => text(ws.getCell(r, Number(c)).value) === want)) return r;
  }
  throw new Error(`no row ${JSON.stringify(labels)} in ${ws.name}`);
}

/** Adds `delta` 万元 to a number cell (kept to the cent, as a user types it). */
function add(ws: ExcelJS.Worksheet, row: number, col: number, delta: number): void {
  const cell = ws.getCell(row, col);
  const v = cell.value;
  const now = typeof v === 'number' ? v : typeof v === 'object' && v !== null && 'result' in v ? Number(v.result) : 0;
  const next = Math.round((now + delta) * 100) / 100;
  if (typeof v === 'object' && v !== null && 'formula' in v)
    cell.value = { formula: v.formula, result: next } as ExcelJS.CellFormulaValue;
  else cell.value = next;
}

/**
 * The edits: a T6 item (30101 基本工资, with its 类 row and 人员经费合计), a T3 amount
 * (学前教育 基本支出, with its 款/类/合计 rows and the 本年支出合计 column, then T1's 本年支出合计,
 * 教育支出 and 年末结转和结余, and P2's 全年执行数 that describes the same money) and a P1 执行数
 * (with the cached result of its 合计 SUM, as Excel would have it).
 */
function editSources(wb: ExcelJS.Workbook): void {
  const t6 = sheetOf(wb, EXAMPLE_SHEETS.t6);
  for (const label of ['30101', '301']) add(t6, rowOf(t6, { 1: label }), 3, 12.34);
  add(t6, rowOf(t6, { 1: '人员经费合计' }), 3, 12.34);

  const d = 100.5;
  const t3 = sheetOf(wb, EXAMPLE_SHEETS.t3);
  const leaf = rowOf(t3, { 1: '205', 2: '02', 3: '01' });
  const kuan = rowOf(t3, { 1: '205', 2: '02', 3: '' });
  const cls = rowOf(t3, { 1: '205', 2: '', 4: '教育支出' });
  for (const r of [leaf, kuan, cls, rowOf(t3, { 1: '合计' })]) for (const c of [5, 6]) add(t3, r, c, d);
  const t1 = sheetOf(wb, EXAMPLE_SHEETS.t1);
  add(t1, rowOf(t1, { 4: '本年支出合计' }), 6, d);
  add(t1, rowOf(t1, { 4: '二、教育支出' }), 6, d);
  add(t1, rowOf(t1, { 4: '年末结转和结余' }), 6, -d);
  const p2 = sheetOf(wb, EXAMPLE_SHEETS.p2);
  add(p2, rowOf(p2, { 1: '年度资金总额' }), 4, d);

  const p1 = sheetOf(wb, EXAMPLE_SHEETS.p1);
  add(p1, rowOf(p1, { 1: '学前教育发展资金' }), 6, -4.5);
  add(p1, rowOf(p1, { 1: '合计' }), 6, -4.5);
}

type At = { row: number; col: number };
const key = (c: At): string => `${c.row},${c.col}`;

/**
 * The edits keep the report's structure: the same formula in every cell but the marker (its
 * fingerprint moved). A difference means text the report wrote as a constant changed.
 */
function structureProblems(made: Made, edited: ReportSheet, isMarker: (c: At) => boolean): string[] {
  const formulaAt = new Map(made.sheet.cells.filter((c) => c.formula !== undefined).map((c) => [key(c), c.formula]));
  return edited.cells
    .filter((c) => c.formula !== undefined && !isMarker(c) && formulaAt.get(key(c)) !== c.formula)
    .map(
      (c) =>
        `structure: at ${a1(c.row, c.col)} the edited workbook's report has =${c.formula}, the written one =${formulaAt.get(key(c))}`,
    );
}

/**
 * A cell the report wrote as a constant must not change with the sources either: a number
 * from the tables written as text would go stale on the recipient's screen. Except 附表3: the
 * findings are the checks' verdict when the report was made (which findings exist is
 * structure); the stale marker is what tells the recipient they may no longer hold.
 */
function constantProblems(made: Made, edited: ReportSheet): string[] {
  const findingsTitle = made.sheet.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('附表3'));
  const beforeFindings = (c: At) => findingsTitle === undefined || c.row < findingsTitle.row;
  const constantAt = new Map(made.sheet.cells.filter((c) => c.formula === undefined).map((c) => [key(c), c.value]));
  return edited.cells
    .filter(
      (c) =>
        c.formula === undefined && beforeFindings(c) && constantAt.has(key(c)) && constantAt.get(key(c)) !== c.value,
    )
    .map(
      (c) =>
        `constant: ${made.sheetName}!${a1(c.row, c.col)} was written as ${JSON.stringify(constantAt.get(key(c)))}, the edited workbook gives ${JSON.stringify(c.value)}`,
    );
}

const markerOf = (sheet: ReportSheet) => {
  const cells = sheet.cells.filter((c) => c.formula?.includes(STALE_TEXT));
  expect(cells).toHaveLength(1);
  return cells[0];
};

test('after source edits the report recomputes to the engine values of the edited workbook and shows the stale marker', async () => {
  // The built example: its report made and saved, as the accountant received it.
  const original = await loadWorkbookFile('examples/zhuhui-2022.xlsx');
  const made: Made = makeReport(original);
  const built = await reloaded(original);

  const edited = await reloaded(built);
  editSources(edited);
  poisonResults(edited, made, undefined);
  const editedEngine = buildReportSheet(analyse(readSnapshot(await reloaded(edited))));

  const unedited = await reloaded(built);
  poisonResults(unedited, made);
  const marker = markerOf(made.sheet);
  const ws = sheetOf(unedited, made.sheetName);
  ws.getCell(marker.row + 1, marker.col + 1).value = {
    formula: marker.formula,
    result: STALE_TEXT,
  } as ExcelJS.CellFormulaValue;

  const files = { edited: path.join(dir, 'edited.xlsx'), unedited: path.join(dir, 'unedited.xlsx') };
  await edited.xlsx.writeFile(files.edited);
  await unedited.xlsx.writeFile(files.unedited);
  const outDir = path.join(dir, 'out');
  const [editedOut, uneditedOut] = await recalcWithLibreOffice([files.edited, files.unedited], outDir);
  const read = async (file: string): Promise<ExcelJS.Worksheet> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return sheetOf(wb, made.sheetName);
  };
  const afterEdit = await read(editedOut);
  const afterNoEdit = await read(uneditedOut);

  const isMarker = (c: At) => c.row === marker.row && c.col === marker.col;
  // The edits move many numbers, among them the score.
  const before = new Map(made.sheet.cells.map((c) => [key(c), c.value]));
  const moved = editedEngine.cells.filter(
    (c) => c.formula !== undefined && !isMarker(c) && before.get(key(c)) !== c.value,
  );
  expect(moved.length).toBeGreaterThanOrEqual(10);
  const status = (s: ReportSheet) => s.cells.find((c) => c.row === 0 && c.col === 0)?.value;
  expect(status(editedEngine)).not.toEqual(status(made.sheet));

  const problems = [
    ...structureProblems(made, editedEngine, isMarker),
    ...constantProblems(made, editedEngine),
    ...mismatches('edited', editedEngine, made.sheet, afterEdit, isMarker),
    ...mismatches('unedited', made.sheet, made.sheet, afterNoEdit, isMarker),
  ];
  const markerShows = (ws: ExcelJS.Worksheet) => cachedResult(ws.getCell(marker.row + 1, marker.col + 1));
  expect({ problems, edited: markerShows(afterEdit), unedited: markerShows(afterNoEdit) }).toEqual({
    problems: [],
    edited: STALE_TEXT,
    unedited: FRESH_TEXT,
  });
}, 170_000);
