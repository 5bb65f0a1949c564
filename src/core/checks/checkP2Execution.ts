/** P2.execution: P2 全年执行数 vs T3 本年支出合计 (spec/checks.md). */
import { Finding } from '../findings/finding';
import { LabelId, label } from '../findings/labels';
import { Figures } from '../model/analysis';
import { Amount, Model, Unit } from '../model/types';
import { compareAmounts } from './compare';
import { cellsOf } from '../model/expr';

/**
 * A warning at P2's 年度资金总额 全年执行数 when it differs from 本年支出合计 (T3's 合计 row;
 * the expenditureTotal figure when T3 has none). Both describe the same money, but the form
 * is typed by hand, so it is the likelier mistake.
 */
export function checkP2Execution(model: Model, figures: Figures): Finding[] {
  const p2 = model.p2;
  const executed = p2?.funds.find((f) => f.kind === 'total')?.executed;
  const other = expenditureTotal(model, figures);
  if (!p2 || !executed || !other) return [];
  const f = compareAmounts({
    code: 'P2.execution',
    severity: 'warning',
    at: executed,
    atUnit: p2.info.unit,
    other: { value: other.value, cells: other.cells, addends: 1 },
    otherUnit: other.unit,
    fields: { table: 'P2', subject: label('p2.fundsExecuted'), other: label(other.label) },
  });
  return f ? [f] : [];
}

interface Total {
  readonly value: Amount['value'];
  readonly cells: Amount['ref'][];
  readonly unit: Unit;
  readonly label: LabelId;
}

function expenditureTotal(model: Model, figures: Figures): Total | null {
  const t3Total = model.t3?.totalRow?.amounts.total;
  if (model.t3 && t3Total) {
    return { value: t3Total.value, cells: [t3Total.ref], unit: model.t3.info.unit, label: 't3.spendingTotal' };
  }
  const figure = figures.expenditureTotal;
  if (!figure?.value || !figure.expr) return null;
  // Only T1 stands in for T3 (indicators.md); its unit is the one that rounds.
  return {
    value: figure.value,
    cells: cellsOf(figure.expr),
    unit: model.t1?.info.unit ?? '万元',
    label: 'col.total',
  };
}
