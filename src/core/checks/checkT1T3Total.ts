/** T1.T3.total: T1 本年支出合计 = T3 合计 (spec/checks.md). */
import { Finding } from '../findings/finding';
import { Figures } from '../model/analysis';
import { Model } from '../model/types';
import { collect, compareAmounts, sideOf } from './compare';
import { findT1Line } from './labels';
import { label } from '../findings/labels';

/**
 * Located at T1's 本年支出合计: the summary disagreeing with the detail table (whose own
 * sums T3.hierarchy checks) is the likelier mistake.
 */
export function checkT1T3Total(model: Model, _figures: Figures): Finding[] {
  const t1 = model.t1;
  const t3 = model.t3;
  const t3Total = t3?.totalRow?.amounts.total;
  const t1Total = t1 ? findT1Line(t1, 'spending', '本年支出合计') : undefined;
  if (!t1 || !t3 || !t3Total || !t1Total) return [];
  return collect([
    compareAmounts({
      code: 'T1.T3.total',
      at: t1Total.amount,
      atUnit: t1.info.unit,
      other: sideOf([t3Total]),
      otherUnit: t3.info.unit,
      fields: { table: 'T1', subject: label('t1.spendingThisYear'), other: label('t3.totalRowSpending') },
    }),
  ]);
}
