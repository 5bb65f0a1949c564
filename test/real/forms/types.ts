/**
 * A real published self-evaluation form, rebuilt cell by cell from the published text
 * (test/real/forms.test.ts runs them all). Each case says where the form was published, the
 * author's own score, ours, and which findings explain any difference.
 */
import { CellValue, Rect } from '../../../src/core/grid/snapshot';

export interface FormSource {
  readonly title: string;
  readonly year: number;
  readonly department: string;
  readonly province: string;
  /** The address the form was read at; null when the search store kept no address (then `publisher`). */
  readonly address: string | null;
  readonly publisher?: string;
  /** What of the form is not in the published text we read, and what was invented for it. */
  readonly gaps: string;
}

export interface ExpectedFinding {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  /** A1 cells on the form sheet. */
  readonly cells: readonly string[];
  /** A word the zh-CN wording must contain (what the user reads). */
  readonly says?: string;
}

export interface RealFormCase {
  readonly name: string;
  readonly source: FormSource;
  /**
   * The sheet the form is put in. 绩效自评表 as our template names it: a sheet *named*
   * 项目支出绩效自评表 is taken for 项目支出明细表 by locate.ts (title keyword 项目支出绩效).
   */
  readonly sheetName: string;
  readonly values: CellValue[][];
  readonly merges?: readonly Rect[];
  /** The author's total as published (null when the published form gives none), and row scores by 三级指标. */
  readonly published: { readonly total: string | null; readonly rows: Readonly<Record<string, string>> };
  /** Ours: the total under 财政部自评 and the row scores by 三级指标 (预算执行率 for the fund row). */
  readonly ours: { readonly total: string; readonly rows: Readonly<Record<string, string>> };
  /** Why ours differs from the published score (empty when it does not). */
  readonly difference: string;
  readonly findings: readonly ExpectedFinding[];
}

export const _ = null;
