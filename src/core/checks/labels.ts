/** Labels the checks put into findings' params (the wording shows them as they are). */
import { SpendingColumn, SpendingRow, T1Data, T1Line, ThreePublicItem } from '../model/types';
import { SPENDING_COLUMN_WORDS } from '../tables/synonyms';

/** 功能分类 amount columns as the tables head them. */
export const SPENDING_COLUMN_LABELS: Readonly<Record<SpendingColumn, string>> = SPENDING_COLUMN_WORDS;

/** "三公" items as T7 heads them. */
export const THREE_PUBLIC_LABELS: Readonly<Record<ThreePublicItem, string>> = {
  total: '"三公"经费合计',
  abroad: '因公出国（境）费',
  vehicleSubtotal: '公务用车购置及运行费小计',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行费',
  reception: '公务接待费',
};

/** A 功能分类 row as people name it: `合计` or `教育支出（205）`. */
export function rowLabel(row: SpendingRow): string {
  if (row.level === 0 || row.code === null) return '合计';
  return row.name ? `${row.name}（${row.code}）` : row.code;
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
