/**
 * 重庆 西部（重庆）科学城 融媒体中心, 部门整体绩效自评表（2021）— the form whose published
 * 自评总分 is 97.6. The 重庆 department-level layout: no 一级/二级 columns, one flat list
 * `指标名称 | 计量单位 | 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 | 得分系数（%） | 指标权重（分）
 * | 指标得分（分） | 是否核心指标` under a merged 绩效指标 cell; indicator weights sum to 90 and the
 * fund block carries the other 10 (`执行率 | 执行率权重 | 执行率得分（分）`) on one unlabelled row.
 */
import { RealFormCase, _ } from './types';

const q = '定量指标';
const row = (
  name: string,
  unit: string | null,
  target: string | number | null,
  actual: string | number | null,
  weight: number,
  core: '是' | '否',
) => [_, name, unit, q, target, _, actual, '100%', weight, weight, core];

export const chongqingKexuecheng2021: RealFormCase = {
  name: '重庆 西部科学城融媒体中心 2021 部门整体绩效自评表（97.6；无一级/二级；得分系数列；权重 90 + 执行率 10）',
  source: {
    title: '部门整体绩效自评表（2021年度，西部（重庆）科学城融媒体中心）',
    year: 2021,
    department: '西部（重庆）科学城融媒体中心（部门联系人 曾雪莲）',
    province: '重庆',
    address: 'https://m.yzwku.com/doc/98587.html',
    gaps:
      'The store keeps an OCR text of the first 3 of 4 pages. Invented: the fund amounts (OCR lost them; 600 | 600 | 456 ' +
      'gives the published 76%), the department name cell, and the last two rows after “公共服务…” (20 of the 90 ' +
      'points, as 公共服务满意度 10 and 社会公众满意度 10, full marks as the 97.6 needs). The OCR drops the sign ' +
      'before some targets (“26次”, “到0次”, “第O份”, “tot扁2200篇”): read as ≥6次, ≥30次, ≥10份, ≥2200篇. The 指标性质 ' +
      'cells are merged over runs of rows (定量指标 / 定性指标), as the OCR shows them once per run. 调整指标值 is ' +
      'blank on every row (each row shows two values: 年初 and 全年完成).',
  },
  sheetName: '绩效自评表',
  values: [
    ['部门整体绩效自评表', _, _, _, _, _, _, _, _, _, _],
    ['主管部门', '西部（重庆）科学城融媒体中心', _, _, '财政处室', _, _, '自评总分（分）', 97.6, _, _],
    ['部门联系人', '曾雪莲', _, _, '联系电话', _, _, _, _, _, _],
    [
      '部门预算执行情况（万元）',
      _,
      '年初预算数',
      '全年（调整）预算数',
      '全年执行数',
      '执行率（%）',
      '执行率权重',
      '执行率得分（分）',
      _,
      _,
      _,
    ],
    [_, _, 600, 600, 456, '76%', 10, 7.6, _, _, _],
    ['当年绩效目标', _, '年初绩效目标', _, '全年（调整）绩效目标', _, _, '全年目标实际完成情况', _, _, _],
    [
      _,
      _,
      '无',
      _,
      '通过整合各级各类媒体、户外广告载体、宣传宣讲活动等，为建设成渝地区双城经济圈和西部（重庆）科学城营造良好氛围。保障融媒体中心正常人事基础/日常运转，有效承担西部（重庆）科学城新闻宣传管理，思想文化领域建设等工作。',
      _,
      _,
      '中心2021年较好地完成了履职任务，有效开展了西部（重庆）科学城新闻宣传管理/思想文化领域建设等工作，为建设成渝地区双城经济圈和西部（重庆）科学城营造了良好氛围。',
      _,
      _,
      _,
    ],
    [
      '绩效指标',
      '指标名称',
      '计量单位',
      '指标性质',
      '年初指标值',
      '调整指标值',
      '全年完成值',
      '得分系数（%）',
      '指标权重（分）',
      '指标得分（分）',
      '是否核心指标',
    ],
    row('财政供养人员控制率', '%', '100%', '92%', 2, '否'),
    row('“三公”经费变动率', '%', _, _, 2, '否'),
    row('基础信息完善', '%', '100%', '100%', 1, '否'),
    row('预算完成率', '%', '70%', '76%', 2, '是'),
    row('预算调整率', '%', '3%', 0, 2, '否'),
    row('结转结余率', '%', '2%', 0, 2, '是'),
    row('公用经费控制率', '%', '100%', '97%', 2, '是'),
    row('“三公”经费控制率', '%', _, _, 2, '否'),
    row('政府采购执行率', '%', '100%', '72.74%', 2, '是'),
    [_, '管理制度健全性', _, '定性指标', '高', _, '高', '100%', 3, 3, '否'],
    [_, '资金使用合规性', _, _, '好', _, '好', '100%', 5, 5, '否'],
    [_, '预决算信息公开性', _, _, '高', _, '高', '100%', 1, 1, '否'],
    [_, '资产管理安全', _, _, '好', _, '好', '100%', 2, 2, '否'],
    row('固定资产利用率', '%', '90%', '100%', 2, '否'),
    row('党性教育培训次数', '次', '≥6次', '12次', 5, '是'),
    row('组织宣传活动次数', '次', '≥30次', '43次', 10, '是'),
    row('制作宣传品数量', '份', '≥10份', '20份', 5, '否'),
    row('播发稿件数量', '篇', '≥2200篇', '2859篇', 10, '是'),
    row('业务保障能力提升', '%', '90%', '95%', 10, '否'),
    row('公共服务满意度', '%', '≥90%', '95%', 10, '否'),
    row('社会公众满意度', '%', '≥90%', '95%', 10, '否'),
  ],
  merges: [
    { top: 3, left: 0, bottom: 4, right: 1 },
    { top: 5, left: 0, bottom: 6, right: 1 },
    { top: 7, left: 0, bottom: 29, right: 0 },
    { top: 17, left: 3, bottom: 20, right: 3 },
  ],
  published: { total: '97.6', rows: { 预算执行率: '7.6', 政府采购执行率: '2', '“三公”经费变动率': '2' } },
  ours: {
    total: '97.05',
    rows: {
      预算执行率: '7.6',
      政府采购执行率: '1.45',
      '“三公”经费变动率': '2',
      管理制度健全性: '3',
      播发稿件数量: '10',
    },
  },
  difference:
    '0.55 below the author: 政府采购执行率 reached 72.74% of its 100% target and the author gave the full 2; the ' +
    'rule gives 2 × 72.74% = 1.45 (P2.userScore, over-scored). Before this fix we gave 85.45: the fund row was not ' +
    'read (no 年度资金总额 label, 预算执行率 0 with a misleading “fill in 年度资金总额”), and 得分系数（%） (100% = 1) was ' +
    'taken for the 得分 column, so every row was “scored 1 by the author” and the 定性 rows were cut to their band’s floor.',
  findings: [
    { code: 'P2.inferred', severity: 'info', cells: ['E5'], says: '按年度资金总额读取' },
    { code: 'P2.userScore', severity: 'warning', cells: ['J17'], says: '自评多计 0.55 分' },
    { code: 'P2.userScore', severity: 'warning', cells: ['I2'], says: '“自评总分（分）”填写的得分 97.6，高于按规则重算的 97.05' },
    { code: 'P2.userScore', severity: 'warning', cells: ['J10'], says: '无法核对' },
    { code: 'P2.userScore', severity: 'warning', cells: ['J16'], says: '无法核对' },
    { code: 'P2.deviation', severity: 'warning', cells: ['B17'] },
    { code: 'P2.inferred', severity: 'info', cells: ['G18'], says: '视为“达成”' },
  ],
};
