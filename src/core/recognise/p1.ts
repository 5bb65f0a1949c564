/**
 * P1 项目支出明细表 (ours, spec/workbook.md): one row per project, `项目名称 | 功能分类科目编码 |
 * 功能分类科目名称 | 年初预算数 | 全年预算数 | 执行数 | 重点项目 | 主要用途`.
 */
import { LabelId, userThen } from '../findings/labels';
import { cellRef } from '../grid/address';
import { rawAt } from '../grid/snapshot';
import { Amount, P1Data, P1Project, TextCell } from '../model/types';
import {
  HeaderColumn,
  TableContext,
  cellText,
  fieldLabel,
  findHeader,
  isSkippableRow,
  isTotalLabel,
  normaliseLabel,
  readAmount,
  reportMissingHeader,
  stripNumbering,
  tableInfo,
} from './common';
import { vocabulary } from './vocabulary';

const COLUMNS: readonly HeaderColumn[] = vocabulary('P1', [
  { key: 'name', required: true },
  { key: 'code' },
  { key: 'budgetInitial' },
  { key: 'budgetFinal' },
  { key: 'executed', required: true },
  { key: 'key' },
  { key: 'purpose' },
]);

const YES = new Set(['是', 'Y', 'YES', '√', '✓', '✔', '重点', '1', 'TRUE']);

/** Reads the project list; a 合计 row is skipped (its total is the sum of the projects). */
export function readP1(ctx: TableContext): P1Data {
  const header = findHeader(ctx.sheet, COLUMNS);
  if (!header) {
    reportMissingHeader(ctx, ['项目名称', '执行数']);
    return { info: tableInfo(ctx, null, ctx.titleCell?.row ?? 0, 0), projects: [] };
  }
  const col = (key: string): number | null => header.columns.get(key) ?? null;
  const projects: P1Project[] = [];
  let lastRow = header.lastRow;
  for (let r = header.lastRow + 1; r < ctx.sheet.values.length; r++) {
    if (isSkippableRow(ctx.sheet, r, header)) continue;
    const nameCol = col('name');
    const nameText = fieldLabel(ctx.sheet, r, header, 'name', false);
    const name = nameCol === null || nameText === '' ? null : { ref: cellRef(ctx.sheet.name, r, nameCol), text: nameText };
    if (!name || isTotalLabel(stripNumbering(name.text))) continue;
    lastRow = r;
    const amount = (key: string, word: LabelId): Amount | null => {
      const c = col(key);
      return c === null ? null : readAmount(ctx, r, c, userThen(name.text, word));
    };
    const keyCol = col('key');
    projects.push({
      row: r,
      name,
      code: codeAt(ctx, r, col('code')),
      budgetInitial: amount('budgetInitial', 'col.budgetInitial'),
      budgetFinal: amount('budgetFinal', 'p1.budgetFinal'),
      executed: amount('executed', 'p1.executed'),
      key: keyCol !== null && YES.has(normaliseLabel(rawAt(ctx.sheet, r, keyCol)).toUpperCase()),
      purpose: textAt(ctx, r, col('purpose')),
    });
  }
  const lastCol = Math.max(...header.columns.values());
  return { info: tableInfo(ctx, [header.firstRow, header.lastRow], lastRow, lastCol, [header]), projects };
}

function textAt(ctx: TableContext, row: number, col: number | null): TextCell | null {
  if (col === null) return null;
  const text = cellText(rawAt(ctx.sheet, row, col));
  return text === '' ? null : { ref: cellRef(ctx.sheet.name, row, col), text };
}

/** The 功能分类 code as digits (`205 02 01` → 2050201); other text is kept as written. */
function codeAt(ctx: TableContext, row: number, col: number | null): TextCell | null {
  const cell = textAt(ctx, row, col);
  if (!cell) return null;
  const digits = cell.text.replace(/[\s.\-_]/g, '');
  return { ref: cell.ref, text: /^\d+$/.test(digits) ? digits : cell.text };
}
