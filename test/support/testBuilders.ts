/**
 * Tiny builders of model records for the indicator and scoring tests (test-only helpers:
 * the real records come from recognition).
 */
import { cellRef } from '../../src/core/grid/address';
import { cell } from '../../src/core/model/expr';
import { Amount, Model, P2FundRow, P2IndicatorRow, TableId, TableInfo, TextCell } from '../../src/core/model/types';
import { dec } from '../../src/core/money';

/** An amount read from a number cell. */
export function amount(sheet: string, row: number, col: number, value: number | string): Amount {
  const ref = cellRef(sheet, row, col);
  const v = dec(value);
  return { ref, value: v, expr: cell(ref, v) };
}

export function text(sheet: string, row: number, col: number, value: string): TextCell {
  return { ref: cellRef(sheet, row, col), text: value };
}

export function tableInfo(id: TableId, sheet: string): TableInfo {
  return {
    id,
    sheet,
    range: { top: 0, left: 0, bottom: 20, right: 10 },
    unit: '万元',
    unitAssumed: false,
    titleCell: cellRef(sheet, 0, 0),
    headerRows: [1, 1],
  };
}

export const P2_SHEET = '绩效自评表';

/** The 年度资金总额 row of P2 (row 3): columns C 年初 | D 全年 | E 执行 | F 分值 | G 执行率 | H 得分. */
export function fundTotal(
  budgetFinal: number | string,
  executed: number | string,
  extra: Partial<P2FundRow> = {},
): P2FundRow {
  return {
    kind: 'total',
    row: 3,
    label: text(P2_SHEET, 3, 1, '年度资金总额'),
    budgetInitial: amount(P2_SHEET, 3, 2, budgetFinal),
    budgetFinal: amount(P2_SHEET, 3, 3, budgetFinal),
    executed: amount(P2_SHEET, 3, 4, executed),
    weight: null,
    userRate: null,
    userScore: null,
    ...extra,
  };
}

export interface RowSpec {
  readonly row: number;
  readonly name: string;
  readonly direction: P2IndicatorRow['direction'];
  readonly target?: number | string;
  readonly actual?: number | string;
  readonly weight?: number | string;
  readonly completion?: P2IndicatorRow['completion'];
  readonly userScore?: number | string;
  readonly reason?: string;
}

/** A P2 indicator row; columns C 三级 | E 年度指标值 | G 实际完成值 | H 分值 | I 完成情况 | J 得分 | K 偏差原因. */
export function indicatorRow(s: RowSpec): P2IndicatorRow {
  const r = s.row;
  return {
    row: r,
    level1: '产出指标',
    level2: '数量指标',
    level3: text(P2_SHEET, r, 2, s.name),
    direction: s.direction,
    directionInferred: false,
    targetText: s.target === undefined ? null : text(P2_SHEET, r, 4, String(s.target)),
    target: s.target === undefined ? null : amount(P2_SHEET, r, 4, s.target),
    unitText: '',
    actualText: s.actual === undefined ? null : text(P2_SHEET, r, 6, String(s.actual)),
    actual: s.actual === undefined ? null : amount(P2_SHEET, r, 6, s.actual),
    weight: s.weight === undefined ? null : amount(P2_SHEET, r, 7, s.weight),
    completion: s.completion ?? null,
    completionRef: s.completion ? cellRef(P2_SHEET, r, 8) : null,
    userScore: s.userScore === undefined ? null : amount(P2_SHEET, r, 9, s.userScore),
    deviationReason: s.reason === undefined ? null : text(P2_SHEET, r, 10, s.reason),
  };
}

/** A model holding only a self-evaluation form: 年度资金总额 100 of 100 and these indicator rows. */
export function formModel(indicators: readonly P2IndicatorRow[]): Model {
  return {
    tables: [],
    findings: [],
    p2: { info: tableInfo('P2', P2_SHEET), funds: [fundTotal(100, 100)], goals: [], indicators },
  };
}
