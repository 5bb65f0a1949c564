/** 六、存在的主要问题 (P4 text, warnings on the main indicators, every scored row that lost points) and 七、改进措施和有关建议. */
import { named, round, sub } from '../../model/expr';
import { IndicatorId, ScoreRow } from '../../model/analysis';
import { Amount, P2IndicatorRow } from '../../model/types';
import { Dec } from '../../money';
import { Block, Inline, LiveNumber } from '../document';
import { chineseQuotes, indicatorNumber, live, sentence } from '../live';
import { userBlocks } from '../userText';
import { weightExpr } from '../appendix';
import { scoreExprOf } from '../scoreExprs';
import { SectionContext, generated, heading } from './context';
import { LossKind, lostPointsSentences } from './lostPoints';

/** Where the user explains a problem the report names. */
const EXPLAIN_IN_P4 = '（请在“报告文字”表“存在问题”中说明原因）';
const EXPLAIN_IN_P2 = '（请在“绩效自评表”该指标的“偏差原因”中填写原因）';

/** An indicator outside its usual range: named in 六 with the reason it calls for. */
interface IndicatorWarning {
  readonly indicator: IndicatorId;
  readonly side: 'below' | 'above';
  /** As a ratio (90% → 0.9). */
  readonly limit: string;
}

/**
 * The warnings 六 names (common review thresholds: 执行率 under 90%, 调整率 over 30%, "三公"
 * spending over its budget).
 */
export const INDICATOR_WARNINGS: readonly IndicatorWarning[] = [
  { indicator: 'budgetExecutionRate', side: 'below', limit: '0.9' },
  { indicator: 'budgetAdjustmentRate', side: 'above', limit: '0.3' },
  { indicator: 'projectExecutionRate', side: 'below', limit: '0.9' },
  { indicator: 'threePublicControlRate', side: 'above', limit: '1' },
];

/** The blocks of 六、存在的主要问题. */
export function problemsSection(ctx: SectionContext): Block[] {
  const lost = ctx.scoring.rows.filter((r) => r.score.lt(r.weight));
  return [
    heading(1, '六、存在的主要问题'),
    ...userBlocks(ctx.model, '存在问题', ctx.placeholders),
    ...warningBlocks(ctx),
    ...lostPointsBlocks(ctx, lost),
  ];
}

/** True when the user wrote 存在问题 in 报告文字: their prose is taken to explain what the report names. */
function explainedInP4(ctx: SectionContext): boolean {
  return (ctx.model.p4?.sections ?? []).some((s) => s.key === '存在问题' && s.cell.text.trim() !== '');
}

/** `预算执行率为85.00%，低于90%。（请在…说明原因）` for each main indicator past its limit. */
function warningBlocks(ctx: SectionContext): Block[] {
  const out: Block[] = [];
  for (const w of INDICATOR_WARNINGS) {
    const ind = ctx.indicators.find((i) => i.id === w.indicator);
    const n = indicatorNumber(ctx.indicators, w.indicator);
    const limit = new Dec(w.limit);
    if (!ind || ind.value === null || n === null) continue;
    if (w.side === 'below' ? !ind.value.lt(limit) : !ind.value.gt(limit)) continue;
    const past = w.side === 'below' ? '，低于' : '，超过';
    const prompt = explainedInP4(ctx) ? '' : EXPLAIN_IN_P4;
    out.push(
      generated(sentence(`${chineseQuotes(ind.name)}为`, n, `${past}${limit.times(100).toString()}%。${prompt}`)),
    );
  }
  return out;
}

/** The points a row lost, live from its 附表1 cells (weight − score). */
function deductedNumber(ctx: SectionContext, row: ScoreRow): LiveNumber {
  const score = named(`score:${row.key}`, scoreExprOf(row));
  // ROUND(…,6): weight − score in binary floats may fall just under a half the engine rounds up.
  return live(round(sub(named(`weight:${row.key}`, weightExpr(ctx.model, row)), score), 6), 'score');
}

/** 六's items for the rows that lost points, each worded for its kind of loss (lostPoints.ts). */
function lostPointsBlocks(ctx: SectionContext, rows: readonly ScoreRow[]): Block[] {
  const items = rows.map((row) => {
    const { target, actual } = rowFigures(ctx, row);
    const parts = { name: chineseQuotes(row.level3), target, actual, deducted: deductedNumber(ctx, row), reason: reasonText(ctx, row) };
    return { kind: lossKind(ctx, row), parts };
  });
  return lostPointsSentences(items).map((inlines) => generated(inlines));
}

/** Execution rates; a rate (form's % or a scheme indicator); a quantity over or short of its target; else a qualitative band. */
function lossKind(ctx: SectionContext, row: ScoreRow): LossKind {
  if (row.key === 'budgetExecutionRate' || row.key === 'projectExecutionRate') return 'execution';
  const p2 = p2RowOf(ctx, row);
  if (p2) {
    if (!p2.target || !p2.actual) return 'qualitative';
    const over = p2.actual.value.gt(p2.target.value);
    if (isPercentRow(p2)) return over ? 'rateOver' : 'rateShort';
    return over ? 'quantityOver' : 'quantityShort';
  }
  if (!indicatorNumber(ctx.indicators, row.key as IndicatorId)) return 'qualitative';
  // A scheme indicator row: a ceiling (≤30%) is missed from above.
  return /[≤<]|不高于|不超过|以内/.test(row.targetText) ? 'rateOver' : 'rateShort';
}

function isPercentRow(p2: P2IndicatorRow): boolean {
  return /%|％/.test(`${p2.targetText?.text ?? ''}${p2.actualText?.text ?? ''}`) || p2.unitText.trim() === '%';
}

/** The user's 偏差原因, or where to give one: the form's column for its rows, 报告文字 for the scheme's indicator rows. */
function reasonText(ctx: SectionContext, row: ScoreRow): string {
  const reason = row.deviationReason.trim();
  if (reason !== '') return /[。！？.!?]$/.test(reason) ? reason : `${reason}。`;
  if (p2RowOf(ctx, row)) return EXPLAIN_IN_P2;
  return explainedInP4(ctx) ? '' : EXPLAIN_IN_P4;
}

function p2RowOf(ctx: SectionContext, row: ScoreRow): P2IndicatorRow | undefined {
  const m = /^P2:(\d+)$/.exec(row.key);
  return m ? ctx.model.p2?.indicators.find((r) => r.row === Number(m[1])) : undefined;
}

/** Target and actual: live numbers from the form's cells (or the indicator's 附表2 cell); words as written. */
function rowFigures(ctx: SectionContext, row: ScoreRow): { target: Inline[]; actual: Inline[] } {
  const text = (t: string): Inline[] => [t.trim() || '—'];
  const p2 = p2RowOf(ctx, row);
  if (p2) {
    const unit = p2.unitText.trim();
    const percent = isPercentRow(p2);
    const quantity = (a: Amount | null, written: string): Inline[] =>
      a ? formNumber(a, percent, unit) : text(written);
    return { target: quantity(p2.target, row.targetText), actual: quantity(p2.actual, row.actualText) };
  }
  const n = indicatorNumber(ctx.indicators, row.key as IndicatorId);
  return { target: text(row.targetText), actual: n ? [n] : text(row.actualText) };
}

/** A number of the form: a percentage (0.85 → 85.00%), or the number with its 计量单位 (24所). */
function formNumber(a: Amount, percent: boolean, unit: string): Inline[] {
  const n: LiveNumber = live(a.expr, percent ? 'rate' : 'amount');
  return percent ? [n] : sentence(n, unit);
}

/** The blocks of 七、改进措施和有关建议. */
export function improvementSection(ctx: SectionContext): Block[] {
  return [heading(1, '七、改进措施和有关建议'), ...userBlocks(ctx.model, '改进措施', ctx.placeholders)];
}
