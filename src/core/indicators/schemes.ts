/**
 * Scoring schemes as data: a list of row definitions. A row scores a computed indicator with
 * a rule, or stands for every indicator row of the self-evaluation form (P2).
 */
import Decimal from 'decimal.js';
import { CellRef } from '../grid/address';
import { Expr } from '../model/expr';
import { IndicatorId } from '../model/analysis';
import { Direction } from '../model/types';
import { Dec, formatRate, formatScore } from '../money';
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
const upTo = (limit: string | null, inclusive: boolean, score: number): Band => ({
  upTo: limit === null ? null : d(limit),
  inclusive,
  score: d(score),
});

export const HUNAN_SCHEME_NAME = '湖南部门整体';

/**
 * 湖南部门整体: a reference scheme assembled from published Hunan tables (each row names its
 * source); the P2 rows share the remaining 61 points in proportion to their 分值.
 */
export const HUNAN_SCHEME: Scheme = {
  name: HUNAN_SCHEME_NAME,
  checkWeights: false,
  rows: [
    {
      source: 'indicator',
      indicator: 'staffControlRate',
      level1: '投入',
      level2: '预算配置',
      weight: d(5),
      rule: { kind: 'deductPerPoint', threshold: d(1), perPoint: d('0.5'), step: d(1), side: 'over' },
      origin: '湖南省经信委2015年部门整体支出绩效评价指标',
    },
    {
      source: 'indicator',
      indicator: 'threePublicChangeRate',
      level1: '投入',
      level2: '预算配置',
      weight: d(8),
      rule: { kind: 'deductPerPoint', threshold: d(0), perPoint: d('0.8'), step: d(1), side: 'over' },
      origin: '湖南省经信委2015年部门整体支出绩效评价指标',
    },
    {
      source: 'indicator',
      indicator: 'budgetCompletionRate',
      level1: '过程',
      level2: '预算执行',
      weight: d(5),
      rule: { kind: 'deductPerPoint', threshold: d(1), perPoint: d(2), step: d(5), side: 'under' },
      origin: '湖南省经信委2015年部门整体支出绩效评价指标',
    },
    {
      source: 'indicator',
      indicator: 'budgetAdjustmentRate',
      level1: '过程',
      level2: '预算执行',
      weight: d(5),
      rule: {
        kind: 'bands',
        bands: [
          upTo('0', true, 5),
          upTo('0.1', true, 4),
          upTo('0.2', true, 3),
          upTo('0.3', true, 2),
          upTo(null, false, 0),
        ],
      },
      origin: '湖南省人民政府参事室部门整体支出绩效评价指标（预算控制率）',
    },
    {
      source: 'indicator',
      indicator: 'threePublicControlRate',
      level1: '过程',
      level2: '预算管理',
      weight: d(6),
      rule: { kind: 'deductPerPoint', threshold: d(1), perPoint: d(1), step: d(1), side: 'over' },
      origin: '岳阳市部门整体支出绩效评价指标',
    },
    {
      source: 'indicator',
      indicator: 'keySpendingRate',
      level1: '投入',
      level2: '预算配置',
      weight: d(5),
      rule: {
        kind: 'bands',
        bands: [
          upTo('0.6', false, 0),
          upTo('0.7', false, 2),
          upTo('0.8', false, 3),
          upTo('0.9', false, 4),
          upTo(null, false, 5),
        ],
      },
      origin: '岳阳市部门整体支出绩效评价指标',
    },
    {
      source: 'indicator',
      indicator: 'carryoverRate',
      level1: '过程',
      level2: '预算执行',
      weight: d(5),
      rule: {
        kind: 'bands',
        bands: [
          upTo('0', true, 5),
          upTo('0.05', true, 4),
          upTo('0.1', true, 3),
          upTo('0.2', true, 1),
          upTo(null, false, 0),
        ],
      },
      origin: '本工具默认分档（未找到公开的分档标准）',
    },
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

/** The rule of a scheme row in words, for 附表 and the ScoreRow. */
export function ruleWords(rule: RuleSpec): string {
  switch (rule.kind) {
    case 'budgetExecution':
      return '预算执行率×分值，执行率100%及以上得满分';
    case 'positive':
    case 'reverse':
    case 'equal': {
      const direction = rule.kind === 'positive' ? '>=' : rule.kind === 'reverse' ? '<=' : '=';
      return `${directionWords(direction)}（目标值${formatRate(rule.target)}）`;
    }
    case 'deductPerPoint': {
      const step = rule.step.eq(1) ? '' : String(rule.step);
      const where = rule.side === 'over' ? '不高于' : '不低于';
      const past = rule.side === 'over' ? '超过' : '低于';
      return `${where}${formatRate(rule.threshold)}得满分，每${past}${step}个百分点扣${formatScore(rule.perPoint)}分，扣完为止`;
    }
    case 'bands':
      return `分档计分：${rule.bands.map(bandWords).join('；')}`;
  }
}

function bandWords(b: Band): string {
  if (b.upTo === null) return `其余得${formatScore(b.score)}分`;
  return `${b.inclusive ? '≤' : '<'}${formatRate(b.upTo)}得${formatScore(b.score)}分`;
}

/** The rule of a P2 indicator row in words, by its 指标性质. */
export function directionWords(direction: Direction): string {
  switch (direction) {
    case '>=':
      return '正向指标：实际值≥目标值得满分，否则按实际值÷目标值×分值计分';
    case '<=':
      return '反向指标：实际值≤目标值得满分，超出按超出比例扣分，达到目标值2倍及以上得0分';
    case '=':
      return '等于指标：实际值等于目标值得满分，低于目标按正向、高于目标按反向计分';
    case 'qualitative':
      return '定性指标：达成年度指标得分值的80%–100%，部分达成得60%–80%，未达成得0–60%';
  }
}
