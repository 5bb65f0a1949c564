/** T7.sum: "三公"经费 合计 = 出国 + 公务用车小计 + 接待; 小计 = 购置 + 运行 (spec/checks.md). */
import { Finding } from '../findings/finding';
import { LabelId, joined, label, listOf, sumLabel } from '../findings/labels';
import { Figures } from '../model/analysis';
import { Amount, Model, T7Data, ThreePublicItem } from '../model/types';
import { compareAmounts, sideOf } from './compare';
import { THREE_PUBLIC_LABELS } from './labels';
import { threePublicParts } from '../model/threePublic';

type Lane = 'budget' | 'actual';
const LANE_WORDS: Readonly<Record<Lane, LabelId>> = { budget: 'lane.budget', actual: 'lane.actual' };

/** Both lanes (预算数, 决算数): the 小计 first, then the 合计 (located at the total of each). */
export function checkT7Sum(model: Model, _figures: Figures): Finding[] {
  const t7 = model.t7;
  if (!t7) return [];
  const out: Finding[] = [];
  for (const lane of ['budget', 'actual'] as const) {
    const amounts = t7[lane];
    const vehicleParts: ThreePublicItem[] = ['vehiclePurchase', 'vehicleOperation'];
    // A long layout may lack the 小计 row: then 合计 adds 购置 and 运行 directly.
    const totalParts: ThreePublicItem[] = amounts.vehicleSubtotal
      ? ['abroad', 'vehicleSubtotal', 'reception']
      : ['abroad', 'vehiclePurchase', 'vehicleOperation', 'reception'];
    const subtotal = sumCheck(t7, lane, 'vehicleSubtotal', vehicleParts);
    const total = sumCheck(t7, lane, 'total', totalParts);
    if (subtotal) out.push(subtotal);
    if (total) out.push(total);
    const grand = grandTotalCheck(t7, lane);
    if (grand) out.push(grand);
  }
  return out;
}

/** A table with 会议费 and 培训费: its own 合计 = the "三公" items + 会议费 + 培训费. */
function grandTotalCheck(t7: T7Data, lane: Lane): Finding | null {
  const others = t7.others?.[lane];
  if (!others?.grandTotal) return null;
  const parts = [...threePublicParts(t7[lane]), others.meeting, others.training];
  return compareAmounts({
    code: 'T7.sum',
    at: others.grandTotal,
    atUnit: t7.info.unit,
    other: sideOf(parts),
    otherUnit: t7.info.unit,
    fields: {
      table: 'T7',
      subject: joined([label('t7.grandTotal'), label(LANE_WORDS[lane])]),
      other: sumLabel(joined([label('t7.itemsAndOthers'), label(LANE_WORDS[lane])])),
    },
  });
}

function sumCheck(t7: T7Data, lane: Lane, item: ThreePublicItem, parts: readonly ThreePublicItem[]): Finding | null {
  const at: Amount | undefined = t7[lane][item];
  const present = parts.filter((p) => t7[lane][p]);
  if (!at || present.length === 0) return null;
  return compareAmounts({
    code: 'T7.sum',
    at,
    atUnit: t7.info.unit,
    other: sideOf(present.map((p) => t7[lane][p])),
    otherUnit: t7.info.unit,
    fields: {
      table: 'T7',
      subject: joined([label(THREE_PUBLIC_LABELS[item]), label(LANE_WORDS[lane])]),
      other: sumLabel(joined([listOf(present.map((p) => label(THREE_PUBLIC_LABELS[p]))), label(LANE_WORDS[lane])])),
    },
  });
}
