/** Which T6 items count in a sum (spec/workbook.md T6: "sum 款 rows only where 类 rows are present too"). */
import { T6Item } from '../model/types';

/**
 * The T6 items that count: 类 rows, plus 款 rows whose 类 row is absent, so nothing counts
 * twice. The same rule as recognise/t6.ts `countableT6Items`, repeated so the checks do not
 * depend on the reader's internals.
 */
export function countableItems(items: readonly T6Item[]): T6Item[] {
  const classes = new Set(items.filter((i) => i.code.length === 3).map((i) => i.code));
  return items.filter((i) => i.code.length === 3 || !classes.has(i.code.slice(0, 3)));
}
