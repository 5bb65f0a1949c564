/**
 * Formula text for the report sheet: string literals (quoted, split under Excel's 255-char
 * limit), live numbers as text (amount, rate, count, score, grade) and sums of named cells.
 */
import { GRADE_BANDS, LOWEST_GRADE } from '../indicators/grades';
import { Expr } from '../model/expr';
import { RefLookup, toFormula } from './formula';
import { Inline, LiveNumber } from './document';
import { parseA1 } from '../grid/address';

/** Excel caps a formula at 8192 characters. */
export const MAX_FORMULA_LENGTH = 8192;

/** Excel caps a text constant inside a formula at 255 characters; stay below it. */
const MAX_LITERAL = 250;

/** A formula string literal: `"` doubled, split into "…"&"…" pieces so no piece passes 255 characters. */
export function literal(text: string): string {
  if (text === '') return '""';
  // Excel counts UTF-16 units; Array.from walks code points so a piece never splits a surrogate pair.
  const pieces: string[] = [];
  let piece = '';
  for (const ch of Array.from(text)) {
    if (piece.length + ch.length > MAX_LITERAL) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  pieces.push(piece);
  return pieces.map((p) => `"${p.replace(/"/g, '""')}"`).join('&');
}

/** A lookup that never resolves `self` (a cell must not point at itself). */
export function excluding(lookup: RefLookup, self: string | undefined): RefLookup {
  return (name) => (name === self ? undefined : lookup(name));
}

/** The formula of a live number's value: its named cell when there is one, a SUM of named cells, or the expression. */
export function valueFormula(n: LiveNumber, lookup: RefLookup, self?: string): string {
  const look = excluding(lookup, self);
  if (n.name !== undefined) {
    const target = look(n.name);
    if (target !== undefined) return target;
  }
  return sumOfNamedCells(n.expr, look) ?? toFormula(n.expr, look);
}

/** An `add` of named nodes that all resolve to cells → SUM(G5:G9), contiguous cells of one column as one range. */
function sumOfNamedCells(e: Expr, lookup: RefLookup): string | null {
  if (e.kind !== 'add' || e.terms.length < 2) return null;
  const refs: string[] = [];
  for (const t of e.terms) {
    const target = t.kind === 'ref' ? lookup(t.name) : undefined;
    if (target === undefined || !/^[A-Z]+\d+$/.test(target)) return null;
    refs.push(target);
  }
  const ranges: string[] = [];
  let start = 0;
  for (let i = 1; i <= refs.length; i++) {
    const prev = parseA1(refs[i - 1]);
    const next = i < refs.length ? parseA1(refs[i]) : null;
    if (next && next.col === prev.col && next.row === prev.row + 1) continue;
    ranges.push(i - 1 === start ? refs[start] : `${refs[start]}:${refs[i - 1]}`);
    start = i;
  }
  return `SUM(${ranges.join(',')})`;
}

/** 评价等级 as a formula over a total (rounded first, so 89.99999999 from float sums cannot turn 优 into 良). */
export function gradeFormula(total: string): string {
  const s = `ROUND(${total},2)`;
  return GRADE_BANDS.reduceRight<string>((rest, b) => `IF(${s}>=${b.from},"${b.grade}",${rest})`, `"${LOWEST_GRADE}"`);
}

/**
 * A live number as text inside a sentence. Excel and LibreOffice turn a number into text
 * without trailing zeros (ROUND(4551.4,2)&"" → 4551.4), exactly as formatAmount writes it.
 */
export function numberTextFormula(n: LiveNumber, lookup: RefLookup): string {
  if (n.signWords) return signWordFormula(n, lookup);
  if (n.format === 'grade') {
    // A named grade cell already shows the grade word; otherwise grade the total.
    const cellOfGrade = n.name !== undefined ? lookup(n.name) : undefined;
    return cellOfGrade ?? gradeFormula(valueFormula({ expr: n.expr, format: n.format }, lookup));
  }
  const x = valueFormula(n, lookup);
  switch (n.format) {
    case 'amount':
    case 'score':
      return `ROUND(${x},2)`;
    case 'fixed2':
      return `FIXED(${x},2,TRUE)`;
    case 'rate':
      return `${rateDigits(x)}&"%"`;
    case 'count':
      return `ROUND(${x},0)`;
  }
}

/** IF(x>=0,"增加","减少"): the word of a sign, computed by the sheet. */
export function signWordFormula(n: LiveNumber, lookup: RefLookup): string {
  const [up, down] = n.signWords ?? ['', ''];
  return `IF(${valueFormula({ expr: n.expr, format: n.format }, lookup)}>=0,${literal(up)},${literal(down)})`;
}

/** A ratio's percentage digits with 2 decimals, no thousands separator: 98.76 (formatRate without the %). */
function rateDigits(x: string): string {
  return `FIXED(ROUND((${x})*100,2),2,TRUE)`;
}

/** A run of inlines as one text formula: "其中：人员经费"&ROUND(D80,2)&"万元……" (no leading =). */
export function sentenceFormula(prefix: string, inlines: readonly Inline[], lookup: RefLookup): string {
  const parts: string[] = [];
  let text = prefix;
  for (const x of inlines) {
    if (typeof x === 'string') {
      text += x;
      continue;
    }
    if (text !== '') parts.push(literal(text));
    text = '';
    if (x.format === 'rate' && !x.signWords) {
      // The % sign joins the literal that follows: "…"&FIXED(…)&"%。" rather than &"%"&"。".
      parts.push(rateDigits(valueFormula(x, lookup)));
      text = '%';
    } else {
      parts.push(numberTextFormula(x, lookup));
    }
  }
  if (text !== '') parts.push(literal(text));
  // A formula of one number alone would be a number, not text.
  if (parts.length === 1) parts.push('""');
  return parts.join('&');
}
