/**
 * Expression → Excel formula text (without the leading "="). Only functions that Excel 2016+
 * and LibreOffice both compute: SUM, ROUND, ROUNDUP, MIN, MAX, IF, N, VALUE, SUBSTITUTE.
 * Named references (`ref`) are resolved through `lookup` so indicators can point at the
 * figure cells of the report instead of repeating the source formula.
 */
import { a1, formulaRef, quoteSheet } from '../grid/address';
import { Expr } from '../model/expr';

export type RefLookup = (name: string) => string | undefined;

const noLookup: RefLookup = () => undefined;

export function toFormula(e: Expr, lookup: RefLookup = noLookup): string {
  return render(e, lookup, 0);
}

// Precedence levels: 0 = anything, 1 = additive operand, 2 = multiplicative operand, 3 = atom.
function render(e: Expr, lookup: RefLookup, context: number): string {
  switch (e.kind) {
    case 'num':
      return numberText(e.value.toString(), context);
    case 'cell':
      return cellText(e);
    case 'add': {
      const text = renderSum(e.terms, lookup);
      return text.startsWith('SUM(') || e.terms.length <= 1 ? text : wrap(text, context > 1);
    }
    case 'sub':
      return wrap(`${render(e.a, lookup, 1)}-${render(e.b, lookup, 2)}`, context > 1);
    case 'mul':
      return wrap(`${render(e.a, lookup, 2)}*${render(e.b, lookup, 3)}`, context > 2);
    case 'div':
      return wrap(`${render(e.a, lookup, 2)}/${render(e.b, lookup, 3)}`, context > 2);
    case 'round':
      return `ROUND(${render(e.a, lookup, 0)},${e.places})`;
    case 'roundUp':
      return `ROUNDUP(${render(e.a, lookup, 0)},${e.places})`;
    case 'min':
      return `MIN(${e.args.map((x) => render(x, lookup, 0)).join(',')})`;
    case 'max':
      return `MAX(${e.args.map((x) => render(x, lookup, 0)).join(',')})`;
    case 'if':
      return `IF(${render(e.cond.a, lookup, 1)}${e.cond.op}${render(e.cond.b, lookup, 1)},${render(e.then, lookup, 0)},${render(e.else, lookup, 0)})`;
    case 'ref': {
      const target = lookup(e.name);
      return target ?? render(e.expr, lookup, context);
    }
  }
}

function wrap(text: string, paren: boolean): string {
  return paren ? `(${text})` : text;
}

function numberText(text: string, context: number): string {
  return text.startsWith('-') && context > 0 ? `(${text})` : text;
}

function cellText(e: Extract<Expr, { kind: 'cell' }>): string {
  const ref = formulaRef(e.ref);
  switch (e.form) {
    case 'number':
      return ref;
    case 'blank':
      return `N(${ref})`;
    case 'text':
      return `VALUE(SUBSTITUTE(${ref},",",""))`;
    case 'textConstant':
      return e.value.isNegative() ? `(${e.value.toString()})` : e.value.toString();
  }
}

/**
 * A sum: runs of plain number/blank cells in one column (or one row) of one sheet become
 * SUM('s'!D8:D20) — SUM ignores text and blanks, which is exactly how the engine reads
 * `-` and empty cells; other terms are added one by one.
 */
function renderSum(terms: readonly Expr[], lookup: RefLookup): string {
  if (terms.length === 0) return '0';
  const rangeable = terms.every((t) => t.kind === 'cell' && (t.form === 'number' || t.form === 'blank'));
  if (rangeable && terms.length > 1) {
    const cells = terms.map((t) => (t as Extract<Expr, { kind: 'cell' }>).ref);
    return `SUM(${rangesOf(cells).join(',')})`;
  }
  return terms.map((t, i) => (i === 0 ? render(t, lookup, 1) : `+${render(t, lookup, 2)}`)).join('');
}

/** Groups cells into contiguous vertical runs: D8,D9,D10,F3 → 'S'!D8:D10,'S'!F3. */
function rangesOf(cells: readonly { sheet: string; row: number; col: number }[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < cells.length) {
    const start = cells[i];
    let j = i;
    while (
      j + 1 < cells.length &&
      cells[j + 1].sheet === start.sheet &&
      cells[j + 1].col === start.col &&
      cells[j + 1].row === cells[j].row + 1
    ) {
      j++;
    }
    const end = cells[j];
    const sheet = quoteSheet(start.sheet);
    out.push(j === i ? `${sheet}!${a1(start.row, start.col)}` : `${sheet}!${a1(start.row, start.col)}:${a1(end.row, end.col)}`);
    i = j + 1;
  }
  return out;
}
