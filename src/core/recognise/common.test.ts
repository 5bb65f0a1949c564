import { sheetOf } from '../grid/snapshot';
import { toFormula } from '../report/formula';
import { evaluate } from '../model/expr';
import {
  cellText,
  findHeader,
  findUnit,
  isNoteRow,
  isRepeatedHeaderRow,
  isSkippableRow,
  normaliseLabel,
  parseEconomicCode,
  parseFunctionalCode,
  parseNumberCell,
  parseQuantityCell,
  parseSplitEconomicCode,
  parseSplitFunctionalCode,
  readAmount,
  readQuantity,
  splitCodeAndName,
  stripNumbering,
  tableContext,
} from './common';
import { fieldsOf } from '../../../test/support/findingText';
import { label, userLabel } from '../findings/labels';

const X = userLabel('x');

describe('labels', () => {
  it('normalises spaces, line breaks and full-width punctuation', () => {
    expect(normaliseLabel(' 科目\n编码 ')).toBe('科目编码');
    expect(normaliseLabel('全年预算数（调整预算数）')).toBe('全年预算数(调整预算数)');
    expect(normaliseLabel('单位：\u3000万元')).toBe('单位:万元');
    expect(normaliseLabel('ＡＢＣ１２３')).toBe('ABC123');
  });

  it('strips leading numbering of every common form', () => {
    expect(stripNumbering('一、一般公共预算财政拨款收入')).toBe('一般公共预算财政拨款收入');
    expect(stripNumbering('（一）基本支出')).toBe('基本支出');
    expect(stripNumbering('(二)项目支出')).toBe('项目支出');
    expect(stripNumbering('1.上级补助收入')).toBe('上级补助收入');
    expect(stripNumbering('2、事业收入')).toBe('事业收入');
    expect(stripNumbering('3）经营收入')).toBe('经营收入');
    expect(stripNumbering('其中：财政拨款')).toBe('财政拨款');
    expect(stripNumbering('十一、其他收入')).toBe('其他收入');
    expect(stripNumbering('2022年度')).toBe('2022年度');
  });

  it('shows numbers as plain decimal text', () => {
    expect(cellText(1e-7)).toBe('0.0000001');
    expect(cellText(1234.5)).toBe('1234.5');
    expect(cellText({ error: '#REF!' })).toBe('#REF!');
  });
});

describe('numbers', () => {
  it('reads number cells and text numbers with separators and full-width digits', () => {
    expect(parseNumberCell(12.5)).toMatchObject({ kind: 'number', form: 'number' });
    const text = parseNumberCell('1,234.56');
    expect(text.kind === 'number' && text.value.toString()).toBe('1234.56');
    expect(text).toMatchObject({ form: 'text' });
    const wide = parseNumberCell('１２３');
    expect(wide.kind === 'number' && wide.value.toString()).toBe('123');
    expect(wide).toMatchObject({ form: 'textConstant' });
    expect(parseNumberCell('1 234')).toMatchObject({ kind: 'number', form: 'textConstant' });
  });

  it('treats blank, dashes and slashes as blank', () => {
    for (const v of [null, '', '  ', '-', '—', '/', '——']) expect(parseNumberCell(v).kind).toBe('blank');
    const zero = parseNumberCell('0.00');
    expect(zero.kind === 'number' && zero.value.isZero()).toBe(true);
  });

  it('rejects words and formula errors', () => {
    expect(parseNumberCell('约100')).toEqual({ kind: 'invalid', text: '约100' });
    expect(parseNumberCell('待定')).toEqual({ kind: 'invalid', text: '待定' });
    expect(parseNumberCell({ error: '#REF!' })).toEqual({ kind: 'error', error: '#REF!' });
  });

  it('reads quantities with % and units', () => {
    const v = (x: string) => {
      const p = parseQuantityCell(x);
      return p.kind === 'number' ? p.value.toString() : p.kind;
    };
    expect(v('95%')).toBe('0.95');
    expect(v('≥95%')).toBe('0.95');
    expect(v('1225人')).toBe('1225');
    expect(v('0.5万元')).toBe('0.5');
    expect(v('≥95%以上')).toBe('0.95');
    expect(v('＞９０％')).toBe('0.9');
    expect(v('5个工作日')).toBe('5');
    expect(v('2022年底前完成')).toBe('invalid');
    expect(v('约100')).toBe('invalid');
    expect(v('好')).toBe('invalid');
  });
});

describe('amounts', () => {
  const sheet = sheetOf('S', [[123456, '12,345', null, '约100', { error: '#REF!' }, '95%']]);

  it('converts 元 to 万元 exactly with a live formula', () => {
    const ctx = tableContext(sheet, 'T3', { unit: '元' });
    const a = readAmount(ctx, 0, 0, label('total'))!;
    expect(a.value.toString()).toBe('12.3456');
    expect(evaluate(a.expr).toString()).toBe('12.3456');
    expect(toFormula(a.expr)).toBe("'S'!A1/10000");
    const t = readAmount(ctx, 0, 1, label('total'))!;
    expect(toFormula(t.expr)).toBe(`VALUE(SUBSTITUTE('S'!B1,",",""))/10000`);
  });

  it('converts 千元 and 亿元 and keeps 万元', () => {
    expect(readAmount(tableContext(sheet, 'T3', { unit: '千元' }), 0, 0, X)!.value.toString()).toBe('12345.6');
    expect(readAmount(tableContext(sheet, 'T3', { unit: '亿元' }), 0, 0, X)!.value.toString()).toBe('1234560000');
    expect(readAmount(tableContext(sheet, 'T3'), 0, 0, X)!.value.toString()).toBe('123456');
  });

  it('reads a blank amount as a zero that formulas read with N()', () => {
    const a = readAmount(tableContext(sheet, 'T3'), 0, 2, X)!;
    expect(a.value.isZero()).toBe(true);
    expect(toFormula(a.expr)).toBe("N('S'!C1)");
  });

  it('reports a word or error in an amount cell at that cell', () => {
    const ctx = tableContext(sheet, 'T3');
    expect(readAmount(ctx, 0, 3, label('col.basic'))).toBeNull();
    expect(readAmount(ctx, 0, 4, label('col.project'))).toBeNull();
    expect(ctx.findings.map((f) => [f.code, f.severity, f.at.col, fieldsOf(f).found])).toEqual([
      ['cell.value', 'error', 3, '约100'],
      ['cell.value', 'error', 4, '#REF!'],
    ]);
  });

  it('reads a percentage quantity without unit conversion', () => {
    const q = readQuantity(tableContext(sheet, 'P2', { unit: '元' }), 0, 5, label('p2.target'))!;
    expect(q.value.toString()).toBe('0.95');
  });
});

describe('headers', () => {
  const cols = [
    { key: 'code', words: ['科目编码'], required: true },
    { key: 'lei', words: ['类'] },
    { key: 'kuan', words: ['款'] },
    { key: 'xiang', words: ['项'] },
    { key: 'name', words: ['科目名称'], required: true },
    { key: 'total', words: ['本年支出合计', '合计'], required: true },
  ];

  it('reads a two-row header with a merged group over 类|款|项', () => {
    const sheet = sheetOf(
      'S',
      [
        ['支出决算表'],
        ['科目编码', null, null, '科目 名称', '本年支出\n合计'],
        ['类', '款', '项', null, null],
        ['205', null, null, '教育支出', 10],
      ],
      [
        { top: 1, left: 0, bottom: 1, right: 2 },
        { top: 1, left: 3, bottom: 2, right: 3 },
        { top: 1, left: 4, bottom: 2, right: 4 },
      ],
    );
    const h = findHeader(sheet, cols)!;
    expect([h.firstRow, h.lastRow]).toEqual([1, 2]);
    expect(Object.fromEntries(h.columns)).toEqual({ code: 0, lei: 0, kuan: 1, xiang: 2, name: 3, total: 4 });
  });

  it('reads a single-row header and does not take the data row as a sub-row', () => {
    const sheet = sheetOf('S', [
      ['科目编码', '科目名称', '合计'],
      [null, '合计', 10],
    ]);
    const h = findHeader(sheet, cols)!;
    expect([h.firstRow, h.lastRow]).toEqual([0, 0]);
    expect(h.columns.get('total')).toBe(2);
  });

  it('returns null when required words are missing', () => {
    expect(findHeader(sheetOf('S', [['项目', '金额']]), cols)).toBeNull();
  });

  it('finds units in a unit line or inside a title', () => {
    expect(findUnit(sheetOf('S', [['表'], [null, '金额单位：元']]), 5)).toMatchObject({
      unit: '元',
      ref: { row: 1, col: 1 },
    });
    expect(findUnit(sheetOf('S', [['支出决算表（单位:千元）']]), 5)?.unit).toBe('千元');
    expect(findUnit(sheetOf('S', [['单位：亿元']]), 5)?.unit).toBe('亿元');
    expect(findUnit(sheetOf('S', [['二级预算单位数']]), 5)).toBeNull();
  });

  it('recognises note, repeated-header and 栏次 rows', () => {
    const sheet = sheetOf('S', [
      ['科目编码', '科目名称', '合计'],
      ['注：本表…'],
      ['科目编码', '科目名称', '合计'],
      ['栏次', 1, 2],
      ['205', '教育', 1],
    ]);
    const h = findHeader(sheet, cols)!;
    expect(isNoteRow(sheet, 1)).toBe(true);
    expect(isRepeatedHeaderRow(sheet, 2, h)).toBe(true);
    expect(isSkippableRow(sheet, 3, h)).toBe(true);
    expect(isSkippableRow(sheet, 4, h)).toBe(false);
  });
});

describe('codes', () => {
  it('reads one-column codes as numbers or text with separators', () => {
    expect(parseFunctionalCode(2050201)).toEqual({ code: '2050201', level: 3 });
    expect(parseFunctionalCode('205 02 01')).toEqual({ code: '2050201', level: 3 });
    expect(parseFunctionalCode('20502')).toEqual({ code: '20502', level: 2 });
    expect(parseFunctionalCode('合计')).toBeNull();
    expect(parseFunctionalCode(2050)).toBeNull();
    expect(parseEconomicCode(30101)).toEqual({ code: '30101', level: 2 });
    expect(parseEconomicCode('2050201')).toBeNull();
  });

  it('joins split 类|款|项 codes, padding numbers and leaving 项 blank on 款 rows', () => {
    expect(parseSplitFunctionalCode(205, 2, null)).toEqual({ code: '20502', level: 2 });
    expect(parseSplitFunctionalCode('205', '02', '01')).toEqual({ code: '2050201', level: 3 });
    expect(parseSplitFunctionalCode(205, null, null)).toEqual({ code: '205', level: 1 });
    expect(parseSplitFunctionalCode(null, null, 1, '20502')).toEqual({ code: '2050201', level: 3 });
    expect(parseSplitFunctionalCode(null, null, null)).toBeNull();
    expect(parseSplitEconomicCode(301, 1)).toEqual({ code: '30101', level: 2 });
  });

  it('splits a code and a name written in one cell', () => {
    expect(splitCodeAndName('2050201 学前教育')).toEqual({ digits: '2050201', name: '学前教育' });
    expect(splitCodeAndName('[205]教育支出')).toEqual({ digits: '205', name: '教育支出' });
    expect(splitCodeAndName('教育支出')).toBeNull();
  });
});
