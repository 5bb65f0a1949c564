/**
 * A finding is data: a code, a severity, where it is, the numbers on both sides and the typed
 * fields of its code (cells, exact amounts, label ids, counts) — never words. Words are added at
 * the edge, per language (findings/wording.zh-CN.ts, wording.en-US.ts). The codes and their
 * severities are listed once in catalogue.ts.
 */
import { UncomputedWhy } from '../grid/snapshot';
import Decimal from 'decimal.js';
import { CellRef } from '../grid/address';
import { Completion, Direction, TableId } from '../model/types';
import type { FigureId, IndicatorId } from '../model/analysis';
import { FindingCode, SeverityOf } from './catalogue';
import { Label, LabelId } from './labels';
import { Severity } from './severity';

export type { Severity } from './severity';
export type { FindingCode } from './catalogue';

/** Where a finding points: a cell, or a whole sheet / table when no cell fits (a missing table). */
export interface Location {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly col: number | null;
}

/** An amount compared with what the other side says: what each side is (labels), residue or not. */
export interface AmountFields {
  readonly table: TableId;
  readonly subject: Label;
  readonly other: Label;
  /** A difference within the rounding tolerance (尾差). */
  readonly residue: boolean;
}

/** What is wrong with one row of the 评分方案 sheet. */
export type SchemeProblem = 'indicator' | 'duplicate' | 'rule' | 'weight' | 'bands' | 'bandScore' | 'param';

/** The 参数 a scheme rule names (目标, 阈值, 每点, 步长, 方向), by what the user wrote. */
export type SchemeParam = '目标' | '阈值' | '每点' | '步长' | '方向';

/**
 * Why a figure or indicator is not available, as data: a missing table, a missing line or
 * column of one, an unfilled item, figures missing or zero. Worded by the wording files.
 */
export type Unavailable =
  | { readonly kind: 'table'; readonly table: TableId }
  | { readonly kind: 't1Line'; readonly figure: FigureId }
  | { readonly kind: 't3TotalRow'; readonly figure: FigureId }
  | { readonly kind: 't6Detail'; readonly figure: FigureId }
  | { readonly kind: 't7Item'; readonly item: LabelId; readonly lane: LabelId }
  | { readonly kind: 'p2Fund'; readonly what: LabelId }
  | { readonly kind: 'p1Column'; readonly what: LabelId }
  | { readonly kind: 'p1KeyProjects' }
  | { readonly kind: 'p3'; readonly key: LabelId }
  | { readonly kind: 'figures'; readonly figures: readonly FigureId[] }
  | { readonly kind: 'zero'; readonly figures: readonly FigureId[] }
  /** The form has no column for it (a P2 fund block without 全年预算数). */
  | { readonly kind: 'notOnForm'; readonly what: LabelId }
  /** A control rate's limit is 0 while its actual is not: over the limit (docs/scoring-schemes.md). */
  | { readonly kind: 'overLimit'; readonly limit: FigureId; readonly actual: FigureId; readonly value: Decimal };

/** How a self-evaluation form row was read when the form did not say it (P2.inferred). */
export type P2InferredFields =
  | { readonly kind: 'directionByName'; readonly row: string; readonly direction: Direction; readonly word: string }
  | { readonly kind: 'directionByTarget' | 'directionDefault'; readonly row: string; readonly direction: Direction }
  | { readonly kind: 'qualitativeByText'; readonly row: string }
  | { readonly kind: 'bandInActual'; readonly row: string; readonly band: Completion; readonly found: string }
  | { readonly kind: 'bandByEqualValues' | 'bandByScore'; readonly row: string; readonly band: Completion }
  | { readonly kind: 'basisInitial' }
  /** A fund block whose one row of amounts has no 年度资金总额 label (重庆): read as the total. */
  | { readonly kind: 'fundRowUnlabelled' }
  /** A 历年结余结转 column beside 年初预算 (福建 2018): added to 年初预算数. */
  | { readonly kind: 'initialWithCarryover' }
  /** The indicator 分值 total 100 and the fund block gives no points: 预算执行率 is not scored. */
  | { readonly kind: 'executionNotScored'; readonly fundBlock: boolean }
  /** No 分值 column: the points written after the name (`相关性（5分）`, 四川 得分表) are its 分值. */
  | { readonly kind: 'weightInName'; readonly row: string; readonly weight: Decimal }
  /** 调整指标值 filled in: the adjusted target is scored, not 年初指标值 (重庆). */
  | { readonly kind: 'targetAdjusted'; readonly row: string; readonly found: string };

/** The typed fields of each code. */
export interface FindingFields {
  'T1.balance': AmountFields;
  'T1.T3.total': AmountFields;
  'T3.rowSum': AmountFields;
  'T3.hierarchy': AmountFields;
  'T5.rowSum': AmountFields;
  'T5.hierarchy': AmountFields;
  'T5.T6.basic': AmountFields;
  'T6.totals': AmountFields;
  'T6.hierarchy': AmountFields;
  'T6.T3.basic': AmountFields;
  'T6.code': {
    readonly code: string;
    readonly name: string;
    readonly problem: 'format' | 'class';
    readonly classes: readonly string[];
  };
  'T7.sum': AmountFields;
  'T7.T6.part': AmountFields & { readonly code: string };
  'T7.overBudget': AmountFields;
  'P1.T3.project': AmountFields;
  'P1.code': { readonly code: string; readonly project: string };
  'P1.overBudget': AmountFields & { readonly project: string };
  'P2.execution': AmountFields;
  'P2.weights': { readonly sum: Decimal; readonly expectedSum: Decimal };
  'P2.row':
    | { readonly row: string; readonly problem: 'missing'; readonly missing: readonly LabelId[] }
    | {
        readonly row: string;
        readonly problem: 'outsideBand' | 'scoreNeeded';
        readonly completion: string;
        readonly from: Decimal;
        readonly to: Decimal;
        readonly used: Decimal;
      };
  'P2.userScore':
    | {
        readonly row: string;
        readonly subject: 'rate' | 'score';
        readonly entered: Decimal;
        readonly recomputed: Decimal;
        /** The rules give less than the author wrote (自评多计). */
        readonly over?: boolean;
      }
    | {
        /** A row only its author scored: no 指标值 and 完成值, or a form without 分值 (the 得分 is kept). */
        readonly row: string;
        readonly subject: 'score';
        readonly problem: 'unchecked' | 'uncheckedOverWeight' | 'noWeight' | 'scoreSheet';
        readonly entered: Decimal;
        readonly weight: Decimal | null;
      };
  'P2.inferred': P2InferredFields;
  'P2.fundParts': AmountFields;
  'P2.deviation': { readonly row: string; readonly score: Decimal; readonly weight: Decimal };
  'P3.required': { readonly key: LabelId; readonly found: string | null };
  'P3.unknownKey': { readonly key: string };
  'cell.value': {
    readonly table: TableId;
    readonly subject: Label;
    readonly found: string;
    /** implausible: |amount| ≥ 10¹² 万元; uncomputed: a formula with no value in the file that could not be computed. */
    readonly problem?: { readonly kind: 'implausible' } | { readonly kind: 'uncomputed'; readonly why: UncomputedWhy };
  };
  'amount.negative': { readonly table: TableId; readonly subject: Label };
  /**
   * A sheet not read: titled like a standard table none of ours (`found`, 项目支出决算表 …), or
   * untitled with the header words of one of ours (`like`: add its title to have it read).
   */
  'table.notTaken': { readonly sheet: string; readonly found: string | null; readonly like: TableId | null };
  /** A hidden sheet holding a table a visible sheet also holds: the visible one (`read`) is read. */
  'table.hiddenCopy': { readonly table: TableId; readonly hidden: string; readonly read: string };
  /** The table's title block names another year (`found`) than the profile's 年度 (`year`). */
  'table.year': { readonly table: TableId; readonly found: number; readonly year: number };
  /** The table's 编制单位 (`found`) is not the profile's 部门名称 (`department`), nor part of it. */
  'table.entity': { readonly table: TableId; readonly found: string; readonly department: string };
  /**
   * A sheet naming one of our tables (title or header words: `table`) that holds its rows as
   * lines of text, one cell each (pasted from a PDF): not read, as its columns cannot be told apart.
   */
  'table.textLines': { readonly sheet: string; readonly table: TableId };
  /** A column taken on a header word only contained in its header text: the reader's field key and that text. */
  'column.weak': { readonly table: TableId; readonly field: string; readonly header: string };
  /** Two 合计 rows that disagree (at the first, taken; `related` the other): which is the table's is not clear. */
  'table.totals': { readonly table: TableId; readonly column: Label };
  'table.missing': { readonly table: TableId };
  'table.empty': { readonly table: TableId };
  'table.duplicate': { readonly table: TableId; readonly sheets: readonly [string, string] };
  'table.header':
    | { readonly table: TableId; readonly problem: 'notFound'; readonly expected: readonly string[] }
    | { readonly table: TableId | null; readonly problem: 'exception'; readonly message: string };
  'unit.missing': { readonly table: TableId };
  'unit.unknown': { readonly table: TableId; readonly found: string };
  'text.placeholder': { readonly placeholder: string; readonly section: string; readonly reason: Unavailable | null };
  /** An amount the user's prose gives for a figure (`written`, as typed) that is not the figure. */
  'text.figure': { readonly section: string; readonly figure: FigureId; readonly written: string };
  'indicator.unavailable': {
    readonly indicator: IndicatorId;
    readonly reason: Unavailable | null;
    /** What to fill in: the reasons of the figures it needs (empty: the indicator's own reason). */
    readonly fill: readonly Unavailable[];
  };
  'indicator.overLimit': { readonly indicator: IndicatorId; readonly reason: Unavailable };
  'scheme.unknown': { readonly scheme: string; readonly used: string };
  'scheme.row': {
    readonly row: number;
    readonly field: LabelId;
    readonly problem: SchemeProblem;
    readonly found: string;
    readonly param: SchemeParam | null;
  };
  'scheme.ignored': { readonly scheme: string; readonly sheet: string };
}

interface FindingBase<C extends FindingCode> {
  readonly code: C;
  readonly severity: SeverityOf<C>;
  readonly at: Location;
  readonly related: readonly CellRef[];
  /** What the rule expected, what was found, their difference (amounts in 万元, exact). */
  readonly expected?: Decimal | string | null;
  readonly actual?: Decimal | string | null;
  readonly difference?: Decimal | null;
  readonly fields: FindingFields[C];
}

/** A finding of code `C`. */
export type FindingOf<C extends FindingCode> = FindingBase<C>;

/** Any finding: the union over the codes, narrowed by `code`. */
export type Finding = { [C in FindingCode]: FindingOf<C> }[FindingCode];

export function atCell(ref: CellRef): Location {
  return { sheet: ref.sheet, row: ref.row, col: ref.col };
}

export function atSheet(sheet: string | null): Location {
  return { sheet, row: null, col: null };
}

export type Sides = Partial<Pick<Finding, 'related' | 'expected' | 'actual' | 'difference'>>;

/** Builds a finding of `code`: the compiler checks its severity and every field of the code. */
export function finding<C extends FindingCode>(
  code: C,
  severity: SeverityOf<C>,
  at: Location,
  fields: FindingFields[C],
  extra: Sides = {},
): FindingOf<C> {
  return {
    code,
    severity,
    at,
    related: extra.related ?? [],
    expected: extra.expected,
    actual: extra.actual,
    difference: extra.difference,
    fields,
  };
}

/** A severity of any code, for code that only sorts or counts. */
export function severityOf(f: Finding): Severity {
  return f.severity;
}
