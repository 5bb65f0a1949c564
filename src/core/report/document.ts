/**
 * The report as a document: headings, paragraphs whose numbers are expressions, and tables.
 * report/layout.ts turns it into a ReportSheet (cells, formulas, merges, styles).
 */
import { Expr } from '../model/expr';

/** How a number inside text or a table is shown. */
export type NumberFormat =
  | 'amount' /* 万元, up to 2 decimals, trailing zeros dropped: 4551.4 */
  | 'fixed2' /* 2 decimals: 4551.40 (table cells) */
  | 'rate' /* percentage with 2 decimals: 98.76% */
  | 'count' /* integer: 1225 */
  | 'score' /* 2 places, trailing zeros dropped: 88 */
  | 'grade'; /* the grade word of a total score: 良 */

/** A live number: its expression and how it is shown. `name` lets layout point at an earlier cell. */
export interface LiveNumber {
  readonly expr: Expr;
  readonly format: NumberFormat;
  readonly name?: string;
  /**
   * Show a word chosen by the sign instead of the number: the first when the value is ≥ 0, the
   * second below 0 (增加/减少, 增长/下降). Written as IF(x>=0,"增加","减少"), so it stays live.
   */
  readonly signWords?: readonly [string, string];
}

export type Inline = string | LiveNumber;

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | {
      readonly kind: 'paragraph';
      readonly inlines: readonly Inline[];
      /** user: from 报告文字; generated: from the numbers; gap: says what to fill in; closing: 附件说明, 署名, 成文日期. */
      readonly source: 'user' | 'generated' | 'gap' | 'closing';
      /**
       * A closing line's place instead of the first-line indent: indented `chars` characters
       * from the left (a second 附件 name under the first), or right-aligned `chars` in from the right.
       */
      readonly place?: { readonly align: 'left' | 'right'; readonly chars: number };
    }
  | {
      readonly kind: 'table';
      readonly title: string;
      readonly columns: readonly { readonly header: string; readonly numeric: boolean; readonly width: number }[];
      readonly rows: readonly (readonly (string | LiveNumber | null)[])[];
      /** Rows with a total look (bold, top border). */
      readonly totalRows?: readonly number[];
      /** author: for whoever makes the report (the findings list), never in what is handed in. */
      readonly audience?: 'author';
    };

export interface ReportDocument {
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** The report's sections for --json: each 一、 heading with the plain text of what follows. */
export interface ReportSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}
