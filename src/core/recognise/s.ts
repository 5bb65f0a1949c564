/**
 * S 评分方案 (ours, spec/indicators.md "Schemes"): the user's own scoring scheme, rows
 * `一级指标 | 二级指标 | 指标 | 分值 | 规则 | 参数`. The reader keeps each row as written; the
 * rules and their parameters are parsed (and malformed rows reported) by indicators/userScheme.ts.
 */
import { joined, label } from '../findings/labels';
import { cellRef } from '../grid/address';
import { rawAt } from '../grid/snapshot';
import { Quantity, SchemeSheetData, SchemeSheetRow, TextCell } from '../model/types';
import {
  HeaderColumn,
  TableContext,
  cellText,
  findHeader,
  isSkippableRow,
  parseQuantityCell,
  readQuantity,
  reportMissingHeader,
  rowLabel,
  tableInfo,
  valueAt,
} from './common';
import { vocabulary } from './vocabulary';

const COLUMNS: readonly HeaderColumn[] = vocabulary('S', [
  { key: 'level1' },
  { key: 'level2' },
  { key: 'indicator', required: true, exact: true },
  { key: 'weight', required: true },
  { key: 'rule', required: true },
  { key: 'params' },
]);

/** Reads every scheme row under the header; 一级/二级 carry down when left blank (or merged). */
export function readS(ctx: TableContext): SchemeSheetData {
  const header = findHeader(ctx.sheet, COLUMNS);
  if (!header) {
    reportMissingHeader(ctx, ['指标', '分值', '规则']);
    return { info: tableInfo(ctx, null, ctx.titleCell?.row ?? 0, 5), rows: [] };
  }
  const col = (key: string): number | null => header.columns.get(key) ?? null;
  const rows: SchemeSheetRow[] = [];
  let level1 = '';
  let level2 = '';
  for (let r = header.lastRow + 1; r < ctx.sheet.values.length; r++) {
    if (isSkippableRow(ctx.sheet, r, header)) continue;
    const text = (key: string): string => {
      const c = col(key);
      return c === null ? '' : cellText(valueAt(ctx.sheet, r, c));
    };
    if (text('level1') !== '' && text('level1') !== level1) {
      level1 = text('level1');
      level2 = '';
    }
    if (text('level2') !== '') level2 = text('level2');
    rows.push(readRow(ctx, r, col, level1, level2));
  }
  const lastRow = rows.length > 0 ? rows[rows.length - 1].row : header.lastRow;
  const lastCol = Math.max(...[...header.columns.values()]);
  return { info: tableInfo(ctx, [header.firstRow, header.lastRow], lastRow, lastCol, [header]), rows };
}

function readRow(
  ctx: TableContext,
  r: number,
  col: (key: string) => number | null,
  level1: string,
  level2: string,
): SchemeSheetRow {
  const at = (key: string): number => col(key) ?? col('indicator')!;
  const weightCol = col('weight')!;
  return {
    row: r,
    level1,
    level2,
    indicator: indicatorAt(ctx, r, col),
    weight: weightAt(ctx, r, weightCol),
    weightText: textAt(ctx, r, weightCol),
    rule: textAt(ctx, r, col('rule')),
    params: textAt(ctx, r, col('params')),
    weightRef: cellRef(ctx.sheet.name, r, weightCol),
    ruleRef: cellRef(ctx.sheet.name, r, at('rule')),
    paramsRef: cellRef(ctx.sheet.name, r, at('params')),
  };
}

function textAt(ctx: TableContext, r: number, c: number | null): TextCell | null {
  if (c === null) return null;
  const text = cellText(rawAt(ctx.sheet, r, c));
  return text === '' ? null : { ref: cellRef(ctx.sheet.name, r, c), text };
}

/** The 指标 name, joined when a typed sheet spreads it over two cells (rowLabel). */
function indicatorAt(ctx: TableContext, r: number, col: (key: string) => number | null): TextCell | null {
  const c = col('indicator');
  if (c === null) return null;
  const right = ['weight', 'rule', 'params'].map(col).filter((x): x is number => x !== null && x > c);
  const text = rowLabel(ctx.sheet, r, c, right.length > 0 ? Math.min(...right) : c + 1, false);
  return text === '' ? null : { ref: cellRef(ctx.sheet.name, r, c), text };
}

/** 分值 as a live quantity when the cell holds a number; text is left to the scheme parser to report. */
function weightAt(ctx: TableContext, r: number, c: number): Quantity | null {
  const parsed = parseQuantityCell(rawAt(ctx.sheet, r, c));
  return parsed.kind === 'number' ? readQuantity(ctx, r, c, joined([label('s.sheet'), label('s.weight')], ' ')) : null;
}
