/** 六、存在的主要问题 (P4 text, then every scored row that lost points) and 七、改进措施和有关建议. */
import { named, sub } from '../../model/expr';
import { ScoreRow } from '../../model/analysis';
import { Block } from '../document';
import { chineseQuotes, live, sentence } from '../live';
import { userBlocks } from '../userText';
import { weightExpr } from '../appendix';
import { scoreExprOf } from '../scoreExprs';
import { SectionContext, generated, heading } from './context';

/** The blocks of 六、存在的主要问题. */
export function problemsSection(ctx: SectionContext): Block[] {
  const lost = ctx.scoring.rows.filter((r) => r.score.lt(r.weight));
  return [heading(1, '六、存在的主要问题'), ...userBlocks(ctx.model, '存在问题', ctx.placeholders), ...lost.map((r) => lostPointsBlock(ctx, r))];
}

/** `{三级指标}未完全达到年度目标（目标{t}，实际{a}），扣{d}分。{偏差原因}` — d points at the row's cells in 附表1. */
function lostPointsBlock(ctx: SectionContext, row: ScoreRow): Block {
  const score = named(`score:${row.key}`, scoreExprOf(row));
  const deducted = live(sub(named(`weight:${row.key}`, weightExpr(ctx.model, row)), score), 'score');
  const reason = row.deviationReason.trim();
  const reasonText = reason === '' ? '' : /[。！？.!?]$/.test(reason) ? reason : `${reason}。`;
  const target = row.targetText.trim() || '—';
  const actual = row.actualText.trim() || '—';
  return generated(sentence(`${chineseQuotes(row.level3)}未完全达到年度目标（目标${target}，实际${actual}），扣`, deducted, `分。${reasonText}`));
}

/** The blocks of 七、改进措施和有关建议. */
export function improvementSection(ctx: SectionContext): Block[] {
  return [heading(1, '七、改进措施和有关建议'), ...userBlocks(ctx.model, '改进措施', ctx.placeholders)];
}
