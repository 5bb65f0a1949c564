/**
 * T6.T3.basic: T6 人员经费合计 + 公用经费合计 (general-budget money only) cannot exceed T3's
 * 基本支出合计 (all money) (spec/checks.md). Located at T3's 基本支出合计, T6's cells related.
 */
import { Finding } from '../findings/finding';
import { label } from '../findings/labels';
import { Figures } from '../model/analysis';
import { Amount, Model, T6Data, T6Item } from '../model/types';
import { compareBound, sideOf } from './compare';
import { countableItems } from './t6Items';

export function checkT6T3Basic(model: Model, _figures: Figures): Finding[] {
  const { t3, t6 } = model;
  const basic = t3?.totalRow?.amounts.basic;
  if (!t3 || !t6 || !basic) return [];
  const parts = [...kindAmounts(t6, t6.personnelTotal, 'personnel'), ...kindAmounts(t6, t6.publicTotal, 'public')];
  if (parts.length === 0) return [];
  const f = compareBound(
    {
      code: 'T6.T3.basic',
      at: basic,
      atUnit: t3.info.unit,
      other: sideOf(parts),
      otherUnit: t6.info.unit,
      fields: { table: 'T3', subject: label('t6.t3Basic'), other: label('t6.generalBasic') },
    },
    'atLeast',
    true,
  );
  return f ? [f] : [];
}

/** A footer when the table has one, else the countable items of that kind. */
export function kindAmounts(t6: T6Data, footer: Amount | null, kind: T6Item['kind']): Amount[] {
  if (footer) return [footer];
  return countableItems(t6.items)
    .filter((i) => i.kind === kind)
    .map((i) => i.amount);
}
