/** 二（二）项目支出: the project list (P1), budget against actual, and P4 项目资金管理. */
import { div, evaluate, sub, sumOf } from '../../model/expr';
import { roundHalfAway } from '../../money';
import { P1Project } from '../../model/types';
import { Block, Inline } from '../document';
import { figureNode, figureNumber, indicatorNumber, live, sentence } from '../live';
import { userBlocks } from '../userText';
import { SectionContext, generated, heading, missing } from './context';

/** The blocks of 二（二）项目支出. */
export function projectSection(ctx: SectionContext): Block[] {
  return [
    heading(2, '（二）项目支出'),
    heading(3, '1、项目资金安排落实、总投入等情况分析'),
    ...arrangementBlocks(ctx),
    heading(3, '2、项目资金实际使用情况分析'),
    ...usageBlocks(ctx),
    heading(3, '3、项目资金管理情况分析'),
    ...userBlocks(ctx.model, '项目资金管理', ctx.placeholders),
  ];
}

/** 用途 as written after 主要用于: a leading 主要用于/用于 and trailing full stops removed, so nothing doubles. */
export function purposeText(purpose: string): string {
  return purpose
    .trim()
    .replace(/^(主要用于|主要用在|用于)[：:，,]?/, '')
    .replace(/[。．.；;，,\s]+$/, '')
    .trim();
}

/** The amount a project line shows: 执行数, else 全年预算数. */
function projectAmount(p: P1Project): Inline | null {
  const a = p.executed ?? p.budgetFinal;
  return a === null ? null : live(a.expr, 'amount');
}

/**
 * {年度}年项目资金共计{P}万元，安排如下： then `{n}）{项目名称}{金额}万元，主要用于{用途}。` per
 * project. When the listed projects do not add up to P (the seed: 549.89 of 640.68), the
 * sentence says how much is listed and how much is not, rather than presenting the list as the whole.
 */
function arrangementBlocks(ctx: SectionContext): Block[] {
  const projects = ctx.model.p1?.projects ?? [];
  const blocks: Block[] = [];
  const lead = arrangementLead(ctx, projects);
  if (lead !== null) blocks.push(generated(lead));
  if (projects.length === 0) return [...blocks, missing('（请在“项目支出明细表”填写项目名称、金额和主要用途）')];
  projects.forEach((p, i) => {
    const amount = projectAmount(p);
    const purpose = p.purpose ? purposeText(p.purpose.text) : '';
    blocks.push(generated(sentence(`${i + 1}）${p.name.text.trim()}`, amount, amount !== null && '万元', purpose !== '' && `，主要用于${purpose}`, '。')));
  });
  return blocks;
}

/** The lead sentence over the project list: the total, and what the list covers of it (live). */
function arrangementLead(ctx: SectionContext, projects: readonly P1Project[]): Inline[] | null {
  // The T3 project total, as the seed reports it; P1's sum when T3 has none.
  const id = figureNumber(ctx.figures, 'projectExpenditure') ? 'projectExpenditure' : 'projectExecuted';
  const total = figureNumber(ctx.figures, id);
  const totalNode = figureNode(ctx.figures, id);
  if (total === null || totalNode === null) return null;
  const opening = sentence(`${ctx.yearText}项目资金共计`, total, '万元');
  if (projects.length === 0) return sentence(...opening, '。');
  const amounts = projects.map((p) => p.executed ?? p.budgetFinal).filter((a) => a !== null);
  const listed = sumOf(amounts.map((a) => a.expr));
  const rest = sub(totalNode, listed);
  const restValue = roundHalfAway(evaluate(rest), 2);
  if (restValue.isZero() && amounts.length === projects.length) return sentence(...opening, '，安排如下：');
  const cover = sentence(`，其中列示项目${projects.length}个，合计`, live(listed, 'amount'), '万元');
  if (restValue.isNegative()) return sentence(...opening, ...cover, '，比项目资金总额多', live(sub(listed, totalNode), 'amount'), '万元。列示项目安排如下：');
  return sentence(...opening, ...cover, '；其余', live(rest, 'amount'), '万元未在项目支出明细表中列示。列示项目安排如下：');
}

/** Per project budget against actual and its 执行率, then the overall 项目支出执行率. */
function usageBlocks(ctx: SectionContext): Block[] {
  const projects = ctx.model.p1?.projects ?? [];
  const blocks: Block[] = [];
  for (const p of projects) {
    if (p.budgetFinal === null || p.executed === null) continue;
    const rate = p.budgetFinal.value.isZero() ? null : live(div(p.executed.expr, p.budgetFinal.expr), 'rate');
    blocks.push(
      generated(
        sentence(
          `${p.name.text.trim()}全年预算数`,
          live(p.budgetFinal.expr, 'amount'),
          '万元，执行数',
          live(p.executed.expr, 'amount'),
          '万元',
          rate !== null && '，执行率',
          rate,
          '。',
        ),
      ),
    );
  }
  const budget = figureNumber(ctx.figures, 'projectBudgetFinal');
  const executed = figureNumber(ctx.figures, 'projectExecuted');
  const rate = indicatorNumber(ctx.indicators, 'projectExecutionRate');
  if (budget !== null && executed !== null) {
    blocks.push(generated(sentence('项目全年预算数合计', budget, '万元，执行数合计', executed, '万元', rate !== null && '，项目支出执行率', rate, '。')));
  }
  return blocks.length > 0 ? blocks : [missing('（请在“项目支出明细表”填写全年预算数和执行数）')];
}
