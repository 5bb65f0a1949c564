/**
 * 福建省宁德市 中共宁德市委党史和地方志研究室, 2018年度部门整体支出绩效自评表: the older 福建 fund block
 * with 历年结余结转 in a column of its own — `年初部门预算安排金额 | 历年结余结转 | 年中调整金额③ |
 * 小计④=①+②+③ | 年度拨付金额 | 支出实现率（%）⑥=⑤/④ | …` — over rows by source (`财政资金小计 |
 * ①中央及省级财政资金 | ②市级财政资金 | ③县（市、区）财政资金 | 其他资金小计 | 合 计`), and amounts typed in
 * 元 under a `（万元）` header. Indicators `一级指标 | 二级指标 | 三级指标 | 指标解释 | 绩效目标值 | 实际完成值 |
 * 指标分值 | 得分`.
 */
import { RealFormCase, _ } from './types';

const fund = (label: string, filled: boolean) =>
  filled
    ? [_, label, 2537695, 213722.82, 0, 2751417.82, 2546673.98, '93%', 204743.84, '7%']
    : [_, label, _, _, _, _, _, _, _, _];

export const fujianNingdeFangzhi2018: RealFormCase = {
  name: '福建 宁德市委党史和地方志研究室 2018 部门整体支出绩效自评表（历年结余结转单列；万元表头下填元）',
  source: {
    title: '部门整体支出绩效自评表（2018年度）— 18年度部门整体支出绩效自评(原方志委)',
    year: 2018,
    department: '中共宁德市委党史和地方志研究室（部门预算编码 901001033）',
    province: '福建',
    address: 'http://ndfzw.com/ggl/2019-12-31/7212.html',
    gaps:
      'The store keeps the page up to the first indicator name (“指标1 按月发放员工工…”). As published: the title, ' +
      'every fund figure (in 元 although the header says 万元), the goals and the indicator header. Invented: the ' +
      'indicator rows (产出指标 60 as published, split 30/30; 效益 30; 满意度 10) and their values and 得分; the ' +
      '质量指标 row uses the 97% the goal text reports. The author’s total is not in the text.',
  },
  sheetName: '绩效自评表',
  values: [
    ['部门整体支出绩效自评表', _, _, _, _, _, _, _, _, _],
    ['（2018年度）', _, _, _, _, _, _, _, _, _],
    ['部门（单位）名称', '中共宁德市委党史和地方志研究室', _, _, _, _, '部门预算编码', '901001033', _, _],
    ['财政资金安排和使用情况', '资金结构（万元）', '预算安排', _, _, _, '拨付情况', _, '结余情况', _],
    [
      _,
      _,
      '年初部门预算安排金额',
      '历年结余结转',
      '年中调整金额③',
      '小计\n④ = ①+② +③',
      '年度拨付金额',
      '支出实现率（%）\n⑥=⑤/④',
      '本年度结余金额\n⑦=④-⑤',
      '资金结余率（%）\n⑧=⑦/④',
    ],
    fund('财政资金小计', true),
    fund('①中央及省级财政资金', false),
    fund('②市级财政资金', true),
    fund('③县（市、区）财政资金', false),
    fund('其他资金小计', false),
    fund('①……', false),
    fund('合 计', true),
    ['年度总体目标完成情况', '预期目标', _, _, _, '目标实际完成情况', _, _, _, _],
    [
      _,
      '目标1：确保本委在职及退休人员工资、福利的发放；\n目标2：确保本委日常办公所需经费正常运行；\n目标3：保障志鉴地情相关工作开展所需资金，确保完成2018年度任务。',
      _,
      _,
      _,
      '目标1完成情况：基本完成，达成率为90%以上\n目标2完成情况：基本完成，达成率为90%以上\n目标3完成情况：基本完成，达成率为97%',
      _,
      _,
      _,
      _,
    ],
    [
      '年度绩效指标完成情况',
      '一级指标',
      '二级指标',
      '三级指标',
      '指标解释',
      '绩效目标值',
      '实际完成值',
      '指标分值',
      '得分',
      _,
    ],
    [
      _,
      '产出指标（60分）',
      '数量指标',
      '指标1  按月发放员工工资',
      '按月足额发放在职及退休人员工资',
      '100%',
      '100%',
      30,
      30,
      _,
    ],
    [_, _, '质量指标', '指标2  志鉴地情年度任务完成率', '完成2018年度志鉴地情任务', '100%', '97%', 30, 29.1, _],
    [
      _,
      '效益指标（30分）',
      '社会效益指标',
      '指标1  志鉴成果社会影响',
      '志鉴成果服务社会',
      '有效提升',
      '有效提升',
      30,
      30,
      _,
    ],
    [
      _,
      '满意度指标（10分）',
      '服务对象满意度指标',
      '指标1  服务对象满意度',
      '服务对象满意程度',
      '≥90%',
      '95%',
      10,
      10,
      _,
    ],
  ],
  merges: [
    { top: 3, left: 0, bottom: 11, right: 0 },
    { top: 3, left: 1, bottom: 4, right: 1 },
    { top: 3, left: 2, bottom: 3, right: 5 },
    { top: 3, left: 6, bottom: 3, right: 7 },
    { top: 3, left: 8, bottom: 3, right: 9 },
    { top: 12, left: 0, bottom: 13, right: 0 },
    { top: 14, left: 0, bottom: 18, right: 0 },
    { top: 15, left: 1, bottom: 16, right: 1 },
  ],
  published: { total: null, rows: {} },
  ours: {
    total: '99.1',
    rows: { '指标1  按月发放员工工资': '30', '指标2  志鉴地情年度任务完成率': '29.1', '指标1  服务对象满意度': '10' },
  },
  difference:
    'No published total. Before this fix the fund block was not read (no header word for 年度拨付金额 / 小计): ' +
    '预算执行率 scored 0 of a default 10 with an error, and the form made 110. Now 合 计 is read; 年初预算数 is ' +
    '年初部门预算安排金额 + 历年结余结转 (said), so 预算调整率 is 0 as the form’s 年中调整金额 0 says, not the 8.42% ' +
    'the carryover alone would give; the 分值 total 100 and 预算执行率 is not scored (said). Still wrong: the ' +
    'amounts are 元 read as 万元, with no finding on the form itself.',
  findings: [
    { code: 'P2.inferred', severity: 'info', cells: ['D5'], says: '历年结余结转' },
    { code: 'P2.inferred', severity: 'info', cells: ['B12'], says: '不另计分' },
  ],
};
