/** What the engine computes from a Model: figures, indicators, scores, findings, the report. */
import Decimal from 'decimal.js';
import { CellRef } from '../grid/address';
import { Finding, Unavailable } from '../findings/finding';
import { Expr } from './expr';
import { Model } from './types';
import { ReportDocument } from '../report/document';
import type { RuleText } from '../indicators/ruleWords';

/** The figure ids of spec/indicators.md (used in --json, placeholders and tests). */
export type FigureId =
  | 'incomeTotal'
  | 'generalBudgetIncome'
  | 'carryoverBeginning'
  | 'expenditureTotal'
  | 'basicExpenditure'
  | 'projectExpenditure'
  | 'personnelExpenditure'
  | 'publicExpenditure'
  | 'carryoverEnd'
  | 'threePublicBudget'
  | 'threePublicActual'
  | 'abroadActual'
  | 'vehiclePurchaseActual'
  | 'vehicleOperationActual'
  | 'receptionActual'
  | 'budgetInitial'
  | 'budgetFinal'
  | 'budgetExecuted'
  | 'projectBudgetFinal'
  | 'projectExecuted'
  | 'keyProjectExecuted'
  | 'staffAuthorized'
  | 'staffActual'
  | 'internalOrgCount'
  | 'subUnitCount'
  | 'threePublicActualPrior'
  | 'carryoverEndPrior'
  | 'expenditureTotalPrior';

export interface Figure {
  readonly id: FigureId;
  /** 中文 name, as in placeholders ({基本支出}). */
  readonly name: string;
  readonly unit: '万元' | '人' | '个';
  /** Null when the source is missing; `unavailable` then says what is missing (worded by findings/wording). */
  readonly value: Decimal | null;
  readonly expr: Expr | null;
  readonly unavailable: Unavailable | null;
  /** True when the form has no column for this figure at all (not a blank cell to fill in). */
  readonly notOnForm?: boolean;
}

export type Figures = Readonly<Record<FigureId, Figure>>;

export type IndicatorId =
  | 'budgetExecutionRate'
  | 'budgetAdjustmentRate'
  | 'budgetCompletionRate'
  | 'carryoverRate'
  | 'carryoverChangeRate'
  | 'staffControlRate'
  | 'threePublicControlRate'
  | 'threePublicChangeRate'
  | 'keySpendingRate'
  | 'projectExecutionRate'
  | 'basicShare'
  | 'projectShare'
  | 'personnelShare'
  | 'publicShare'
  | 'expenditureGrowth';

export interface Indicator {
  readonly id: IndicatorId;
  readonly name: string;
  /** The formula in words, for 附表2: 全年执行数 ÷ 全年预算数. */
  readonly formulaWords: string;
  /** A ratio (0.9876), or null when not available. */
  readonly value: Decimal | null;
  /** The expression over figures (figures appear as `ref` nodes named by FigureId). */
  readonly expr: Expr | null;
  readonly unavailable: Unavailable | null;
  /**
   * A control rate with a limit of 0: `nothingSpent` (value 0, full compliance: 无支出) or
   * `overLimit` (no value: spending against a limit of 0, scored as the worst case).
   */
  readonly zeroLimit?: 'nothingSpent' | 'overLimit';
}

export type Grade = '优' | '良' | '中' | '差';

export interface ScoreRow {
  /** Indicator id for scheme rows on computed indicators, or `P2:<row>` for self-evaluation rows. */
  readonly key: string;
  readonly level1: string;
  readonly level2: string;
  readonly level3: string;
  readonly targetText: string;
  readonly actualText: string;
  readonly weight: Decimal;
  /** Rounded 四舍五入 to 2 places. */
  readonly score: Decimal;
  /** The rule as an expression (the live score formula), null when the row is scored from text (定性). */
  readonly scoreExpr: Expr | null;
  /** The rule it was scored by, as data (worded per language by indicators/ruleWords.ts); null: none. */
  readonly rule: RuleText | null;
  readonly deviationReason: string;
  readonly source: CellRef | null;
  /** Where a scheme row comes from (a published table, 评分方案!第5行), for the appendix. */
  readonly origin?: string;
}

export interface Scoring {
  readonly scheme: string;
  /** The sheet a user scheme was read from (评分方案); absent for a built-in scheme. */
  readonly schemeSheet?: string;
  readonly rows: readonly ScoreRow[];
  readonly total: Decimal;
  readonly grade: Grade;
  /** Rows that could not be computed (scored 0 until filled in): the total is provisional, 暂计, while > 0. */
  readonly pending?: number;
}

export interface Analysis {
  readonly department: string;
  readonly year: number | null;
  readonly model: Model;
  readonly figures: Figures;
  readonly indicators: readonly Indicator[];
  readonly scoring: Scoring;
  /** All findings: recognition, checks, indicators and scoring, sorted error → warning → info. */
  readonly findings: readonly Finding[];
  readonly report: ReportDocument;
}
