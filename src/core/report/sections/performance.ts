/** 五、部门整体支出绩效情况: the main indicators, the user's 绩效情况, and the score with its grade. */
import { named } from '../../model/expr';
import { IndicatorId } from '../../model/analysis';
import { Block, Inline } from '../document';
import { chineseQuotes, indicatorNumber, live, sentence } from '../live';
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
  blocks.push(...userBlocks(ctx.model, '绩效情况', ctx.placeholders));
  blocks.push(scoreBlock(ctx));
  return blocks;
}

function indicatorInlines(ctx: SectionContext): Inline[] {
  const out: Inline[] = [];
  for (const id of MAIN_INDICATORS) {
    const n = indicatorNumber(ctx.indicators, id);
    const ind = ctx.indicators.find((i) => i.id === id);
    if (n === null || !ind) continue;
    out.push(...sentence(out.length > 0 ? '，' : '', chineseQuotes(ind.name), n));
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
