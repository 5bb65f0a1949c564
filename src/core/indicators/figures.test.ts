import { cellRef } from '../grid/address';
import { unavailableText } from '../findings/wording';

import { cellsOf } from '../model/expr';
import { Model, P1Project, SpendingTable, T1Line, T6Item } from '../model/types';
import { toFormula } from '../report/formula';
import { FIGURE_IDS, FIGURE_NAMES, computeFigures } from './figures';
import { amount, fundTotal, tableInfo, text } from '../../../test/support/testBuilders';

/** Why a figure is not available, in the zh-CN words the report shows. */
const reason = (f: { unavailable: Parameters<typeof unavailableText>[0] | null }): string | null =>
  f.unavailable ? unavailableText(f.unavailable) : null;

const t1Line = (side: T1Line['side'], label: string, row: number, value: number): T1Line => ({
  side,
  label,
  labelRef: cellRef('T1', row, side === 'income' ? 0 : 3),
  amount: amount('T1', row, side === 'income' ? 2 : 5, value),
});

const t3 = (withTotal: boolean): SpendingTable => ({
  info: tableInfo('T3', 'T3'),
  columns: [
    { column: 'total', col: 2 },
    { column: 'basic', col: 3 },
    { column: 'project', col: 4 },
  ],
  totalRow: withTotal
    ? {
        row: 6,
        code: null,
        level: 0,
        name: '合计',
        amounts: { total: amount('T3', 6, 2, 300), basic: amount('T3', 6, 3, 200), project: amount('T3', 6, 4, 100) },
      }
    : null,
  rows: [],
});

const t6Item = (row: number, code: string, value: number): T6Item => ({
  row,
  code,
  name: code,
  amount: amount('T6', row, 2, value),
  kind: code.startsWith('301') || code.startsWith('303') ? 'personnel' : 'public',
});

const project = (row: number, final: number, executed: number, key: boolean): P1Project => ({
  row,
  name: text('P1', row, 0, `项目${row}`),
  code: null,
  budgetInitial: null,
  budgetFinal: amount('P1', row, 4, final),
  executed: amount('P1', row, 5, executed),
  key,
  purpose: null,
});

function fullModel(): Model {
  return {
    tables: [],
    findings: [],
    t1: {
      info: tableInfo('T1', 'T1'),
      lines: [
        t1Line('income', '一般公共预算财政拨款收入', 5, 250),
        t1Line('income', '本年收入合计', 12, 280),
        t1Line('income', '年初结转和结余', 14, 40),
        t1Line('spending', '本年支出合计', 12, 300),
        t1Line('spending', '年末结转和结余', 14, 20),
      ],
    },
    t3: t3(true),
    t6: {
      info: tableInfo('T6', 'T6'),
      // 301 and its 款 30101 both present: only the 类 counts; 30201 has no 类 row, so it counts.
      items: [t6Item(5, '301', 120), t6Item(6, '30101', 80), t6Item(7, '303', 30), t6Item(8, '30201', 50)],
      personnelTotal: null,
      publicTotal: null,
    },
    t7: {
      info: tableInfo('T7', 'T7'),
      budget: { total: amount('T7', 6, 1, 10) },
      actual: { total: amount('T7', 6, 7, 8), abroad: amount('T7', 6, 8, 0), reception: amount('T7', 6, 12, 3) },
    },
    p1: { info: tableInfo('P1', 'P1'), projects: [project(3, 60, 55, true), project(4, 50, 45, false)] },
    p2: { info: tableInfo('P2', '绩效自评表'), funds: [fundTotal(320, 300)], goals: [], indicators: [] },
    p3: {
      info: tableInfo('P3', 'P3'),
      departmentName: text('P3', 1, 1, '某区教育局'),
      year: { ref: cellRef('P3', 2, 1), value: 2022 },
      duties: [],
      internalOrgs: ['办公室', '计划财务股', '人事股'],
      internalOrgsRef: cellRef('P3', 4, 1),
      numbers: { staffAuthorized: amount('P3', 5, 1, 1200), staffActual: amount('P3', 6, 1, 1225) },
      schemeName: null,
      reportTitle: null,
    },
  };
}

describe('computeFigures', () => {
  const figures = computeFigures(fullModel());

  it('gives every figure id with its Chinese name and unit', () => {
    expect(Object.keys(figures).sort()).toEqual([...FIGURE_IDS].sort());
    expect(figures.staffActual).toMatchObject({ name: '年末在职人员数', unit: '人' });
    expect(figures.internalOrgCount.unit).toBe('个');
    expect(FIGURE_NAMES.threePublicActualPrior).toBe('上年"三公"经费决算数');
  });

  it('reads the T3 合计 row for total, basic and project spending', () => {
    expect(figures.expenditureTotal.value!.toString()).toBe('300');
    expect(figures.basicExpenditure.value!.toString()).toBe('200');
    expect(toFormula(figures.projectExpenditure.expr!)).toBe("'T3'!E7");
  });

  it('reads T1 by label', () => {
    expect(figures.incomeTotal.value!.toString()).toBe('280');
    expect(figures.generalBudgetIncome.value!.toString()).toBe('250');
    expect(figures.carryoverBeginning.value!.toString()).toBe('40');
    expect(figures.carryoverEnd.value!.toString()).toBe('20');
  });

  it('sums T6 人员经费 and 公用经费 without counting a 类 and its 款 twice', () => {
    expect(figures.personnelExpenditure.value!.toString()).toBe('150');
    expect(figures.publicExpenditure.value!.toString()).toBe('50');
    expect(cellsOf(figures.personnelExpenditure.expr!).map((c) => c.row)).toEqual([5, 7]);
  });

  it('reads T7 合计 and the items, and names a missing item', () => {
    expect(figures.threePublicBudget.value!.toString()).toBe('10');
    expect(figures.threePublicActual.value!.toString()).toBe('8');
    expect(figures.abroadActual.value!.toString()).toBe('0');
    expect(figures.vehiclePurchaseActual.value).toBeNull();
    expect(reason(figures.vehiclePurchaseActual)).toBe('缺少“‘三公’经费支出决算表”的公务用车购置费决算数'); // quotes nest (issue 11)
  });

  it('reads P2 年度资金总额 and sums P1 projects (key projects separately)', () => {
    expect(figures.budgetFinal.value!.toString()).toBe('320');
    expect(figures.budgetExecuted.value!.toString()).toBe('300');
    expect(figures.projectBudgetFinal.value!.toString()).toBe('110');
    expect(figures.projectExecuted.value!.toString()).toBe('100');
    expect(figures.keyProjectExecuted.value!.toString()).toBe('55');
  });

  it('reads P3 numbers and counts internal organisations as a constant', () => {
    expect(figures.staffActual.value!.toString()).toBe('1225');
    expect(figures.internalOrgCount.value!.toString()).toBe('3');
    expect(figures.internalOrgCount.expr!.kind).toBe('num');
  });

  it('says what to fill in for a missing P3 value', () => {
    expect(figures.threePublicActualPrior.value).toBeNull();
    expect(reason(figures.threePublicActualPrior)).toBe('请在“部门基本情况”填写“上年‘三公’经费决算数”');
  });

  it('takes 本年支出合计 from T1 when T3 has no 合计 row', () => {
    const f = computeFigures({ ...fullModel(), t3: t3(false) });
    expect(toFormula(f.expenditureTotal.expr!)).toBe("'T1'!F13");
    expect(reason(f.projectExpenditure)).toBe('缺少“支出决算表”合计行的项目支出');
  });

  it('marks every figure of an absent table as missing, with a reason', () => {
    const f = computeFigures({ tables: [], findings: [] });
    for (const id of FIGURE_IDS) {
      expect(f[id].value).toBeNull();
      expect(reason(f[id])).toMatch(/缺少|请在/);
    }
    expect(reason(f.basicExpenditure)).toBe('缺少“支出决算表”');
  });

  it('asks to mark key projects when none is marked', () => {
    const m = fullModel();
    const f = computeFigures({ ...m, p1: { ...m.p1!, projects: [project(3, 60, 55, false)] } });
    expect(f.keyProjectExecuted.value).toBeNull();
  });
});
