/**
 * Every figure, indicator and score is an expression over source cells. One tree gives
 * three things: the exact value (evaluate), the Excel formula for the live report
 * (toFormula, in report/formula.ts), and the cells behind it (cellsOf).
 */
import Decimal from 'decimal.js';
import { CellRef } from '../grid/address';
import { Dec, ZERO, roundHalfAway, roundUpAway } from '../money';

/**
 * How a source cell held its number, which decides how a formula must read it so Excel
 * and LibreOffice compute what the engine computed:
 * - number: a real number cell → plain reference;
 * - blank: empty, `-`, `—`, `/` → N(ref) (text in arithmetic would give #VALUE!);
 * - text: a number written as text (`1,234.56`) → VALUE(SUBSTITUTE(ref,",","")) when ASCII,
 *   otherwise the value is written as a constant (the cell cannot be read live).
 */
export type CellForm = 'number' | 'blank' | 'text' | 'textConstant';

export type Expr =
  | { readonly kind: 'num'; readonly value: Decimal }
  | { readonly kind: 'cell'; readonly ref: CellRef; readonly value: Decimal; readonly form: CellForm }
  | { readonly kind: 'add'; readonly terms: readonly Expr[] }
  | { readonly kind: 'sub'; readonly a: Expr; readonly b: Expr }
  | { readonly kind: 'mul'; readonly a: Expr; readonly b: Expr }
  | { readonly kind: 'div'; readonly a: Expr; readonly b: Expr }
  | { readonly kind: 'round'; readonly a: Expr; readonly places: number }
  /** ROUNDUP: rounds away from zero to `places` decimals (each started step of a deduction counts). */
  | { readonly kind: 'roundUp'; readonly a: Expr; readonly places: number }
  | { readonly kind: 'min'; readonly args: readonly Expr[] }
  | { readonly kind: 'max'; readonly args: readonly Expr[] }
  | {
      readonly kind: 'if';
      readonly cond: Comparison;
      readonly then: Expr;
      readonly else: Expr;
    }
  /** A named reference to another computed quantity (a figure cell in the report). */
  | { readonly kind: 'ref'; readonly name: string; readonly expr: Expr };

export interface Comparison {
  readonly op: '>=' | '<=' | '>' | '<' | '=';
  readonly a: Expr;
  readonly b: Expr;
}

export const num = (value: Decimal | number | string): Expr => ({ kind: 'num', value: new Dec(value) });
export const cell = (ref: CellRef, value: Decimal, form: CellForm = 'number'): Expr => ({ kind: 'cell', ref, value, form });
export const add = (...terms: Expr[]): Expr => ({ kind: 'add', terms });
export const sub = (a: Expr, b: Expr): Expr => ({ kind: 'sub', a, b });
export const mul = (a: Expr, b: Expr): Expr => ({ kind: 'mul', a, b });
export const div = (a: Expr, b: Expr): Expr => ({ kind: 'div', a, b });
export const round = (a: Expr, places: number): Expr => ({ kind: 'round', a, places });
export const roundUp = (a: Expr, places: number): Expr => ({ kind: 'roundUp', a, places });
export const min = (...args: Expr[]): Expr => ({ kind: 'min', args });
export const max = (...args: Expr[]): Expr => ({ kind: 'max', args });
export const ifThen = (cond: Comparison, then: Expr, otherwise: Expr): Expr => ({ kind: 'if', cond, then, else: otherwise });
export const cmp = (a: Expr, op: Comparison['op'], b: Expr): Comparison => ({ op, a, b });
export const named = (name: string, expr: Expr): Expr => ({ kind: 'ref', name, expr });

/** Raised when an expression divides by zero: callers turn it into "not available". */
export class DivisionByZero extends Error {
  constructor() {
    super('division by zero');
    this.name = 'DivisionByZero';
  }
}

/**
 * Values of composite nodes already evaluated. Expressions are immutable and shared (a figure's
 * tree is reused by indicators, scores and every sentence that shows it), so each node is
 * computed once; DIVIDED marks a node whose evaluation divides by zero.
 */
const DIVIDED = Symbol('division by zero');
const memo = new WeakMap<Expr, Decimal | typeof DIVIDED>();

/** The exact value of an expression. Throws DivisionByZero; callers check denominators first. */
export function evaluate(e: Expr): Decimal {
  if (e.kind === 'num' || e.kind === 'cell') return e.value;
  const known = memo.get(e);
  if (known === DIVIDED) throw new DivisionByZero();
  if (known !== undefined) return known;
  try {
    const value = evaluateNode(e);
    memo.set(e, value);
    return value;
  } catch (err) {
    if (err instanceof DivisionByZero) memo.set(e, DIVIDED);
    throw err;
  }
}

function evaluateNode(e: Expr): Decimal {
  switch (e.kind) {
    case 'num':
    case 'cell':
      return e.value;
    case 'add':
      return e.terms.reduce((acc, t) => acc.plus(evaluate(t)), ZERO);
    case 'sub':
      return evaluate(e.a).minus(evaluate(e.b));
    case 'mul':
      return evaluate(e.a).times(evaluate(e.b));
    case 'div': {
      const d = evaluate(e.b);
      if (d.isZero()) throw new DivisionByZero();
      return evaluate(e.a).div(d);
    }
    case 'round':
      return roundHalfAway(evaluate(e.a), e.places);
    case 'roundUp':
      return roundUpAway(evaluate(e.a), e.places);
    case 'min':
      return Dec.min(...e.args.map(evaluate));
    case 'max':
      return Dec.max(...e.args.map(evaluate));
    case 'if':
      return compare(e.cond) ? evaluate(e.then) : evaluate(e.else);
    case 'ref':
      return evaluate(e.expr);
  }
}

function compare(c: Comparison): boolean {
  const x = evaluate(c.a);
  const y = evaluate(c.b);
  switch (c.op) {
    case '>=':
      return x.gte(y);
    case '<=':
      return x.lte(y);
    case '>':
      return x.gt(y);
    case '<':
      return x.lt(y);
    case '=':
      return x.eq(y);
  }
}

/** The source cells an expression reads, in order, without repeats (for "where does this come from?"). */
export function cellsOf(e: Expr): CellRef[] {
  const out: CellRef[] = [];
  const seen = new Set<string>();
  const walk = (x: Expr): void => {
    switch (x.kind) {
      case 'num':
        return;
      case 'cell': {
        const key = `${x.ref.sheet}\u0000${x.ref.row}\u0000${x.ref.col}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push(x.ref);
        }
        return;
      }
      case 'add':
        x.terms.forEach(walk);
        return;
      case 'sub':
      case 'mul':
      case 'div':
        walk(x.a);
        walk(x.b);
        return;
      case 'round':
      case 'roundUp':
        walk(x.a);
        return;
      case 'min':
      case 'max':
        x.args.forEach(walk);
        return;
      case 'if':
        walk(x.cond.a);
        walk(x.cond.b);
        walk(x.then);
        walk(x.else);
        return;
      case 'ref':
        walk(x.expr);
        return;
    }
  };
  walk(e);
  return out;
}

/** Sum of expressions; an empty sum is the constant 0. */
export function sumOf(terms: readonly Expr[]): Expr {
  if (terms.length === 0) return num(0);
  if (terms.length === 1) return terms[0];
  return add(...terms);
}
