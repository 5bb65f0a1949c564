import { buildReport, findPlaceholderFindings } from './buildReport';
import { reportSections } from './sections';
import { inlineText } from './live';
import { T3_SHEET, amount, exampleAnalysis, exampleModel, exampleFigures, exampleIndicators, exampleScoring } from '../../../test/support/exampleAnalysis';
import { purposeText } from './sections/projects';

const sectionText = (heading: string, options = {}): readonly string[] => {
  const s = reportSections(exampleAnalysis(options).report).find((x) => x.heading === heading);
  if (!s) throw new Error(`no section ${heading}`);
  return s.paragraphs;
};

describe('the report document', () => {
  it('is titled after the department and year', () => {
    expect(exampleAnalysis().report.title).toBe('珠晖区教育局2022年部门整体支出绩效自评报告');
  });

  it('has the seven sections of the seed in order', () => {
    expect(reportSections(exampleAnalysis().report).map((s) => s.heading)).toEqual([
      '一、部门概况',
      '二、部门整体支出管理及使用情况',
      '三、部门项目组织实施情况',
      '四、资产管理情况',
      '五、部门整体支出绩效情况',
      '六、存在的主要问题',
      '七、改进措施和有关建议',
    ]);
  });

  it('describes basic spending with personnel and public items in table order, zero items left out', () => {
    expect(sectionText('二、部门整体支出管理及使用情况')).toContain(
      '基本支出31384.86万元，主要用于人员经费和公用经费。其中：人员经费26833.46万元，主要包括基本工资、津贴补贴、绩效工资等；公用经费4551.4万元，主要包括办公费、差旅费等。',
    );
  });

  it('says there was no 三公 spending when the actual is 0', () => {
    expect(sectionText('二、部门整体支出管理及使用情况')).toContain('全年无“三公”经费支出。');
  });

  it('names the 三公 items and 超支 when the actual is over budget', () => {
    const text = sectionText('二、部门整体支出管理及使用情况', { threePublic: { budget: 5, abroad: 0, operation: 4, reception: 2.5 } });
    expect(text).toContain('全年“三公”经费支出6.5万元，其中：公务用车运行费4万元、公务接待费2.5万元，预算5万元，比预算超支1.5万元。');
  });

  it('says 节约 when the 三公 actual is under budget', () => {
    const text = sectionText('二、部门整体支出管理及使用情况', { threePublic: { budget: 10, abroad: 1, operation: 0, reception: 0 } }).join('');
    expect(text).toContain('比预算节约9万元');
    expect(text).not.toContain('超支');
  });

  it('lists every project with its amount and purpose, without doubling 主要用于', () => {
    const text = sectionText('二、部门整体支出管理及使用情况');
    // 180 + 167.31 + 202.58 = 549.89 of T3's 640.68: the lead says what the list covers (issue 10).
    expect(text).toContain('2022年项目资金共计640.68万元，其中列示项目3个，合计549.89万元；其余90.79万元未在项目支出明细表中列示。列示项目安排如下：');
    expect(text).toContain('1）学前教育发展资金180万元，主要用于公办园（含民转公）校舍维修改造和添置图书教学用具。');
    expect(text).toContain('3）其他普通教育经费202.58万元，主要用于义务教育薄弱环节改善改造。');
    expect(text.join('')).not.toMatch(/主要用于主要用于|主要用于用于|。。/);
  });

  it('ends 五 with the score and its grade', () => {
    const text = sectionText('五、部门整体支出绩效情况');
    expect(text[text.length - 1]).toBe('综合自评得分88分，评价等级为“良”。');
  });

  it('lists in 六 every scored row that lost points, with the deviation reason', () => {
    const text = sectionText('六、存在的主要问题');
    // Rates from the form's cells are live numbers, shown with 2 decimals (report.md "Numbers in text").
    expect(text).toContain('义务教育巩固率实际为80.00%，低于100.00%的目标值，扣6分。部分学生随迁外地就读。');
    // No 偏差原因: the item says where to give one.
    expect(text).toContain('家长满意度年度目标为“达成”，实际评价为“部分达成”，扣5.98分。（请在“绩效自评表”该指标的“偏差原因”中填写原因）');
    expect(text.join('')).not.toContain('新增义务教育学位');
  });

  it('keeps the heading of a missing 报告文字 section and says what to fill in', () => {
    const text = sectionText('四、资产管理情况');
    expect(text).toEqual(['（请在“报告文字”表填写“资产管理情况”）']);
    const withText = sectionText('四、资产管理情况', { assetText: '资产管理规范。' });
    expect(withText).toEqual(['资产管理规范。']);
  });

  it('marks a gap paragraph as such', () => {
    const blocks = exampleAnalysis().report.blocks;
    const gap = blocks.find((b) => b.kind === 'paragraph' && inlineText(b.inlines).includes('资产管理情况'));
    expect(gap).toMatchObject({ source: 'gap' });
  });

  it('replaces known placeholders by live numbers and keeps unknown ones visible', () => {
    const text = sectionText('五、部门整体支出绩效情况');
    expect(text).toContain('从整体上看，预算执行率99.77%，基本支出31384.86万元，{不存在的指标}。');
    const para = exampleAnalysis().report.blocks.find((b) => b.kind === 'paragraph' && inlineText(b.inlines).startsWith('从整体上看'));
    expect(para?.kind === 'paragraph' && para.inlines.filter((x) => typeof x !== 'string').length).toBe(2);
  });

  it('reports an unknown placeholder as a warning at its 报告文字 cell', () => {
    const model = exampleModel();
    const figures = exampleFigures(model);
    const found = findPlaceholderFindings(model, figures, exampleIndicators(figures));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'text.placeholder', severity: 'warning', fields: { placeholder: '不存在的指标', section: '绩效情况' } });
    const cell = model.p4!.sections.find((s) => s.key === '绩效情况')!.cell.ref;
    expect(found[0].at).toEqual({ sheet: cell.sheet, row: cell.row, col: cell.col });
  });

  it('numbers the duties afresh whatever numbering the user typed', () => {
    const text = sectionText('一、部门概况');
    expect(text).toContain('1）贯彻执行中央和省、市有关教育工作的方针、政策。');
    expect(text).toContain('2）负责全区基础教育的管理工作。');
    expect(text).toContain('2．机构情况：内设3个机构，包括：办公室、行政审批服务股、教育督导股。下属24个二级预算单位。');
  });

  it('uses the P3 报告标题 when given', () => {
    const model = exampleModel();
    const withTitle = { ...model, p3: { ...model.p3!, reportTitle: { ref: model.p3!.departmentName!.ref, text: '自定义标题' } } };
    const figures = exampleFigures(withTitle);
    const indicators = exampleIndicators(figures);
    const doc = buildReport({ model: withTitle, figures, indicators, scoring: exampleScoring(withTitle, indicators), findings: [], department: '珠晖区教育局', year: 2022 });
    expect(doc.title).toBe('自定义标题');
  });

  it('has 附表1 with total and grade, 附表2, and 附表3 only when there are findings', () => {
    const titles = (findings?: []) =>
      exampleAnalysis(findings ? { findings } : {}).report.blocks.flatMap((b) => (b.kind === 'table' ? [b.title] : []));
    const rules = '附表1-1 计分规则（评分方案：财政部自评）';
    expect(titles()).toEqual(['附表1 部门整体支出绩效自评表', rules, '附表2 主要财务指标', '附表3 审核发现']);
    expect(titles([])).toEqual(['附表1 部门整体支出绩效自评表', rules, '附表2 主要财务指标']);
    const table1 = exampleAnalysis().report.blocks.find((b) => b.kind === 'table');
    expect(table1?.kind === 'table' && table1.rows.map((r) => r[0]).slice(-2)).toEqual(['合计', '评价等级']);
  });

  it('writes the user text as it is, even when it starts with =', () => {
    expect(sectionText('七、改进措施和有关建议')).toEqual(['=SUM(A1) 这是用户写的文字，不是公式。']);
  });
});

describe('项目用途', () => {
  it.each([
    ['主要用于校舍维修。', '校舍维修'],
    ['用于校舍维修', '校舍维修'],
    ['校舍维修；', '校舍维修'],
    ['主要用于：校舍维修', '校舍维修'],
  ])('%s → %s', (input, expected) => {
    expect(purposeText(input)).toBe(expected);
  });
});

describe('the project list against the project total', () => {
  it('says 安排如下 alone when the listed projects add up to the total', () => {
    const model = exampleModel();
    const own = exampleFigures(model);
    const t3 = amount(T3_SHEET, 5, 6, '549.89');
    const figures = { ...own, projectExpenditure: { ...own.projectExpenditure, value: t3.value, expr: t3.expr } };
    const indicators = exampleIndicators(figures);
    const input = { model, figures, indicators, scoring: exampleScoring(model, indicators), findings: [], department: '珠晖区教育局', year: 2022 };
    const text = reportSections(buildReport(input)).flatMap((s) => s.paragraphs);
    expect(text).toContain('2022年项目资金共计549.89万元，安排如下：');
    expect(text.join('')).not.toContain('列示项目');
  });
});
