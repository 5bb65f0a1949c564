/** T6.totals: 人员经费合计 / 公用经费合计 = the sums of their countable items (spec/checks.md). */
import { Finding } from '../findings/finding';
import { LabelId, label } from '../findings/labels';
import { Figures } from '../model/analysis';
import { Amount, Model, T6Data, T6Item } from '../model/types';
import { compareAmounts, sideOf } from './compare';
import { countableItems } from './t6Items';

/** Each footer total against the sum of the 301/303 (人员经费) or other (公用经费) items, located at the footer. */
export function checkT6Totals(model: Model, _figures: Figures): Finding[] {
  const t6 = model.t6;
  if (!t6 || t6.items.length === 0) return [];
  const out: Finding[] = [];
  const personnel = footerCheck(t6, t6.personnelTotal, 'personnel', 't6.personnelTotal', 't6.personnelItems');
  const pub = footerCheck(t6, t6.publicTotal, 'public', 't6.publicTotal', 't6.publicItems');
  if (personnel) out.push(personnel);
  if (pub) out.push(pub);
  return out;
}

function footerCheck(
  t6: T6Data,
  footer: Amount | null,
  kind: T6Item['kind'],
  subject: LabelId,
  other: LabelId,
): Finding | null {
  if (!footer) return null;
  const items = countableItems(t6.items).filter((i) => i.kind === kind);
  return compareAmounts({
    code: 'T6.totals',
    at: footer,
    atUnit: t6.info.unit,
    other: sideOf(items.map((i) => i.amount)),
    otherUnit: t6.info.unit,
    fields: { table: 'T6', subject: label(subject), other: label(other) },
  });
}
