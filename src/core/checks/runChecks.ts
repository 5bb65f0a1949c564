/** All table checks of spec/checks.md, in the spec's table order. */
import { Finding } from '../findings/finding';
import { Figures } from '../model/analysis';
import { Model } from '../model/types';
import { checkT1Balance } from './checkT1Balance';
import { checkT1T3Total } from './checkT1T3Total';
import { checkT3RowSum } from './checkT3RowSum';
import { checkT3Hierarchy } from './checkT3Hierarchy';
import { checkT5RowSum } from './checkT5RowSum';
import { checkT5Hierarchy } from './checkT5Hierarchy';
import { checkT5T6Basic } from './checkT5T6Basic';
import { checkT6Totals } from './checkT6Totals';
import { checkT6Code } from './checkT6Code';
import { checkT6Hierarchy } from './checkT6Hierarchy';
import { checkT6T3Basic } from './checkT6T3Basic';
import { checkNegative } from './checkNegative';
import { checkT7Sum } from './checkT7Sum';
import { checkT7T6Part } from './checkT7T6Part';
import { checkT7OverBudget } from './checkT7OverBudget';
import { checkP1T3Project } from './checkP1T3Project';
import { checkP1Code } from './checkP1Code';
import { checkP1OverBudget } from './checkP1OverBudget';
import { checkP2Execution } from './checkP2Execution';
import { checkP2FundParts } from './checkP2FundParts';

export type Check = (model: Model, figures: Figures) => Finding[];

/**
 * The checks in spec/checks.md order. P2.weights/row/userScore/deviation come from scoring;
 * P3.required, cell.value, table.*, unit.* and text.placeholder from recognition and report.
 */
export const CHECKS: readonly Check[] = [
  checkT1Balance,
  checkT1T3Total,
  checkT3RowSum,
  checkT3Hierarchy,
  checkT5RowSum,
  checkT5Hierarchy,
  checkT5T6Basic,
  checkT6Totals,
  checkT6Hierarchy,
  checkT6T3Basic,
  checkT6Code,
  checkT7Sum,
  checkT7T6Part,
  checkT7OverBudget,
  checkP1T3Project,
  checkP1Code,
  checkP1OverBudget,
  checkP2Execution,
  checkNegative,
  checkP2FundParts,
];

/** Runs every table check; a check that needs an absent table yields nothing (table.missing says so). */
export function runChecks(model: Model, figures: Figures): Finding[] {
  return CHECKS.flatMap((check) => check(model, figures));
}
