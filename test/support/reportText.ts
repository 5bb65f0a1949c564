/**
 * The report document as plain text, the way a reader sees it: every LiveNumber evaluated
 * and formatted with money.ts (not with the report module's own helpers, so a formatting
 * slip there shows up here).
 */
import Decimal from 'decimal.js';
import { evaluate } from '../../src/core/model/expr';
import { formatAmount, formatFixed2, formatRate, formatScore, roundHalfAway } from '../../src/core/money';
import { Inline, LiveNumber, ReportDocument } from '../../src/core/report/document';

function gradeWord(total: Decimal): string {
  if (total.gte(90)) return '优';
  if (total.gte(80)) return '良';
  if (total.gte(60)) return '中';
  return '差';
}

/** A live number as text (its value formatted per its NumberFormat). */
export function liveNumberText(n: LiveNumber): string {
  let value: Decimal;
  try {
    value = evaluate(n.expr);
  } catch {
    return '—';
  }
  if (n.signWords) return value.gte(0) ? n.signWords[0] : n.signWords[1];
  switch (n.format) {
    case 'amount':
      return formatAmount(value);
    case 'fixed2':
      return formatFixed2(value);
    case 'rate':
      return formatRate(value);
    case 'count':
      return roundHalfAway(value, 0).toFixed(0);
    case 'score':
      return formatScore(value);
    case 'grade':
      return gradeWord(value);
  }
}

/** The inlines of one paragraph joined into text. */
export function inlinesText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (typeof i === 'string' ? i : liveNumberText(i))).join('');
}

/** Every heading and paragraph of the report, one string per block, in order (tables left out). */
export function reportParagraphs(doc: ReportDocument): string[] {
  const out: string[] = [doc.title];
  for (const block of doc.blocks) {
    if (block.kind === 'heading') out.push(block.text);
    if (block.kind === 'paragraph') out.push(inlinesText(block.inlines));
  }
  return out;
}

/** The whole report as one text (paragraphs separated by new lines). */
export function reportText(doc: ReportDocument): string {
  return reportParagraphs(doc).join('\n');
}
