/**
 * 四川, 2017年部门整体支出绩效评价得分表 (a provincial department's, in its 部门整体支出绩效自评报告):
 * the 四川 评价指标体系 score sheet `一级指标 | 二级指标 | 三级指标 | 得分` with no 分值 column — each
 * row's points are written after its name (`相关性（5分）`), the groups' in theirs (`部门决策（25分）`) —
 * and no fund block: 预算执行 is not a row of it (绩效监控 has 预算执行进度监控). The author's 90.
 */
import { RealFormCase, _ } from './types';

export const sichuanDefen2017: RealFormCase = {
  name: '四川 2017 部门整体支出绩效评价得分表（评价指标体系；分值写在指标名后；无资金块）',
  source: {
    title: '2017年部门整体支出绩效评价得分表（部门整体支出绩效自评报告附表）',
    year: 2017,
    department: '四川省级部门（页面未写部门名称；表中为“省级财力专项预算分配时限”）',
    province: '四川',
    address: 'https://wanglu.net/thread/t12-491155-4.html',
    gaps:
      'The stored text ends after “中央专款分配合规……” (the first 7 rows). As published: the header, the first 7 ' +
      'names with their points, the first 6 得分 (5, 5, 5, 2, 4, 1) and the 自评得分 90 stated in the report text. ' +
      'The rows after it follow the same 四川 template as published by 达州市农业农村局 ' +
      '(http://nyj.dazhou.gov.cn/xxgk-show-16453.html, blank there); invented: every 得分 from 中央专款分配合规率 on ' +
      '(chosen to give the published 90), the one 部门特性指标 row under 履职成效（20分） (the template leaves its ' +
      'rows blank), and the 合计 row.',
  },
  sheetName: '绩效自评表',
  values: [
    ['2017年部门整体支出绩效评价得分表', _, _, _],
    ['一级指标', '二级指标', '三级指标', '得分'],
    ['部门决策（25分）', '目标任务（15分）', '相关性（5分）', 5],
    [_, _, '明确性（5分）', 5],
    [_, _, '合理性（5分）', 5],
    [_, '预算编制（10分）', '测算依据（5分）', 2],
    [_, _, '目标管理（5分）', 4],
    ['综合管理（30分）', '专项资金分配时限（2分）', '省级财力专项预算分配时限（1分）', 1],
    [_, _, '中央专款分配合规率（1分）', 1],
    [_, '中期评估（2分）', '执行中期评估（2分）', 2],
    [_, '绩效监控（5分）', '预算执行进度监控（2分）', 2],
    [_, _, '绩效目标动态监控（3分）', 3],
    [_, '非税收入执收情况（2分）', '非税收入征收情况（1分）', 1],
    [_, _, '非税收入上缴情况（1分）', 1],
    [_, '资产管理（6分）', '资产管理信息化情况（2分）', 2],
    [_, _, '行政事业单位资产报告情况（2分）', 2],
    [_, _, '资产管理与预算管理相结合（2分）', 2],
    [_, '内控制度管理（2分）', '内部控制度健全完整（2分）', 2],
    [_, '信息公开（6分）', '预算公开（2分）', 2],
    [_, _, '决算公开（2分）', 2],
    [_, _, '绩效信息公开（2分）', 2],
    [_, '绩效评价（5分）', '绩效评价开展（2分）', 2],
    [_, _, '评价结果应用（3分）', 3],
    ['部门绩效情况（45分）', '履职成效（20分）', '年度重点工作任务完成情况（20分）', 17],
    [_, '可持续发展能力（15分）', '重点改革（重点工作）完成情况（5分）', 5],
    [_, _, '科技（制度、方法、机制等）创新（5分）', 4],
    [_, _, '人才培养（5分）', 4],
    [_, '满意度（10分）', '协作部门满意度（3分）', 3],
    [_, _, '管理对象满意度（3分）', 3],
    [_, _, '社会公众满意度（4分）', 3],
    ['合计', _, _, 90],
  ],
  merges: [
    { top: 2, left: 0, bottom: 6, right: 0 },
    { top: 2, left: 1, bottom: 4, right: 1 },
    { top: 5, left: 1, bottom: 6, right: 1 },
    { top: 7, left: 0, bottom: 22, right: 0 },
    { top: 23, left: 0, bottom: 29, right: 0 },
  ],
  published: { total: '90', rows: { '测算依据（5分）': '2', '目标管理（5分）': '4' } },
  ours: {
    total: '90',
    rows: { '相关性（5分）': '5', '测算依据（5分）': '2', '目标管理（5分）': '4', '社会公众满意度（4分）': '3' },
  },
  difference:
    'Same total, but none of it is checked: the form has no 指标值 or 完成值, so every 得分 is the author’s, kept with ' +
    'a P2.userScore warning. Each 分值 is read from the name (P2.inferred); the 100 they make leave 预算执行率 ' +
    'unscored (said). Before this fix the form was not read at all (no 年度指标值 header): every 得分 was lost and ' +
    'the total was 0, with 预算执行率 0 of 10 asking for a fund block the form does not have.',
  findings: [
    { code: 'P2.inferred', severity: 'info', cells: ['C3'], says: '按指标名称中的“5分”作为分值' },
    { code: 'P2.userScore', severity: 'warning', cells: ['D6'], says: '评价指标体系' },
    { code: 'P2.inferred', severity: 'info', cells: [], says: '表中没有预算执行情况' },
  ],
};
