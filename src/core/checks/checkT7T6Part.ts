/** T7.T6.part: a T6 "三公" item ≤ T7 决算 of the same item (spec/checks.md). */
import { Finding } from '../findings/finding';
import { joined, label, userLabel } from '../findings/labels';
import { Figures } from '../model/analysis';
import { Model, ThreePublicItem } from '../model/types';
import { compareBound, sideOf } from './compare';
import { THREE_PUBLIC_LABELS } from './labels';

/** 经济分类 款 in 基本支出 → the "三公" item that includes it (三公 also covers project spending, so T7 ≥ T6). */
export const T6_THREE_PUBLIC_CODES: readonly { readonly code: string; readonly item: ThreePublicItem }[] = [
  { code: '30212', item: 'abroad' },
  { code: '30217', item: 'reception' },
  { code: '30231', item: 'vehicleOperation' },
  { code: '31013', item: 'vehiclePurchase' },
];

/**
 * Located at T7's 决算数 cell: a "三公" table below the basic spending it must include
 * usually under-reports (the seed says 全年无"三公"经费支出). Items with the code summed
 * when the code appears more than once.
 */
export function checkT7T6Part(model: Model, _figures: Figures): Finding[] {
  const t6 = model.t6;
  const t7 = model.t7;
  if (!t6 || !t7) return [];
  const out: Finding[] = [];
  for (const { code, item } of T6_THREE_PUBLIC_CODES) {
    const t6Items = t6.items.filter((i) => i.code === code);
    const at = t7.actual[item];
    if (!at || t6Items.length === 0) continue;
    const name = t6Items[0].name;
    const f = compareBound(
      {
        code: 'T7.T6.part',
        at,
        atUnit: t7.info.unit,
        other: sideOf(t6Items.map((i) => i.amount)),
        otherUnit: t6.info.unit,
        fields: {
          table: 'T7',
          subject: joined([label(THREE_PUBLIC_LABELS[item]), label('lane.actual')]),
          other: joined([label('t6.short'), userLabel(code), ...(name ? [userLabel(name)] : [])], ' '),
          code,
        },
      },
      'atLeast',
      true,
    );
    if (f) out.push(f);
  }
  return out;
}
