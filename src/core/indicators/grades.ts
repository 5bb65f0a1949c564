/**
 * The 评价等级 bands, in one place (财政部预算司): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. The
 * engine's grade and the report's Excel formula are both built from this list.
 */
import Decimal from 'decimal.js';
import { Grade } from '../model/analysis';

/** Bands from the top: a total at or above `from` has `grade`; below every band is LOWEST_GRADE. */
export const GRADE_BANDS: readonly { readonly grade: Grade; readonly from: number }[] = [
  { grade: '优', from: 90 },
  { grade: '良', from: 80 },
  { grade: '中', from: 60 },
];

export const LOWEST_GRADE: Grade = '差';

/** 评价等级 of a total score. */
export function gradeOf(total: Decimal): Grade {
  return GRADE_BANDS.find((b) => total.gte(b.from))?.grade ?? LOWEST_GRADE;
}
