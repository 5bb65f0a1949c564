/** Labels the checks put into findings (ids the wording files word; row names from the workbook). */
import { Label, LabelId, label, userLabel } from '../findings/labels';
import { SpendingRow, T1Data, T1Line, ThreePublicItem } from '../model/types';

export { SPENDING_COLUMN_LABELS } from '../findings/labels';

/** "三公" items as T7 heads them, by label id. */
export const THREE_PUBLIC_LABELS: Readonly<Record<ThreePublicItem, LabelId>> = {
  total: 'tp.total',
  abroad: 'tp.abroad',
  vehicleSubtotal: 'tp.vehicleSubtotal',
  vehiclePurchase: 'tp.vehiclePurchase',
  vehicleOperation: 'tp.vehicleOperation',
  reception: 'tp.reception',
};

/** A 功能分类 row as people name it: `合计` or `教育支出（205）` (its name and code from the workbook). */
export function rowLabel(row: SpendingRow): Label {
  if (row.level === 0 || row.code === null) return label('total');
  return userLabel(row.name ? `${row.name}（${row.code}）` : row.code);
}

/** Loose label form: no bracketed notes, no 和, no spaces (年初结转和结余 ≈ 年初结转结余). */
function loose(label: string): string {
  return label.replace(/[（(][^）)]*[）)]/g, '').replace(/[和\s]/g, '');
}

/** The first T1 line on `side` whose label is `name` (or starts with it, loosely). */
export function findT1Line(t1: T1Data, side: T1Line['side'], name: string): T1Line | undefined {
  const want = loose(name);
  const lines = t1.lines.filter((l) => l.side === side);
  return (
    lines.find((l) => l.label === name) ??
    lines.find((l) => loose(l.label) === want) ??
    lines.find((l) => loose(l.label).startsWith(want))
  );
}
