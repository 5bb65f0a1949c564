/** 二（一）基本支出: personnel and public expenses by item (T6) and the 三公 sentence (T7). */
import { sub } from '../../model/expr';
import { FigureId } from '../../model/analysis';
import { T6Item } from '../../model/types';
import { Block, Inline } from '../document';
import { figureNode, figureNumber, live, sentence } from '../live';
import { SectionContext, generated, heading, missing } from './context';

/** The blocks of 二（一）基本支出. */
export function basicSpendingSection(ctx: SectionContext): Block[] {
  return [heading(2, '（一）基本支出'), basicBlock(ctx), threePublicBlock(ctx)];
}

/**
 * The item names of one kind, non-zero, in table order. A 类 row (301) whose 款 rows (30101 …)
 * are listed too is left out: the seed names the 款 (基本工资、津贴补贴 …), and naming both reads twice.
 */
export function itemNames(items: readonly T6Item[], kind: T6Item['kind']): string[] {
  const own = items.filter((i) => i.kind === kind && !i.amount.value.isZero());
  const parents = new Set(own.filter((i) => i.code.length > 3).map((i) => i.code.slice(0, 3)));
  const names = own.filter((i) => !(i.code.length === 3 && parents.has(i.code))).map((i) => i.name.trim());
  return [...new Set(names)].filter((n) => n !== '');
}

/** 基本支出{B}万元，主要用于人员经费和公用经费。其中：人员经费{Pe}万元，主要包括{…}等；公用经费{Pu}万元，主要包括{…}等。 */
function basicBlock(ctx: SectionContext): Block {
  const basic = figureNumber(ctx.figures, 'basicExpenditure');
  const personnel = figureNumber(ctx.figures, 'personnelExpenditure');
  const pub = figureNumber(ctx.figures, 'publicExpenditure');
  if (basic === null && (personnel === null || pub === null)) return missing('（缺少“支出决算表”和“基本支出决算表”，无法生成基本支出情况）');
  const items = ctx.model.t6?.items ?? [];
  const lane = (label: string, n: typeof personnel, kind: T6Item['kind']): Inline[] => {
    if (n === null) return [];
    const names = itemNames(items, kind);
    return sentence(label, n, '万元', names.length > 0 && `，主要包括${names.join('、')}等`);
  };
  const head = basic !== null ? sentence('基本支出', basic, '万元，主要用于人员经费和公用经费。') : ['基本支出主要用于人员经费和公用经费。'];
  if (personnel === null || pub === null) return generated(sentence(...head, '（缺少“基本支出决算表”，无法区分人员经费和公用经费）'));
  return generated(sentence(...head, '其中：', ...lane('人员经费', personnel, 'personnel'), '；', ...lane('公用经费', pub, 'public'), '。'));
}

const THREE_PUBLIC_ITEMS: FigureId[] = ['abroadActual', 'vehiclePurchaseActual', 'vehicleOperationActual', 'receptionActual'];

/** 全年无“三公”经费支出。 — or the actual, its items and the difference from budget (节约/超支). */
function threePublicBlock(ctx: SectionContext): Block {
  const actual = ctx.figures.threePublicActual;
  const actualNumber = figureNumber(ctx.figures, 'threePublicActual');
  if (actual.value === null || actualNumber === null) return missing('（缺少“三公”经费支出决算表，无法说明“三公”经费支出情况）');
  if (actual.value.isZero()) return generated(['全年无“三公”经费支出。']);
  const items: Inline[] = [];
  for (const id of THREE_PUBLIC_ITEMS) {
    const n = figureNumber(ctx.figures, id);
    if (n === null || ctx.figures[id].value?.isZero()) continue;
    items.push(...sentence(items.length === 0 ? '其中：' : '、', ctx.figures[id].name, n, '万元'));
  }
  return generated(sentence('全年“三公”经费支出', actualNumber, '万元', items.length > 0 && '，', ...items, ...budgetComparison(ctx), '。'));
}

/** ，比预算节约{d}万元 / ，比预算超支{d}万元 / ，与预算持平 — the word follows the sign when the report is made. */
function budgetComparison(ctx: SectionContext): Inline[] {
  const budget = figureNode(ctx.figures, 'threePublicBudget');
  const actual = figureNode(ctx.figures, 'threePublicActual');
  const b = ctx.figures.threePublicBudget.value;
  const a = ctx.figures.threePublicActual.value;
  if (budget === null || actual === null || b === null || a === null) return [];
  if (a.eq(b)) return ['，与预算持平'];
  const saved = a.lt(b);
  const difference = live(saved ? sub(budget, actual) : sub(actual, budget), 'amount');
  return sentence('，预算', figureNumber(ctx.figures, 'threePublicBudget'), saved ? '万元，比预算节约' : '万元，比预算超支', difference, '万元');
}
