/** The 中文 titles of the standard tables (from the table registry), for findings and their wording. */
import { TableId } from '../model/types';
import { TABLES, tableSpec } from '../tables/registry';

/** Table id → the title a finance officer knows it by. */
export const TABLE_NAMES: Readonly<Record<TableId, string>> = Object.fromEntries(
  TABLES.map((t) => [t.id, t.name]),
) as Record<TableId, string>;

/** The title of a table id, or the id itself when it is not a known table. */
export function tableName(id: string): string {
  return (TABLE_NAMES as Record<string, string>)[id] ?? id;
}

/**
 * The title with its 财决 number where the registry knows it, as the 决算 software names the
 * table (收入支出决算总表（财决01表）) — for the pane's lists, where the user looks for the table.
 */
export function officialTableName(id: TableId): string {
  const spec = tableSpec(id);
  return spec.caijue ? `${spec.name}（${spec.caijue}）` : spec.name;
}
