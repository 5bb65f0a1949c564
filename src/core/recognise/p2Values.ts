/**
 * The words of the self-evaluation form (P2): 指标性质 directions, 完成情况 levels and cell
 * values that may be blank, numbers with units, or text.
 */
import { Label } from '../findings/labels';
import { cellRef } from '../grid/address';
import { CellValue, rawAt } from '../grid/snapshot';
import { Amount, Completion, Direction, TextCell } from '../model/types';
import { TableContext, cellText, normaliseLabel, parseQuantityCell, readQuantity } from './common';

const DIRECTION_WORDS: readonly (readonly [RegExp, Direction])[] = [
  [/^(≥|>=|=>|不低于|不少于|大于等于|大于或等于|正向|正向指标|≧)$/, '>='],
  [/^(≤|<=|=<|不高于|不超过|不多于|小于等于|小于或等于|反向|反向指标|≦)$/, '<='],
  // ﹦ (U+FE66) is what some provincial systems export for =.
  [/^(=|==|﹦|等于|持平)$/, '='],
  [/^(定性|定性指标)$/, 'qualitative'],
];

/** 指标性质 words → direction (≥ >= 不低于 正向 / ≤ <= 不高于 反向 / = 等于 / 定性); null when not one of them. */
export function parseDirection(v: CellValue | undefined): Direction | null {
  const text = normaliseLabel(v).replace(/＞/g, '>').replace(/＜/g, '<').replace(/＝/g, '=');
  for (const [re, d] of DIRECTION_WORDS) if (re.test(text)) return d;
  return null;
}

/** A direction written in front of a target (`≥95%`, `不高于5%`), or null. */
export function directionInTarget(text: string): Direction | null {
  const t = normaliseLabel(text);
  if (/^(≥|>=|不低于|不少于|大于等于)/.test(t)) return '>=';
  if (/^(≤|<=|不高于|不超过|不多于|小于等于)/.test(t)) return '<=';
  if (/^(=|﹦|等于)/.test(t)) return '=';
  return null;
}

/** 完成情况, long or short form: 达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差. */
export function parseCompletion(v: CellValue | undefined): Completion | null {
  const t = normaliseLabel(v);
  if (t.startsWith('未达成') || t.startsWith('未完成')) return '未达成';
  if (t.startsWith('部分达成') || t.startsWith('部分完成')) return '部分达成';
  if (t.startsWith('达成') || t.startsWith('全部达成') || t.startsWith('已达成')) return '达成';
  // What a 完成值 says of a row that was met: 完成, 已完成, 达到, 是 (spec/indicators.md).
  if (/^(完成|已完成|全部完成|达到|已达到|是)$/.test(t)) return '达成';
  return null;
}

/** The text of a cell, or null when blank. A %-formatted number shows as a percentage, as the user sees it. */
export function textCellAt(ctx: TableContext, row: number, col: number | null): TextCell | null {
  if (col === null) return null;
  const raw = rawAt(ctx.sheet, row, col);
  let text = cellText(raw);
  if (text === '') return null;
  const format = ctx.sheet.numberFormats?.[row]?.[col] ?? '';
  if (typeof raw === 'number' && format.includes('%')) text = `${cellText(Number((raw * 100).toPrecision(12)))}%`;
  return { ref: cellRef(ctx.sheet.name, row, col), text };
}

/** True when the cell holds a number (plain, with % or a unit, or after ≥): what a 年度指标值 of a quantitative row looks like. */
export function holdsNumber(ctx: TableContext, row: number, col: number | null): boolean {
  return col !== null && parseQuantityCell(rawAt(ctx.sheet, row, col)).kind === 'number';
}

/** A quantity (`95%`, `≥95%`, `1225人`, a number) or null when the cell is blank or absent; bad text → cell.value error. */
export function quantityAt(ctx: TableContext, row: number, col: number | null, subject: Label): Amount | null {
  if (col === null) return null;
  if (parseQuantityCell(rawAt(ctx.sheet, row, col)).kind === 'blank') return null;
  return readQuantity(ctx, row, col, subject);
}
