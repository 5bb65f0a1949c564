/** The score expressions the report writes: each row's score and the total. */
import Decimal from 'decimal.js';
import { Expr, evaluate, named, num, sumOf } from '../model/expr';
import { ScoreRow, Scoring } from '../model/analysis';

/** Whether an expression evaluates to a value (false when it cannot be evaluated). */
export function evaluatesTo(e: Expr, value: Decimal): boolean {
  try {
    return evaluate(e).eq(value);
  } catch {
    return false;
  }
}

/** The row's score as an expression: the rule when it yields the recorded score, else the score itself (定性 rows, clamped scores). */
export function scoreExprOf(row: ScoreRow): Expr {
  return row.scoreExpr !== null && evaluatesTo(row.scoreExpr, row.score) ? row.scoreExpr : num(row.score);
}

/** The total score as an expression: the sum of the rows' (rounded) scores, each named `score:<key>` so it can point at 附表1. */
export function totalScoreExpr(scoring: Scoring): Expr {
  if (scoring.rows.length === 0) return num(scoring.total);
  return sumOf(scoring.rows.map((r) => named(`score:${r.key}`, scoreExprOf(r))));
}
