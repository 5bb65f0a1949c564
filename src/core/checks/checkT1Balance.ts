/** T1.balance: 收入支出决算总表 balances (spec/checks.md). */
import { Finding } from '../findings/finding';
import { Figures } from '../model/analysis';
import { Model, T1Data, T1Line } from '../model/types';
import { collect, compareAmounts, sideOf } from './compare';
import { findT1Line } from './labels';
import { LabelId, label, listOf, sumLabel } from '../findings/labels';

/** T1 line names as the table writes them, with their label ids. */
const LINES: Readonly<Record<string, LabelId>> = {
  本年收入合计: 't1.incomeThisYear',
  使用非财政拨款结余: 't1.nonFiscalBalanceUsed',
  年初结转和结余: 't1.carryoverBeginning',
  本年支出合计: 't1.spendingThisYear',
  结余分配: 't1.balanceAllocation',
  年末结转和结余: 't1.carryoverEnd',
};

/**
 * 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 (at 收入 总计);
 * 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余 (at 支出 总计);
 * 收入总计 = 支出总计 (at 支出 总计, checked last so a broken side is named first).
 */
export function checkT1Balance(model: Model, _figures: Figures): Finding[] {
  const t1 = model.t1;
  if (!t1) return [];
  const incomeTotal = findT1Line(t1, 'income', '总计');
  const spendingTotal = findT1Line(t1, 'spending', '总计');
  return collect([
    sideTotal(t1, incomeTotal, ['本年收入合计', '使用非财政拨款结余', '年初结转和结余'], 't1.incomeGrand'),
    sideTotal(t1, spendingTotal, ['本年支出合计', '结余分配', '年末结转和结余'], 't1.spendingGrand'),
    incomeTotal && spendingTotal
      ? compareAmounts({
          code: 'T1.balance',
          at: spendingTotal.amount,
          atUnit: t1.info.unit,
          other: sideOf([incomeTotal.amount]),
          otherUnit: t1.info.unit,
          fields: { table: 'T1', subject: label('t1.spendingGrand'), other: label('t1.incomeGrand') },
        })
      : null,
  ]);
}

/** A side's 总计 against its parts; the first part (本年…合计) must be there, the others may be absent (zero). */
function sideTotal(
  t1: T1Data,
  total: T1Line | undefined,
  partNames: readonly string[],
  subject: LabelId,
): Finding | null {
  const parts = partNames.map((name) => findT1Line(t1, total?.side ?? 'income', name));
  if (!total || !parts[0]) return null;
  const present = partNames.filter((_, i) => parts[i] !== undefined);
  return compareAmounts({
    code: 'T1.balance',
    at: total.amount,
    atUnit: t1.info.unit,
    other: sideOf(parts.map((p) => p?.amount)),
    otherUnit: t1.info.unit,
    fields: { table: 'T1', subject: label(subject), other: sumLabel(listOf(present.map((n) => label(LINES[n])))) },
  });
}
