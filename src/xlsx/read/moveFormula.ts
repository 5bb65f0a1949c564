/**
 * A formula moved by (rows, cols), as Excel fills a shared formula from its master: relative
 * references shift, `$`-fixed parts stay, text in quotes and sheet names are left alone.
 */
import { columnIndex, columnLetters } from '../../core/grid/address';

// A cell reference not inside a name or function (LOG10, A1B): letters+digits, each part maybe $-fixed.
const REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

export function moveFormula(formula: string, rows: number, cols: number): string {
  // Split off string literals and quoted sheet names; only the rest holds references.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(REF, (m, cf: string, c: string, rf: string, r: string) => {
      const col = cf ? columnIndex(c) : columnIndex(c) + cols;
      const row = rf ? Number(r) : Number(r) + rows;
      if (col < 0 || row < 1) return '#REF!';
      return `${cf}${columnLetters(col)}${rf}${row}`;
    })))
    .join('');
}
