/** Evaluates every formula of a report sheet against the source cells of its analysis (tests only). */
import { Analysis } from '../../src/core/model/analysis';
import { ReportSheet } from '../../src/core/report/sheet';
import { sourceCells } from '../../src/core/report/stale';
import { CellReader, Value, evaluateFormula } from './formulaEval';

/** Source cell values as a workbook would hold them: numbers, blanks (null), numbers typed as text. */
export function sourceValues(analysis: Analysis): Map<string, Value> {
  const values = new Map<string, Value>();
  for (const c of sourceCells(analysis)) {
    const v = c.form === 'number' ? c.value.toNumber() : c.form === 'blank' ? null : c.value.toString();
    values.set(`${c.ref.sheet}!${c.ref.row}!${c.ref.col}`, v);
  }
  return values;
}

/** Each formula cell's recomputed value, keyed `row!col`. */
export function evaluateSheet(sheet: ReportSheet, analysis: Analysis, overrides: Map<string, Value> = new Map()): Map<string, Value> {
  const sources = sourceValues(analysis);
  for (const [k, v] of overrides) sources.set(k, v);
  const byPos = new Map(sheet.cells.map((c) => [`${c.row}!${c.col}`, c]));
  const memo = new Map<string, Value>();
  const read: CellReader = (name, row, col) => {
    if (name !== null && name !== sheet.name) return sources.get(`${name}!${row}!${col}`) ?? null;
    const key = `${row}!${col}`;
    const c = byPos.get(key);
    if (!c) return null;
    if (!c.formula) return c.value;
    if (!memo.has(key)) memo.set(key, evaluateFormula(c.formula, read));
    return memo.get(key) ?? null;
  };
  const out = new Map<string, Value>();
  for (const c of sheet.cells) if (c.formula) out.set(`${c.row}!${c.col}`, read(null, c.row, c.col));
  return out;
}
