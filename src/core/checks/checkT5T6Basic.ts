/** T5.T6.basic: T5 合计 基本支出 = T6 人员经费合计 + 公用经费合计 (spec/checks.md). */
import { Finding } from '../findings/finding';
import { joined, label } from '../findings/labels';
import { Figures } from '../model/analysis';
import { Model } from '../model/types';
import { compareAmounts, sideOf } from './compare';
import { kindAmounts } from './checkT6T3Basic';

/**
 * Located at T5's 基本支出合计 (T6 is its itemised breakdown). T6's footers are used when the
 * table has them; a missing footer is replaced by the sum of its countable items.
 */
export function checkT5T6Basic(model: Model, _figures: Figures): Finding[] {
  const t5 = model.t5;
  const t6 = model.t6;
  const basic = t5?.totalRow?.amounts.basic;
  if (!t5 || !t6 || !basic) return [];
  const parts = [...kindAmounts(t6, t6.personnelTotal, 'personnel'), ...kindAmounts(t6, t6.publicTotal, 'public')];
  if (parts.length === 0) return [];
  const f = compareAmounts({
    code: 'T5.T6.basic',
    at: basic,
    atUnit: t5.info.unit,
    other: sideOf(parts),
    otherUnit: t6.info.unit,
    fields: {
      table: 'T5',
      subject: joined([label('col.basic'), label('total')]),
      other: label('t6.personnelAndPublic'),
    },
  });
  return f ? [f] : [];
}

