import { scoreExprOf, totalScoreExpr } from './scoreExprs';
import { evaluate, num, round } from '../model/expr';
import { ScoreRow } from '../model/analysis';
import { dec } from '../money';

const row = (key: string, score: string, expr: ScoreRow['scoreExpr']): ScoreRow => ({
  key,
  level1: '',
  level2: '',
  level3: key,
  targetText: '',
  actualText: '',
  weight: dec(10),
  score: dec(score),
  scoreExpr: expr,
  rule: null,
  deviationReason: '',
  source: null,
});

describe('score expressions', () => {
  it('uses the rule when it gives the recorded score', () => {
    const r = row('a', '9.99', round(num('9.987'), 2));
    expect(scoreExprOf(r)).toBe(r.scoreExpr);
  });

  it('writes the recorded score when there is no rule or the rule disagrees (a clamped 定性 score)', () => {
    expect(evaluate(scoreExprOf(row('b', '8', null))).toString()).toBe('8');
    expect(evaluate(scoreExprOf(row('c', '8', num(10)))).toString()).toBe('8');
  });

  it('totals the rows as the table does', () => {
    const total = totalScoreExpr({ scheme: '', rows: [row('a', '9.99', round(num('9.987'), 2)), row('b', '8', null)], total: dec('17.99'), grade: '差' });
    expect(evaluate(total).toString()).toBe('17.99');
  });
});
