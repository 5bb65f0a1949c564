/**
 * What recognition reads out of a workbook: one typed record per standard table, every
 * amount with its cell and its expression (already converted to 万元).
 * Glossary: docs/glossary.md.
 */
import Decimal from 'decimal.js';
import { CellRef } from '../grid/address';
import { Rect } from '../grid/snapshot';
import type { Finding, P2InferredFields } from '../findings/finding';
import { Expr } from './expr';

/** The standard tables of spec/workbook.md. */
export type TableId = 'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6' | 'T7' | 'T8' | 'T9' | 'P1' | 'P2' | 'P3' | 'P4' | 'S';

/** 金额单位. Everything is converted to 万元 inside core. */
export type Unit = '元' | '千元' | '万元' | '亿元';

export interface TableInfo {
  readonly id: TableId;
  readonly sheet: string;
  /** The table's extent (title to last data row), 0-based inclusive. */
  readonly range: Rect;
  readonly unit: Unit;
  /** True when no unit line was found and 万元 was assumed (an info finding says so). */
  readonly unitAssumed: boolean;
  readonly titleCell: CellRef | null;
  /** First and last header row (two-row headers have last = first + 1). */
  readonly headerRows: readonly [number, number];
  /** Which column was taken for which field, and on what header text (spec/workbook.md: no silent guesses). */
  readonly columns?: readonly ColumnTaken[];
  /** Rows under the header that were read (some amount or label taken from them). */
  readonly rowsRead?: number;
  /** Rows the reader passed over on purpose: details under a total it took, sub-rows of an item it read. */
  readonly detailRows?: readonly number[];
  /** Non-blank rows under the header that were not read, with why. */
  readonly skipped?: readonly RowSkipped[];
}

export interface ColumnTaken {
  /** The reader's field key (total, basic, amount …); `lane` numbers the lanes of a many-lane table from 1. */
  readonly field: string;
  readonly lane?: number;
  readonly col: number;
  /** The header text of the column (its header rows joined). */
  readonly header: string;
  /** Taken because a header word is only contained in the header text (an info finding says so). */
  readonly weak: boolean;
}

/** Why a row under the header was not read. */
export type SkipReason = 'note' | 'header' | 'total' | 'detail' | 'count' | 'text' | 'noData';

export interface RowSkipped {
  readonly row: number;
  readonly reason: SkipReason;
}

/** An amount read from one cell, in 万元, with the expression that reads it live. */
export interface Amount {
  readonly ref: CellRef;
  readonly value: Decimal;
  readonly expr: Expr;
}

/** A plain number read from one cell (persons, counts, weights, rates), no unit conversion. */
export type Quantity = Amount;

export interface TextCell {
  readonly ref: CellRef;
  readonly text: string;
}

// ── T1 收入支出决算总表 ────────────────────────────────────────────────
export interface T1Line {
  readonly side: 'income' | 'spending';
  /** The label with numbering (一、) and spaces removed: 一般公共预算财政拨款收入, 本年支出合计, 总计 … */
  readonly label: string;
  readonly labelRef: CellRef;
  readonly amount: Amount;
}
export interface T1Data {
  readonly info: TableInfo;
  readonly lines: readonly T1Line[];
}

// ── T3 支出决算表 and T5 一般公共预算财政拨款支出决算表 ───────────────────
/** 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出 (+ T5's budget columns). */
export type SpendingColumn = 'total' | 'basic' | 'project' | 'upper' | 'business' | 'subsidiary' | 'budgetInitial' | 'budgetFinal';

export interface SpendingRow {
  readonly row: number;
  /** 功能分类 code as digits (205, 20502, 2050201); null on the 合计 row. */
  readonly code: string | null;
  /** 1 类, 2 款, 3 项; 0 for the 合计 row. */
  readonly level: 0 | 1 | 2 | 3;
  readonly name: string;
  readonly amounts: Partial<Record<SpendingColumn, Amount>>;
}
export interface SpendingTable {
  readonly info: TableInfo;
  /** The amount columns present, in sheet order, with their column index. */
  readonly columns: readonly { readonly column: SpendingColumn; readonly col: number }[];
  readonly totalRow: SpendingRow | null;
  readonly rows: readonly SpendingRow[];
}

// ── T6 基本支出决算表 ──────────────────────────────────────────────────
export interface T6Item {
  readonly row: number;
  /** 经济分类 code: 3 digits (类) or 5 digits (款). */
  readonly code: string;
  /** The cell the code was read from (T6.code points there); absent → the amount's cell is used. */
  readonly codeRef?: CellRef;
  readonly name: string;
  readonly amount: Amount;
  /** Classified by code: 301 and 303 → personnel (人员经费); all other classes → public (公用经费). */
  readonly kind: 'personnel' | 'public';
}
export interface T6Data {
  readonly info: TableInfo;
  readonly items: readonly T6Item[];
  /** The footer 人员经费合计 / 公用经费合计 cells when the table has them. */
  readonly personnelTotal: Amount | null;
  readonly publicTotal: Amount | null;
  /** Codes of rows whose amount could not be read (a cell.value finding names each). */
  readonly unreadable?: readonly string[];
}

// ── T7 "三公"经费支出决算表 ────────────────────────────────────────────
export type ThreePublicItem = 'total' | 'abroad' | 'vehicleSubtotal' | 'vehiclePurchase' | 'vehicleOperation' | 'reception';
export interface T7Data {
  readonly info: TableInfo;
  readonly budget: Partial<Record<ThreePublicItem, Amount>>;
  readonly actual: Partial<Record<ThreePublicItem, Amount>>;
  /**
   * A table that also lists 会议费 and 培训费 (湖北, 陕西: "三公"经费及会议费、培训费支出决算表):
   * those rows and its own 合计 (grandTotal), which counts them too; `total` is then Σ of the 三公 items.
   */
  readonly others?: {
    readonly budget: Partial<Record<T7Other, Amount>>;
    readonly actual: Partial<Record<T7Other, Amount>>;
  };
}
export type T7Other = 'meeting' | 'training' | 'grandTotal';

// ── P1 项目支出明细表 ─────────────────────────────────────────────────
export interface P1Project {
  readonly row: number;
  readonly name: TextCell;
  readonly code: TextCell | null;
  readonly budgetInitial: Amount | null;
  readonly budgetFinal: Amount | null;
  readonly executed: Amount | null;
  /** 重点项目 = 是 */
  readonly key: boolean;
  /** 主要用途 */
  readonly purpose: TextCell | null;
}
export interface P1Data {
  readonly info: TableInfo;
  readonly projects: readonly P1Project[];
}

// ── P2 部门整体支出绩效自评表 ─────────────────────────────────────────
export interface P2FundRow {
  /** 年度资金总额 | 财政拨款 | 上年结转资金 | 其他资金 */
  readonly kind: 'total' | 'fiscal' | 'carryover' | 'other';
  readonly row: number;
  readonly label: TextCell;
  readonly budgetInitial: Amount | null;
  readonly budgetFinal: Amount | null;
  readonly executed: Amount | null;
  /** 分值 (the weight of 预算执行率 on the 年度资金总额 row). */
  readonly weight: Quantity | null;
  /** What the user typed in 执行率 / 得分 (checked, never used). */
  readonly userRate: Quantity | null;
  readonly userScore: Quantity | null;
}

export type Direction = '>=' | '<=' | '=' | 'qualitative';
export type Completion = '达成' | '部分达成' | '未达成';

/**
 * What the reader inferred on a form that does not say it (spec/indicators.md "Reading a form as
 * evaluators do"); each one becomes an info finding at `ref`, so no guess is silent.
 */
export interface P2Inference {
  readonly ref: CellRef;
  readonly fields: P2InferredFields;
}

export interface P2IndicatorRow {
  readonly row: number;
  readonly level1: string;
  readonly level2: string;
  readonly level3: TextCell;
  readonly direction: Direction | null;
  readonly directionInferred: boolean;
  /** 年度指标值 as typed, and as a number (ratio when it had %), with the expression reading it. */
  readonly targetText: TextCell | null;
  readonly target: Amount | null;
  readonly unitText: string;
  readonly actualText: TextCell | null;
  readonly actual: Amount | null;
  readonly weight: Quantity | null;
  readonly completion: Completion | null;
  readonly completionRef: CellRef | null;
  readonly userScore: Quantity | null;
  readonly deviationReason: TextCell | null;
  /** True on forms without a 完成情况 column (a blank cell in that column is not read from the 得分). */
  readonly noCompletionColumn?: boolean;
  /** True on forms without a 分值 column (湖北: points per goal group only): the 得分 is the author's. */
  readonly noWeightColumn?: boolean;
  /** True on 评价指标体系 forms (score sheets): 分值 and 自评得分 only, no 指标值 / 完成值 columns. */
  readonly noValueColumns?: boolean;
  /** The reader's inferences on this row (none when the form says everything). */
  readonly inferences?: readonly P2Inference[];
}

export interface P2Data {
  readonly info: TableInfo;
  /**
   * The budget the form measures execution against: `initial` when the fund block has a
   * 年初预算数 column but no 全年预算数 column (at `basisRef`); otherwise absent (全年预算数).
   */
  readonly budgetBasis?: { readonly kind: 'initial'; readonly ref: CellRef };
  readonly funds: readonly P2FundRow[];
  /** True when the fund block has a 分值 / 权重 column (a blank cell there still means the default 10). */
  readonly fundWeightColumn?: boolean;
  readonly goals: readonly { readonly expected: TextCell | null; readonly actual: TextCell | null }[];
  readonly indicators: readonly P2IndicatorRow[];
  /** The author's own total (总分 / 合计 row's 得分, or 自评总分): compared with ours, never used. */
  readonly userTotal?: { readonly label: TextCell; readonly value: Amount };
}

// ── P3 部门基本情况 ───────────────────────────────────────────────────
export type P3NumberKey =
  | 'subUnitCount'
  | 'staffAuthorized'
  | 'staffActual'
  | 'threePublicActualPrior'
  | 'carryoverEndPrior'
  | 'expenditureTotalPrior';

export interface P3Data {
  readonly info: TableInfo;
  readonly departmentName: TextCell | null;
  readonly year: { readonly ref: CellRef; readonly value: number } | null;
  readonly duties: readonly TextCell[];
  readonly internalOrgs: readonly string[];
  readonly internalOrgsRef: CellRef | null;
  readonly numbers: Partial<Record<P3NumberKey, Quantity>>;
  readonly schemeName: TextCell | null;
  readonly reportTitle: TextCell | null;
}

// ── P4 报告文字 ──────────────────────────────────────────────────────
export interface P4Data {
  readonly info: TableInfo;
  /** Section id (项目组织情况, 资产管理情况 …) → the user's text cells, in order. */
  readonly sections: readonly { readonly key: string; readonly cell: TextCell }[];
}

// ── S 评分方案 (the user's own scoring scheme) ────────────────────────
/** One row of 评分方案 as written: `一级指标 | 二级指标 | 指标 | 分值 | 规则 | 参数` (parsed by indicators/userScheme.ts). */
export interface SchemeSheetRow {
  readonly row: number;
  readonly level1: string;
  readonly level2: string;
  /** 指标: an indicator id or 中文 name, or 绩效指标表 for the P2 rows. */
  readonly indicator: TextCell | null;
  /** 分值 when the cell holds a number (its expression reads the cell live). */
  readonly weight: Quantity | null;
  /** 分值 as written (for the finding when it is not a number). */
  readonly weightText: TextCell | null;
  readonly rule: TextCell | null;
  readonly params: TextCell | null;
  /** The cells of 分值, 规则 and 参数 (a finding points at the one at fault, even when blank). */
  readonly weightRef: CellRef;
  readonly ruleRef: CellRef;
  readonly paramsRef: CellRef;
}
export interface SchemeSheetData {
  readonly info: TableInfo;
  readonly rows: readonly SchemeSheetRow[];
}

/** Everything recognition found. Absent tables are undefined (and a finding says so when needed). */
export interface Model {
  readonly tables: readonly TableInfo[];
  readonly t1?: T1Data;
  readonly t3?: SpendingTable;
  readonly t5?: SpendingTable;
  readonly t6?: T6Data;
  readonly t7?: T7Data;
  readonly p1?: P1Data;
  readonly p2?: P2Data;
  readonly p3?: P3Data;
  readonly p4?: P4Data;
  /** 评分方案: the user's scheme rows, when the workbook has the sheet. */
  readonly s?: SchemeSheetData;
  readonly findings: readonly Finding[];
}
