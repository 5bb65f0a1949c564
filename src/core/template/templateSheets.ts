/**
 * The standard tables as empty sheets (spec/workbook.md "The template"): title, unit line,
 * headers and a 注： row under the headers saying what goes there. The reader skips 注： rows,
 * so a user can fill a template sheet without deleting them. Plain data: the CLI writes all of
 * them as a workbook, the task pane inserts the missing ones into the open workbook.
 */
import { TableId } from '../model/types';
import { T1_INCOME_LINES, T1_SPENDING_LINES } from '../tables/synonyms';

export type TemplateRow = (string | number | null)[];

export interface TemplateSheet {
  /** The table this sheet is (spec/workbook.md ids). */
  readonly table: TableId;
  readonly name: string;
  readonly title: string;
  /** The 单位 line, or null for sheets without amounts. */
  readonly unit: string | null;
  /** One or two header rows. */
  readonly headers: readonly TemplateRow[];
  readonly note: string;
  /** Rows after the note: labels to fill in, or the default scheme. */
  readonly rows?: readonly TemplateRow[];
  readonly widths: readonly number[];
}

const UNIT = '单位：万元';

/** The columns of P1 项目支出明细表 (spec/workbook.md), in order. */
export const P1_HEADER = [
  '项目名称',
  '功能分类科目编码',
  '功能分类科目名称',
  '年初预算数',
  '全年预算数',
  '执行数',
  '重点项目',
  '主要用途',
] as const;

/** The columns of P2's 绩效指标 block (spec/workbook.md), in order. */
export const P2_INDICATOR_HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '年度指标值',
  '计量单位',
  '实际完成值',
  '分值',
  '完成情况',
  '得分',
  '偏差原因',
] as const;

const T1_INCOME = T1_INCOME_LINES;
const T1_SPENDING = [
  '一般公共服务支出',
  '教育支出',
  '社会保障和就业支出',
  '卫生健康支出',
  '住房保障支出',
  '',
  '',
  '',
  ...T1_SPENDING_LINES,
];

const T7_ITEMS = ['合计', '因公出国（境）费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行费', '公务接待费'];

const P3_KEYS = [
  '部门名称',
  '年度',
  '主要职能',
  '内设机构',
  '二级预算单位数',
  '编制数',
  '年末在职人员数',
  '上年"三公"经费决算数',
  '上年年末结转和结余',
  '上年本年支出合计',
  '评分方案',
  '报告标题',
];

const P4_KEYS = [
  '支出主要内容',
  '项目资金管理',
  '项目组织情况',
  '项目管理情况',
  '资产管理情况',
  '绩效情况',
  '存在问题',
  '改进措施',
];

/**
 * The default scheme (财政部自评) as S rows, a starting point for the user's own. 按自评表: the
 * weights of the form (its 年度资金总额 分值 and each indicator row's 分值), so these rows parse to
 * exactly DEFAULT_SCHEME (test/templateScheme.test.ts; docs/scoring-schemes.md).
 */
export const DEFAULT_SCHEME_ROWS: readonly TemplateRow[] = [
  ['预算执行', '预算执行率', '预算执行率', '按自评表', '执行率', null],
  ['产出/效益/满意度', '绩效指标', '绩效指标表', '按自评表', null, null],
];

/** Every sheet of the standard workbook, in the template's order. */
export const TEMPLATE_SHEETS: readonly TemplateSheet[] = [
  {
    table: 'T1',
    name: '收入支出决算总表',
    title: '收入支出决算总表',
    unit: UNIT,
    headers: [
      ['收入', null, null, '支出'],
      ['项目', '行次', '金额', '项目', '行次', '金额'],
    ],
    note: '注：按部门决算填列决算数；项目名称请保留，金额为空或“-”视为0。',
    rows: T1_INCOME.map((label, i) => [
      label,
      i + 1,
      null,
      T1_SPENDING[i] || null,
      T1_SPENDING[i] ? 31 + i : null,
      null,
    ]),
    widths: [30, 6, 14, 30, 6, 14],
  },
  {
    table: 'T3',
    name: '支出决算表',
    title: '支出决算表',
    unit: UNIT,
    headers: [
      [
        '科目编码',
        '科目名称',
        '本年支出合计',
        '基本支出',
        '项目支出',
        '上缴上级支出',
        '经营支出',
        '对附属单位补助支出',
      ],
    ],
    note: '注：先填“合计”行，再按功能分类类/款/项逐行填列（编码3/5/7位）。',
    rows: [[null, '合计']],
    widths: [12, 30, 14, 14, 14, 14, 14, 16],
  },
  {
    table: 'T5',
    name: '一般公共预算财政拨款支出决算表',
    title: '一般公共预算财政拨款支出决算表',
    unit: UNIT,
    headers: [['科目编码', '科目名称', '年初预算数', '全年预算数', '合计', '基本支出', '项目支出']],
    note: '注：可选。合计/基本支出/项目支出为决算数；预算数列有则填。',
    rows: [[null, '合计']],
    widths: [12, 30, 14, 14, 14, 14, 14],
  },
  {
    table: 'T6',
    name: '一般公共预算财政拨款基本支出决算表',
    title: '一般公共预算财政拨款基本支出决算表',
    unit: UNIT,
    headers: [
      ['人员经费', null, null, '公用经费'],
      ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
    ],
    note: '注：按经济分类填列（301、303为人员经费，其余为公用经费），末行填人员经费合计、公用经费合计。',
    rows: [['人员经费合计', null, null, '公用经费合计']],
    widths: [12, 28, 14, 12, 28, 14],
  },
  {
    table: 'T7',
    name: '“三公”经费支出决算表',
    title: '“三公”经费支出决算表',
    unit: UNIT,
    headers: [['项目', '预算数', '决算数']],
    note: '注：无“三公”经费支出的填0。',
    rows: T7_ITEMS.map((item) => [item]),
    widths: [30, 14, 14],
  },
  {
    table: 'P1',
    name: '项目支出明细表',
    title: '项目支出明细表',
    unit: UNIT,
    headers: [[...P1_HEADER]],
    note: '注：每个项目一行；重点项目填“是”或“否”；主要用途写入报告“主要用于……”。',
    widths: [30, 14, 24, 14, 14, 14, 10, 40],
  },
  {
    table: 'P2',
    name: '部门整体支出绩效自评表',
    title: '部门整体支出绩效自评表',
    unit: UNIT,
    headers: [['项目', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']],
    note: '注：执行率和得分由系统计算，可不填；“年度资金总额”的分值为预算执行率的分值（默认10）。',
    rows: [
      ['年度资金总额', null, null, null, 10],
      ['其中：财政拨款'],
      ['上年结转资金'],
      ['其他资金'],
      [],
      ['预期目标', '实际完成情况'],
      ['注：填写年度总体目标及实际完成情况（可选）。'],
      [null, null],
      [],
      [...P2_INDICATOR_HEADER],
      ['注：指标性质填 ≥、≤、= 或 定性；定性指标在“完成情况”填 达成/部分达成/未达成。'],
    ],
    widths: [16, 16, 24, 10, 14, 10, 14, 8, 16, 8, 30],
  },
  {
    table: 'P3',
    name: '部门基本情况',
    title: '部门基本情况',
    unit: null,
    headers: [['项目', '内容']],
    note: '注：部门名称、年度必填；主要职能每行一条；内设机构用顿号分隔。',
    rows: P3_KEYS.map((key) => [key, null]),
    widths: [24, 70],
  },
  {
    table: 'P4',
    name: '报告文字',
    title: '报告文字',
    unit: null,
    headers: [['章节', '内容']],
    note: '注：每个章节的报告文字，一格可写多段；可用{基本支出}、{预算执行率}等占位符引用数字。',
    rows: P4_KEYS.map((key) => [key, null]),
    widths: [20, 80],
  },
  {
    table: 'S',
    name: '评分方案',
    title: '评分方案',
    unit: null,
    headers: [['一级指标', '二级指标', '指标', '分值', '规则', '参数']],
    note: '注：可选，“部门基本情况”的评分方案留空时使用本表。规则：正向/反向/等于（参数如 目标=95%）、执行率、每点扣分（阈值=100%; 每点=0.5; 步长=1）、分档（0:5; 10%:4; 20%:3; 30%:2; :0）。“绩效指标表”一行代表自评表全部指标行；分值填“按自评表”取自评表分值，填数字则按比例折算。',
    rows: DEFAULT_SCHEME_ROWS,
    widths: [18, 16, 18, 10, 12, 40],
  },
];
