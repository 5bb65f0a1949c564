/**
 * Source formulas the file holds no value for (files of other tools, or saved with calculation
 * off) are computed with HyperFormula over the workbook's values, as Excel would on opening. A
 * formula it cannot compute (a function or name it does not know, a cycle, no formula text)
 * keeps an error at its cell saying why — the engine then reports the figure missing at that
 * cell (a cell.value finding) — never a silent 0. HyperFormula is loaded only when a file has
 * such formulas, and only by the CLI (not bundled into the pages).
 */
import type { HyperFormula as HF, DetailedCellError, RawCellContent } from 'hyperformula';
import { a1 } from '../../core/grid/address';
import { CellValue, isCellError, SheetSnapshot, uncomputed, UNCOMPUTED, UncomputedWhy, WorkbookSnapshot } from '../../core/grid/snapshot';
import { ReadResult, UncachedFormula } from './readWorkbook';

/** A formula left uncomputed, where and why (Chinese). */
export interface NotComputed {
  readonly at: string;
  readonly formula: string | null;
  readonly reason: string;
}

export interface ComputeResult {
  readonly snapshot: WorkbookSnapshot;
  readonly computed: number;
  readonly notComputed: readonly NotComputed[];
}

/** Above this many cells the workbook is not loaded into the formula engine (time and memory). */
const MAX_CELLS = 1_000_000;

/** The snapshot with every uncached formula computed where possible; see the file comment. */
export async function computeUncached(read: ReadResult): Promise<ComputeResult> {
  if (read.uncached.length === 0) return { snapshot: read.snapshot, computed: 0, notComputed: [] };
  const sheets = read.snapshot.sheets;
  const cells = sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
  if (cells > MAX_CELLS) return settle(read, () => ({ why: 'tooLarge' }));
  const { HyperFormula } = await import('hyperformula');
  const engine = HyperFormula.buildFromSheets(engineSheets(sheets, read.uncached), {
    licenseKey: 'gpl-v3',
    leapYear1900: !read.date1904,
    nullDate: read.date1904 ? { year: 1904, month: 1, day: 1 } : { year: 1899, month: 12, day: 30 },
  });
  try {
    return settle(read, (u) => resultOf(engine, sheets, u));
  } finally {
    engine.destroy();
  }
}

/** Every sheet's values for the engine, the uncached cells as their formulas. */
function engineSheets(sheets: readonly SheetSnapshot[], uncached: readonly UncachedFormula[]): Record<string, RawCellContent[][]> {
  const out: Record<string, RawCellContent[][]> = {};
  for (const s of sheets) out[s.name] = s.values.map((row) => row.map(toRaw));
  for (const u of uncached) {
    const rows = out[u.sheet];
    if (rows && u.text !== null) (rows[u.row] ??= [])[u.col] = `=${u.text}`;
  }
  return out;
}

function toRaw(v: CellValue): RawCellContent {
  if (isCellError(v)) return v.error.startsWith(UNCOMPUTED) ? null : v.error;
  // Text that looks like a formula stays text for the engine, as it is in the cell.
  if (typeof v === 'string' && v.startsWith('=')) return `'${v}`;
  return v;
}

type Outcome = { value: CellValue } | { why: UncomputedWhy };

/** Why a formula was left uncomputed, for the CLI's notice. */
const WHY_ZH_CN: Record<UncomputedWhy, string> = {
  noValue: '没有计算结果',
  unknownFunction: '含本工具无法计算的函数或名称',
  cycle: '循环引用',
  failed: '公式无法计算',
  tooLarge: '工作簿过大，未自动计算',
  noText: '文件中没有该公式的文字',
};

function resultOf(engine: HF, sheets: readonly SheetSnapshot[], u: UncachedFormula): Outcome {
  if (u.text === null) return { why: 'noText' };
  const sheet = engine.getSheetId(u.sheet);
  if (sheet === undefined || !sheets.some((s) => s.name === u.sheet)) return { why: 'failed' };
  const v = engine.getCellValue({ sheet, row: u.row, col: u.col });
  if (v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v === '' ? null : v };
  return errorOutcome(v as DetailedCellError);
}

/** An Excel error the formula really gives is its value; the engine's own limits are reasons. */
function errorOutcome(e: DetailedCellError): Outcome {
  if (e.type === 'NAME') return { why: 'unknownFunction' };
  if (e.type === 'CYCLE') return { why: 'cycle' };
  if (e.type === 'ERROR' || e.type === 'LIC' || e.type === 'SPILL') return { why: 'failed' };
  return { value: { error: e.value } };
}

/** Writes each outcome into the snapshot (a copy of the touched rows). */
function settle(read: ReadResult, outcome: (u: UncachedFormula) => Outcome): ComputeResult {
  const sheets = read.snapshot.sheets.map((s) => ({ ...s, values: [...s.values] }));
  const notComputed: NotComputed[] = [];
  let computed = 0;
  for (const u of read.uncached) {
    const sheet = sheets.find((s) => s.name === u.sheet);
    if (!sheet) continue;
    const o = outcome(u);
    const row = [...sheet.values[u.row]];
    if ('value' in o) {
      row[u.col] = o.value;
      computed++;
    } else {
      row[u.col] = uncomputed(o.why);
      notComputed.push({ at: `${u.sheet}!${a1(u.row, u.col)}`, formula: u.text, reason: WHY_ZH_CN[o.why] });
    }
    while (row.length > 0 && row[row.length - 1] === null) row.pop(); // rows stay trimmed
    sheet.values[u.row] = row;
  }
  return { snapshot: { sheets }, computed, notComputed };
}
