/**
 * 福建省宁德市 宁德市地震局, 部门整体支出绩效自评表（2020年度）: the 福建 department-level layout.
 * The fund block is by 支出 type — `财政资金小计 | ① 项目支出 | ② 基本支出 | 2.单位其它收入 | 合 计` — under
 * `年初部门预算安排金额（含历年结余结转）① | 年中调整金额② | 小计③=①+② | 年度拨付金额 | 支出实现率（%）
 * ⑤=④/③ | 本年度结余金额 | 资金结余率（%）`, with no 分值 anywhere: the form does not score 预算执行率.
 * The indicator header is split over two rows (`绩效 / 目标值`, `实际 / 完成值`), 一级/二级 say 产出目标 /
 * 数量目标, and each row carries its 评分标准 beside 指标分值 | 自评得分 | 未完成原因.
 */
import { RealFormCase, _ } from './types';

const rule = (n: number, what: string) => `本指标满分${n}分，${what}`;

export const fujianNingdeDizhen2020: RealFormCase = {
  name: '福建 宁德市地震局 2020 部门整体支出绩效自评表（基本支出/项目支出行；拨付金额；两行表头；执行率不计分）',
  source: {
    title: '部门整体支出绩效自评表（2020年度）— 宁德市地震局2020年部门整体支出绩效自评',
    year: 2020,
    department: '宁德市地震局（部门预算编码 409001007）',
    province: '福建',
    address: 'https://yjj.ningde.gov.cn/gzdt/ggl/zjxxgk/202111/t20211110_1546659.htm',
    gaps:
      'The store keeps the page up to the third indicator row (its 评分标准 cut off at “协同有关部门开展防震减”). As ' +
      'published: the title, the fund block (every figure), the goal, and the three 数量目标 rows. Invented: the rest ' +
      'of the third row’s 评分标准, and the rows after it (质量目标 20, 时效目标 20, 社会效益目标 30, 服务对象满意度 12, ' +
      'so that the 分值 total 100 as the 福建 form’s do), all at full marks; the author’s total is not in the text.',
  },
  sheetName: '绩效自评表',
  values: [
    ['部门整体支出绩效自评表', _, _, _, _, _, _, _, _, _],
    ['（ 2020 年度）', _, _, _, _, _, _, _, _, _],
    ['部门（单位）名称', '宁德市地震局', _, _, _, _, '部门预算编码', '409001007', _, _],
    ['财政资金安排和使用情况（万元）', '资金结构', '预算安排', _, _, '拨付情况', _, '结余情况', _, _],
    [
      _,
      _,
      '年初部门预算安排金额（含历年结余结转）①',
      '年中调整金额②',
      '小计\n③=①+②',
      '年度拨付金额',
      '支出实现率（%）⑤=④/③',
      '本年度结余金额⑥=③-④',
      '资金结余率（%）⑦=⑥/③',
      _,
    ],
    [_, '财政资金小计', 130.54, 58.07, 188.61, 188.45, 99.92, 0.16, 0.08, _],
    [_, '① 项目支出', 30, 0, 30, 30, 100, 0, 0, _],
    [_, '② 基本支出', 100.54, 58.07, 158.61, 158.45, 99.9, 0.16, 0.1, _],
    [_, '2.单位其它收入', 0, 0, 0, 0, 0, 0, 0, _],
    [_, '合 计', 130.54, 58.07, 188.61, 188.45, 99.92, 0.16, 0.08, _],
    ['年度总体目标完成情况', '预期目标', _, _, _, _, '目标实际完成情况', _, _, _],
    [
      _,
      '遵循创新、协调、绿色、开放、共享的发展理念，认真贯彻落实市委、市政府工作部署，加强单位效能建设，深入推进绩效管理实践，进一步转变工作作风，创新管理方法，提升工作实效，提高履职能力，推进我市防震减灾事业健康发展。',
      _,
      _,
      _,
      _,
      '完成年度目标',
      _,
      _,
      _,
    ],
    [
      '年度绩效指标完成情况',
      '一级指标',
      '二级指标',
      '三级指标',
      '绩效',
      '实际',
      '评分标准',
      '指标分值',
      '自评得分',
      '未完成原因',
    ],
    [_, _, _, _, '目标值', '完成值', _, _, _, _],
    [
      _,
      '产出目标',
      '数量目标',
      '抽查全市地震监测台站运维情况个数',
      '9个',
      '9个',
      rule(6, '开展全市地震监测台站运维情况抽查数量达9个得6分，少检查一个扣1分，扣完为止。'),
      6,
      6,
      '已完成',
    ],
    [
      _,
      _,
      _,
      '开展防震减灾科普“进基层”宣传活动场数',
      '10场',
      '11场',
      rule(6, '开展防震减灾科普进社区活动场数达10场得6分，少一场扣1分，扣完为止。'),
      6,
      6,
      '已完成',
    ],
    [
      _,
      _,
      _,
      '协同相关部门开展防震减灾宣传活动场数',
      '6场',
      '7场',
      rule(6, '协同有关部门开展防震减灾宣传活动场数达6场得6分，少一场扣1分，扣完为止。'),
      6,
      6,
      '已完成',
    ],
    [_, _, '质量目标', '地震监测台网运行率', '≥95%', '99%', rule(20, '台网运行率达95%得20分。'), 20, 20, '已完成'],
    [_, _, '时效目标', '地震速报信息按时报送率', '100%', '100%', rule(20, '按时报送得20分。'), 20, 20, '已完成'],
    [
      _,
      '效益目标',
      '社会效益目标',
      '公众防震减灾意识',
      '有效提升',
      '有效提升',
      rule(30, '达到目标得30分。'),
      30,
      30,
      '已完成',
    ],
    [
      _,
      '满意度目标',
      '服务对象满意度目标',
      '社会公众满意度',
      '≥90%',
      '95%',
      rule(12, '满意度达90%得12分。'),
      12,
      12,
      '已完成',
    ],
  ],
  merges: [
    { top: 3, left: 0, bottom: 9, right: 0 },
    { top: 3, left: 1, bottom: 4, right: 1 },
    { top: 3, left: 2, bottom: 3, right: 4 },
    { top: 3, left: 5, bottom: 3, right: 6 },
    { top: 3, left: 7, bottom: 3, right: 8 },
    { top: 10, left: 0, bottom: 11, right: 0 },
    { top: 12, left: 0, bottom: 20, right: 0 },
    ...[1, 2, 3, 6, 7, 8, 9].map((c) => ({ top: 12, left: c, bottom: 13, right: c })),
    { top: 14, left: 1, bottom: 18, right: 1 },
    { top: 14, left: 2, bottom: 16, right: 2 },
  ],
  published: { total: null, rows: {} },
  ours: {
    total: '100',
    rows: { 抽查全市地震监测台站运维情况个数: '6', 协同相关部门开展防震减灾宣传活动场数: '6', 公众防震减灾意识: '30' },
  },
  difference:
    'The author’s total is not in the stored text. Before this fix the fund block was not read at all (no header ' +
    'word matched 年度拨付金额 / 小计), 预算执行率 scored 0 of a default 10 with an error asking to fill in ' +
    '“年度资金总额”, and the form added up to 110 (P2.weights). Now the block is read (合 计: 188.45 of 188.61) and, ' +
    'since the 分值 already total 100 and the block gives no points, 预算执行率 is shown but not scored (said). The ' +
    'other 福建 form in the store (宁德市委党史和地方志研究室 2018, http://ndfzw.com/ggl/2019-12-31/7212.html) has the ' +
    'same fund block with 产出指标（60分）, so its indicators too make the 100.',
  findings: [{ code: 'P2.inferred', severity: 'info', cells: ['B10'], says: '不另计分' }],
};
