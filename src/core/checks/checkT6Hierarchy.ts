/**
 * T6.hierarchy: a 类 row of the 基本支出决算表 = Σ its 款 rows, over both lanes (spec/checks.md).
 * A 款 that repeats its whole 类 (a published 30299 其他商品和服务支出 equal to all of 302) is
 * found here: the 款 rows then add up to more than their 类.
 */
import { Finding } from '../findings/finding';
import { joined, label, listOf, sumLabel, userLabel } from '../findings/labels';
import { Figures } from '../model/analysis';
import { Model, T6Item } from '../model/types';
import { compareAmounts, sideOf } from './compare';

/** Each 类 item that has 款 items, against their sum; located at the 类's amount. */
export function checkT6Hierarchy(model: Model, _figures: Figures): Finding[] {
  const t6 = model.t6;
  if (!t6) return [];
  const byClass = new Map<string, T6Item[]>();
  for (const item of t6.items) {
    if (item.code.length !== 5) continue;
    const list = byClass.get(item.code.slice(0, 3));
    if (list) list.push(item);
    else byClass.set(item.code.slice(0, 3), [item]);
  }
  // A class with an unreadable row or a malformed code under it is left to cell.value / T6.code.
  const unsure = new Set([
    ...(t6.unreadable ?? []).map((c) => c.slice(0, 3)),
    ...t6.items.filter((i) => i.code.length !== 3 && i.code.length !== 5).map((i) => i.code.slice(0, 3)),
  ]);
  const out: Finding[] = [];
  for (const cls of t6.items.filter((i) => i.code.length === 3)) {
    const parts = byClass.get(cls.code);
    if (!parts || unsure.has(cls.code)) continue;
    const f = compareAmounts({
      code: 'T6.hierarchy',
      at: cls.amount,
      atUnit: t6.info.unit,
      other: sideOf(parts.map((p) => p.amount)),
      otherUnit: t6.info.unit,
      fields: {
        table: 'T6',
        subject: userLabel(`${cls.code} ${cls.name}`.trim()),
        other: sumLabel(joined([label('children.kuan'), listOf(parts.map((p) => userLabel(p.code)))])),
      },
    });
    if (f) out.push(f);
  }
  return out;
}
