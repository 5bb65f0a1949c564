/** The report sheet's plan: rows, heights and named cells, before formulas are written (layout.ts). */
import { Rect } from '../grid/snapshot';
import { Inline, LiveNumber } from './document';
import { columnPixels } from './layoutMeasure';
import { COLUMN_WIDTHS, LAST_COL } from './layoutStyles';
import { Pager } from './pageBreaks';

export interface MergedPlan {
  readonly kind: 'merged';
  readonly row: number;
  readonly style: string;
  readonly prefix: string;
  readonly inlines: readonly Inline[];
}
export interface CellPlan {
  readonly left: number;
  readonly right: number;
  readonly content: string | LiveNumber | null;
  readonly style: string;
  /** Part of a vertical merge (its rectangle is in PlanState.merges). */
  readonly inRun?: boolean;
}
export interface RowPlan {
  readonly kind: 'cells';
  readonly row: number;
  readonly cells: readonly CellPlan[];
}
export type Plan = MergedPlan | RowPlan;

/** What planning collects: the rows, their heights, and the cell of every named number. */
export interface PlanState {
  row: number;
  readonly plans: Plan[];
  readonly heights: Record<number, number>;
  readonly names: Map<string, string>;
  /** Vertical merges of repeated 一级/二级指标 in tables. */
  readonly merges: Rect[];
  /** Rows kept on the page of the row after them: headings, spacers, table titles and header rows. */
  readonly keep: Set<number>;
  /** Pagination of the rows planned so far (placed lazily: tables look ahead with a copy). */
  readonly pager: Pager;
}

export function spanPixels(left: number, right: number): number {
  let px = 0;
  for (let c = left; c <= right; c++) px += columnPixels(COLUMN_WIDTHS[c]);
  return px;
}
export const PAGE_PIXELS = spanPixels(0, LAST_COL);

/** An empty row of `height` points, kept with what follows it. */
export function spacer(state: PlanState, height: number): void {
  state.keep.add(state.row);
  state.heights[state.row] = height;
  state.row++;
}
