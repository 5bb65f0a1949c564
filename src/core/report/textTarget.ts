/**
 * Where text taken out of the report goes (spec: Ownership and safety): the next free row of
 * the workbook's 报告文字 table (P4, the user's own sheet for report prose), under its 章节 and
 * 内容 columns; or, when the workbook has none, a new 报告文字 sheet from our template.
 */
import { WorkbookSnapshot, rawAt } from '../grid/snapshot';
import { locateTables } from '../recognise/locate';
import { templateSheetsFor } from '../template/templateLayout';
import { SheetLayout } from './sheet';

export interface TextTarget {
  readonly sheet: string;
  readonly keyCol: number;
  readonly valueCol: number;
  /** 0-based row of the first row to append. */
  readonly row: number;
  /** The template sheet to insert first, when the workbook has no 报告文字. */
  readonly insert: SheetLayout | null;
}

function targetIn(values: readonly (readonly unknown[])[], name: string): Omit<TextTarget, 'insert'> {
  let keyCol = 0;
  let valueCol = 1;
  for (let r = 0; r < Math.min(values.length, 10); r++) {
    const row = values[r] ?? [];
    const k = row.findIndex((v) => String(v ?? '').trim() === '章节');
    const c = row.findIndex((v) => String(v ?? '').trim() === '内容');
    if (k >= 0 && c >= 0) [keyCol, valueCol] = [k, c];
  }
  let last = values.length - 1;
  while (last >= 0 && (values[last] ?? []).every((v) => v === null || v === '')) last--;
  return { sheet: name, keyCol, valueCol, row: last + 1 };
}

/** Where to append moved report text in `snapshot`'s workbook. */
export function textTarget(snapshot: WorkbookSnapshot): TextTarget {
  const p4 = locateTables(snapshot).tables.find((t) => t.id === 'P4');
  if (p4) {
    const values = p4.sheet.values.map((row, r) => row.map((_v, c) => rawAt(p4.sheet, r, c)));
    return { ...targetIn(values, p4.sheet.name), insert: null };
  }
  const [layout] = templateSheetsFor(
    ['P4'],
    snapshot.sheets.map((s) => s.name),
  );
  const values: unknown[][] = [];
  for (const c of layout.cells) (values[c.row] ??= [])[c.col] = c.value;
  return {
    ...targetIn(
      Array.from(values, (r) => r ?? []),
      layout.name,
    ),
    insert: layout,
  };
}
