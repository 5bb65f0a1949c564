/**
 * 湖北省黄冈市 黄冈市水土保持与农田水利科研所, 2020年度水土保持监测项目绩效自评表: the 湖北 layout
 * `预算执行情况（万元）（20分）| 预算数（A）| 执行数（B）| 执行率（B/A）| 得分（20分*执行率）` under a
 * 年度财政资金总额 row, and two goal blocks `年度绩效目标1（40分）` with `年初目标值（A）| 实际完成值（B）|
 * 得分` — no 分值 column at all. The fund weight is read from the header (20分, said); rows
 * without a 分值 keep the author's 得分, each with a P2.userScore warning that it cannot be checked.
 */
import { RealFormCase, _ } from './types';

export const hubeiHuanggang2020: RealFormCase = {
  name: '湖北 黄冈市水土保持与农田水利科研所 2020 水土保持监测（无分值列；权重写在表头）',
  source: {
    title: '2020年度水土保持监测项目绩效自评表',
    year: 2020,
    department: '黄冈市水土保持与农田水利科研所（主管部门 黄冈市水利和湖泊局）',
    province: '湖北',
    address: null,
    publisher: '文档分享站转存的公开自评表，填报日期 2021年3月10日（搜索库未保存该页地址）',
    gaps:
      'The PDF text breaks one name over a page (取得2018-2022 / 监测资料): joined here. The 二级/三级 split of the ' +
      '满意度 row is as the text reads (服务对象满意度指标 | 整编资料审核).',
  },
  sheetName: '绩效自评表',
  values: [
    ['2020年度水土保持监测项目绩效自评表', _, _, _, _, _, _],
    ['单位名称：黄冈市水土保持与农田水利科研所', _, _, _, '填报日期：2021年3月10日', _, _],
    ['项目名称', '水土保持监测', '主管部门', '黄冈市水利和湖泊局', '项目实施单位', '本单位', _],
    ['预算执行情况（万元）（20分）', '预算数（A）', '执行数（B）', '执行率（B/A）', '得分（20分*执行率）', _, _],
    ['年度财政资金总额', 10, 10, '100%', 20, _, _],
    ['年度绩效目标1（40分）', '一级指标', '二级指标', '三级指标', '年初目标值（A）', '实际完成值（B）', '得分'],
    [_, '产出指标', '质量指标', '监测数据必须合格', '100%', '100%', 10],
    [_, _, '进度指标', '取得2018-2022监测资料', '100%', '100%', 10],
    [_, '效益指标', '服务对象满意度指标', '整编资料审核', '98%', '98%', 19.6],
    ['年度绩效目标2（40分）', '一级指标', '二级指标', '三级指标', '年初目标值（A）', '实际完成值（B）', '得分'],
    [_, '产出指标', '质量指标', '监测数据资料整编', '100%', '100%', 20],
    [_, _, '进度指标', '完成年度资料上报', '100%', '100%', 20],
    [_, '效益指标', '社会效益指标', _, _, _, _],
    [_, '满意度指标', '服务对象满意度指标', _, _, _, _],
    ['总分', _, _, _, _, _, 99.6],
  ],
  published: { total: '99.6', rows: { 预算执行率: '20', 整编资料审核: '19.6' } },
  ours: { total: '99.6', rows: { 预算执行率: '20', 监测数据必须合格: '10', 整编资料审核: '19.6', 完成年度资料上报: '20' } },
  difference:
    'Same total, but only 预算执行率 (10/10 × 20) is checked by the rules. The form has no 分值 column: the five ' +
    'indicator 得分 are the author’s, each with a P2.userScore warning. One of them looks under-scored: ' +
    '整编资料审核 reached its 98% target and got 19.6 (98% of 20?) — without a 分值 we cannot say for sure.',
  findings: [
    { code: 'P2.userScore', severity: 'warning', cells: ['G7'], says: '没有分值列' },
    { code: 'P2.userScore', severity: 'warning', cells: ['G8'] },
    { code: 'P2.userScore', severity: 'warning', cells: ['G9'] },
    { code: 'P2.userScore', severity: 'warning', cells: ['G11'] },
    { code: 'P2.userScore', severity: 'warning', cells: ['G12'] },
  ],
};
