import { dec } from '../money';
import { gradeFormula } from '../report/layoutFormula';
import { evaluateFormula } from '../../../test/support/formulaEval';
import { GRADE_BANDS, gradeOf } from './grades';

describe('评价等级 bands', () => {
  const cases: [string, string][] = [
    ['100', '优'],
    ['90', '优'],
    ['89.99', '良'],
    ['80', '良'],
    ['79.99', '中'],
    ['60', '中'],
    ['59.99', '差'],
    ['0', '差'],
  ];

  it.each(cases)('%s is %s in the engine and in the report formula alike', (total, grade) => {
    expect(gradeOf(dec(total))).toBe(grade);
    expect(evaluateFormula(gradeFormula('A1'), () => Number(total))).toBe(grade);
  });

  it('runs from the top band down', () => {
    expect(GRADE_BANDS.map((b) => b.from)).toEqual([90, 80, 60]);
  });
});
