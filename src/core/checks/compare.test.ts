import { cellRef } from '../grid/address';
import { dec } from '../money';
import { compareAmounts, compareBound, residueTolerance, sideOf, unitCent, writtenCent } from './compare';
import { amountAt } from '../../../test/support/testModel';
import { userLabel } from '../findings/labels';
import { describeFinding } from '../findings/wording';

describe('rounding residue tolerance', () => {
  it('is one cent of the unit, in 万元', () => {
    expect(unitCent('万元').toString()).toBe('0.01');
    expect(unitCent('元').toString()).toBe('0.000001');
    expect(unitCent('千元').toString()).toBe('0.001');
    expect(unitCent('亿元').toString()).toBe('100');
  });

  it('grows with the number of addends on one table', () => {
    expect(residueTolerance('万元', '万元', 3).toString()).toBe('0.03');
  });

  it('never drops below the total table’s own cent when the parts are finer', () => {
    expect(residueTolerance('万元', '元', 5).toString()).toBe('0.01');
    expect(residueTolerance('元', '万元', 5).toString()).toBe('0.05');
  });
});

describe('an 亿元 table written to more decimals', () => {
  const fields = { table: 'T1' as const, subject: userLabel('收入总计'), other: userLabel('支出总计') };
  const compare = (at: string, other: string) =>
    compareAmounts({
      code: 'T3.rowSum',
      at: amountAt('S', 'C5', at),
      atUnit: '亿元',
      other: sideOf([amountAt('S', 'D5', other)]),
      otherUnit: '亿元',
      fields,
    });

  it('is held to the step of its decimals: 18.42 万元 off at 0.000001 亿元 is an error', () => {
    // 4.125490 亿元 against 4.123648 亿元 (values in 万元).
    expect(compare('41254.9', '41236.48')?.severity).toBe('error');
  });

  it('keeps 0.01 亿元 (100 万元) for two decimals, and never less than 0.01 万元', () => {
    expect(compare('41200', '41100')?.severity).toBe('info');
    expect(writtenCent('亿元', [dec('41254.9')]).toString()).toBe('0.1'); // 4.12549 亿元: five decimals
    expect(writtenCent('亿元', [dec('41254.912345678')]).toString()).toBe('0.01');
    expect(writtenCent('亿元', [dec('41200')]).toString()).toBe('100');
  });
});

describe('compareAmounts', () => {
  const total = amountAt('S', 'C5', '10.03');
  const parts = sideOf([amountAt('S', 'D5', '5'), amountAt('S', 'E5', '5')]);
  const fields = { table: 'T3' as const, subject: userLabel('x'), other: userLabel('y') };

  it('gives nothing when equal', () => {
    expect(
      compareAmounts({
        code: 'T3.rowSum',
        at: amountAt('S', 'C5', 10),
        atUnit: '万元',
        other: parts,
        otherUnit: '万元',
        fields,
      }),
    ).toBeNull();
  });

  it('keeps actual − expected with its sign and relates the other side’s cells', () => {
    const f = compareAmounts({ code: 'T3.rowSum', at: total, atUnit: '万元', other: parts, otherUnit: '万元', fields });
    expect(f?.severity).toBe('error');
    expect(f?.difference?.toString()).toBe('0.03');
    expect(f?.expected?.toString()).toBe('10');
    expect(f?.actual?.toString()).toBe('10.03');
    expect(f?.related).toEqual([cellRef('S', 4, 3), cellRef('S', 4, 4)]);
  });

  it('calls a difference within 0.01 × addends a residue (info)', () => {
    const f = compareAmounts({
      code: 'T3.rowSum',
      at: amountAt('S', 'C5', '9.98'),
      atUnit: '万元',
      other: parts,
      otherUnit: '万元',
      fields,
    });
    expect(f?.severity).toBe('info');
    expect(describeFinding(f!)).toContain('（尾差，在四舍五入允许范围内）');
    expect(f?.difference?.eq(dec('-0.02'))).toBe(true);
  });

  it('in a table in 元 only 0.01 元 per addend is residue', () => {
    const at = amountAt('S', 'C5', '10.000003');
    expect(
      compareAmounts({ code: 'T3.rowSum', at, atUnit: '元', other: parts, otherUnit: '元', fields })?.severity,
    ).toBe('error');
    const close = amountAt('S', 'C5', '10.000002');
    expect(
      compareAmounts({ code: 'T3.rowSum', at: close, atUnit: '元', other: parts, otherUnit: '元', fields })?.severity,
    ).toBe('info');
  });
});

describe('compareBound', () => {
  const limit = sideOf([amountAt('S', 'D5', 10)]);
  it('flags only the wrong side of the bound', () => {
    const c = {
      code: 'T7.T6.part' as const,
      atUnit: '万元' as const,
      other: limit,
      otherUnit: '万元' as const,
      fields: { table: 'T7' as const, subject: userLabel('x'), other: userLabel('y'), code: '30217' },
    };
    expect(compareBound({ ...c, at: amountAt('S', 'C5', 10) }, 'atMost')).toBeNull();
    expect(compareBound({ ...c, at: amountAt('S', 'C5', '10.01') }, 'atMost')?.difference?.toString()).toBe('0.01');
    expect(compareBound({ ...c, at: amountAt('S', 'C5', '10.01') }, 'atLeast')).toBeNull();
    expect(compareBound({ ...c, at: amountAt('S', 'C5', '9.99') }, 'atLeast', true)?.severity).toBe('info');
    expect(compareBound({ ...c, at: amountAt('S', 'C5', '9') }, 'atLeast', true)?.severity).toBe('error');
  });
});
