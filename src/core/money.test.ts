import fc from 'fast-check';
import { dec, roundHalfAway, roundUpAway, formatAmount, formatRate, formatScore, formatTrimmed, sum } from './money';

describe('四舍五入 (roundHalfAway)', () => {
  it.each([
    ['1.005', 2, '1.01'],
    ['-1.005', 2, '-1.01'],
    ['2.345', 2, '2.35'],
    ['-1.5', 0, '-2'],
    ['1.5', 0, '2'],
    ['2.5', 0, '3'],
    ['1.004999', 2, '1'],
    ['0.125', 2, '0.13'],
  ])('%s to %i places is %s', (input, places, expected) => {
    expect(roundHalfAway(dec(input), places).toString()).toBe(expected);
  });

  it('is symmetric around zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), (n, places) => {
        const x = dec(n).div(1000);
        expect(roundHalfAway(x.neg(), places).eq(roundHalfAway(x, places).neg())).toBe(true);
      }),
    );
  });
});

describe('money sums are exact', () => {
  it('0.1 + 0.2 is 0.3', () => {
    expect(sum([dec('0.1'), dec('0.2')]).toString()).toBe('0.3');
  });
});

describe('formatting as the seed writes numbers', () => {
  it('drops trailing zeros in amounts', () => {
    expect(formatAmount(dec('26833.46'))).toBe('26833.46');
    expect(formatAmount(dec('4551.40'))).toBe('4551.4');
    expect(formatAmount(dec('180.00'))).toBe('180');
    expect(formatAmount(dec('-0.001'))).toBe('0');
  });
  it('shows rates with 2 decimals', () => {
    expect(formatRate(dec('0.98765'))).toBe('98.77%');
    expect(formatRate(dec('1'))).toBe('100.00%');
  });
  it('shows scores without trailing zeros', () => {
    expect(formatScore(dec('88.00'))).toBe('88');
    expect(formatScore(dec('87.255'))).toBe('87.26');
  });
});

describe('formatTrimmed', () => {
  /** The definition: round half away, write `places` decimals, drop trailing zeros (and a bare dot). */
  const byDefinition = (text: string, places: number): string => {
    let t = roundHalfAway(dec(text), places).toFixed(places);
    if (t.includes('.')) t = t.replace(/0+$/, '').replace(/\.$/, '');
    return t === '-0' ? '0' : t;
  };

  it('writes values with few decimals (the shortcut) and with many (rounded) as by definition', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 4 }),
        (digits, scale, places) => {
          const text = scale === 0 ? digits.toString() : dec(digits.toString()).div(10 ** scale).toFixed();
          expect(formatTrimmed(dec(text), places)).toBe(byDefinition(text, places));
        },
      ),
    );
    for (const t of ['0', '-0', '180', '4551.4', '-0.004', '1e21', '1e-9']) expect(formatTrimmed(dec(t), 2)).toBe(byDefinition(t, 2));
  });
});

describe('roundUpAway (ROUNDUP)', () => {
  it('rounds every started step away from zero, as Excel ROUNDUP', () => {
    expect(['1.01', '1', '-1.01', '2.341', '0'].map((v) => roundUpAway(dec(v), v === '2.341' ? 2 : 0).toString())).toEqual([
      '2',
      '1',
      '-2',
      '2.35',
      '0',
    ]);
  });
});
