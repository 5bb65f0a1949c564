import { cellRef } from '../grid/address';
import { Model, P2FundRow, P2IndicatorRow } from '../model/types';
import { Finding } from '../findings/finding';
import { toFormula } from '../report/formula';
import { dec } from '../money';
import { computeFigures } from './figures';
import { ruleWords } from './ruleWords';
import { computeIndicators } from './indicators';
import { computeScoring } from './scoring';
import { P2_SHEET, amount, fundTotal, indicatorRow, tableInfo, text } from '../../../test/support/testBuilders';
import { describeFinding } from '../findings/wording';
import { fieldsOf } from '../../../test/support/findingText';

function modelOf(funds: P2FundRow[], indicators: P2IndicatorRow[], schemeCell?: string): Model {
  return {
    tables: [],
    findings: [],
    p2: { info: tableInfo('P2', P2_SHEET), funds, goals: [], indicators },
    p3: schemeCell
      ? {
          info: tableInfo('P3', 'P3'),
          departmentName: null,
          year: null,
          duties: [],
          internalOrgs: [],
          internalOrgsRef: null,
          numbers: {},
          schemeName: text('P3', 9, 1, schemeCell),
          reportTitle: null,
        }
      : undefined,
  };
}

function score(model: Model, scheme?: string) {
  const figures = computeFigures(model);
  return computeScoring(model, figures, computeIndicators(figures), scheme);
}

const codes = (fs: readonly Finding[]) => fs.map((f) => f.code);
const withWeight = (w: number) => ({ weight: amount(P2_SHEET, 3, 5, w) });

/** A form whose default-scheme total is worked out by hand in the test below. */
function handForm(): Model {
  return modelOf(
    [fundTotal(100, 95, withWeight(10))],
    [
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
  );
}

describe('default scheme 财政部自评', () => {
  it('totals the rounded rows: 9.5 + 27 + 16 + 20 + 13 = 85.5 → 良', () => {
    const { scoring, findings } = score(handForm());
    expect(scoring.scheme).toBe('财政部自评');
    expect(scoring.rows.map((r) => r.score.toString())).toEqual(['9.5', '27', '16', '20', '13']);
    expect(scoring.total.toString()).toBe('85.5');
    expect(scoring.grade).toBe('良');
    expect(findings).toEqual([]);
  });

  it('a seed-like form scores 88 → 良', () => {
    const m = modelOf(
      [fundTotal('26833.46', '26833.46', withWeight(10))],
      [
        indicatorRow({ row: 10, name: '新增学位数', direction: '>=', target: 4000, actual: 4404, weight: 20 }),
        indicatorRow({ row: 11, name: '辍学率', direction: '<=', target: 0, actual: 0, weight: 10 }),
        indicatorRow({ row: 12, name: '资金拨付及时率', direction: '=', target: 1, actual: 1, weight: 10 }),
        indicatorRow({
          row: 13,
          name: '教育质量提升',
          direction: 'qualitative',
          completion: '部分达成',
          userScore: 12,
          weight: 20,
          reason: '布局失调',
        }),
        indicatorRow({
          row: 14,
          name: '可持续发展',
          direction: 'qualitative',
          completion: '达成',
          userScore: 16,
          weight: 20,
          reason: '资金缺口',
        }),
        indicatorRow({ row: 15, name: '群众满意度', direction: '>=', target: '0.9', actual: '0.9', weight: 10 }),
      ],
    );
    const { scoring, findings } = score(m);
    expect(scoring.total.toString()).toBe('88');
    expect(scoring.grade).toBe('良');
    expect(findings).toEqual([]);
  });

  it('scores 预算执行率 with the live formula over the P2 cells', () => {
    const row = score(handForm()).scoring.rows[0];
    expect(row).toMatchObject({
      key: 'budgetExecutionRate',
      level3: '预算执行率',
      actualText: '95.00%',
      targetText: '100%',
    });
    expect(toFormula(row.scoreExpr!)).toBe("ROUND(MAX(0,'绩效自评表'!F4*MIN('绩效自评表'!E4/'绩效自评表'!D4,1)),2)");
    expect(ruleWords(row.rule)).toContain('预算执行率');
  });

  it('uses weight 10 for 预算执行率 when P2 gives no 分值', () => {
    const m = modelOf(
      [fundTotal(100, 50)],
      [indicatorRow({ row: 10, name: 'x', direction: '>=', target: 1, actual: 1, weight: 90 })],
    );
    const { scoring, findings } = score(m);
    expect(scoring.rows[0].weight.toString()).toBe('10');
    expect(scoring.rows[0].score.toString()).toBe('5');
    expect(codes(findings)).toEqual([]);
  });

  it('warns when the weights do not total 100, showing the sum, and still sums', () => {
    const m = modelOf(
      [fundTotal(100, 100, withWeight(10))],
      [indicatorRow({ row: 10, name: 'x', direction: '>=', target: 1, actual: 1, weight: 80 })],
    );
    const { scoring, findings } = score(m);
    expect(scoring.total.toString()).toBe('90');
    const f = findings.find((x) => x.code === 'P2.weights')!;
    expect(f.severity).toBe('warning');
    expect(describeFinding(f)).toContain('绩效指标分值合计 90，应为 100；');
  });

  it('a row lacking target or weight is an error at the row and scores 0', () => {
    const m = modelOf(
      [fundTotal(100, 100, withWeight(10))],
      [indicatorRow({ row: 10, name: '学位', direction: '>=', actual: 5 })],
    );
    const { scoring, findings } = score(m);
    const f = findings.find((x) => x.code === 'P2.row')!;
    expect(f).toMatchObject({ severity: 'error', at: { sheet: P2_SHEET, row: 10, col: 2 } });
    expect(describeFinding(f)).toContain('“学位”缺少年度指标值、分值');
    expect(scoring.rows[1].score.toString()).toBe('0');
  });

  it('a 定性 row without 完成情况 is an error', () => {
    const m = modelOf(
      [fundTotal(1, 1, withWeight(10))],
      [indicatorRow({ row: 10, name: '满意', direction: 'qualitative', weight: 90 })],
    );
    expect(describeFinding(score(m).findings.find((x) => x.code === 'P2.row')!)).toContain('“满意”缺少完成情况');
  });

  it('a 部分达成 row without a score asks for one and scores the lower bound', () => {
    const m = modelOf(
      [fundTotal(1, 1, withWeight(10))],
      [
        indicatorRow({
          row: 10,
          name: '满意',
          direction: 'qualitative',
          completion: '部分达成',
          weight: 90,
          reason: 'r',
        }),
      ],
    );
    const { scoring, findings } = score(m);
    expect(scoring.rows[1].score.toString()).toBe('54');
    expect(fieldsOf(findings.find((x) => x.code === 'P2.row')).problem).toBe('scoreNeeded');
  });

  it('a 定性 score outside its band is an error at the score cell', () => {
    const m = modelOf(
      [fundTotal(1, 1, withWeight(10))],
      [
        indicatorRow({
          row: 10,
          name: '满意',
          direction: 'qualitative',
          completion: '达成',
          userScore: 50,
          weight: 90,
          reason: 'r',
        }),
      ],
    );
    const { scoring, findings } = score(m);
    expect(scoring.rows[1].score.toString()).toBe('72');
    expect(findings.find((x) => x.code === 'P2.row')).toMatchObject({
      at: { row: 10, col: 9 },
      fields: { problem: 'outsideBand' },
    });
  });

  it('warns when a row lost points and has no 偏差原因', () => {
    const m = modelOf(
      [fundTotal(1, 1, withWeight(10))],
      [indicatorRow({ row: 10, name: '学位', direction: '>=', target: 10, actual: 9, weight: 90 })],
    );
    const f = score(m).findings.find((x) => x.code === 'P2.deviation')!;
    expect(describeFinding(f)).toContain('指标“学位”未得满分（81/90 分）');
  });

  it('warns when a typed 得分 of a quantitative row disagrees with the recomputed one', () => {
    const m = modelOf(
      [fundTotal(1, 1, withWeight(10))],
      [
        indicatorRow({
          row: 10,
          name: '学位',
          direction: '>=',
          target: 10,
          actual: 9,
          weight: 90,
          userScore: 85,
          reason: 'r',
        }),
      ],
    );
    const { scoring, findings } = score(m);
    expect(scoring.rows[1].score.toString()).toBe('81');
    const f = findings.find((x) => x.code === 'P2.userScore')!;
    expect(f).toMatchObject({ at: { row: 10, col: 9 }, expected: dec(81), actual: dec(85) });
  });

  it('accepts a typed score rounded to fewer places', () => {
    const m = modelOf(
      [fundTotal(3, 2, withWeight(10))],
      [indicatorRow({ row: 10, name: 'x', direction: '>=', target: 1, actual: 1, weight: 90 })],
    );
    const fund = m.p2!.funds[0];
    const typed = { ...fund, userScore: amount(P2_SHEET, 3, 7, '6.7'), userRate: amount(P2_SHEET, 3, 6, '66.67') };
    expect(codes(score({ ...m, p2: { ...m.p2!, funds: [typed] } }).findings)).toEqual([]);
  });

  it('warns when the typed 执行率 or 得分 of the fund block disagrees', () => {
    const m = modelOf(
      [
        fundTotal(100, 90, {
          ...withWeight(10),
          userRate: amount(P2_SHEET, 3, 6, '0.95'),
          userScore: amount(P2_SHEET, 3, 7, 9.5),
        }),
      ],
      [indicatorRow({ row: 10, name: 'x', direction: '>=', target: 1, actual: 1, weight: 90 })],
    );
    const fs = score(m).findings.filter((x) => x.code === 'P2.userScore');
    expect(fs.map((f) => fieldsOf(f).subject)).toEqual(['rate', 'score']);
    expect(describeFinding(fs[0])).toContain('填写的执行率 95.00%，按规则重算为 90.00%');
  });

  it('an unavailable 预算执行率 is an error naming what to fill in, scored 0', () => {
    const m = modelOf([], [indicatorRow({ row: 10, name: 'x', direction: '>=', target: 1, actual: 1, weight: 90 })]);
    const { scoring, findings } = score(m);
    expect(scoring.rows[0].score.toString()).toBe('0');
    const f = findings.find((x) => x.code === 'indicator.unavailable')!;
    expect(f.severity).toBe('error');
    expect(fieldsOf(f).indicator).toBe('budgetExecutionRate');
    expect(describeFinding(f)).toContain('指标“预算执行率”无法计算');
    expect(describeFinding(f)).toContain('请在“部门整体支出绩效自评表”填写“年度资金总额”的全年执行数');
  });

  it('an unknown scheme from P3 is a warning at its cell, and the default is used', () => {
    const { scoring, findings } = score(modelOf([fundTotal(1, 1, withWeight(100))], [], '某某方案'));
    expect(scoring.scheme).toBe('财政部自评');
    expect(findings.find((x) => x.code === 'scheme.unknown')).toMatchObject({
      severity: 'warning',
      at: { sheet: 'P3', row: 9, col: 1 },
      fields: { scheme: '某某方案' },
    });
  });

  it('the scheme argument overrides P3', () => {
    const { findings } = score(modelOf([fundTotal(1, 1, withWeight(100))], [], '某某方案'), '财政部自评');
    expect(codes(findings)).toEqual([]);
  });

  it('reports target and actual as the user wrote them', () => {
    const row = score(handForm()).scoring.rows[1];
    expect(row).toMatchObject({
      key: 'P2:10',
      targetText: '1',
      actualText: '0.9',
      deviationReason: '工期延误',
      source: cellRef(P2_SHEET, 10, 2),
    });
  });
});
