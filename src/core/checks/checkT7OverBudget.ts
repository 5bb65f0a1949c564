/** T7.overBudget: "三公" 决算 > 预算 (spec/checks.md). */
import { Finding } from '../findings/finding';
import { joined, label } from '../findings/labels';
import { Figures } from '../model/analysis';
import { Model, ThreePublicItem } from '../model/types';
import { compareBound, sideOf } from './compare';
import { THREE_PUBLIC_LABELS } from './labels';

const ITEMS: readonly ThreePublicItem[] = [
  'total',
  'abroad',
  'vehicleSubtotal',
  'vehiclePurchase',
  'vehicleOperation',
  'reception',
];

/** A warning at each 决算数 (合计 or item) above its 预算数. */
export function checkT7OverBudget(model: Model, _figures: Figures): Finding[] {
  const t7 = model.t7;
  if (!t7) return [];
  const out: Finding[] = [];
  for (const item of ITEMS) {
    const actual = t7.actual[item];
    const budget = t7.budget[item];
    if (!actual || !budget) continue;
    const f = compareBound(
      {
        code: 'T7.overBudget',
        severity: 'warning',
        at: actual,
        atUnit: t7.info.unit,
        other: sideOf([budget]),
        otherUnit: t7.info.unit,
        fields: {
          table: 'T7',
          subject: joined([label(THREE_PUBLIC_LABELS[item]), label('lane.actual')]),
          other: joined([label(THREE_PUBLIC_LABELS[item]), label('lane.budget')]),
        },
      },
      'atMost',
    );
    if (f) out.push(f);
  }
  return out;
}
