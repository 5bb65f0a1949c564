/**
 * 云南省丽江市 古城区自然资源局, 2020年度项目支出绩效自评表（省级自然资源卫片执法补助经费）:
 * a two-row indicator header (绩效指标 over 一级|二级|三级|指标性质, 年度指标值 over 指标值|度量单位),
 * 指标性质 written ﹦ (U+FE66). Every row met its target, and the author still took 10% off
 * each (9 of 10, 19 of 20, 27 of 30): by the rules each is full, and each gets a P2.userScore.
 */
import { RealFormCase, _ } from './types';

export const yunnanLijiang2020: RealFormCase = {
  name: '云南 丽江市古城区自然资源局 2020 卫片执法补助经费（两行表头，﹦，达标仍扣分）',
  source: {
    title: '2020年度项目支出绩效自评表 — 2020年省级自然资源卫片执法补助经费',
    year: 2020,
    department: '丽江市古城区自然资源局（主管部门 丽江市自然资源和规划局）',
    province: '云南',
    address: 'http://m.jjiadianqingjie.com.cn/changyong/13241.html',
    publisher: '公众号 yn2553 转载，2021-06-28（页面为繁体转写，此处按简体还原）',
    gaps: 'The excerpt stops after 满意度 ≥95 % 95 10.00: its 得分 and the 总分 row are not shown; 满意度 得分 is left blank here.',
  },
  sheetName: '绩效自评表',
  values: [
    ['2020年度项目支出绩效自评表', _, _, _, _, _, _, _, _, _],
    ['项目名称', '2020年省级自然资源卫片执法补助经费支出绩效自评表', _, _, _, _, _, _, _, _],
    ['主管部门', '丽江市自然资源和规划局', _, _, '实施单位', '丽江市古城区自然资源局', _, _, _, _],
    ['项目资金（万元）', _, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', _, _],
    [_, '年度资金总额', 7.29, 7.29, 7.29, 10, '100%', 10, _, _],
    [_, '其中：当年财政拨款', 7.29, 7.29, 7.29, _, '100%', _, _, _],
    [_, '上年结转资金', _, _, _, _, _, _, _, _],
    [_, '其他资金', _, _, _, _, _, _, _, _],
    ['年度总体目标', '预期目标', _, _, _, '实际完成情况', _, _, _, _],
    [_, '自然资源卫片执法补助经费', _, _, _, '自然资源卫片执法补助经费', _, _, _, _],
    ['绩效指标', _, _, _, '年度指标值', _, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', _, _, _, _],
    ['产出指标', '数量指标', '卫片执法补助经费', '﹦', 72890, '元', 72890, 10, 9, _],
    [_, '质量指标', '项目验收合格率', '﹦', 100, '%', 100, 20, 19, _],
    [_, '时效指标', '项目完成及时率', '﹦', 100, '%', 100, 20, 19, _],
    ['效益指标', '社会效益指标', '违法行为责停率', '≥', 95, '%', 95, 30, 27, _],
    ['满意度指标', '服务对象满意度指标', '满意度', '≥', 95, '%', 95, 10, _, _],
  ],
  merges: [
    { top: 10, left: 0, bottom: 10, right: 3 },
    { top: 10, left: 4, bottom: 10, right: 5 },
    { top: 10, left: 6, bottom: 11, right: 6 },
    { top: 10, left: 7, bottom: 11, right: 7 },
    { top: 10, left: 8, bottom: 11, right: 8 },
    { top: 10, left: 9, bottom: 11, right: 9 },
    { top: 12, left: 0, bottom: 14, right: 0 },
  ],
  published: {
    total: null,
    rows: { 卫片执法补助经费: '9', 项目验收合格率: '19', 项目完成及时率: '19', 违法行为责停率: '27' },
  },
  ours: {
    total: '100',
    rows: {
      预算执行率: '10',
      卫片执法补助经费: '10',
      项目验收合格率: '20',
      项目完成及时率: '20',
      违法行为责停率: '30',
      满意度: '10',
    },
  },
  difference:
    'Every row reached its target (72890 = 72890, 100 = 100, 95 ≥ 95); the author took 10% off each anyway. ' +
    'By the rules each is full: four P2.userScore warnings (9 → 10, 19 → 20, 19 → 20, 27 → 30), 7 points in all.',
  findings: [
    { code: 'P2.userScore', severity: 'warning', cells: ['I13'] },
    { code: 'P2.userScore', severity: 'warning', cells: ['I14'] },
    { code: 'P2.userScore', severity: 'warning', cells: ['I15'] },
    { code: 'P2.userScore', severity: 'warning', cells: ['I16'] },
  ],
};
