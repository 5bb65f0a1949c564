/**
 * Scoring schemes as data: a list of row definitions. A row scores a computed indicator with
 * a rule, or stands for every indicator row of the self-evaluation form (P2).
 */
import Decimal from 'decimal.js';
import { CellRef } from '../grid/address';
import { Expr } from '../model/expr';
import { IndicatorId } from '../model/analysis';
import { Dec } from '../money';
import { Band, DeductPerPoint } from './rules';

/** How one scheme row turns a value into a score. */
export type RuleSpec =
  | { readonly kind: 'budgetExecution' }
  | { readonly kind: 'positive' | 'reverse' | 'equal'; readonly target: Decimal }
  | ({ readonly kind: 'deductPerPoint' } & DeductPerPoint)
  | { readonly kind: 'bands'; readonly bands: readonly Band[] };

export type SchemeRow =
  | {
      readonly source: 'indicator';
      readonly indicator: IndicatorId;
      readonly level1: string;
      readonly level2: string;
      /** Points, or `p2Fund`: the 分值 of P2 年度资金总额 (10 unless given). */
      readonly weight: Decimal | 'p2Fund';
      readonly rule: RuleSpec;
      /** Where the row comes from (a published table), for the appendix. */
      readonly origin?: string;
      /** The weight read live from a cell (a user scheme's 分值), when there is one. */
      readonly weightExpr?: Expr;
      /** The row's 指标 cell in sheet 评分方案 (user schemes only). */
      readonly cell?: CellRef;
    }
  | {
      /** Every P2 indicator row with its own 分值, scaled to total `scaleTo` when given. */
      readonly source: 'p2Rows';
      readonly scaleTo: Decimal | null;
    };

export interface Scheme {
  readonly name: string;
  readonly rows: readonly SchemeRow[];
  /** Warn when the weights do not total 100 (schemes that scale weights need not). */
  readonly checkWeights: boolean;
  /** The sheet the scheme was read from (a user scheme in 评分方案); absent for built-in ones. */
  readonly sheet?: string;
}

/** The weight of 预算执行率 when P2 年度资金总额 gives no 分值. */
export const DEFAULT_BUDGET_EXECUTION_WEIGHT = new Dec(10);

export const DEFAULT_SCHEME_NAME = '财政部自评';

/** 财政部自评 (财预〔2020〕10号 forms): 预算执行率 + every P2 indicator row with its own 分值. */
export const DEFAULT_SCHEME: Scheme = {
  name: DEFAULT_SCHEME_NAME,
  checkWeights: true,
  rows: [
    {
      source: 'indicator',
      indicator: 'budgetExecutionRate',
      level1: '预算执行',
      level2: '预算执行率',
      weight: 'p2Fund',
      rule: { kind: 'budgetExecution' },
    },
    { source: 'p2Rows', scaleTo: null },
  ],
};

const d = (v: string | number): Decimal => new Dec(v);

/** A scheme row scoring one computed indicator (the built-in schemes are tables of these). */
const indicatorRow = (
  indicator: IndicatorId,
  level1: string,
  level2: string,
  weight: number,
  rule: RuleSpec,
  origin: string,
): SchemeRow => ({ source: 'indicator', indicator, level1, level2, weight: d(weight), rule, origin });

/** 每点扣分: `perPoint` for each started `step` percentage points past `threshold` on `side`. */
const perPoint = (side: 'over' | 'under', threshold: number, points: string | number, step: number): RuleSpec => ({
  kind: 'deductPerPoint',
  threshold: d(threshold),
  perPoint: d(points),
  step: d(step),
  side,
});

/** 分档: [upper limit (null: no limit), limit inclusive, score], lowest band first. */
const bands = (...rows: readonly [string | null, boolean, number][]): RuleSpec => ({
  kind: 'bands',
  bands: rows.map(([limit, inclusive, score]) => ({
    upTo: limit === null ? null : d(limit),
    inclusive,
    score: d(score),
  })),
});

export const HUNAN_SCHEME_NAME = '湖南部门整体';

const HUNAN_2015 = '湖南省经信委2015年部门整体支出绩效评价指标';
const YUEYANG = '岳阳市部门整体支出绩效评价指标';

/**
 * 湖南部门整体: a reference scheme assembled from published Hunan tables (each row names its
 * source); the P2 rows share the remaining 61 points in proportion to their 分值.
 */
export const HUNAN_SCHEME: Scheme = {
  name: HUNAN_SCHEME_NAME,
  checkWeights: false,
  rows: [
    indicatorRow('staffControlRate', '投入', '预算配置', 5, perPoint('over', 1, '0.5', 1), HUNAN_2015),
    indicatorRow('threePublicChangeRate', '投入', '预算配置', 8, perPoint('over', 0, '0.8', 1), HUNAN_2015),
    indicatorRow('budgetCompletionRate', '过程', '预算执行', 5, perPoint('under', 1, 2, 5), HUNAN_2015),
    indicatorRow(
      'budgetAdjustmentRate',
      '过程',
      '预算执行',
      5,
      bands(['0', true, 5], ['0.1', true, 4], ['0.2', true, 3], ['0.3', true, 2], [null, false, 0]),
      '湖南省人民政府参事室部门整体支出绩效评价指标（预算控制率）',
    ),
    indicatorRow('threePublicControlRate', '过程', '预算管理', 6, perPoint('over', 1, 1, 1), YUEYANG),
    indicatorRow(
      'keySpendingRate',
      '投入',
      '预算配置',
      5,
      bands(['0.6', false, 0], ['0.7', false, 2], ['0.8', false, 3], ['0.9', false, 4], [null, false, 5]),
      YUEYANG,
    ),
    indicatorRow(
      'carryoverRate',
      '过程',
      '预算执行',
      5,
      bands(['0', true, 5], ['0.05', true, 4], ['0.1', true, 3], ['0.2', true, 1], [null, false, 0]),
      '本工具默认分档（未找到公开的分档标准）',
    ),
    { source: 'p2Rows', scaleTo: d(61) },
  ],
};

/** The built-in schemes by name. */
export const SCHEMES: Readonly<Record<string, Scheme>> = {
  [DEFAULT_SCHEME_NAME]: DEFAULT_SCHEME,
  [HUNAN_SCHEME_NAME]: HUNAN_SCHEME,
};

/** A built-in scheme by name (spaces ignored), or undefined. */
export function findScheme(name: string): Scheme | undefined {
  const wanted = name.replace(/\s+/g, '');
  return Object.values(SCHEMES).find((s) => s.name === wanted);
}
