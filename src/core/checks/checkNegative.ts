/**
 * amount.negative: a negative amount in a spending table (T3, T5, T6, T7) is named at its own
 * cell — spending is never below zero, and a sum it breaks would only point at its total.
 */
import { Finding, atCell, finding } from '../findings/finding';
import { Label, joined, label, userLabel } from '../findings/labels';
import { Figures } from '../model/analysis';
import { Amount, Model, SpendingTable, TableId } from '../model/types';

export function checkNegative(model: Model, _figures: Figures): Finding[] {
  const found: { table: TableId; subject: Label; amount: Amount }[] = [];
  const spending = (table: 'T3' | 'T5', data: SpendingTable | undefined) => {
    for (const row of [...(data?.totalRow ? [data.totalRow] : []), ...(data?.rows ?? [])])
      for (const amount of Object.values(row.amounts))
        found.push({ table, subject: row.code ? userLabel(`${row.code} ${row.name}`.trim()) : label('total'), amount });
  };
  spending('T3', model.t3);
  spending('T5', model.t5);
  for (const item of model.t6?.items ?? []) found.push({ table: 'T6', subject: userLabel(`${item.code} ${item.name}`.trim()), amount: item.amount });
  for (const footer of [model.t6?.personnelTotal, model.t6?.publicTotal])
    if (footer) found.push({ table: 'T6', subject: label(footer === model.t6?.personnelTotal ? 't6.personnelTotal' : 't6.publicTotal'), amount: footer });
  for (const side of ['budget', 'actual'] as const)
    for (const amount of Object.values(model.t7?.[side] ?? {}))
      found.push({ table: 'T7', subject: joined([label('tp.total'), label(side === 'budget' ? 'lane.budget' : 'lane.actual')]), amount });
  return found
    .filter((f) => f.amount.value.isNegative() && !f.amount.value.isZero())
    .map((f) =>
      finding('amount.negative', 'warning', atCell(f.amount.ref), { table: f.table, subject: f.subject }, { actual: f.amount.value }),
    );
}
