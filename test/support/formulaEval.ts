/**
 * A small evaluator of the formula subset the report writes, with doubles as Excel computes
 * them, so tests can check that every written formula yields the value the engine cached.
 * (The real proof is LibreOffice recalculating the written workbook; this catches slips early.)
 */
import { columnIndex } from '../../src/core/grid/address';
import { dec, roundHalfAway } from '../../src/core/money';

export type Value = number | string | boolean | null;
type Range = { readonly range: Value[] };
type Result = Value | Range;

/** A formula error (#VALUE!, #DIV/0! …) as a thrown value; IFERROR catches it. */
export class FormulaError extends Error {}

/** Reads a cell: sheet null is the sheet the formula is on. */
export type CellReader = (sheet: string | null, row: number, col: number) => Value;

type Token = { t: 'num'; v: number } | { t: 'str'; v: string } | { t: 'ref'; sheet: string | null; a: string; b?: string } | { t: 'fn'; v: string } | { t: 'op'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const refRe = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/;
  while (i < src.length) {
    const rest = src.slice(i);
    let m: RegExpExecArray | null;
    if (/^\s/.test(rest)) i++;
    else if (rest[0] === '"') {
      let j = i + 1;
      let s = '';
      for (;;) {
        if (j >= src.length) throw new Error(`unterminated string in ${src}`);
        if (src[j] === '"' && src[j + 1] === '"') {
          s += '"';
          j += 2;
        } else if (src[j] === '"') break;
        else s += src[j++];
      }
      out.push({ t: 'str', v: s });
      i = j + 1;
    } else if (rest[0] === "'") {
      let j = i + 1;
      let s = '';
      for (;;) {
        if (src[j] === "'" && src[j + 1] === "'") {
          s += "'";
          j += 2;
        } else if (src[j] === "'") break;
        else if (j >= src.length) throw new Error(`unterminated sheet name in ${src}`);
        else s += src[j++];
      }
      if (src[j + 1] !== '!') throw new Error(`sheet name without ! in ${src}`);
      m = refRe.exec(src.slice(j + 2));
      if (!m) throw new Error(`bad reference after sheet in ${src}`);
      out.push({ t: 'ref', sheet: s, a: m[1] + m[2], b: m[3] ? m[3] + m[4] : undefined });
      i = j + 2 + m[0].length;
    } else if ((m = /^[A-Z][A-Z0-9.]*(?=\()/.exec(rest))) {
      out.push({ t: 'fn', v: m[0] });
      i += m[0].length;
    } else if ((m = /^(TRUE|FALSE)(?![A-Z0-9(])/.exec(rest))) {
      out.push({ t: 'num', v: m[0] === 'TRUE' ? 1 : 0 });
      i += m[0].length;
    } else if ((m = refRe.exec(rest))) {
      out.push({ t: 'ref', sheet: null, a: m[1] + m[2], b: m[3] ? m[3] + m[4] : undefined });
      i += m[0].length;
    } else if ((m = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest))) {
      out.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
    } else if ((m = /^(>=|<=|<>|[-+*/&=<>(),%])/.exec(rest))) {
      out.push({ t: 'op', v: m[0] });
      i += m[0].length;
    } else throw new Error(`unexpected ${rest.slice(0, 10)} in ${src}`);
  }
  return out;
}

/** The function names a formula calls. */
export function functionNames(formula: string): string[] {
  return tokenize(formula)
    .filter((t): t is { t: 'fn'; v: string } => t.t === 'fn')
    .map((t) => t.v);
}

/** Excel's number → text in concatenation: up to 15 significant digits, no trailing zeros. */
export function numberText(x: number): string {
  return String(Number(x.toPrecision(15)));
}

function toNumber(v: Result): number {
  if (v !== null && typeof v === 'object') {
    if (v.range.length !== 1) throw new FormulaError('#VALUE!');
    return toNumber(v.range[0]);
  }
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v.trim());
  if (v.trim() === '' || Number.isNaN(n)) throw new FormulaError('#VALUE!');
  return n;
}

function toText(v: Result): string {
  if (v !== null && typeof v === 'object') return toText(v.range[0] ?? null);
  if (v === null) return '';
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

function scalar(v: Result): Value {
  return v !== null && typeof v === 'object' ? (v.range[0] ?? null) : v;
}

const excelRound = (x: number, n: number): number => roundHalfAway(dec(Number(x.toPrecision(15))), n).toNumber();

/** Evaluates a formula (without the leading =). */
export function evaluateFormula(formula: string, read: CellReader): Value {
  const tokens = tokenize(formula);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isOp = (v: string): boolean => peek()?.t === 'op' && (peek() as { v: string }).v === v;
  const expect = (v: string): void => {
    if (!isOp(v)) throw new Error(`expected ${v} at ${pos} in ${formula}`);
    pos++;
  };
  type Thunk = () => Result;
  const comparison = (): Thunk => {
    const left = concat();
    for (const op of ['>=', '<=', '<>', '>', '<', '=']) {
      if (isOp(op)) {
        pos++;
        const right = concat();
        return () => compare(op, scalar(left()), scalar(right()));
      }
    }
    return left;
  };
  const concat = (): Thunk => {
    let left = additive();
    while (isOp('&')) {
      pos++;
      const l = left;
      const r = additive();
      left = () => toText(l()) + toText(r());
    }
    return left;
  };
  const additive = (): Thunk => {
    let left = multiplicative();
    while (isOp('+') || isOp('-')) {
      const op = (tokens[pos++] as { v: string }).v;
      const l = left;
      const r = multiplicative();
      left = () => (op === '+' ? toNumber(l()) + toNumber(r()) : toNumber(l()) - toNumber(r()));
    }
    return left;
  };
  const multiplicative = (): Thunk => {
    let left = unary();
    while (isOp('*') || isOp('/')) {
      const op = (tokens[pos++] as { v: string }).v;
      const l = left;
      const r = unary();
      left = () => {
        const a = toNumber(l());
        const b = toNumber(r());
        if (op === '/' && b === 0) throw new FormulaError('#DIV/0!');
        return op === '*' ? a * b : a / b;
      };
    }
    return left;
  };
  const unary = (): Thunk => {
    if (isOp('-')) {
      pos++;
      const x = unary();
      return () => -toNumber(x());
    }
    return primary();
  };
  const primary = (): Thunk => {
    const t = tokens[pos++];
    if (!t) throw new Error(`unexpected end of ${formula}`);
    if (t.t === 'num' || t.t === 'str') return () => t.v;
    if (t.t === 'ref') return () => refValue(t, read);
    if (t.t === 'op' && t.v === '(') {
      const inner = comparison();
      expect(')');
      return inner;
    }
    if (t.t === 'fn') {
      expect('(');
      const args: Thunk[] = [];
      if (!isOp(')')) {
        args.push(comparison());
        while (isOp(',')) {
          pos++;
          args.push(comparison());
        }
      }
      expect(')');
      return () => callFunction(t.v, args);
    }
    throw new Error(`unexpected token ${JSON.stringify(t)} in ${formula}`);
  };
  const body = comparison();
  if (pos !== tokens.length) throw new Error(`trailing tokens in ${formula}`);
  return scalar(body());
}

function refValue(t: Extract<Token, { t: 'ref' }>, read: CellReader): Result {
  const parse = (a: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    return [Number(m[2]) - 1, columnIndex(m[1])];
  };
  const [r1, c1] = parse(t.a);
  if (!t.b) return read(t.sheet, r1, c1);
  const [r2, c2] = parse(t.b);
  const range: Value[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) range.push(read(t.sheet, r, c));
  return { range };
}

function compare(op: string, a: Value, b: Value): boolean {
  const x = typeof a === 'string' || typeof b === 'string' ? toText(a).localeCompare(toText(b)) : toNumber(a) - toNumber(b);
  return op === '>=' ? x >= 0 : op === '<=' ? x <= 0 : op === '<>' ? x !== 0 : op === '>' ? x > 0 : op === '<' ? x < 0 : x === 0;
}

function numbersOf(args: Result[]): number[] {
  // Ranges give their number cells only (text and blanks ignored); direct arguments are converted.
  return args.flatMap((a) => (a !== null && typeof a === 'object' ? a.range.filter((v): v is number => typeof v === 'number') : [toNumber(a)]));
}

function callFunction(name: string, args: (() => Result)[]): Result {
  const all = (): Result[] => args.map((a) => a());
  switch (name) {
    case 'SUM':
      return numbersOf(all()).reduce((s, x) => s + x, 0);
    case 'COUNT':
      return all().flatMap((a) => (a !== null && typeof a === 'object' ? a.range : [a])).filter((v) => typeof v === 'number').length;
    case 'ROUND':
      return excelRound(toNumber(args[0]()), toNumber(args[1]()));
    case 'ROUNDUP': {
      const x = dec(Number(toNumber(args[0]()).toPrecision(15)));
      return x.toDecimalPlaces(toNumber(args[1]()), 0 /* ROUND_UP: away from zero */).toNumber();
    }
    case 'INT':
      return Math.floor(toNumber(args[0]()));
    case 'MIN':
      return Math.min(...numbersOf(all()));
    case 'MAX':
      return Math.max(...numbersOf(all()));
    case 'ABS':
      return Math.abs(toNumber(args[0]()));
    case 'IF':
      return toNumber(scalar(args[0]())) !== 0 ? args[1]() : args[2] ? args[2]() : false;
    case 'AND':
      return all().every((v) => toNumber(scalar(v)) !== 0);
    case 'OR':
      return all().some((v) => toNumber(scalar(v)) !== 0);
    case 'IFERROR':
      try {
        return scalar(args[0]());
      } catch (e) {
        if (e instanceof FormulaError) return args[1]();
        throw e;
      }
    case 'N': {
      const v = scalar(args[0]());
      return typeof v === 'number' ? v : 0;
    }
    case 'VALUE':
      return toNumber(toText(args[0]()));
    case 'SUBSTITUTE':
      return toText(args[0]()).split(toText(args[1]())).join(toText(args[2]()));
    case 'FIXED':
      return excelRound(toNumber(args[0]()), toNumber(args[1]())).toFixed(toNumber(args[1]()));
    case 'LEN':
      return toText(args[0]()).length;
    default:
      throw new Error(`function ${name} not supported by the test evaluator`);
  }
}
