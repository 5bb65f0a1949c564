/** The parts of the "三公"经费 合计 (spec/checks.md T7.sum), shared by the T7 reader and its check. */
import { Amount, ThreePublicItem } from './types';

/** 出国 + 公务用车 (小计, or 购置 + 运行 when the table has no 小计) + 接待, those present. */
export function threePublicParts(items: Partial<Record<ThreePublicItem, Amount>>): Amount[] {
  const keys: ThreePublicItem[] = items.vehicleSubtotal
    ? ['abroad', 'vehicleSubtotal', 'reception']
    : ['abroad', 'vehiclePurchase', 'vehicleOperation', 'reception'];
  return keys.map((k) => items[k]).filter((a): a is Amount => a !== undefined);
}
