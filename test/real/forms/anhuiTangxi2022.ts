/**
 * 安徽省池州市 贵池区棠溪镇人民政府, 项目支出绩效自评表（2022年度）— 委托业务项目. The
 * national layout without 指标性质 and 计量单位; 定性 rows carry the band phrase 达成预期指标 in
 * 实际完成值 (no 完成情况 column). The published 年度资金总额 row is 0 | 0 | 0 while its 其中：本年
 * 财政拨款 row holds 90 | 89.974 | 89.974, so 执行率 was scored 0: we say why (P2.fundParts).
 */
import { RealFormCase, _ } from './types';

export const anhuiTangxi2022: RealFormCase = {
  name: '安徽 贵池区棠溪镇人民政府 2022 委托业务项目（完成值“达成预期指标”；资金总额行为 0）',
  source: {
    title: '项目支出绩效自评表（2022年度）— 委托业务项目',
    year: 2022,
    department: '池州市贵池区棠溪镇人民政府',
    province: '安徽',
    address: 'http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2',
    publisher: '（该地址为公开文件的转存副本）',
    gaps:
      'The text stops inside the 满意度指标（10分） row (公众满…): that row and the 总分 are not shown and not rebuilt, ' +
      'so the 分值 here total 90 (P2.weights warning).',
  },
  sheetName: '绩效自评表',
  values: [
    ['项目支出绩效自评表', _, _, _, _, _, _, _, _],
    ['（2022年度）', _, _, _, _, _, _, _, _],
    ['项目名称', '委托业务项目', _, _, _, _, _, _, _],
    ['主管部门', '219-池州市贵池区棠溪镇人民政府', _, '实施单位', '219001-池州市贵池区棠溪镇人民政府', _, _, _, _],
    ['项目资金（万元）', _, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', _],
    [_, '年度资金总额：', 0, 0, 0, 10, 0, 0, _],
    [_, '其中：本年财政拨款', 90, 89.974, 89.974, _, _, _, _],
    [_, '上年结转资金', _, _, _, _, _, _, _],
    [_, '其他资金', _, _, _, _, _, _, _],
    ['年度总体目标', '预期目标', _, _, _, '实际完成情况', _, _, _],
    [_, '本项目共申请预算资金90万元。', _, _, _, '本项目共完成预算资金89.97万元。', _, _, _],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    [_, '产出指标（50分）', '数量指标', '基建工程委托业务项目数量', '≥50个', 50, 8, 8, _],
    [_, _, '质量指标', '委托业务报告合格率', '≥100百分比', 100, 8, 8, _],
    [_, _, _, '经费支出合规性', '严格执行相关制度规定', '达成预期指标', 8, 8, _],
    [_, _, '时效指标', '提交报告及时性', '在项目计划完成时间内完成', '达成预期指标', 8, 8, _],
    [_, _, '成本指标', '项目总成本', '≤90万元', 90, 8, 8, _],
    [_, _, _, '单项业务成本', '符合相关规定', '达成预期指标', 10, 10, _],
    [_, '效益指标（30分）', '社会效益指标', '对维护基建市场公平的影响程度', '效果明显', '达成预期指标', 10, 10, _],
    [_, _, '生态效益指标', '对控制基建项目成本影响程度', '效果明显', '达成预期指标', 10, 10, _],
    [_, _, '可持续影响指标', '对推动基建项目“四项制度”健全和落实的持续性影响', '效果明显', '达成预期指标', 10, 10, _],
    [_, _, '经济效益指标', _, _, _, _, _, _],
  ],
  published: { total: null, rows: { 预算执行率: '0', 项目总成本: '8', 经费支出合规性: '8' } },
  ours: {
    total: '80',
    rows: {
      预算执行率: '0',
      基建工程委托业务项目数量: '8',
      委托业务报告合格率: '8',
      经费支出合规性: '8',
      项目总成本: '8',
      对维护基建市场公平的影响程度: '10',
    },
  },
  difference:
    'On the rows shown ours equals the author’s (0 + 80). The 0 for 预算执行率 is the form’s own error: ' +
    '年度资金总额 is 0 while 其中：本年财政拨款 is 90 / 89.974 / 89.974 — three P2.fundParts warnings, and the rate ' +
    'is an indicator.unavailable error (全年预算数为0). With the total row filled in, 89.974 / 89.974 would give the full 10.',
  findings: [
    { code: 'P2.fundParts', severity: 'warning', cells: ['C6'], says: '90' },
    { code: 'P2.fundParts', severity: 'warning', cells: ['D6'] },
    { code: 'P2.fundParts', severity: 'warning', cells: ['E6'] },
    { code: 'indicator.unavailable', severity: 'error', cells: [], says: '预算执行率' },
    { code: 'P2.inferred', severity: 'info', cells: ['F15'], says: '达成预期指标' },
    { code: 'P2.inferred', severity: 'info', cells: ['D17'], says: '反向' },
  ],
};
