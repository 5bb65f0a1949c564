/**
 * A reader field's name per language (the 数据 tab's reading lines, `check --verbose`, the
 * column.weak finding): the official Chinese header words, or their English. The user's own
 * header text is never translated — it is shown as typed beside the name.
 */
import { TableId } from '../model/types';
import type { Lang } from '../findings/wording';
import { T7_ITEM_WORDS, fieldWord } from './synonyms';

const FIELD_EN: Readonly<Record<string, string>> = {
  total: 'total spending',
  basic: 'basic spending',
  project: 'project spending',
  upper: 'paid to the higher level',
  business: 'business spending',
  subsidiary: 'grants to affiliated units',
  budgetInitial: 'initial budget',
  budgetFinal: 'final budget',
  lei: 'class',
  kuan: 'section',
  xiang: 'item',
  code: 'account code',
  name: 'account name',
  amount: 'amount (final accounts)',
  label: 'line',
  budget: 'budget',
  actual: 'final accounts',
  personnel: 'personnel spending',
  public: 'public spending',
  executed: 'executed',
  key: 'section',
  value: 'content',
  purpose: 'main use',
};

const T7_ITEM_EN: Readonly<Record<string, string>> = {
  total: 'total',
  abroad: 'official travel abroad',
  vehicleSubtotal: 'official vehicles (purchase and running)',
  vehiclePurchase: 'vehicle purchase',
  vehicleOperation: 'vehicle running',
  reception: 'official reception',
};

/** A field of `table` by its key (`budget.abroad` for the wide 三公 table's side.item). */
export function fieldName(table: TableId, field: string, lang: Lang = 'zh-CN'): string {
  const [side, item] = field.split('.');
  if (lang === 'zh-CN') return item ? `${fieldWord(table, side)}·${T7_ITEM_WORDS[item] ?? item}` : fieldWord(table, field);
  if (item) return `${FIELD_EN[side] ?? side} · ${T7_ITEM_EN[item] ?? item}`;
  if (table === 'P1' && field === 'key') return 'key project';
  if (table === 'P1' && field === 'name') return 'project name';
  return FIELD_EN[field] ?? field;
}
