/** One report cell as `range.formulas` takes it (shared by the Office.js writer and the reconcile prints). */
import { quoteSheet } from '../grid/address';

/**
 * User text that Excel would turn into something else: a formula (= + - @), a number, a date,
 * a percentage, a boolean or an error. Written with a leading apostrophe (Excel's quote
 * prefix, not part of the value) so it stays literal, whatever the cell's number format.
 */
export function needsQuotePrefix(text: string): boolean {
  return /^[=+\-@'#]/.test(text) || /^\s*[\d.,$¥%(]/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}

/** What one cell's entry in `range.formulas` is. A formula on our own sheet drops the sheet prefix. */
export function cellInput(
  value: string | number | null,
  formula: string | undefined,
  sheetName: string,
): string | number {
  if (formula !== undefined) return `=${formula.split(`${quoteSheet(sheetName)}!`).join('')}`;
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return needsQuotePrefix(value) ? `'${value}` : value;
}
