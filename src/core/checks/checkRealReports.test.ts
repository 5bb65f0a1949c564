/** The checks real reports need (issue 14): T6.hierarchy, T6.T3.basic, negative amounts, float noise. */
import { describeFinding } from '../findings/wording';
import { checkNegative } from './checkNegative';
import { checkT6Hierarchy } from './checkT6Hierarchy';
import { checkT6T3Basic } from './checkT6T3Basic';
import { checkT3RowSum } from './checkT3RowSum';
import { runChecks } from './runChecks';
import { brief, figuresWith, modelOf, refAt, spendingTable, t6Table } from '../../../test/support/testModel';

const T3 = '支出决算表';
const T6 = '基本支出';
const figures = figuresWith();
const t3 = (basic: number | string) =>
  spendingTable('T3', T3, ['total', 'basic', 'project'], [{ code: null, values: [Number(basic) + 10, basic, 10] }]);

describe('T6.hierarchy', () => {
  it('a 类 row equal to the sum of its 款 rows gives nothing', () => {
    const t6 = t6Table(T6, [['302', 30], ['30201', 10], ['30299', 20]], { public: 30 });
    expect(checkT6Hierarchy(modelOf({ t6 }), figures)).toEqual([]);
  });

  it('a 款 that repeats its whole 类 (30299 = 302) is an error at the 类 row', () => {
    const t6 = t6Table(T6, [['301', 80], ['30101', 80], ['302', 30], ['30201', 10], ['30299', 30]]);
    const found = checkT6Hierarchy(modelOf({ t6 }), figures);
    expect(found.map(brief)).toEqual([{ code: 'T6.hierarchy', severity: 'error', at: `${T6}!C7`, difference: '-10' }]);
    expect(found[0].related).toEqual([refAt(T6, 'C8'), refAt(T6, 'C9')]);
    expect(describeFinding(found[0], 'zh-CN')).toContain('302');
  });
});

describe('T6.hierarchy leaves a class with an unreadable or malformed row to the finding that names it', () => {
  it('skips the class', () => {
    const unreadable = { ...t6Table(T6, [['302', 30], ['30201', 10]]), unreadable: ['30299'] };
    expect(checkT6Hierarchy(modelOf({ t6: unreadable }), figures)).toEqual([]);
    const malformed = t6Table(T6, [['302', 30], ['30201', 10], ['3029', 20]]);
    expect(checkT6Hierarchy(modelOf({ t6: malformed }), figures)).toEqual([]);
  });
});

describe('T6.T3.basic', () => {
  const t6 = (extra = 0) => t6Table(T6, [['301', 100 + extra], ['302', 20]], { personnel: 100 + extra, public: 20 });

  it('general-budget basic spending within all basic spending gives nothing', () => {
    expect(checkT6T3Basic(modelOf({ t3: t3(125), t6: t6() }), figures)).toEqual([]);
    expect(checkT6T3Basic(modelOf({ t3: t3(120), t6: t6() }), figures)).toEqual([]);
  });

  it('adding 100 to a T6 item and its footer is found: an error at T3 基本支出合计, T6 cells related', () => {
    const found = checkT6T3Basic(modelOf({ t3: t3(125), t6: t6(100) }), figures);
    expect(found.map(brief)).toEqual([{ code: 'T6.T3.basic', severity: 'error', at: `${T3}!D5`, difference: '-95' }]);
    expect(found[0].related).toEqual([refAt(T6, 'C7'), refAt(T6, 'F7')]);
    expect(describeFinding(found[0], 'zh-CN')).toContain('相差 95 万元');
  });
});

describe('a negative amount in a spending table', () => {
  it('is a warning at its own cell', () => {
    const table = spendingTable('T3', T3, ['total', 'basic', 'project'], [
      { code: null, values: [90, 100, -10] },
      { code: '205', name: '教育支出', values: [90, 100, -10] },
    ]);
    const found = checkNegative(modelOf({ t3: table }), figures);
    expect(found.map(brief)).toEqual([
      { code: 'amount.negative', severity: 'warning', at: `${T3}!E5`, difference: null },
      { code: 'amount.negative', severity: 'warning', at: `${T3}!E6`, difference: null },
    ]);
    expect(describeFinding(found[1], 'zh-CN')).toContain('205 教育支出');
    expect(describeFinding(found[1], 'zh-CN')).toContain('负数 -10 万元');
  });
});

describe('float noise in source cells', () => {
  it('never gives a 相差 0 万元（尾差） line', () => {
    const table = spendingTable('T3', T3, ['total', 'basic', 'project'], [
      { code: null, values: ['1865.3212340046', '1765.32', '100'] },
      { code: '205', values: ['1865.3212340046', '1765.32', '100'] },
    ]);
    expect(checkT3RowSum(modelOf({ t3: table }), figures)).toEqual([]);
    const texts = runChecks(modelOf({ t3: table }), figures).map((f) => describeFinding(f, 'zh-CN'));
    expect(texts.filter((t) => /相差 0(\.00)? 万元/.test(t))).toEqual([]);
  });

  it('still reports a real one-cent difference as 尾差', () => {
    const table = spendingTable('T3', T3, ['total', 'basic', 'project'], [{ code: null, values: ['1865.33', '1765.32', '100'] }]);
    expect(checkT3RowSum(modelOf({ t3: table }), figures).map(brief)).toEqual([
      { code: 'T3.rowSum', severity: 'info', at: `${T3}!C5`, difference: '0.01' },
    ]);
  });
});
