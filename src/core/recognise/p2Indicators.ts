/**
 * Part 3 of the self-evaluation form: `一级指标 | 二级指标 | 三级指标 | 指标性质 | 年度指标值 |
 * 计量单位 | 实际完成值 | 分值 | 完成情况 | 得分 | 偏差原因`, 一级/二级 merged down over rows.
 */
import { userThen } from '../findings/labels';
import { cellRef } from '../grid/address';
import { P2IndicatorRow } from '../model/types';
import {
  HeaderColumn,
  HeaderMatch,
  TableContext,
  cellText,
  isSkippableRow,
  isTotalLabel,
  stripNumbering,
  valueAt,
} from './common';
import { directionInTarget, holdsNumber, parseCompletion, parseDirection, quantityAt, textCellAt } from './p2Values';

export const INDICATOR_COLUMNS: readonly HeaderColumn[] = [
  { key: 'level1', words: ['一级指标'] },
  { key: 'level2', words: ['二级指标'] },
  { key: 'level3', words: ['三级指标', '指标名称', '绩效指标'], required: true },
  { key: 'direction', words: ['指标性质', '指标方向', '性质'] },
  { key: 'target', words: ['年度指标值', '年度目标值', '指标值', '目标值'], required: true },
  { key: 'unit', words: ['计量单位', '单位'] },
  { key: 'actual', words: ['实际完成值', '全年实际值', '实际值', '完成值'] },
  { key: 'weight', words: ['分值', '权重'] },
  { key: 'completion', words: ['完成情况', '完成情况评价'] },
  { key: 'score', words: ['得分'] },
  { key: 'reason', words: ['偏差原因', '偏差原因分析及改进措施', '偏差原因分析', '原因分析'] },
];

/** Total rows at the end of the form (合计, 总分) are not indicators. */
function isTotalRow(label: string): boolean {
  const t = stripNumbering(label);
  return isTotalLabel(t) || /^(总分|总得分|得分合计|分值合计)$/.test(t);
}

/** Every indicator row under the header; 一级/二级 come from merged cells, or carry down when left blank. */
export function readIndicatorRows(ctx: TableContext, header: HeaderMatch): P2IndicatorRow[] {
  const col = (key: string): number | null => header.columns.get(key) ?? null;
  const out: P2IndicatorRow[] = [];
  let level1 = '';
  let level2 = '';
  for (let r = header.lastRow + 1; r < ctx.sheet.values.length; r++) {
    if (isSkippableRow(ctx.sheet, r, header)) continue;
    const levelText = (c: number | null): string => (c === null ? '' : cellText(valueAt(ctx.sheet, r, c)));
    const l1 = levelText(col('level1'));
    const l2 = levelText(col('level2'));
    if (l1 !== '' && l1 !== level1) {
      level1 = l1;
      level2 = '';
    }
    if (l2 !== '') level2 = l2;
    const level3 = textCellAt(ctx, r, col('level3'));
    if (!level3 || isTotalRow(level3.text) || isTotalRow(l1)) continue;
    out.push(readRow(ctx, r, col, level1, level2, level3));
  }
  return out;
}

function readRow(
  ctx: TableContext,
  r: number,
  col: (key: string) => number | null,
  level1: string,
  level2: string,
  level3: NonNullable<ReturnType<typeof textCellAt>>,
): P2IndicatorRow {
  const name = level3.text;
  const targetText = textCellAt(ctx, r, col('target'));
  const completionCol = col('completion');
  const completion = completionCol === null ? null : parseCompletion(valueAt(ctx.sheet, r, completionCol));
  const written = col('direction') === null ? null : parseDirection(valueAt(ctx.sheet, r, col('direction')!));
  const direction = written ?? inferDirection(ctx, r, col('target'), targetText?.text ?? null, completion !== null);
  const quantitative = direction !== 'qualitative';
  return {
    row: r,
    level1,
    level2,
    level3,
    direction,
    directionInferred: written === null,
    targetText,
    // A 定性 row's 年度指标值 is words (有效提升): not read as a number.
    target: quantitative ? quantityAt(ctx, r, col('target'), userThen(name, 'p2.target')) : null,
    unitText: textCellAt(ctx, r, col('unit'))?.text ?? '',
    actualText: textCellAt(ctx, r, col('actual')),
    actual: quantitative ? quantityAt(ctx, r, col('actual'), userThen(name, 'p2.actual')) : null,
    weight: quantityAt(ctx, r, col('weight'), userThen(name, 'p2.weight')),
    completion,
    completionRef: completion !== null && completionCol !== null ? cellRef(ctx.sheet.name, r, completionCol) : null,
    userScore: quantityAt(ctx, r, col('score'), userThen(name, 'p2.score')),
    deviationReason: textCellAt(ctx, r, col('reason')),
  };
}

/**
 * No 指标性质: a direction written in the target (≥95%) wins; a target that is not a number
 * (or none, with a 完成情况) means 定性; otherwise ≥ (spec/workbook.md P2).
 */
function inferDirection(
  ctx: TableContext,
  r: number,
  targetCol: number | null,
  targetText: string | null,
  hasCompletion: boolean,
): P2IndicatorRow['direction'] {
  if (targetText !== null) {
    if (!holdsNumber(ctx, r, targetCol)) return 'qualitative';
    return directionInTarget(targetText) ?? '>=';
  }
  return hasCompletion ? 'qualitative' : '>=';
}
