import { readFileSync } from 'fs';
import { join } from 'path';
import { cellRef } from '../grid/address';
import { dec } from '../money';
import { Finding, FindingCode, atCell, atSheet, finding } from './finding';
import { describeFinding, formatLocation, severityWord } from './wording';
import { WORDING_EN_US } from './wording.en-US';
import { WORDING_ZH_CN } from './wording.zh-CN';

/** The FindingCode union as written in finding.ts (jest does not type-check, so read the source). */
function declaredCodes(): string[] {
  const source = readFileSync(join(__dirname, 'finding.ts'), 'utf8');
  const union = /export type FindingCode =([^;]*);/.exec(source)?.[1] ?? '';
  return [...union.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

const E7 = cellRef('支出决算表', 6, 4);

/** Every param any emitter uses, so each wording branch has something to show. */
const fullParams: Record<string, string> = {
  subject: '项目支出合计',
  other: '项目支出明细表执行数之和',
  table: 'T3',
  tableName: '支出决算表',
  title: '支出决算表',
  found: '约100',
  expected: '2022',
  sheets: '表一、表二',
  sheet: '表一',
  header: '科目编码、科目名称',
  indicator: '预算执行率',
  row: '学生资助覆盖率',
  sum: '95',
  reason: '缺少上年"三公"经费决算数',
  scheme: '自定义',
  field: '分值',
  missing: '年度指标值',
  placeholder: '基本支出',
  section: '项目组织情况',
  used: '财政部自评',
  fill: '上年"三公"经费决算数',
  project: '图书',
  name: '办公费',
  code: '30201',
  key: '电话',
  completion: '部分达成',
  from: '3',
  to: '4',
  problem: 'outsideBand',
  score: '3',
  weight: '5',
};

describe('wording parity', () => {
  const codes = declaredCodes();

  it('finds the declared codes', () => {
    expect(codes.length).toBeGreaterThan(25);
    expect(codes).toContain('P1.T3.project');
  });

  it('every code has wording in zh-CN and en-US, and nothing more', () => {
    expect(Object.keys(WORDING_ZH_CN).sort()).toEqual([...codes].sort());
    expect(Object.keys(WORDING_EN_US).sort()).toEqual([...codes].sort());
  });

  it.each(['zh-CN', 'en-US'] as const)(
    'every code in %s gives text with its location, with all params or none',
    (lang) => {
      for (const code of codes as FindingCode[]) {
        const variants: Finding[] = [
          finding(code, 'error', atCell(E7), fullParams, {
            expected: dec('549.89'),
            actual: dec('640.68'),
            difference: dec('90.79'),
          }),
          finding(code, 'warning', atCell(E7)),
          finding(code, 'info', atSheet('项目支出明细表'), { residue: 'true' }),
        ];
        for (const f of variants) {
          const text = describeFinding(f, lang);
          expect(text.startsWith(formatLocation(f.at, lang))).toBe(true);
          expect(text.length).toBeGreaterThan(formatLocation(f.at, lang).length + 4);
          expect(text).not.toMatch(/undefined|null|NaN|\[object|“”|""|  /);
        }
      }
    },
  );
});

describe('zh-CN wording', () => {
  it('names the place, both sides and the difference (the spec’s example)', () => {
    const f = finding(
      'P1.T3.project',
      'error',
      atCell(E7),
      { subject: '项目支出合计', other: '项目支出明细表执行数之和' },
      {
        expected: dec('549.89'),
        actual: dec('640.68'),
        difference: dec('90.79'),
      },
    );
    expect(describeFinding(f)).toBe(
      '支出决算表!E7：项目支出合计 640.68 万元，项目支出明细表执行数之和 549.89 万元，相差 90.79 万元',
    );
  });

  it('shows a negative difference as a plain gap and marks 尾差', () => {
    const f = finding(
      'T3.rowSum',
      'info',
      atCell(E7),
      { subject: '合计', other: '各项之和', residue: 'true' },
      {
        expected: dec('10.02'),
        actual: dec('10'),
        difference: dec('-0.02'),
      },
    );
    expect(describeFinding(f)).toBe(
      '支出决算表!E7：合计 10 万元，各项之和 10.02 万元，相差 0.02 万元（尾差，在四舍五入允许范围内）',
    );
  });

  it('keeps a residue too small for 2 decimals visible (tables in 元)', () => {
    const f = finding(
      'T3.rowSum',
      'info',
      atCell(E7),
      { subject: '合计', other: '各项之和', residue: 'true' },
      {
        expected: dec('10'),
        actual: dec('10.000002'),
        difference: dec('0.000002'),
      },
    );
    expect(describeFinding(f)).toContain('相差 0.000002 万元');
  });

  it('says by how much a budget was exceeded', () => {
    const f = finding(
      'T7.overBudget',
      'warning',
      atCell(E7),
      { subject: '公务接待费决算数', other: '公务接待费预算数' },
      {
        expected: dec(10),
        actual: dec('12.5'),
        difference: dec('2.5'),
      },
    );
    expect(describeFinding(f)).toBe(
      '支出决算表!E7：公务接待费决算数 12.5 万元，超过公务接待费预算数 10 万元，超出 2.5 万元',
    );
  });

  it('names the tables of recognition findings by their titles', () => {
    expect(describeFinding(finding('table.missing', 'error', atSheet(null), { table: 'T6' }))).toBe(
      '工作簿：缺少一般公共预算财政拨款基本支出决算表（T6）；请补充该表（可插入模板表后填写）',
    );
    expect(
      describeFinding(
        finding('table.duplicate', 'error', atSheet('表二'), { table: 'T3', sheet: '表一', other: '表二' }),
      ),
    ).toBe('表二：工作表“表一”和“表二”都像是支出决算表，请只保留一个');
    expect(
      describeFinding(finding('cell.value', 'error', atCell(E7), { table: 'T3', subject: '项目支出', found: '#REF!' })),
    ).toBe('支出决算表!E7：支出决算表的项目支出为公式错误 #REF!，该值未计入');
  });

  it('shows user rates as percentages', () => {
    const f = finding(
      'P2.userScore',
      'warning',
      atCell(E7),
      { subject: '执行率', row: '年度资金总额' },
      { expected: dec('0.9876'), actual: dec(95) },
    );
    expect(describeFinding(f)).toBe(
      '支出决算表!E7：“年度资金总额”填写的执行率 95%，按规则重算为 98.76%；报告使用重算值',
    );
  });
});

describe('severity words and locations', () => {
  it('words severities per language', () => {
    expect(['error', 'warning', 'info'].map((s) => severityWord(s as 'error'))).toEqual(['严重', '警告', '提示']);
    expect(severityWord('warning', 'en-US')).toBe('warning');
  });

  it('formats a cell, a row, a sheet and the workbook', () => {
    expect(formatLocation(atCell(E7))).toBe('支出决算表!E7');
    expect(formatLocation({ sheet: '评分方案', row: 4, col: null })).toBe('评分方案!第5行');
    expect(formatLocation(atSheet('项目支出明细表'))).toBe('项目支出明细表');
    expect(formatLocation(atSheet(null))).toBe('工作簿');
    expect(formatLocation(atSheet(null), 'en-US')).toBe('workbook');
  });
});

describe('en-US wording', () => {
  it('names both sides and the difference', () => {
    const f = finding(
      'P1.T3.project',
      'error',
      atCell(E7),
      { subject: '项目支出合计', other: '项目支出明细表执行数之和' },
      {
        expected: dec('549.89'),
        actual: dec('640.68'),
        difference: dec('90.79'),
      },
    );
    expect(describeFinding(f, 'en-US')).toBe(
      '支出决算表!E7: 项目支出合计 is 640.68 (10k yuan), 项目支出明细表执行数之和 is 549.89 (10k yuan): a difference of 90.79 (10k yuan)',
    );
  });
});
