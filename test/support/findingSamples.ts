/**
 * One typed finding per code, with workbook text (sheet names, row labels, typed values) in
 * Chinese as a real workbook has it, for the wording tests. USER_TEXTS lists that text, which
 * the en-US wording may show as it is (quoted); everything else must be English.
 */
import { cellRef } from '../../src/core/grid/address';
import { FindingCode } from '../../src/core/findings/catalogue';
import { FindingOf, atCell, atSheet, finding } from '../../src/core/findings/finding';
import { joined, label, listOf, sumLabel, userLabel } from '../../src/core/findings/labels';
import { dec } from '../../src/core/money';

export const E7 = cellRef('支出决算表', 6, 4);
const at = atCell(E7);
const sides = { expected: dec('549.89'), actual: dec('640.68'), difference: dec('90.79') };
const amountFields = {
  table: 'T3',
  subject: joined([userLabel('教育支出（205）'), label('col.basic')]),
  other: sumLabel(joined([label('children.kuan'), label('col.basic')])),
  residue: false,
} as const;

/** Workbook text used below (sheet names, row and project names, typed values) and words to type in a sheet. */
export const USER_TEXTS = [
  '支出决算表',
  '教育支出（205）',
  '办公费',
  '图书',
  '学生资助覆盖率',
  '部分达成',
  '电话',
  '约100',
  '表一',
  '302 商品和服务支出',
  '205 教育支出',
  '项目支出决算表',
  '本年支出合计数',
  'total',
  '表二',
  '百万元',
  '基本支出',
  '项目组织情况',
  '省厅方案',
  '财政部自评',
  '评分方案',
  '科目编码',
  '科目名称',
  '每点=abc',
  '小学教育',
  '年度资金总额',
  '达成预期指标',
  '控制率',
  '珠晖区第一中学',
  '珠晖区教育局',
  '31384.87万元',
  // Words the sheet itself must hold, shown as examples of what to type.
  '目标=95%',
  '阈值=100%',
  '每点=0.5',
  '步长=1',
  '方向=超过',
  '方向=低于',
] as const;

type Samples = { readonly [C in FindingCode]: readonly FindingOf<C>[] };

export const SAMPLES: Samples = {
  'T1.balance': [
    finding(
      'T1.balance',
      'error',
      at,
      {
        ...amountFields,
        table: 'T1',
        subject: label('t1.incomeGrand'),
        other: sumLabel(listOf([label('t1.incomeThisYear'), label('t1.carryoverBeginning')])),
      },
      sides,
    ),
  ],
  'T1.T3.total': [finding('T1.T3.total', 'error', at, { ...amountFields, table: 'T1' }, sides)],
  'T3.rowSum': [
    finding('T3.rowSum', 'error', at, amountFields, sides),
    finding('T3.rowSum', 'info', at, { ...amountFields, residue: true }, { ...sides, difference: dec('0.02') }),
  ],
  'T3.hierarchy': [finding('T3.hierarchy', 'error', at, amountFields, sides)],
  'T5.rowSum': [finding('T5.rowSum', 'error', at, { ...amountFields, table: 'T5' }, sides)],
  'T5.hierarchy': [finding('T5.hierarchy', 'error', at, { ...amountFields, table: 'T5' }, sides)],
  'T5.T6.basic': [finding('T5.T6.basic', 'error', at, { ...amountFields, table: 'T5' }, sides)],
  'T6.totals': [finding('T6.totals', 'error', at, { ...amountFields, table: 'T6' }, sides)],
  'T6.hierarchy': [finding('T6.hierarchy', 'error', at, { ...amountFields, table: 'T6', subject: userLabel('302 商品和服务支出') }, sides)],
  'T6.T3.basic': [
    finding(
      'T6.T3.basic',
      'error',
      at,
      { ...amountFields, table: 'T3', subject: label('t6.t3Basic'), other: label('t6.generalBasic') },
      sides,
    ),
  ],
  'T6.code': [
    finding('T6.code', 'warning', at, { code: '3021', name: '办公费', problem: 'format', classes: ['301', '302'] }),
    finding('T6.code', 'warning', at, { code: '39901', name: '', problem: 'class', classes: ['301', '302'] }),
  ],
  'T7.sum': [finding('T7.sum', 'error', at, { ...amountFields, table: 'T7' }, sides)],
  'T7.T6.part': [finding('T7.T6.part', 'error', at, { ...amountFields, table: 'T7', code: '30217' }, sides)],
  'T7.overBudget': [finding('T7.overBudget', 'warning', at, { ...amountFields, table: 'T7' }, sides)],
  'P1.T3.project': [finding('P1.T3.project', 'error', at, amountFields, sides)],
  'P1.code': [finding('P1.code', 'warning', at, { code: '2050999', project: '图书' })],
  'P1.overBudget': [finding('P1.overBudget', 'warning', at, { ...amountFields, table: 'P1', project: '图书' }, sides)],
  'P2.execution': [finding('P2.execution', 'warning', at, { ...amountFields, table: 'P2' }, sides)],
  'P2.weights': [finding('P2.weights', 'warning', at, { sum: dec(95), expectedSum: dec(100) })],
  'P2.row': [
    finding('P2.row', 'error', at, { row: '学生资助覆盖率', problem: 'missing', missing: ['p2.target', 'p2.weight'] }),
    finding('P2.row', 'error', at, {
      row: '学生资助覆盖率',
      problem: 'outsideBand',
      completion: '部分达成',
      from: dec(3),
      to: dec(4),
      used: dec(3),
    }),
  ],
  'P2.userScore': [
    finding('P2.userScore', 'warning', at, {
      row: '年度资金总额',
      subject: 'rate',
      entered: dec(95),
      recomputed: dec('0.9876'),
    }),
    finding('P2.userScore', 'warning', at, {
      row: '年度资金总额',
      subject: 'score',
      entered: dec(9),
      recomputed: dec('9.5'),
    }),
    finding('P2.userScore', 'warning', at, {
      row: '学生资助覆盖率',
      subject: 'score',
      entered: dec(10),
      recomputed: dec('9.47'),
      over: true,
    }),
    finding('P2.userScore', 'warning', at, {
      row: '学生资助覆盖率',
      subject: 'score',
      problem: 'unchecked',
      entered: dec(10),
      weight: dec(10),
    }),
    finding('P2.userScore', 'warning', at, {
      row: '学生资助覆盖率',
      subject: 'score',
      problem: 'uncheckedOverWeight',
      entered: dec(12),
      weight: dec(10),
    }),
    finding('P2.userScore', 'warning', at, {
      row: '学生资助覆盖率',
      subject: 'score',
      problem: 'noWeight',
      entered: dec('19.6'),
      weight: null,
    }),
    finding('P2.userScore', 'warning', at, {
      row: '学生资助覆盖率',
      subject: 'score',
      problem: 'scoreSheet',
      entered: dec(4),
      weight: dec(5),
    }),
  ],
  'P2.deviation': [finding('P2.deviation', 'warning', at, { row: '学生资助覆盖率', score: dec(3), weight: dec(5) })],
  'P2.inferred': [
    finding('P2.inferred', 'info', at, { kind: 'directionByName', row: '学生资助覆盖率', direction: '<=', word: '控制率' }),
    finding('P2.inferred', 'info', at, { kind: 'directionByTarget', row: '学生资助覆盖率', direction: '>=' }),
    finding('P2.inferred', 'info', at, { kind: 'directionDefault', row: '学生资助覆盖率', direction: '>=' }),
    finding('P2.inferred', 'info', at, { kind: 'qualitativeByText', row: '学生资助覆盖率' }),
    finding('P2.inferred', 'info', at, { kind: 'bandInActual', row: '学生资助覆盖率', band: '达成', found: '达成预期指标' }),
    finding('P2.inferred', 'info', at, { kind: 'bandByEqualValues', row: '学生资助覆盖率', band: '达成' }),
    finding('P2.inferred', 'info', at, { kind: 'bandByScore', row: '学生资助覆盖率', band: '部分达成' }),
    finding('P2.inferred', 'info', at, { kind: 'basisInitial' }),
    finding('P2.inferred', 'info', at, { kind: 'fundRowUnlabelled' }),
    finding('P2.inferred', 'info', at, { kind: 'initialWithCarryover' }),
    finding('P2.inferred', 'info', at, { kind: 'executionNotScored', fundBlock: true }),
    finding('P2.inferred', 'info', at, { kind: 'executionNotScored', fundBlock: false }),
    finding('P2.inferred', 'info', at, { kind: 'weightInName', row: '学生资助覆盖率', weight: dec(5) }),
    finding('P2.inferred', 'info', at, { kind: 'targetAdjusted', row: '学生资助覆盖率', found: '≥92%' }),
  ],
  'P2.fundParts': [
    finding(
      'P2.fundParts',
      'warning',
      at,
      { table: 'P2', subject: label('p2.budgetFinal'), other: sumLabel(label('p2.budgetFinal')), residue: false },
      { expected: dec(90), actual: dec(0), difference: dec(-90) },
    ),
  ],
  'P3.required': [
    finding('P3.required', 'error', at, { key: 'p3.departmentName', found: null }),
    finding('P3.required', 'error', at, { key: 'p3.year', found: '约100' }),
  ],
  'P3.unknownKey': [finding('P3.unknownKey', 'info', at, { key: '电话' })],
  'cell.value': [
    finding('cell.value', 'error', at, {
      table: 'T3',
      subject: joined([userLabel('小学教育'), label('col.basic')], ' '),
      found: '约100',
    }),
    finding('cell.value', 'error', at, { table: 'T3', subject: label('t6.personnelTotal'), found: '#REF!' }),
  ],
  'amount.negative': [finding('amount.negative', 'warning', at, { table: 'T3', subject: userLabel('205 教育支出') }, { actual: dec('-10') })],
  'table.notTaken': [
    finding('table.notTaken', 'info', at, { sheet: '表一', found: '项目支出决算表', like: null }),
    finding('table.notTaken', 'info', at, { sheet: '表一', found: null, like: 'T3' }),
  ],
  'table.totals': [
    finding('table.totals', 'warning', at, { table: 'T3', column: label('col.total') }, {
      actual: dec('120'),
      expected: dec('100'),
      related: [cellRef('支出决算表', 9, 2)],
    }),
  ],
  'table.hiddenCopy': [finding('table.hiddenCopy', 'info', atSheet('表二'), { table: 'T3', hidden: '表二', read: '表一' })],
  'table.year': [finding('table.year', 'warning', at, { table: 'T3', found: 2021, year: 2022 })],
  'table.entity': [finding('table.entity', 'warning', at, { table: 'T3', found: '珠晖区第一中学', department: '珠晖区教育局' })],
  'table.textLines': [
    finding('table.textLines', 'warning', at, { sheet: '表一', table: 'T1' }),
    finding('table.textLines', 'error', at, { sheet: '表一', table: 'P2' }),
  ],
  'column.weak': [finding('column.weak', 'info', at, { table: 'T3', field: 'total', header: '本年支出合计数' })],
  'table.missing': [finding('table.missing', 'error', atSheet(null), { table: 'T6' })],
  'table.empty': [finding('table.empty', 'warning', atSheet('支出决算表'), { table: 'T7' })],
  'table.duplicate': [finding('table.duplicate', 'error', atSheet('表二'), { table: 'T3', sheets: ['表一', '表二'] })],
  'table.header': [
    finding('table.header', 'error', at, { table: 'T3', problem: 'notFound', expected: ['科目编码', '科目名称'] }),
    finding('table.header', 'error', atSheet(null), { table: null, problem: 'exception', message: 'boom' }),
  ],
  'unit.missing': [finding('unit.missing', 'info', at, { table: 'T3' })],
  'unit.unknown': [finding('unit.unknown', 'warning', at, { table: 'T3', found: '百万元' })],
  'text.figure': [
    finding('text.figure', 'warning', at, { section: '基本支出', figure: 'basicExpenditure', written: '31384.87万元' }, { expected: dec('31384.86'), actual: dec('31384.87'), difference: dec('0.01') }),
  ],
  'text.placeholder': [
    finding('text.placeholder', 'warning', at, { placeholder: '基本支出', section: '项目组织情况', reason: null }),
    finding('text.placeholder', 'warning', at, {
      placeholder: '基本支出',
      section: '项目组织情况',
      reason: { kind: 't3TotalRow', figure: 'basicExpenditure' },
    }),
  ],
  'indicator.unavailable': [
    finding('indicator.unavailable', 'error', atSheet(null), {
      indicator: 'threePublicChangeRate',
      reason: { kind: 'figures', figures: ['threePublicActualPrior'] },
      fill: [{ kind: 'p3', key: 'p3.threePublicActualPrior' }],
    }),
    finding('indicator.unavailable', 'error', atSheet(null), {
      indicator: 'budgetExecutionRate',
      reason: { kind: 'zero', figures: ['budgetFinal'] },
      fill: [],
    }),
  ],
  'indicator.overLimit': [
    finding('indicator.overLimit', 'warning', atSheet(null), {
      indicator: 'threePublicControlRate',
      reason: { kind: 'overLimit', limit: 'threePublicBudget', actual: 'threePublicActual', value: dec(2) },
    }),
  ],
  'scheme.unknown': [finding('scheme.unknown', 'warning', at, { scheme: '省厅方案', used: '财政部自评' })],
  'scheme.row': [
    finding('scheme.row', 'error', at, {
      row: 5,
      field: 's.params',
      problem: 'param',
      found: '每点=abc',
      param: '每点',
    }),
    finding('scheme.row', 'error', at, { row: 6, field: 's.rule', problem: 'rule', found: '', param: null }),
  ],
  'scheme.ignored': [finding('scheme.ignored', 'info', at, { scheme: '财政部自评', sheet: '评分方案' })],
};
