/**
 * Part 3 of the self-evaluation form: `一级指标 | 二级指标 | 三级指标 | 指标性质 | 年度指标值 |
 * 计量单位 | 实际完成值 | 分值 | 完成情况 | 得分 | 偏差原因`, 一级/二级 merged down over rows.
 */
import { userThen } from '../findings/labels';
import { CellRef, cellRef } from '../grid/address';
import { Completion, Direction, P2Inference, P2IndicatorRow, Quantity, TextCell } from '../model/types';
import { num } from '../model/expr';
import { Dec } from '../money';
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
import { normaliseLabel } from './text';
import { vocabulary } from './vocabulary';
import { holdsNumber, parseCompletion, parseDirection, quantityAt, textCellAt } from './p2Values';
import { inferQuantitativeDirection, sameWords } from './p2Inference';

export const INDICATOR_COLUMNS: readonly HeaderColumn[] = vocabulary('P2', [
  { key: 'level1' },
  { key: 'level2' },
  { key: 'level3', required: true },
  { key: 'direction' },
  // Before target: 调整指标值 also contains 指标值, and is taken first so 年初指标值 stays the target column.
  { key: 'targetAdjusted' },
  { key: 'target', required: true },
  { key: 'unit' },
  { key: 'actual' },
  { key: 'weight' },
  { key: 'completion' },
  { key: 'score' },
  { key: 'reason' },
]);

/**
 * A 评价指标体系 form (安徽 `指标分值 | 指标解释 | 评分标准 | 自评得分`, 四川 得分表 `三级指标 | 得分`):
 * the indicator columns with no 指标值 / 完成值, found only when the form has no 年度指标值 header.
 */
export const SCORE_SHEET_COLUMNS: readonly HeaderColumn[] = INDICATOR_COLUMNS.map((c) =>
  c.key === 'target' ? { ...c, required: false } : c.key === 'score' ? { ...c, required: true } : c,
);

/** Total rows at the end of the form (合计, 总分) are not indicators. */
export function isTotalRow(label: string): boolean {
  const t = stripNumbering(label);
  return isTotalLabel(t) || /^(总分|总得分|得分合计|分值合计)$/.test(t);
}

/**
 * The official form's empty slots (`指标2：`, `……`, `指标1：/`): not indicators. A slot with a
 * name after `指标N：` is a real row, even without 分值 (P2.row then asks for it).
 */
function isPlaceholder(label: string): boolean {
  const rest = normaliseLabel(label).replace(/^指标\d+[:：]?/, '');
  return /^[/／\\…\.。\-—无]*$/.test(rest);
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
    if (!level3 || isTotalRow(level3.text) || isTotalRow(l1) || isPlaceholder(level3.text)) continue;
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
  const inferences: P2Inference[] = [];
  const targetCol = targetColumn(ctx, r, col, name, inferences);
  const targetText = textCellAt(ctx, r, targetCol);
  const actualText = textCellAt(ctx, r, col('actual'));
  const completionCol = col('completion');
  const columnBand = completionCol === null ? null : parseCompletion(valueAt(ctx.sheet, r, completionCol));
  // A band phrase standing in 实际完成值 (达成预期指标, 完成), on forms without 完成情况.
  const actualBand = holdsNumber(ctx, r, col('actual')) ? null : parseCompletion(actualText?.text);
  const written = col('direction') === null ? null : parseDirection(valueAt(ctx.sheet, r, col('direction')!));
  const at = (key: string): number | null => (key === 'target' ? targetCol : col(key));
  const direction = rowDirection(ctx, r, at, { name, written, targetText, actualText }, columnBand ?? actualBand, inferences);
  const quantitative = direction !== 'qualitative';
  let completion: Completion | null = null;
  let completionRef: CellRef | null = null;
  if (!quantitative) {
    const band = rowBand(name, columnBand, actualBand, { targetText, actualText }, inferences);
    completion = band?.completion ?? null;
    completionRef = band ? (band.fromActual ? actualText!.ref : cellRef(ctx.sheet.name, r, completionCol!)) : null;
  }
  return {
    row: r,
    level1,
    level2,
    level3,
    direction,
    directionInferred: written === null,
    targetText,
    // A 定性 row's 年度指标值 is words (有效提升): not read as a number.
    target: quantitative ? quantityAt(ctx, r, targetCol, userThen(name, 'p2.target')) : null,
    unitText: textCellAt(ctx, r, col('unit'))?.text ?? '',
    actualText,
    actual: quantitative ? quantityAt(ctx, r, col('actual'), userThen(name, 'p2.actual')) : null,
    weight: col('weight') === null ? weightInName(ctx, level3, inferences) : quantityAt(ctx, r, col('weight'), userThen(name, 'p2.weight')),
    completion,
    completionRef,
    userScore: quantityAt(ctx, r, col('score'), userThen(name, 'p2.score')),
    deviationReason: textCellAt(ctx, r, col('reason')),
    inferences,
    ...(completionCol === null ? { noCompletionColumn: true } : {}),
    ...(col('weight') === null && !POINTS_IN_NAME.test(normaliseLabel(name)) ? { noWeightColumn: true } : {}),
    ...(col('target') === null && col('actual') === null ? { noValueColumns: true } : {}),
  };
}

const POINTS_IN_NAME = /[(（](\d+(?:\.\d+)?)分[)）]$/;

/**
 * With no 分值 column, the points the 四川 得分表 writes after the name (`相关性（5分）`): read as
 * the row's 分值, said at the name. Null when the name carries none.
 */
function weightInName(ctx: TableContext, level3: TextCell, inferences: P2Inference[]): Quantity | null {
  const m = POINTS_IN_NAME.exec(normaliseLabel(level3.text));
  if (!m) return null;
  inferences.push({ ref: level3.ref, fields: { kind: 'weightInName', row: level3.text, weight: new Dec(m[1]) } });
  return { ref: level3.ref, value: new Dec(m[1]), expr: num(new Dec(m[1])) };
}

/** 年度指标值's column for this row: a filled 调整指标值 (said) wins over 年初指标值. */
function targetColumn(
  ctx: TableContext,
  r: number,
  col: (key: string) => number | null,
  name: string,
  inferences: P2Inference[],
): number | null {
  const adjusted = textCellAt(ctx, r, col('targetAdjusted'));
  if (!adjusted || /^[/／\-—]$/.test(adjusted.text)) return col('target');
  inferences.push({ ref: adjusted.ref, fields: { kind: 'targetAdjusted', row: name, found: adjusted.text } });
  return col('targetAdjusted');
}

interface RowTexts {
  readonly name: string;
  readonly written: Direction | null;
  readonly targetText: TextCell | null;
  readonly actualText: TextCell | null;
}

/**
 * The written 指标性质 when there is one (a 定量 row whose 完成值 is a band phrase is read as
 * 定性, said); else a target that is words means 定性; else the evaluator's reading: sign in
 * the target, the indicator's name, ≥ (p2Inference.ts). A row with neither target nor actual
 * keeps ≥ unsaid: it is scored by its user 得分 or reported as incomplete.
 */
function rowDirection(
  ctx: TableContext,
  r: number,
  col: (key: string) => number | null,
  t: RowTexts,
  band: Completion | null,
  inferences: P2Inference[],
): Direction {
  const at = cellRef(ctx.sheet.name, r, col('level3')!);
  if (t.written === 'qualitative') return t.written;
  if (t.targetText === null) return t.written ?? (band !== null ? 'qualitative' : '>=');
  if (!holdsNumber(ctx, r, col('target'))) {
    if (t.written === null) inferences.push({ ref: at, fields: { kind: 'qualitativeByText', row: t.name } });
    return 'qualitative';
  }
  if (band !== null && t.actualText !== null && !holdsNumber(ctx, r, col('actual'))) return 'qualitative';
  if (t.written !== null) return t.written;
  const inferred = inferQuantitativeDirection(t.name, t.targetText.text, at);
  if (inferred.inference) inferences.push(inferred.inference);
  return inferred.value;
}

/** 完成情况 from its column, else from 实际完成值 (a band phrase, or the 指标值 repeated: 好 → 好). */
function rowBand(
  name: string,
  columnBand: Completion | null,
  actualBand: Completion | null,
  texts: { readonly targetText: TextCell | null; readonly actualText: TextCell | null },
  inferences: P2Inference[],
): { completion: Completion; fromActual: boolean } | null {
  const { targetText, actualText } = texts;
  if (columnBand !== null) return { completion: columnBand, fromActual: false };
  if (actualBand !== null) {
    const fields = { kind: 'bandInActual' as const, row: name, band: actualBand, found: actualText!.text };
    inferences.push({ ref: actualText!.ref, fields });
    return { completion: actualBand, fromActual: true };
  }
  if (sameWords(targetText?.text ?? null, actualText?.text ?? null)) {
    inferences.push({ ref: actualText!.ref, fields: { kind: 'bandByEqualValues', row: name, band: '达成' } });
    return { completion: '达成', fromActual: true };
  }
  return null;
}
