import { cellRef } from '../grid/address';
import { dec } from '../money';
import { FINDING_CODES } from './catalogue';
import { Finding, atCell, atSheet, finding } from './finding';
import { LABEL_IDS, joined, label, sumLabel, userLabel } from './labels';
import { WORDINGS, describeFinding, formatLocation, severityWord } from './wording';
import { LABELS_EN_US } from './words.en-US';
import { LABELS_ZH_CN } from './words.zh-CN';
import { SAMPLES, USER_TEXTS } from '../../../test/support/findingSamples';

const E7 = cellRef('支出决算表', 6, 4);
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** en-US text with the workbook's own text (quoted or not) taken out: what must be English. */
function withoutUserText(text: string): string {
  const longestFirst = [...USER_TEXTS].sort((a, b) => b.length - a.length);
  return longestFirst.reduce((t, u) => t.split(u).join(''), text);
}

const allSamples = (): Finding[] => FINDING_CODES.flatMap((c) => SAMPLES[c] as readonly Finding[]);

describe('wording parity', () => {
  it('every code of the catalogue has a message and a fix in zh-CN and en-US, and nothing more', () => {
    for (const w of Object.values(WORDINGS)) {
      expect(Object.keys(w.messages).sort()).toEqual([...FINDING_CODES].sort());
      expect(Object.keys(w.fixes).sort()).toEqual([...FINDING_CODES].sort());
    }
    expect(FINDING_CODES.length).toBeGreaterThan(30);
  });

  it('every label id has words in both languages', () => {
    expect(Object.keys(LABELS_ZH_CN).sort()).toEqual([...LABEL_IDS].sort());
    expect(Object.keys(LABELS_EN_US).sort()).toEqual([...LABEL_IDS].sort());
  });

  it.each(['zh-CN', 'en-US'] as const)('every sample in %s gives text with its location and no gap', (lang) => {
    for (const f of allSamples()) {
      const text = describeFinding(f, lang);
      expect(text.startsWith(formatLocation(f.at, lang))).toBe(true);
      expect(text.length).toBeGreaterThan(formatLocation(f.at, lang).length + 4);
      expect(text).not.toMatch(/undefined|null|NaN|\[object|“”|""|\$\{|  /);
    }
  });

  it('en-US has no Chinese but the workbook’s own text', () => {
    for (const f of allSamples()) {
      const rest = withoutUserText(describeFinding(f, 'en-US'));
      expect({ code: f.code, rest, cjk: CJK.test(rest) }).toEqual({ code: f.code, rest, cjk: false });
    }
  });
});

const project = {
  table: 'T3',
  subject: joined([label('col.project'), label('total')]),
  other: label('p1.executedSum'),
} as const;

describe('zh-CN wording', () => {
  it('names the place, both sides and the difference (the spec’s example)', () => {
    const f = finding(
      'P1.T3.project',
      'error',
      atCell(E7),
      { ...project, residue: false },
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

  const rowSum = { table: 'T3', subject: label('total'), other: sumLabel(userLabel('各项')), residue: true } as const;

  it('shows a negative difference as a plain gap and marks 尾差', () => {
    const f = finding('T3.rowSum', 'info', atCell(E7), rowSum, {
      expected: dec('10.02'),
      actual: dec('10'),
      difference: dec('-0.02'),
    });
    expect(describeFinding(f)).toBe(
      '支出决算表!E7：合计 10 万元，各项之和 10.02 万元，相差 0.02 万元（尾差，在四舍五入允许范围内）',
    );
  });

  it('keeps a residue too small for 2 decimals visible (tables in 元)', () => {
    const f = finding('T3.rowSum', 'info', atCell(E7), rowSum, {
      expected: dec('10'),
      actual: dec('10.000002'),
      difference: dec('0.000002'),
    });
    expect(describeFinding(f)).toContain('相差 0.000002 万元');
  });

  it('says by how much a budget was exceeded', () => {
    const f = finding(
      'T7.overBudget',
      'warning',
      atCell(E7),
      {
        table: 'T7',
        subject: joined([label('tp.reception'), label('lane.actual')]),
        other: joined([label('tp.reception'), label('lane.budget')]),
        residue: false,
      },
      { expected: dec(10), actual: dec('12.5'), difference: dec('2.5') },
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
      describeFinding(finding('table.duplicate', 'error', atSheet('表二'), { table: 'T3', sheets: ['表一', '表二'] })),
    ).toBe('表二：工作表“表一”和“表二”都像是支出决算表，请只保留一个');
    expect(
      describeFinding(
        finding('cell.value', 'error', atCell(E7), { table: 'T3', subject: label('col.project'), found: '#REF!' }),
      ),
    ).toBe('支出决算表!E7：支出决算表的项目支出为公式错误 #REF!，该值未计入');
  });

  it('shows user rates as percentages', () => {
    const f = finding(
      'P2.userScore',
      'warning',
      atCell(E7),
      { subject: 'rate', row: '年度资金总额', entered: dec(95), recomputed: dec('0.9876') },
      { expected: dec('0.9876'), actual: dec(95) },
    );
    expect(describeFinding(f)).toBe(
      '支出决算表!E7：“年度资金总额”填写的执行率 95%，按规则重算为 98.76%；报告使用重算值',
    );
  });
});

describe('severity words and locations', () => {
  it('words severities per language', () => {
    expect(['error', 'warning', 'info'].map((s) => severityWord(s as 'error'))).toEqual(['错误', '警告', '提示']);
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
  it('names both sides and the difference in English', () => {
    const f = finding(
      'P1.T3.project',
      'error',
      atCell(E7),
      { ...project, residue: false },
      {
        expected: dec('549.89'),
        actual: dec('640.68'),
        difference: dec('90.79'),
      },
    );
    // The old wording left the labels in Chinese ("项目支出合计 is 640.68"); now only the sheet name is.
    expect(describeFinding(f, 'en-US')).toBe(
      '支出决算表!E7: project spending total is 640.68 (10k yuan), the sum of the projects spent (project table) is 549.89 (10k yuan): a difference of 90.79 (10k yuan)',
    );
  });

  it('quotes row labels from the workbook', () => {
    const f = SAMPLES['T3.rowSum'][0];
    expect(describeFinding(f, 'en-US')).toContain('"教育支出（205）" basic spending is 640.68 (10k yuan)');
  });
});
