/**
 * 四川省遂宁市 大英县司法局, 部门预算项目支出绩效自评表（2023年度）: a 定量 row (成本控制数
 * ≤ 30 万元) whose 完成值 is the word 完成 — the author gave it full marks. Read as a band
 * phrase (达成), said at the cell; today it is a cell.value error and the row scores 0.
 */
import { RealFormCase, _ } from './types';

export const sichuanDaying2023: RealFormCase = {
  name: '四川 大英县司法局 2023（定量行的完成值写“完成”）',
  source: {
    title: '部门预算项目支出绩效自评表（2023年度）（大英县司法局，项目负责人查小兵的一张）',
    year: 2023,
    department: '大英县司法局',
    province: '四川',
    address: 'https://dyxrmt.cn/article-157795-21.html',
    gaps:
      'The page shows this form from its 绩效指标（90分） part on: the indicator row, 合计 100, 评价结论 and the signatures. ' +
      'Its 预算执行情况 block and project name are above the excerpt: the fund figures (年初预算 30, 调整后预算数 30, ' +
      '预算执行数 30, 权重 10, 得分 10) are invented, in the layout of the next form on the same page (安可替代补助资金项目).',
  },
  sheetName: '绩效自评表',
  values: [
    ['部门预算项目支出绩效自评表（2023年度）', _, _, _, _, _, _, _, _, _, _],
    ['主管部门', '大英县司法局部门', _, _, '实施单位', '大英县司法局', _, _, _, _, _],
    ['预算执行情况（10分）', '年度预算数（万元）', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因', _, _],
    [_, '总额', 30, 30, 30, '100.00%', 10, 10, _, _, _],
    [_, '其中：财政资金', 30, 30, 30, '100.00%', '/', '/', _, _, _],
    ['绩效指标（90分）', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
    [_, '产出指标', '经济成本指标', '成本控制数', '≤', 30, '万元', '完成', 90, 90, _],
    [_, '合计', _, _, _, _, _, _, 100, _, _],
    ['评价结论', '根据财政局资金下达的管理办法，将资金支付给项目施工方。', _, _, _, _, _, _, _, _, _],
    ['存在问题', '无', _, _, _, _, _, _, _, _, _],
    ['改进措施', '无', _, _, _, _, _, _, _, _, _],
    ['项目负责人：查小兵', _, _, _, _, '财务负责人：唐勇', _, _, _, _, _],
  ],
  published: { total: '100', rows: { 成本控制数: '90' } },
  ours: { total: '100', rows: { 预算执行率: '10', 成本控制数: '90' } },
  difference: '',
  findings: [{ code: 'P2.inferred', severity: 'info', cells: ['H7'], says: '完成' }],
};
