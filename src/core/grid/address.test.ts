import { a1, columnIndex, columnLetters, parseA1, quoteSheet, formulaRef, a1Range } from './address';

describe('A1 addresses', () => {
  it('round-trips columns past Z', () => {
    for (const col of [0, 1, 25, 26, 27, 51, 52, 701, 702, 16383]) {
      expect(columnIndex(columnLetters(col))).toBe(col);
    }
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(16383)).toBe('XFD');
  });
  it('formats and parses cells', () => {
    expect(a1(6, 4)).toBe('E7');
    expect(parseA1('$E$7')).toEqual({ row: 6, col: 4 });
    expect(() => parseA1('7E')).toThrow();
    expect(a1Range(0, 0, 19, 7)).toBe('A1:H20');
    expect(a1Range(2, 2, 2, 2)).toBe('C3');
  });
});

describe('sheet names in formulas', () => {
  it('quotes every name and doubles apostrophes', () => {
    expect(quoteSheet('Z03 支出决算表(财决04表)')).toBe("'Z03 支出决算表(财决04表)'");
    expect(quoteSheet("O'Brien [2022]")).toBe("'O''Brien [2022]'");
    expect(formulaRef({ sheet: '支出决算表', row: 6, col: 4 })).toBe("'支出决算表'!E7");
  });
});
