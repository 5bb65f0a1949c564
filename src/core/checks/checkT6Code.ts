/** T6.code: a code that is not a 经济分类 code (spec/checks.md). */
import { Finding, atCell, finding } from '../findings/finding';
import { Figures } from '../model/analysis';
import { Model, T6Item } from '../model/types';

/** 支出经济分类 classes a 部门决算 基本支出 table can carry (工资福利, 商品和服务, 对个人和家庭的补助, 资本性支出 …). */
export const KNOWN_ECONOMIC_CLASSES: readonly string[] = [
  '301',
  '302',
  '303',
  '307',
  '309',
  '310',
  '311',
  '312',
  '313',
  '399',
];

/** Why a code is not an economic code: 'format' (not 3 or 5 digits) or 'class' (unknown 类), or null when fine. */
export function economicCodeProblem(code: string): 'format' | 'class' | null {
  if (!/^(\d{3}|\d{5})$/.test(code)) return 'format';
  return KNOWN_ECONOMIC_CLASSES.includes(code.slice(0, 3)) ? null : 'class';
}

/** A warning at each T6 code that is not a 3/5-digit code of a known class (its amount may be misclassified). */
export function checkT6Code(model: Model, _figures: Figures): Finding[] {
  const t6 = model.t6;
  if (!t6) return [];
  return t6.items.flatMap((item) => {
    const problem = economicCodeProblem(item.code);
    return problem ? [codeFinding(item, problem)] : [];
  });
}

function codeFinding(item: T6Item, problem: 'format' | 'class'): Finding {
  const at = item.codeRef ?? item.amount.ref;
  return finding(
    'T6.code',
    'warning',
    atCell(at),
    { code: item.code, name: item.name, problem, classes: KNOWN_ECONOMIC_CLASSES },
    { related: [item.amount.ref], actual: item.code },
  );
}
