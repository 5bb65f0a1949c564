/** T6.totals: 人员经费合计 / 公用经费合计 = the sums of their countable items (spec/checks.md). */
import { Finding } from '../findings/finding';
import { TABLE_NAMES } from '../findings/tableNames';
import { Figures } from '../model/analysis';
import { Amount, Model, T6Data, T6Item } from '../model/types';
import { compareAmounts, sideOf } from './compare';
import { countableItems } from './t6Items';

/** Each footer total against the sum of the 301/303 (人员经费) or other (公用经费) items, located at the footer. */
export function checkT6Totals(model: Model, _figures: Figures): Finding[] {
  const t6 = model.t6;
  if (!t6 || t6.items.length === 0) return [];
  const out: Finding[] = [];
  const personnel = footerCheck(t6, t6.personnelTotal, 'personnel', '人员经费合计', '人员经费（301、303）各项之和');
  const pub = footerCheck(t6, t6.publicTotal, 'public', '公用经费合计', '公用经费（301、303 以外）各项之和');
  if (personnel) out.push(personnel);
  if (pub) out.push(pub);
  return out;
}

function footerCheck(
  t6: T6Data,
  footer: Amount | null,
  kind: T6Item['kind'],
  subject: string,
  other: string,
): Finding | null {
  if (!footer) return null;
  const items = countableItems(t6.items).filter((i) => i.kind === kind);
  return compareAmounts({
    code: 'T6.totals',
    at: footer,
    atUnit: t6.info.unit,
    other: sideOf(items.map((i) => i.amount)),
    otherUnit: t6.info.unit,
    params: { table: 'T6', tableName: TABLE_NAMES.T6, subject, other },
  });
}
