/**
 * Labels of amounts and cells inside findings, as data: fixed names by id (worded per language
 * in wording.zh-CN.ts / wording.en-US.ts), workbook text as it is, and a few ways to combine
 * them (a row's column, a list, a sum). Core never writes the words themselves.
 */
import { SpendingColumn } from '../model/types';

/** Every fixed label a finding can carry. The wording files word each one per language. */
export const LABEL_IDS = [
  // 功能分类 columns (T3, T5)
  'col.total',
  'col.basic',
  'col.project',
  'col.upper',
  'col.business',
  'col.subsidiary',
  'col.budgetInitial',
  'col.budgetFinal',
  'total',
  // T5/T3 hierarchy: the rows one level down
  'children.class',
  'children.kuan',
  'children.xiang',
  // T1 lines
  't1.incomeGrand',
  't1.spendingGrand',
  't1.incomeThisYear',
  't1.nonFiscalBalanceUsed',
  't1.carryoverBeginning',
  't1.spendingThisYear',
  't1.balanceAllocation',
  't1.carryoverEnd',
  't3.totalRowSpending',
  't3.spendingTotal',
  // T6
  't6.short',
  't6.personnelTotal',
  't6.publicTotal',
  't6.personnelItems',
  't6.publicItems',
  't6.personnelAndPublic',
  't6.actual',
  // T7 "三公" items and lanes
  'tp.total',
  'tp.abroad',
  'tp.vehicleSubtotal',
  'tp.vehiclePurchase',
  'tp.vehicleOperation',
  'tp.reception',
  't7.abroad',
  't7.vehicle',
  't7.meeting',
  't7.training',
  't7.grandTotal',
  't7.itemsAndOthers',
  't6.t3Basic',
  't6.personnel',
  't6.public',
  't6.generalBasic',
  'lane.budget',
  'lane.actual',
  // P1, P2
  'p1.executed',
  'p1.budgetFinal',
  'p1.executedSum',
  'p2.fundsExecuted',
  'p2.budgetInitial',
  'p2.budgetFinal',
  'p2.executed',
  'p2.weight',
  'p2.rate',
  'p2.score',
  'p2.target',
  'p2.actual',
  'p2.direction',
  'p2.completion',
  'p2.fundParts',
  // P3 required items
  'p3.departmentName',
  'p3.year',
  'p3.subUnitCount',
  'p3.staffAuthorized',
  'p3.staffActual',
  'p3.threePublicActualPrior',
  'p3.carryoverEndPrior',
  'p3.expenditureTotalPrior',
  'p3.internalOrgs',
  // 评分方案 columns
  's.sheet',
  's.weight',
  's.rule',
  's.params',
  's.indicator',
] as const;

export type LabelId = (typeof LABEL_IDS)[number];

/** 功能分类 amount columns (T3, T5) as the tables head them, by label id. */
export const SPENDING_COLUMN_LABELS: Readonly<Record<SpendingColumn, LabelId>> = {
  total: 'col.total',
  basic: 'col.basic',
  project: 'col.project',
  upper: 'col.upper',
  business: 'col.business',
  subsidiary: 'col.subsidiary',
  budgetInitial: 'col.budgetInitial',
  budgetFinal: 'col.budgetFinal',
};

/**
 * A label: `{ id }` a fixed name; `{ user }` text from the workbook, shown as it is;
 * `{ join, sep }` parts side by side (a row's column: 教育支出（205）基本支出; `sep` between
 * them in zh-CN, a space in en-US); `{ list }` parts as a list (A、B); `{ sumOf }` the sum of a
 * label (A、B之和).
 */
export type Label =
  | { readonly id: LabelId }
  | { readonly user: string }
  | { readonly join: readonly Label[]; readonly sep?: string }
  | { readonly list: readonly Label[] }
  | { readonly sumOf: Label };

export const label = (id: LabelId): Label => ({ id });
export const userLabel = (text: string): Label => ({ user: text });
export const joined = (parts: readonly Label[], sep = ''): Label => ({ join: parts, sep });
export const listOf = (parts: readonly Label[]): Label => ({ list: parts });
export const sumLabel = (of: Label): Label => ({ sumOf: of });
/** Workbook text, a space, then a fixed name: `小学教育 基本支出`, as the readers name a cell. */
export const userThen = (text: string, id: LabelId): Label => joined([userLabel(text), label(id)], ' ');

/** The workbook texts inside a label (the parts a translation leaves as they are). */
export function userTexts(l: Label): string[] {
  if ('user' in l) return [l.user];
  if ('join' in l) return l.join.flatMap(userTexts);
  if ('list' in l) return l.list.flatMap(userTexts);
  if ('sumOf' in l) return userTexts(l.sumOf);
  return [];
}

/** Words for label ids, one language. */
export type LabelWords = Readonly<Record<LabelId, string>>;

/** A label in words, with the language's way of writing lists, sums and workbook text. */
export interface LabelStyle {
  readonly words: LabelWords;
  readonly user: (text: string) => string;
  readonly join: (parts: readonly string[], sep: string) => string;
  readonly list: (parts: readonly string[]) => string;
  readonly sumOf: (text: string) => string;
}

export function labelText(l: Label, style: LabelStyle): string {
  if ('id' in l) return style.words[l.id];
  if ('user' in l) return style.user(l.user);
  if ('join' in l)
    return style.join(
      l.join.map((p) => labelText(p, style)),
      l.sep ?? '',
    );
  if ('list' in l) return style.list(l.list.map((p) => labelText(p, style)));
  return style.sumOf(labelText(l.sumOf, style));
}
