/**
 * The author's own total on the self-evaluation form: the 得分 of its 总分 / 合计 row (national,
 * 湖北, 安徽, 四川), else a `自评总分（分）` cell with the number beside it (重庆, in the header
 * block). Read to be compared with ours (indicators/p2Author.ts), never used.
 */
import { cellRef } from '../grid/address';
import { rawAt } from '../grid/snapshot';
import { P2Data } from '../model/types';
import { HeaderMatch, TableContext, cellText, normaliseLabel, parseNumberCell } from './common';
import { quantityAt } from './p2Values';
import { userThen } from '../findings/labels';
import { isTotalRow } from './p2Indicators';

const TOTAL_CELL = /^(自评总分|自评总得分|总分)(\(分\))?[:：]?$/;

export function readUserTotal(ctx: TableContext, header: HeaderMatch): P2Data['userTotal'] {
  return totalRow(ctx, header) ?? totalCell(ctx, header.firstRow);
}

/** A 总分 / 合计 row under the indicator header with a number in the 得分 column. */
function totalRow(ctx: TableContext, header: HeaderMatch): P2Data['userTotal'] {
  const scoreCol = header.columns.get('score');
  if (scoreCol === undefined) return undefined;
  for (let r = header.lastRow + 1; r < ctx.sheet.values.length; r++) {
    for (let c = 0; c < scoreCol; c++) {
      const label = cellText(rawAt(ctx.sheet, r, c));
      if (label === '' || !isTotalRow(label)) continue;
      return numberAt(ctx, r, scoreCol, label);
    }
  }
  return undefined;
}

/** `自评总分（分）` above the indicator header, its number in one of the next three cells of the row. */
function totalCell(ctx: TableContext, end: number): P2Data['userTotal'] {
  for (let r = 0; r < end; r++) {
    const row = ctx.sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const label = cellText(row[c]);
      if (!TOTAL_CELL.test(normaliseLabel(label))) continue;
      for (let k = c + 1; k <= c + 3 && k < row.length; k++) {
        const found = numberAt(ctx, r, k, label);
        if (found) return found;
      }
    }
  }
  return undefined;
}

function numberAt(ctx: TableContext, r: number, c: number, label: string): P2Data['userTotal'] {
  if (parseNumberCell(rawAt(ctx.sheet, r, c)).kind !== 'number') return undefined;
  const value = quantityAt(ctx, r, c, userThen(label, 'p2.score'));
  return value ? { label: { ref: cellRef(ctx.sheet.name, r, c), text: label }, value } : undefined;
}
