/**
 * The value rules the metamorphic harness (test/metamorphic.test.ts) found wanting, one test
 * each: how real exports and PDF copies write numbers, units and a 三公 nil.
 */
import { sheetOf } from '../grid/snapshot';
import { toFormula } from '../report/formula';
import { label } from '../findings/labels';
import { fieldsOf } from '../../../test/support/findingText';
import { wideT7Sheet } from '../../../test/support/wideT7';
import {
  findUnit,
  findUnitConflict,
  findUnknownUnit,
  parseEconomicCode,
  parseFunctionalCode,
  parseNumberCell,
  parseSplitFunctionalCode,
  readAmount,
  tableContext,
} from './common';
import { recognise } from './recognise';
import { computeFigures } from '../indicators/figures';

const read = (v: string): string => {
  const p = parseNumberCell(v);
  return p.kind === 'number' ? p.value.toString() : p.kind;
};

describe('numbers as real files write them', () => {
  it('reads the accounting negative (12.00), full-width brackets and the minus sign U+2212', () => {
    expect(read('(1,234.56)')).toBe('-1234.56');
    expect(read('（12.00）')).toBe('-12');
    expect(read('\u221212.50')).toBe('-12.5');
    expect(read('－12.50')).toBe('-12.5');
  });

  it('does not read △12.00, ▲12.00, 12.00- or (-12): no 部门决算 convention, so a cell.value finding', () => {
    for (const v of ['△12.00', '▲12.00', '12.00-', '(-12)', '98.5%']) expect(read(v)).toBe('invalid');
  });

  it('reads every run of dashes, spaced or not, as zero', () => {
    for (const v of ['－－', '— —', '‒', '--', '/ /']) expect(parseNumberCell(v).kind).toBe('blank');
    expect(read('-1-')).toBe('invalid');
  });

  it('reads numbers with zero-width marks a PDF copy leaves', () => {
    expect(read('\u200b1,865.32\ufeff')).toBe('1865.32');
    expect(read('1\u200b865.32')).toBe('1865.32');
  });

  it('drops a currency sign before the digits: ¥1,234.56, ￥1,234.56, -¥12', () => {
    expect(read('¥1,234.56')).toBe('1234.56');
    expect(read('￥1,234.56')).toBe('1234.56');
    expect(read('-¥12')).toBe('-12');
    expect(read('¥')).toBe('invalid');
  });

  it('takes thousands commas only where they group by three: 1,23 is no number, never 123', () => {
    expect(read('1,234,567.8')).toBe('1234567.8');
    expect(read('１，２３４．５'.normalize())).toBe('1234.5');
    for (const v of ['1,23', '12,34.5', '1,2345', ',123']) expect(read(v)).toBe('invalid');
  });
});

describe('an amount cell naming its unit', () => {
  const sheet = sheetOf('S', [['12.5万元', '125,000元', '12.5万', '3千元']]);

  it('converts from the cell unit, whatever the table unit, and writes the value as a constant', () => {
    const wan = tableContext(sheet, 'T3', { unit: '元' });
    const a = readAmount(wan, 0, 0, label('total'))!;
    expect(a.value.toString()).toBe('12.5');
    expect(toFormula(a.expr)).toBe('12.5');
    const yuan = tableContext(sheet, 'T3');
    expect(readAmount(yuan, 0, 1, label('total'))!.value.toString()).toBe('12.5');
    expect(readAmount(yuan, 0, 2, label('total'))!.value.toString()).toBe('12.5');
    expect(readAmount(yuan, 0, 3, label('total'))!.value.toString()).toBe('0.3');
    expect([...wan.findings, ...yuan.findings]).toEqual([]);
  });

  it('still refuses words after a number', () => {
    const ctx = tableContext(sheetOf('S', [['约12.5万元']]), 'T3');
    expect(readAmount(ctx, 0, 0, label('total'))).toBeNull();
    expect(ctx.findings.map((f) => [f.code, fieldsOf(f).found])).toEqual([['cell.value', '约12.5万元']]);
  });
});

describe('unit lines', () => {
  it('does not take a department line 单位：元阳县… for the unit 元', () => {
    const s = sheetOf('S', [['支出决算表'], ['单位：元阳县教育体育局', null, '金额单位：万元']]);
    expect(findUnit(s, 5)?.unit).toBe('万元');
    expect(findUnit(sheetOf('S', [['编制单位：元谋县财政局']]), 5)).toBeNull();
    expect(findUnknownUnit(sheetOf('S', [['单位：元江县卫生健康局']]), 5)).toBeNull();
  });

  it('says where a header names another unit than the unit line (which is right cannot be told)', () => {
    const s = sheetOf('S', [['支出决算表'], [null, null, '单位：万元'], ['科目名称', '本年支出合计（元）'], ['合计', 12]]);
    const line = findUnit(s, 5)!;
    expect(findUnitConflict(s, 12, line)).toMatchObject({ unit: '元', ref: { row: 2, col: 1 } });
    const same = sheetOf('S', [['支出决算表'], [null, null, '单位：万元'], ['科目名称', '本年支出合计（万元）'], ['合计', 12]]);
    expect(findUnitConflict(same, 12, findUnit(same, 5)!)).toBeNull();
  });

  it('reads 人民币 before or after the unit', () => {
    expect(findUnit(sheetOf('S', [['单位：人民币万元']]), 5)?.unit).toBe('万元');
    expect(findUnit(sheetOf('S', [['单位：（万元）']]), 5)?.unit).toBe('万元');
    expect(findUnit(sheetOf('S', [['单位：人民币（元）']]), 5)?.unit).toBe('元');
    expect(findUnit(sheetOf('S', [['金额单位：万元人民币']]), 5)?.unit).toBe('万元');
    expect(findUnknownUnit(sheetOf('S', [['单位：人民币元']]), 5)).toBeNull();
  });
});

describe('a 三公 table of dashes', () => {
  it('reads a row of dashes as zeros (the department had none), not as a table not filled in', () => {
    const model = recognise({ sheets: [wideT7Sheet(Array(12).fill('-'))] });
    expect(model.findings.map((f) => f.code)).not.toContain('table.empty');
    expect(model.t7?.actual.total?.value.toString()).toBe('0');
    expect(model.t7?.budget.total?.value.toString()).toBe('0');
  });
});

describe('codes written by a float export', () => {
  it('reads 2050101.0 and 30101.0 as the codes, and 02.0 as a 款 part; 205.01.01 keeps its dots as separators', () => {
    expect(parseFunctionalCode('2050101.0')).toEqual({ code: '2050101', level: 3 });
    expect(parseEconomicCode('30101.0')).toEqual({ code: '30101', level: 2 });
    expect(parseSplitFunctionalCode('205.0', '2.0', '1.0')).toEqual({ code: '2050201', level: 3 });
    expect(parseFunctionalCode('205.01.01')).toEqual({ code: '2050101', level: 3 });
  });

  it('counts a T6 class once when its codes are written 301.0 / 30101.0 (not each row as a class of its own)', () => {
    const rows = [
      ['一般公共预算财政拨款基本支出决算表'],
      [null, null, '单位：万元'],
      ['科目编码', '科目名称', '决算数'],
      ['301.0', '工资福利支出', 100],
      ['30101.0', '基本工资', 60],
      ['30102.0', '津贴补贴', 40],
      ['302.0', '商品和服务支出', 10],
      ['30201.0', '办公费', 10],
    ];
    const model = recognise({ sheets: [sheetOf('基本支出决算表', rows)] });
    const codes = model.t6?.items.map((i) => i.code);
    expect(codes).toEqual(['301', '30101', '30102', '302', '30201']);
    const figures = computeFigures(model);
    expect([figures.personnelExpenditure.value?.toString(), figures.publicExpenditure.value?.toString()]).toEqual([
      '100',
      '10',
    ]);
  });
});
