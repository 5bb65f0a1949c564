import { CellValue, sheetOf } from '../grid/snapshot';
import { Model, P3Data } from '../model/types';
import { Finding } from '../findings/finding';
import { describeFinding } from '../findings/wording';
import { toFormula } from '../report/formula';
import { tableContext } from '../recognise/common';
import { readS } from '../recognise/s';
import { computeFigures } from './figures';
import { computeIndicators } from './indicators';
import { computeScoring } from './scoring';
import { namesUserScheme, schemeTarget, userScheme, USER_SCHEME_NAME } from './userScheme';
import { P2_SHEET, amount, fundTotal, indicatorRow, tableInfo, text } from '../../../test/support/testBuilders';
import { fieldsOf } from '../../../test/support/findingText';
import { LabelId } from '../findings/labels';
import { LABELS_ZH_CN } from '../findings/words.zh-CN';
import { ruleWords } from './ruleWords';

const S = '评分方案';
const _ = null;
const HEADER: CellValue[] = ['一级指标', '二级指标', '指标', '分值', '规则', '参数'];

/** Sheet 评分方案 with the header on row 2 (index 1) and the given rows from row 3 (index 2). */
function schemeSheet(rows: CellValue[][]) {
  return readS(tableContext(sheetOf(S, [['评分方案'], HEADER, ...rows]), 'S'));
}

function p3(scheme: string | null, numbers: P3Data['numbers'] = {}): P3Data {
  return {
    info: tableInfo('P3', '部门基本情况'),
    departmentName: null,
    year: null,
    duties: [],
    internalOrgs: [],
    internalOrgsRef: null,
    numbers,
    schemeName: scheme === null ? null : text('部门基本情况', 9, 1, scheme),
    reportTitle: null,
  };
}

/** The hand form of scoring.test.ts: 预算执行率 95/100 (分值 10) and four P2 rows worth 30 + 20 + 20 + 20 = 90. */
function form(extra: Partial<Model> = {}): Model {
  return {
    tables: [],
    findings: [],
    p2: {
      info: tableInfo('P2', P2_SHEET),
      funds: [fundTotal(100, 95, { weight: amount(P2_SHEET, 3, 5, 10) })],
      goals: [],
      indicators: [
        indicatorRow({
          row: 10,
          name: '学位增加数',
          direction: '>=',
          target: 1,
          actual: '0.9',
          weight: 30,
          reason: '工期延误',
        }),
        indicatorRow({
          row: 11,
          name: '辍学率',
          direction: '<=',
          target: '0.05',
          actual: '0.06',
          weight: 20,
          reason: '人口流动',
        }),
        indicatorRow({ row: 12, name: '办学条件改善', direction: 'qualitative', completion: '达成', weight: 20 }),
        indicatorRow({
          row: 13,
          name: '社会满意',
          direction: 'qualitative',
          completion: '部分达成',
          userScore: 13,
          weight: 20,
          reason: '宣传不足',
        }),
      ],
    },
    ...extra,
  };
}

function score(model: Model, scheme?: string) {
  const figures = computeFigures(model);
  return computeScoring(model, figures, computeIndicators(figures), scheme);
}

const codes = (fs: readonly Finding[]) => fs.map((f) => f.code);

/** A user scheme over the hand form, with one typo row (每点=abc). */
const USER_ROWS: CellValue[][] = [
  ['预算执行', '预算执行率', '预算执行率', 20, '执行率', _],
  ['过程', '预算执行', '预算调整率', 5, '分档', '0:5; 10%:4; 20%:3; 30%:2; :0'],
  ['投入', '预算配置', '在职人员控制率', 5, '每点扣分', '阈值=100%; 每点=abc'],
  ['产出/效益/满意度', '绩效指标', '绩效指标表', 75, _, _],
];

describe('a user scheme in sheet 评分方案', () => {
  it('scores the hand form: 19 + 5 + (22.5 + 13.34 + 16.67 + 10.83) = 87.34 → 良; the typo row is left out with one error', () => {
    // By hand:
    //   预算执行率 20 × min(95 ÷ 100, 1) = 19
    //   预算调整率 (100 − 100) ÷ 100 = 0 → band ≤0 → 5
    //   在职人员控制率: 每点=abc → error at its 参数 cell, row left out
    //   绩效指标表 75: each 分值 × 75 ÷ 90, to 0.01 by largest remainder so they total exactly 75
    //   (25 + 16.66 × 3 = 74.98: the two cents go to the first two of the equal remainders):
    //     学位增加数 30 → 25; 正向 0.9 ÷ 1 × 25 = 22.5
    //     辍学率 20 → 16.67; 反向 (1 − (0.06 − 0.05) ÷ 0.05) × 16.67 = 13.336 → 13.34
    //     办学条件改善 20 → 16.67; 达成 → 16.67
    //     社会满意 20 → 16.66; 部分达成, 13 × 75 ÷ 90 = 10.833… (inside [9.996, 13.328)) → 10.83
    //   total 19 + 5 + 22.5 + 13.34 + 16.67 + 10.83 = 87.34
    //   (was 13.33 / 87.33 with unrounded weights 16.666…, whose maximum is not exactly 75: issue 11)
    const { scoring, findings } = score(form({ s: schemeSheet(USER_ROWS) }));
    expect(scoring.scheme).toBe(USER_SCHEME_NAME);
    expect(scoring.schemeSheet).toBe(S);
    expect(scoring.rows.map((r) => r.score.toString())).toEqual(['19', '5', '22.5', '13.34', '16.67', '10.83']);
    expect(scoring.total.toString()).toBe('87.34');
    expect(scoring.grade).toBe('良');
    expect(codes(findings)).toEqual(['scheme.row']);
    const [f] = findings;
    // Row 5 of the sheet (index 4), column F (参数).
    expect(f).toMatchObject({ severity: 'error', at: { sheet: S, row: 4, col: 5 } });
    expect(fieldsOf(f)).toMatchObject({
      row: 5,
      field: 's.params',
      problem: 'param',
      param: '每点',
      found: '每点=abc',
    });
    expect(describeFinding(f, 'zh-CN')).toContain(
      '评分方案第 5 行无效（参数）：应为每点扣分，如“每点=0.5”，实为“每点=abc”，该行未计分',
    );
  });

  it('the same form under the built-in schemes: 财政部自评 85.5; the user rows are not used', () => {
    // 9.5 + 27 + 16 + 20 + 13 = 85.5 (scoring.test.ts), whatever the sheet says, when --scheme names it.
    const { scoring, findings } = score(form({ s: schemeSheet(USER_ROWS) }), '财政部自评');
    expect(scoring.scheme).toBe('财政部自评');
    expect(scoring.total.toString()).toBe('85.5');
    expect(codes(findings)).toEqual(['scheme.ignored']);
  });

  it('reads the weight live from the 分值 cell', () => {
    const { scoring } = score(form({ s: schemeSheet(USER_ROWS) }));
    expect(toFormula(scoring.rows[0].scoreExpr!)).toContain("'评分方案'!D3");
    expect(scoring.rows[0].source).toEqual({ sheet: S, row: 2, col: 2 });
  });

  it('names each row’s rule in words', () => {
    const { scoring } = score(form({ s: schemeSheet(USER_ROWS) }));
    expect(ruleWords(scoring.rows[1].rule)).toBe('分档计分：≤0.00%得5分；≤10.00%得4分；≤20.00%得3分；≤30.00%得2分；其余得0分');
  });
});

describe('which scheme is used', () => {
  const s = schemeSheet(USER_ROWS);

  it('the sheet, when 部门基本情况 names no scheme', () => {
    expect(score(form({ s, p3: p3(null) })).scoring.scheme).toBe(USER_SCHEME_NAME);
  });

  it('a built-in named in 部门基本情况, with an info note at that cell that the sheet was not used', () => {
    const { scoring, findings } = score(form({ s, p3: p3('湖南部门整体') }));
    expect(scoring.scheme).toBe('湖南部门整体');
    const note = findings.find((f) => f.code === 'scheme.ignored')!;
    expect(note).toMatchObject({ severity: 'info', at: { sheet: '部门基本情况', row: 9, col: 1 } });
    expect(findings.filter((f) => f.code === 'scheme.row')).toEqual([]);
  });

  it('the sheet, when --scheme or 部门基本情况 says 自定义 (over a built-in in 部门基本情况)', () => {
    expect(score(form({ s, p3: p3('财政部自评') }), '自定义').scoring.scheme).toBe(USER_SCHEME_NAME);
    expect(score(form({ s, p3: p3('评分方案') })).scoring.scheme).toBe(USER_SCHEME_NAME);
  });

  it('an unknown name warns and falls back to the sheet', () => {
    const { scoring, findings } = score(form({ s, p3: p3('省厅方案') }));
    expect(scoring.scheme).toBe(USER_SCHEME_NAME);
    expect(fieldsOf(findings.find((f) => f.code === 'scheme.unknown'))).toEqual({
      scheme: '省厅方案',
      used: USER_SCHEME_NAME,
    });
  });

  it('财政部自评 when no row of the sheet is valid, with an error per row', () => {
    const bad = schemeSheet([
      [_, _, '资金到位率', 5, '正向', '95%'],
      [_, _, '预算执行率', 5, '按比例', _],
    ]);
    const { scoring, findings } = score(form({ s: bad }));
    expect(scoring.scheme).toBe('财政部自评');
    expect(
      findings.filter((f) => f.code === 'scheme.row').map((f) => [fieldsOf(f).problem, f.at.row, f.at.col]),
    ).toEqual([
      ['indicator', 2, 2],
      ['rule', 3, 4],
    ]);
  });
});

describe('malformed rows', () => {
  const problems = (rows: CellValue[][]) =>
    userScheme(schemeSheet(rows)).findings.map((f) => {
      const { field, problem, found } = fieldsOf(f) as { field: LabelId; problem: string; found: string };
      return [LABELS_ZH_CN[field], problem, found];
    });

  it('each is located at its cell, says what was found, and leaves the other rows in', () => {
    const rows: CellValue[][] = [
      [_, _, '结转结余率', '五分', '反向', '5%'],
      [_, _, '结转结余率', 5, '反向', '5%'],
      [_, _, 'carryoverRate', 5, '反向', '5%'],
      [_, _, '项目支出执行率', _, '正向', '100%'],
      [_, _, '重点支出安排率', 5, '分档', '<60%:0; :6'],
      [_, _, '绩效指标表', 0, _, _],
    ];
    expect(problems(rows)).toEqual([
      ['分值', 'weight', '五分'],
      ['指标', 'duplicate', 'carryoverRate'],
      ['分值', 'weight', ''],
      ['参数', 'bandScore', '6'],
      ['分值', 'weight', '0'],
    ]);
    expect(userScheme(schemeSheet(rows)).scheme?.rows).toHaveLength(1);
  });

  it('a blank 分值 is the form’s own only for 执行率 on 预算执行率 and for 绩效指标表', () => {
    const parsed = userScheme(
      schemeSheet([
        ['预算执行', '预算执行率', '预算执行率', _, '执行率', _],
        [_, _, '绩效指标表', '按自评表', _, _],
      ]),
    );
    expect(parsed.findings).toEqual([]);
    expect(parsed.scheme?.rows).toEqual([
      expect.objectContaining({ source: 'indicator', indicator: 'budgetExecutionRate', weight: 'p2Fund' }),
      { source: 'p2Rows', scaleTo: null },
    ]);
  });
});

describe('names in 指标 and 评分方案', () => {
  it('accepts ids, 中文 names with any quotes, and 绩效指标表', () => {
    expect(schemeTarget('“三公经费”控制率')).toBe('threePublicControlRate');
    expect(schemeTarget('三公经费变动率')).toBe('threePublicChangeRate');
    expect(schemeTarget('BudgetExecutionRate')).toBe('budgetExecutionRate');
    expect(schemeTarget('绩效指标表')).toBe('p2Rows');
    expect(schemeTarget('资金到位率')).toBeNull();
  });

  it('自定义 and 评分方案 mean the sheet; built-in names do not', () => {
    expect(namesUserScheme('自定义')).toBe(true);
    expect(namesUserScheme(' 评分方案 ')).toBe(true);
    expect(namesUserScheme('财政部自评')).toBe(false);
  });
});

describe('a change rate with both years 0', () => {
  it('is 0 and scores full under 每点扣分 with 阈值=0', () => {
    const t7 = {
      info: tableInfo('T7', '三公'),
      budget: { total: amount('三公', 5, 1, 0) },
      actual: { total: amount('三公', 5, 2, 0) },
    };
    const s = schemeSheet([[_, _, '"三公经费"变动率', 8, '每点扣分', '阈值=0; 每点=0.8']]);
    const prior = { threePublicActualPrior: amount('部门基本情况', 7, 1, 0) };
    const { scoring, findings } = score(form({ t7, s, p3: p3(null, prior) }));
    expect(scoring.rows.map((r) => [r.key, r.score.toString()])).toEqual([['threePublicChangeRate', '8']]);
    expect(codes(findings)).toEqual(['P2.weights']);
  });
});

describe('a sheet that copies a built-in scheme', () => {
  it('keeps the built-in’s name: 湖南部门整体 written out row by row', () => {
    const hunan = schemeSheet([
      ['投入', '预算配置', '在职人员控制率', 5, '每点扣分', '阈值=100%; 每点=0.5; 步长=1'],
      ['投入', '预算配置', '"三公经费"变动率', 8, '每点扣分', '阈值=0; 每点=0.8'],
      ['过程', '预算执行', '预算完成率', 5, '每点扣分', '阈值=100%; 每点=2; 步长=5'],
      ['过程', '预算执行', '预算调整率', 5, '分档', '0:5; 10%:4; 20%:3; 30%:2; :0'],
      ['过程', '预算管理', '"三公经费"控制率', 6, '每点扣分', '阈值=100%; 每点=1'],
      ['投入', '预算配置', '重点支出安排率', 5, '分档', '<60%:0; <70%:2; <80%:3; <90%:4; :5'],
      ['过程', '预算执行', '结转结余率', 5, '分档', '0:5; 5%:4; 10%:3; 20%:1; :0'],
      ['产出/效益/满意度', '绩效指标', '绩效指标表', 61, _, _],
    ]);
    const parsed = userScheme(hunan);
    expect(parsed.findings).toEqual([]);
    expect(parsed.scheme).toMatchObject({ name: '湖南部门整体', checkWeights: false, sheet: S });
  });

  it('a changed weight makes it the user’s own', () => {
    const own = schemeSheet([
      ['预算执行', '预算执行率', '预算执行率', 15, '执行率', _],
      ['产出/效益/满意度', '绩效指标', '绩效指标表', _, _, _],
    ]);
    expect(userScheme(own).scheme?.name).toBe(USER_SCHEME_NAME);
  });
});
