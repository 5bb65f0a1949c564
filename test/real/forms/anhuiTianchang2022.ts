/**
 * 安徽省滁州市 天长市水利局, 项目支出绩效自评表（2022年度）— 水旱灾害防御经费. The national
 * layout without 指标性质 and 计量单位: six of the nine indicator rows give no 年度指标值 and no
 * 实际完成值, only 分值 10 and 得分 10; empty slots `指标2：` / `……` / `指标1：/` are left in.
 * The author's 100 stands by the rules only if those six 得分 are kept: they are, each with a
 * P2.userScore warning that it could not be checked. Today they score 0 and the total is 40.
 */
import { RealFormCase, _ } from './types';

const slots = (level2: string | null, name: string, target: string | number | null, actual: string | number | null) => [
  [_, _, level2, name, target, actual, 10, 10, _],
  [_, _, _, '指标2：', _, _, _, _, _],
  [_, _, _, '……', _, _, _, _, _],
];

export const anhuiTianchang2022: RealFormCase = {
  name: '安徽 天长市水利局 2022 水旱灾害防御经费（无指标性质；6 行只有分值和得分）',
  source: {
    title: '项目支出绩效自评表（2022年度）— 水旱灾害防御经费（天长市水利局水旱灾害防御股项目支出绩效自评）',
    year: 2022,
    department: '天长市水利局',
    province: '安徽',
    address: null,
    publisher: '天长市人民政府网站，发布时间 2023-12-05 15:04（搜索库未保存该页地址）',
    gaps: 'none: the cells are as published; 一级指标 cells are written once instead of merged.',
  },
  sheetName: '绩效自评表',
  values: [
    ['项目支出绩效自评表', _, _, _, _, _, _, _, _],
    ['（2022年度）', _, _, _, _, _, _, _, _],
    ['项目名称', '水旱灾害防御经费', _, _, _, _, _, _, _],
    ['主管部门', _, _, '实施单位', '天长市水利局', _, _, _, _],
    ['项目资金（万元）', _, '年初预算数', '全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分', _],
    [_, '年度资金总额：', 880, 880, 880, 10, _, 10, _],
    [_, '其中：本年财政拨款', 880, 880, 880, '-', _, '-', _],
    [_, '上年结转资金', _, _, _, '-', _, '-', _],
    [_, '其他资金', _, _, _, '-', _, '-', _],
    ['年度总体目标完成情况', '预期目标', _, _, _, '实际完成情况', _, _, _],
    [_, '完成年度防汛工作，完成中型灌区节水改造项目和农业综合水价改革项目。', _, _, _, '完成年度目标。', _, _, _],
    ['年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    [_, '产出指标（50分）', '数量指标', '指标1：完成中型灌区节水改造项目数量', 1, 1, 10, 10, _],
    [_, _, _, '指标2：完成农业综合水价改革项目', 1, 1, 10, 10, _],
    [_, _, _, '……', _, _, _, _, _],
    ...slots('质量指标', '指标1：工程质量合格', _, _),
    ...slots('时效指标', '指标1：年度资金支付完成率100%', _, _),
    ...slots('成本指标', '指标1：资金执行在预算范围内', _, _),
    [_, '效益指标（30分）', '经济效益指标', '指标1：全市安全度汛', _, _, 10, 10, _],
    [_, _, _, '指标2：', _, _, _, _, _],
    [_, _, _, '……', _, _, _, _, _],
    ...slots('社会效益指标', '指标1：保护全市人口财产不受损失', _, _),
    [_, _, '生态效益指标', '指标1：/', '/', '/', _, _, _],
    [_, _, _, '指标2：', _, _, _, _, _],
    [_, _, _, '……', _, _, _, _, _],
    ...slots('可持续影响指标', '指标1：已建工程良性运行', _, _),
    [_, '满意度指标（10分）', '服务对象满意度指标', '指标1：服务对象满意度', '90%', '100%', 10, 10, _],
    [_, _, _, '指标2：', _, _, _, _, _],
    [_, _, _, '……', _, _, _, _, _],
    [_, '总分', _, _, _, _, 100, 100, _],
  ],
  published: { total: '100', rows: { '指标1：工程质量合格': '10', '指标1：服务对象满意度': '10' } },
  ours: {
    total: '100',
    rows: {
      预算执行率: '10',
      '指标1：完成中型灌区节水改造项目数量': '10',
      '指标1：工程质量合格': '10',
      '指标1：年度资金支付完成率100%': '10',
      '指标1：服务对象满意度': '10',
    },
  },
  difference:
    'Same total. Six rows (工程质量合格, 年度资金支付完成率100%, 资金执行在预算范围内, 全市安全度汛, ' +
    '保护全市人口财产不受损失, 已建工程良性运行) have neither 年度指标值 nor 实际完成值: their 得分 10 are kept, ' +
    'each with a P2.userScore warning asking for the values.',
  findings: [
    { code: 'P2.userScore', severity: 'warning', cells: ['H16'], says: '无法核对' },
    { code: 'P2.userScore', severity: 'warning', cells: ['H19'] },
    { code: 'P2.userScore', severity: 'warning', cells: ['H22'] },
    { code: 'P2.userScore', severity: 'warning', cells: ['H25'] },
    { code: 'P2.userScore', severity: 'warning', cells: ['H28'] },
    { code: 'P2.userScore', severity: 'warning', cells: ['H34'] },
    { code: 'P2.inferred', severity: 'info', cells: ['D13'], says: '正向' },
    { code: 'P2.inferred', severity: 'info', cells: ['D37'], says: '满意度' },
  ],
};
