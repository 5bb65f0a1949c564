import { Analysis, Figure, FigureId, Figures } from '../../model/analysis';
import { Model } from '../../model/types';
import { computeIndicators } from '../../indicators/indicators';
import { buildReport } from '../buildReport';
import { reportSections } from '../sections';
import { layoutReport } from '../layout';
import { evaluateSheet } from '../../../../test/support/sheetEval';
import { Value } from '../../../../test/support/formulaEval';
import { P2_SHEET, P3_SHEET, amount, exampleFigures, exampleModel, exampleScoring } from '../../../../test/support/exampleAnalysis';

function priorFigure(figures: Figures, id: FigureId, row: number, value: string): Figure {
  const a = amount(P3_SHEET, row, 1, value);
  return { ...figures[id], value: a.value, expr: a.expr, unavailable: null };
}

/**
 * The example with last year's figures (上年本年支出合计 30000 in 部门基本情况!B8, 上年"三公"经费
 * 5 in B9; this year's "三公" 4), the P2 fund's 全年执行数 set to `executed`, and the real indicators.
 */
function analysisWith(
  options: { executed?: string; budgetInitial?: string; withoutProblems?: boolean } = {},
): Analysis {
  const base = exampleModel({
    threePublic: { budget: 10, abroad: 0, operation: 3, reception: 1 },
    withoutSections: options.withoutProblems ? ['存在问题'] : [],
  });
  const fund = base.p2!.funds[0];
  const model: Model = {
    ...base,
    p2: {
      ...base.p2!,
      funds: [
        {
          ...fund,
          executed: options.executed ? amount(P2_SHEET, 4, 3, options.executed) : fund.executed,
          budgetInitial: options.budgetInitial ? amount(P2_SHEET, 4, 1, options.budgetInitial) : fund.budgetInitial,
        },
      ],
    },
  };
  const own = exampleFigures(model);
  const figures: Figures = {
    ...own,
    expenditureTotalPrior: priorFigure(own, 'expenditureTotalPrior', 7, '30000'),
    threePublicActualPrior: priorFigure(own, 'threePublicActualPrior', 8, '5'),
  };
  const indicators = computeIndicators(figures);
  const scoring = exampleScoring(model, indicators);
  const input = { model, figures, indicators, scoring, findings: [], department: '珠晖区教育局', year: 2022 };
  return { ...input, report: buildReport(input) };
}

const section = (a: Analysis, heading: string): readonly string[] =>
  reportSections(a.report).find((s) => s.heading === heading)?.paragraphs ?? [];

describe('五、部门整体支出绩效情况', () => {
  it('compares with last year: 增加/增长 for a rise, 减少/下降 for a fall', () => {
    // 32025.54 − 30000 = 2025.54, ÷ 30000 = 6.7518% → 6.75%; "三公" 4 − 5 = −1, ÷ 5 = −20%.
    expect(section(analysisWith(), '五、部门整体支出绩效情况')).toContain(
      '与上年相比：本年支出合计32025.54万元，比上年增加2025.54万元，增长6.75%；“三公”经费支出4万元，比上年减少1万元，下降20.00%。',
    );
  });

  it('writes the words as IF formulas, so a changed source cell turns 增加 into 减少', () => {
    const a = analysisWith();
    const sheet = layoutReport(a, '绩效自评报告');
    const cell = sheet.cells.find((c) => typeof c.value === 'string' && c.value.includes('与上年相比'))!;
    expect(cell.formula).toMatch(/IF\(ROUND\(.*\)>=0,"增加","减少"\)/);
    const recomputed = evaluateSheet(sheet, a);
    for (const c of sheet.cells.filter((x) => x.formula !== undefined && typeof x.value === 'string')) {
      expect({ at: `${c.row}!${c.col}`, v: recomputed.get(`${c.row}!${c.col}`) }).toEqual({
        at: `${c.row}!${c.col}`,
        v: c.value,
      });
    }
    // 上年本年支出合计 33000 > 32025.54: 减少 974.46, 下降 2.95%.
    const changed = evaluateSheet(sheet, a, new Map<string, Value>([[`${P3_SHEET}!7!1`, 33000]]));
    expect(String(changed.get(`${cell.row}!${cell.col}`))).toContain(
      '本年支出合计32025.54万元，比上年减少974.46万元，下降2.95%；',
    );
  });
});

describe('六、存在的主要问题', () => {
  it('names 预算执行率 below 90% and 预算调整率 above 30%, with a prompt to explain when 存在问题 is empty', () => {
    // 执行 24000 ÷ 全年 32100 = 74.77%; 调整 (32100 − 24000) ÷ 24000 = 33.75%.
    const text = section(
      analysisWith({ executed: '24000', budgetInitial: '24000', withoutProblems: true }),
      '六、存在的主要问题',
    );
    expect(text).toContain('预算执行率为74.77%，低于90%。（请在“报告文字”表“存在问题”中说明原因）');
    expect(text).toContain('预算调整率为33.75%，超过30%。（请在“报告文字”表“存在问题”中说明原因）');
  });

  it('names them without the prompt when the user wrote 存在问题, and says nothing of indicators in range', () => {
    const text = section(analysisWith({ executed: '24000' }), '六、存在的主要问题');
    expect(text).toContain('预算执行率为74.77%，低于90%。');
    expect(text.join('\n')).not.toContain('请在“报告文字”表');
    expect(text.join('\n')).not.toContain('预算调整率为');
    expect(section(analysisWith(), '六、存在的主要问题').join('\n')).not.toContain('低于90%');
  });

  it('prompts for the 偏差原因 of a form row that lost points without one, and for 报告文字 on a scheme row', () => {
    const text = section(analysisWith({ executed: '24000', withoutProblems: true }), '六、存在的主要问题');
    expect(text).toContain(
      '家长满意度年度目标为“达成”，实际评价为“部分达成”，扣5.98分。（请在“绩效自评表”该指标的“偏差原因”中填写原因）',
    );
    expect(text).toContain(
      '预算执行方面，预算执行率为74.77%，距100%的年度目标尚有差距，扣2.52分。（请在“报告文字”表“存在问题”中说明原因）',
    );
  });
});
