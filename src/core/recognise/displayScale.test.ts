import { displayScale } from './displayScale';

const scale = (f: string | null) => displayScale(f).toString();

test('a trailing comma divides by 1000, two by a million; a comma between digits is a separator', () => {
  expect(scale('#,##0.00,')).toBe('1000');
  expect(scale('#,##0,,')).toBe('1000000');
  expect(scale('#,##0.00')).toBe('1');
  expect(scale('#,##0.00,"千元"')).toBe('1000');
  expect(scale('#,##0.00_);(#,##0.00)')).toBe('1');
});

test('the 万元 trick: a literal dot before four digits divides by 10000, also with a comma', () => {
  expect(scale('0!.0000')).toBe('10000');
  expect(scale('0"."0000')).toBe('10000');
  expect(scale('0\\.0000')).toBe('10000');
  expect(scale('0!.0,')).toBe('10000');
  expect(scale('0.00"万元"')).toBe('1');
});

test('General, text, dates, colours and percent formats show the number as it is', () => {
  for (const f of [null, 'General', '@', 'yyyy/m/d', '[Red]0.00', '0.00%', '[$-804]#,##0.00']) expect(scale(f)).toBe('1');
});
