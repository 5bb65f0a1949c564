/** 五、部门整体支出绩效情况: the main indicators, the user's 绩效情况, and the score with its grade. */
import { named } from '../../model/expr';
import { IndicatorId } from '../../model/analysis';
import { Block, Inline } from '../document';
import { chineseQuotes, figureNumber, indicatorNumber, live, sentence } from '../live';
import { YEAR_PAIRS, changeOnPrior } from './yearOnYear';
import { userBlocks } from '../userText';
import { totalScoreExpr } from '../scoreExprs';
import { SectionContext, generated, heading } from './context';

/** The indicators the paragraph names, in this order, whichever are available. */
const MAIN_INDICATORS: IndicatorId[] = [
  'budgetExecutionRate',
  'budgetAdjustmentRate',
  'budgetCompletionRate',
  'carryoverRate',
  'threePublicControlRate',
  'projectExecutionRate',
  'keySpendingRate',
  'staffControlRate',
];

/** The blocks of 五、部门整体支出绩效情况. */
export function performanceSection(ctx: SectionContext): Block[] {
  const blocks: Block[] = [heading(1, '五、部门整体支出绩效情况')];
  const indicators = indicatorInlines(ctx);
  if (indicators.length > 0) blocks.push(generated(sentence(`${ctx.yearText}，部门整体支出主要绩效指标：`, ...indicators, '。')));
  const comparisons = yearOnYearInlines(ctx);
  if (comparisons.length > 0) blocks.push(generated(sentence('与上年相比：', ...comparisons, '。')));
  blocks.push(...userBlocks(ctx.model, '绩效情况', ctx.placeholders));
  blocks.push(scoreBlock(ctx));
  return blocks;
}

function indicatorInlines(ctx: SectionContext): Inline[] {
  const out: Inline[] = [];
  for (const id of MAIN_INDICATORS) {
    const n = indicatorNumber(ctx.indicators, id);
    const ind = ctx.indicators.find((i) => i.id === id);
    // A control rate with a limit of 0 has no rate worth a sentence (附表2 says 无支出 / 超出限额).
    if (n === null || !ind || ind.zeroLimit) continue;
    out.push(...sentence(out.length > 0 ? '，' : '', chineseQuotes(ind.name), n));
  }
  return out;
}

/** 本年支出合计{a}万元，比上年增加{Δ}万元，增长{g}；年末结转和结余…；“三公”经费支出… — each pair whose two years are known. */
function yearOnYearInlines(ctx: SectionContext): Inline[] {
  const out: Inline[] = [];
  for (const pair of YEAR_PAIRS) {
    const change = changeOnPrior(ctx.figures, ctx.indicators, pair);
    const current = figureNumber(ctx.figures, pair.current);
    if (change.length === 0 || current === null) continue;
    out.push(...sentence(out.length > 0 ? '；' : '', pair.label, current, '万元', ...change));
  }
  return out;
}

/** 综合自评得分{S}分，评价等级为“{等级}”。 */
export function scoreBlock(ctx: SectionContext): Block {
  const total = totalScoreExpr(ctx.scoring);
  return generated(
    sentence('综合自评得分', live(total, 'score', 'scoreTotal'), '分，评价等级为“', live(named('scoreTotal', total), 'grade', 'scoreGrade'), '”。'),
  );
}
