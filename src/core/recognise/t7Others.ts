/**
 * "三公"经费及会议费、培训费支出决算表 (湖北, 陕西 and others): the long "三公" table with 会议费
 * and 培训费 rows, whose 合计 counts them too. The 合计 is kept as the table's grand total and the
 * "三公"经费 合计 is the sum of its three items, so 会议费 never counts as "三公"经费.
 */
import { Amount, T7Data, T7Other, ThreePublicItem } from '../model/types';
import { sumOf } from '../model/expr';
import { sum } from '../money';
import { looseLabel, stripNumbering } from './text';
import { threePublicParts } from '../model/threePublic';

type Side = 'budget' | 'actual';
type Items = Partial<Record<ThreePublicItem, Amount>>;
export type Others = Record<Side, Partial<Record<T7Other, Amount>>>;

/** 会议费 / 培训费 rows (their counts — 会议次数, 培训人次 — are no amounts). */
export function classifyOther(label: string): 'meeting' | 'training' | null {
  const text = stripNumbering(looseLabel(label));
  if (/次数|人次|人数|天数/.test(text)) return null;
  if (/^会议费/.test(text)) return 'meeting';
  if (/^培训费/.test(text)) return 'training';
  return null;
}

/**
 * The sides with 合计 moved to grandTotal and the 三公 合计 made the sum of its items — unless the
 * 合计 is already that sum; unchanged without 会议费/培训费.
 */
export function withOthers(budget: Items, actual: Items, others: Others): Pick<T7Data, 'budget' | 'actual' | 'others'> {
  const has = (s: Side) => others[s].meeting !== undefined || others[s].training !== undefined;
  if (!has('budget') && !has('actual')) return { budget, actual };
  const split = (items: Items, side: Side): Items => {
    const { total, ...rest } = items;
    const parts = threePublicParts(rest);
    // Some tables' 合计 is the "三公" one, 会议费 and 培训费 beside it: then it stays the 三公 合计.
    if (total && parts.length > 0 && total.value.equals(summed(parts).value)) return items;
    // Otherwise it is the table's own total (checked against 三公 + 会议费 + 培训费, T7.sum).
    if (total) others[side].grandTotal = total;
    return parts.length === 0 ? rest : { ...rest, total: summed(parts) };
  };
  return { budget: split(budget, 'budget'), actual: split(actual, 'actual'), others };
}

function summed(parts: readonly Amount[]): Amount {
  return { ref: parts[0].ref, value: sum(parts.map((p) => p.value)), expr: sumOf(parts.map((p) => p.expr)) };
}
