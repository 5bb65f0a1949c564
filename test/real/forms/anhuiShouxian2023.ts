/**
 * 安徽省淮南市 寿县, 2023年度部门整体支出绩效评价自评表: the 安徽 评价指标体系 form `序号 | 一级指标 |
 * 二级指标 | 三级指标 | 指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分` — no 指标值 or 完成值 at all,
 * no fund block, and 预算执行率 one row among the others (5 of 执行 35). Every 自评得分 is the
 * author's against the 评分标准: kept, each with a P2.userScore warning that it cannot be checked.
 */
import { RealFormCase, _ } from './types';

const explain = '（指标解释见原表）';

export const anhuiShouxian2023: RealFormCase = {
  name: '安徽 寿县 2023 部门整体支出绩效评价自评表（评价指标体系：指标分值 | 指标解释 | 评分标准 | 自评得分）',
  source: {
    title: '2023年度部门整体支出绩效评价自评表',
    year: 2023,
    department: '寿县县直部门（页面的“单位”一栏在存储的文本中为空）',
    province: '安徽',
    address: 'https://www.shouxian.gov.cn/public/118322758/1259995520.html',
    gaps:
      'The store keeps the header and the first six rows (规划 15分 complete; 执行 35分 up to 预算执行率, its 评分标准 ' +
      'cut off at “年度无预算追加(1”). As published: those rows’ names, 分值, the first five 自评得分 (3, 3, 3, 4, 2) and ' +
      'the 规划 评分标准. Invented: 预算执行率’s 自评得分 (4), the 指标解释 texts after the first (a placeholder), and the ' +
      'rows after it — 执行 35 = 预算执行 18 (预算执行率 5, 结转结余率 5, “三公”经费控制率 4, 政府采购执行率 4) + 财务管理 17, ' +
      '效果 50 = 履职效能 30 + 满意度 20 — with their 得分, and the 合计 row.',
  },
  sheetName: '绩效自评表',
  values: [
    ['2023年度部门整体支出绩效评价自评表', _, _, _, _, _, _, _],
    ['单位', _, _, _, _, _, _, _],
    ['序号', '一级指标', '二级指标', '三级指标', '指标分值', '指标解释', '指标说明及评分标准', '自评得分'],
    [
      1,
      '规划（15分）',
      '基础信息（3分）',
      '基础信息完整性',
      3,
      '部门及所属二级单位预算基础信息是否符合相关规定，信息资料是否真实、完整，用以评价该单位基础信息对预算编制数据的支撑情况（按年初预算基础信息表考核）。',
      '1、基础数据信息是否真实（1分）；2、基础数据信息是否完整（1分）；3、基础数据信息是否准确（1分）。',
      3,
    ],
    [
      2,
      _,
      '工作计划（6分）',
      '年度工作计划完整性',
      3,
      '部门及所属二级单位年度工作计划制定是否完整可行。',
      '年度工作计划是否完整可行（3分）',
      3,
    ],
    [
      3,
      _,
      _,
      '年度工作计划明确性',
      3,
      '部门及所属二级单位年度工作计划制定是否明确可操作。',
      '年度工作计划是否明确可操作（3分）',
      3,
    ],
    [
      4,
      _,
      '绩效目标（6分）',
      '年度绩效目标合理性',
      4,
      '单位是否设置年度绩效目标，绩效目标设定是否符合单位实际，是否合理。',
      '1、设置年度绩效目标（2分，其中单位整体绩效目标1分，项目绩效目标1分，若单位无项目，得2分）2、绩效目标设置依据充分（1分）3、绩效目标合理，符合实际，可操作（1分）4、未设置绩效目标，该栏不得分',
      4,
    ],
    [
      5,
      _,
      _,
      '年度绩效目标明确性',
      2,
      '是否制定明确、细化、量化的绩效目标。',
      '绩效目标明确，且细化、量化（2分）；',
      2,
    ],
    [
      6,
      '执行（35分）',
      '预算执行（18分）',
      '预算执行率',
      5,
      '部门及所属二级单位本年度预算执行数与预算数的比率，用以反映和考核部门（单位）预算执行程度。预算执行率=（预算执行数/预算数）×100%。',
      '1、除上级政策性因素影响外，年度无预算追加（1分）……',
      4,
    ],
    [7, _, _, '结转结余率', 5, explain, '结转结余率≤5%得5分，每超1个百分点扣1分', 5],
    [8, _, _, '“三公”经费控制率', 4, explain, '“三公”经费控制率≤100%得4分', 4],
    [9, _, _, '政府采购执行率', 4, explain, '政府采购执行率=100%得4分', 3],
    [10, _, '财务管理（17分）', '资金使用合规性', 9, explain, '资金使用符合规定得9分', 9],
    [11, _, _, '资产管理规范性', 8, explain, '资产管理规范得8分', 7],
    [12, '效果（50分）', '履职效能（30分）', '重点工作完成率', 30, explain, '按完成比例计分', 28],
    [13, _, '满意度（20分）', '服务对象满意度', 20, explain, '满意度≥90%得20分', 19],
    ['合计', _, _, _, 100, _, _, 94],
  ],
  merges: [
    { top: 3, left: 1, bottom: 7, right: 1 },
    { top: 4, left: 2, bottom: 5, right: 2 },
    { top: 6, left: 2, bottom: 7, right: 2 },
    { top: 8, left: 1, bottom: 13, right: 1 },
    { top: 8, left: 2, bottom: 11, right: 2 },
    { top: 12, left: 2, bottom: 13, right: 2 },
    { top: 14, left: 1, bottom: 15, right: 1 },
  ],
  published: { total: null, rows: { 基础信息完整性: '3', 年度绩效目标合理性: '4', 年度绩效目标明确性: '2' } },
  ours: {
    total: '94',
    rows: { 基础信息完整性: '3', 年度绩效目标明确性: '2', 预算执行率: '4', 重点工作完成率: '28' },
  },
  difference:
    'The author’s total is not in the stored text; ours is the sum of the author’s 自评得分, none of which the rules ' +
    'can check (P2.userScore at each, “请按评分标准复核”). 预算执行率 is the form’s own row (5 分), so the default 10 ' +
    'is not added (said). Before this fix the form was not read (no 年度指标值 header): total 0, every 得分 lost.',
  findings: [
    { code: 'P2.userScore', severity: 'warning', cells: ['H4'], says: '评价指标体系' },
    { code: 'P2.userScore', severity: 'warning', cells: ['H9'], says: '沿用填写的得分 4（分值 5）' },
    { code: 'P2.inferred', severity: 'info', cells: [], says: '表中没有预算执行情况' },
  ],
};
