/** Merged-down runs of repeated 一级/二级指标 in a report table: the sheet, the .docx and the preview share them. */
import { Block } from './document';

/** Columns whose repeated values are merged down, as printed self-evaluation forms do. */
const RUN_HEADERS = ['一级指标', '二级指标'];

/**
 * Runs of repeated 一级/二级指标 in a table: `row!col` → run length at the run's first row,
 * 0 on the rows it covers. A 二级 run never crosses a change of 一级.
 */
export function indicatorRuns(block: Extract<Block, { kind: 'table' }>): Map<string, number> {
  const runs = new Map<string, number>();
  const cols = block.columns.map((c, i) => (RUN_HEADERS.includes(c.header) ? i : -1)).filter((i) => i >= 0);
  const totals = new Set(block.totalRows ?? []);
  const same = (r: number, upTo: number): boolean =>
    r > 0 &&
    !totals.has(r) &&
    !totals.has(r - 1) &&
    cols.filter((c) => c <= upTo).every((c) => typeof block.rows[r][c] === 'string' && block.rows[r][c] !== '' && block.rows[r][c] === block.rows[r - 1][c]);
  for (const c of cols) {
    let start = 0;
    for (let r = 0; r < block.rows.length; r++) {
      if (same(r, c)) {
        runs.set(`${r}!${c}`, 0);
        runs.set(`${start}!${c}`, (runs.get(`${start}!${c}`) ?? 1) + 1);
      } else {
        start = r;
        runs.set(`${r}!${c}`, 1);
      }
    }
  }
  return runs;
}
