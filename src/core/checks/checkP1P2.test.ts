import { checkP1T3Project } from './checkP1T3Project';
import { fieldsOf, zhLabel } from '../../../test/support/findingText';
import { checkP1Code, codeDigits } from './checkP1Code';
import { checkP1OverBudget } from './checkP1OverBudget';
import { checkP2Execution } from './checkP2Execution';
import { amountAt, brief, figuresWith, modelOf, p1Table, p2Table, refAt, spendingTable, t1Table } from '../../../test/support/testModel';

const T3 = '支出决算表';
const P1 = '项目支出明细表';
const P2 = '绩效自评表';
const figures = figuresWith();

/** The seed: 合计 on row 7 (C 本年支出合计, D 基本支出, E 项目支出), 教育支出 rows below. */
const seedT3 = (project: number | string = '640.68') =>
  spendingTable(
    'T3',
    T3,
    ['total', 'basic', 'project'],
    [
      { code: null, values: ['32025.54', '31384.86', project] },
      { code: '205', values: ['32025.54', '31384.86', project] },
      { code: '20502', values: ['32025.54', '31384.86', project] },
      { code: '2050201', values: ['180', 0, '180'] },
    ],
    '万元',
    6,
  );
/** The seed's three projects: rows 4–6, 执行数 in F. */
const seedP1 = (extra: { name: string; executed: number | string }[] = []) =>
  p1Table(P1, [
    { name: '学前教育发展资金', code: '2050201', budgetFinal: 180, executed: 180 },
    { name: '小学教育', code: '20502', budgetFinal: 170, executed: '167.31' },
    { name: '其他普通教育经费', code: '205 02', budgetFinal: 210, executed: '202.58' },
    ...extra,
  ]);

describe('P1.T3.project', () => {
  it('the seed: project items 549.89 against a project total 640.68 is an error at T3’s 项目支出合计', () => {
    const found = checkP1T3Project(modelOf({ t3: seedT3(), p1: seedP1() }), figures);
    expect(found.map(brief)).toEqual([
      { code: 'P1.T3.project', severity: 'error', at: `${T3}!E7`, difference: '90.79' },
    ]);
    expect(found[0].actual?.toString()).toBe('640.68');
    expect(found[0].expected?.toString()).toBe('549.89');
    expect(found[0].related).toEqual([refAt(P1, 'F4'), refAt(P1, 'F5'), refAt(P1, 'F6')]);
    expect([zhLabel(found[0], 'subject'), zhLabel(found[0], 'other')]).toEqual([
      '项目支出合计',
      '项目支出明细表执行数之和',
    ]);
  });

  it('a complete project list gives nothing', () => {
    expect(
      checkP1T3Project(modelOf({ t3: seedT3(), p1: seedP1([{ name: '其他', executed: '90.79' }]) }), figures),
    ).toEqual([]);
  });

  it('is skipped quietly without P1 or T3', () => {
    expect(checkP1T3Project(modelOf({ t3: seedT3() }), figures)).toEqual([]);
    expect(checkP1T3Project(modelOf({ p1: seedP1() }), figures)).toEqual([]);
  });
});

describe('P1.code', () => {
  it('codes present in T3 (with separators or not) give nothing', () => {
    expect(checkP1Code(modelOf({ t3: seedT3(), p1: seedP1() }), figures)).toEqual([]);
  });

  it('a code not in T3 is a warning at the code cell', () => {
    const p1 = p1Table(P1, [
      { name: '学前教育发展资金', code: '2050201' },
      { name: '图书', code: '2050999', executed: 1 },
    ]);
    const found = checkP1Code(modelOf({ t3: seedT3(), p1 }), figures);
    expect(found.map(brief)).toEqual([{ code: 'P1.code', severity: 'warning', at: `${P1}!B5`, difference: null }]);
    expect(fieldsOf(found[0])).toMatchObject({ code: '2050999', project: '图书' });
  });

  it('a T3 without 科目 rows cannot judge codes: nothing', () => {
    const onlyTotal = spendingTable('T3', T3, ['total', 'project'], [{ code: null, values: [10, 10] }]);
    expect(checkP1Code(modelOf({ t3: onlyTotal, p1: seedP1() }), figures)).toEqual([]);
  });

  it('reads typed codes as digits', () => {
    expect(codeDigits('205 02 01')).toBe('2050201');
    expect(codeDigits('２０５０２')).toBe('20502');
    expect(codeDigits('2050201 学前教育')).toBe('2050201');
    expect(codeDigits('学前')).toBe('');
  });
});

describe('P1.overBudget', () => {
  it('执行数 within 全年预算数 gives nothing', () => {
    expect(checkP1OverBudget(modelOf({ p1: seedP1() }), figures)).toEqual([]);
  });

  it('a project over its 全年预算数 is a warning at its 执行数', () => {
    const p1 = p1Table(P1, [
      { name: '甲', budgetFinal: 10, executed: 10 },
      { name: '乙', budgetFinal: 10, executed: '10.5' },
    ]);
    const found = checkP1OverBudget(modelOf({ p1 }), figures);
    expect(found.map(brief)).toEqual([
      { code: 'P1.overBudget', severity: 'warning', at: `${P1}!F5`, difference: '0.5' },
    ]);
    expect(found[0].related).toEqual([refAt(P1, 'E5')]);
  });
});

describe('P2.execution', () => {
  it('全年执行数 equal to 本年支出合计 gives nothing', () => {
    expect(checkP2Execution(modelOf({ t3: seedT3(), p2: p2Table(P2, '32025.54') }), figures)).toEqual([]);
  });

  it('a different 全年执行数 is a warning at P2’s cell', () => {
    const found = checkP2Execution(modelOf({ t3: seedT3(), p2: p2Table(P2, '32000') }), figures);
    expect(found.map(brief)).toEqual([
      { code: 'P2.execution', severity: 'warning', at: `${P2}!D5`, difference: '-25.54' },
    ]);
    expect(found[0].related).toEqual([refAt(T3, 'C7')]);
  });

  it('without T3 the expenditureTotal figure (from T1) stands in', () => {
    const t1 = t1Table('收入支出决算总表', [['spending', '本年支出合计', 100]]);
    const figs = figuresWith({ expenditureTotal: amountAt('收入支出决算总表', 'F5', 100) });
    const found = checkP2Execution(modelOf({ t1, p2: p2Table(P2, 101) }), figs);
    expect(found.map(brief)).toEqual([{ code: 'P2.execution', severity: 'warning', at: `${P2}!D5`, difference: '1' }]);
    expect(found[0].related).toEqual([refAt('收入支出决算总表', 'F5')]);
  });

  it('a cent off is 尾差', () => {
    expect(checkP2Execution(modelOf({ t3: seedT3(), p2: p2Table(P2, '32025.55') }), figures)[0].severity).toBe('info');
  });
});
