import { gradeFormula, literal, sentenceFormula } from './layoutFormula';
import { cell, named, num } from '../model/expr';
import { cellRef } from '../grid/address';
import { dec } from '../money';
import { live } from './live';
import { evaluateFormula } from '../../../test/support/formulaEval';

const none = (): null => null;

describe('formula text', () => {
  it('doubles quotes in text constants', () => {
    expect(literal('"三公经费"控制率')).toBe('"""三公经费""控制率"');
    expect(evaluateFormula(literal('"三公经费"控制率'), none)).toBe('"三公经费"控制率');
  });

  it('splits text constants longer than Excel’s 255 characters and keeps the text whole', () => {
    const text = '资'.repeat(600) + '"' + '😀'.repeat(200);
    const f = literal(text);
    for (const m of f.matchAll(/"((?:[^"]|"")*)"/g)) expect(m[1].replace(/""/g, '"').length).toBeLessThanOrEqual(255);
    expect(evaluateFormula(f, none)).toBe(text);
  });

  it('writes amounts, rates, counts and scores as the engine formats them', () => {
    const a = cellRef('支出决算表', 6, 4);
    const inlines = [
      '人员经费',
      live(cell(a, dec('4551.40')), 'amount'),
      '万元，执行率',
      live(num('0.98765'), 'rate'),
      '，人数',
      live(num('1225'), 'count'),
      '，得分',
      live(num('88.50'), 'score'),
      '。',
    ];
    const f = sentenceFormula('', inlines, () => undefined);
    expect(f).toContain("ROUND('支出决算表'!E7,2)");
    expect(evaluateFormula(f, () => 4551.4)).toBe('人员经费4551.4万元，执行率98.77%，人数1225，得分88.5。');
  });

  it('points a named number at its cell', () => {
    const f = sentenceFormula('', ['得分', live(num(88), 'score', 'scoreTotal')], (n) => (n === 'scoreTotal' ? 'G65' : undefined));
    expect(f).toBe('"得分"&ROUND(G65,2)');
  });

  it('turns a lone number into text', () => {
    expect(evaluateFormula(sentenceFormula('', [live(num(180), 'amount')], () => undefined), none)).toBe('180');
  });

  it.each([
    [95, '优'],
    [90, '优'],
    [89.999999999, '优'],
    [80, '良'],
    [60, '中'],
    [59.99, '差'],
  ])('grades %d as %s', (score, grade) => {
    expect(evaluateFormula(gradeFormula('A1'), () => score)).toBe(grade);
  });

  it('grades a grade placeholder through the total cell', () => {
    const f = sentenceFormula('', [live(named('scoreTotal', num(88)), 'grade')], (n) => (n === 'scoreTotal' ? 'G65' : undefined));
    expect(evaluateFormula(f, () => 88)).toBe('良');
  });
});
