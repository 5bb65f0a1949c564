/**
 * The one list of finding codes: per code the severities it is raised with and the table or
 * rule that raises it (source file). Its words (message, how to fix) are in the wording files;
 * docs/findings.md is generated from this list and them (scripts/findingsDoc.ts).
 */
import { Severity } from './severity';

export interface CatalogueEntry {
  /** The severities the code is raised with (an amount check's residue is info). */
  readonly severities: readonly Severity[];
  /** The table or rule it belongs to (spec/checks.md name) and the file that raises it. */
  readonly table: string;
  readonly raisedBy: string;
}

const AMOUNT = ['error', 'info'] as const;

export const CATALOGUE = {
  'T1.balance': { severities: AMOUNT, table: 'T1', raisedBy: 'checks/checkT1Balance.ts' },
  'T1.T3.total': { severities: AMOUNT, table: 'T1, T3', raisedBy: 'checks/checkT1T3Total.ts' },
  'T3.rowSum': { severities: AMOUNT, table: 'T3', raisedBy: 'checks/checkT3RowSum.ts' },
  'T3.hierarchy': { severities: AMOUNT, table: 'T3', raisedBy: 'checks/checkT3Hierarchy.ts' },
  'T5.rowSum': { severities: AMOUNT, table: 'T5', raisedBy: 'checks/checkT5RowSum.ts' },
  'T5.hierarchy': { severities: AMOUNT, table: 'T5', raisedBy: 'checks/checkT5Hierarchy.ts' },
  'T5.T6.basic': { severities: AMOUNT, table: 'T5, T6', raisedBy: 'checks/checkT5T6Basic.ts' },
  'T6.totals': { severities: AMOUNT, table: 'T6', raisedBy: 'checks/checkT6Totals.ts' },
  'T6.hierarchy': { severities: AMOUNT, table: 'T6', raisedBy: 'checks/checkT6Hierarchy.ts' },
  'T6.T3.basic': { severities: AMOUNT, table: 'T6, T3', raisedBy: 'checks/checkT6T3Basic.ts' },
  'T6.code': { severities: ['warning'], table: 'T6', raisedBy: 'checks/checkT6Code.ts' },
  'T7.sum': { severities: AMOUNT, table: 'T7', raisedBy: 'checks/checkT7Sum.ts' },
  'T7.T6.part': { severities: AMOUNT, table: 'T7, T6', raisedBy: 'checks/checkT7T6Part.ts' },
  'T7.overBudget': { severities: ['warning'], table: 'T7', raisedBy: 'checks/checkT7OverBudget.ts' },
  'P1.T3.project': { severities: AMOUNT, table: 'P1, T3', raisedBy: 'checks/checkP1T3Project.ts' },
  'P1.code': { severities: ['warning'], table: 'P1, T3', raisedBy: 'checks/checkP1Code.ts' },
  'P1.overBudget': { severities: ['warning'], table: 'P1', raisedBy: 'checks/checkP1OverBudget.ts' },
  'P2.execution': { severities: ['warning', 'info'], table: 'P2, T3', raisedBy: 'checks/checkP2Execution.ts' },
  'P2.weights': { severities: ['warning'], table: 'P2', raisedBy: 'indicators/scoring.ts' },
  'P2.row': { severities: ['error'], table: 'P2', raisedBy: 'indicators/p2Scoring.ts' },
  'P2.userScore': { severities: ['warning'], table: 'P2', raisedBy: 'indicators/scoring.ts, indicators/p2Scoring.ts' },
  'P2.deviation': { severities: ['warning'], table: 'P2', raisedBy: 'indicators/p2Scoring.ts' },
  'P2.inferred': { severities: ['info'], table: 'P2', raisedBy: 'recognise/p2.ts, indicators/p2Author.ts, indicators/p2Weights.ts' },
  'P2.fundParts': { severities: ['warning'], table: 'P2', raisedBy: 'checks/checkP2FundParts.ts' },
  'P3.required': { severities: ['error'], table: 'P3', raisedBy: 'recognise/p3.ts' },
  'P3.unknownKey': { severities: ['info'], table: 'P3', raisedBy: 'recognise/p3.ts' },
  'cell.value': { severities: ['error'], table: 'any table', raisedBy: 'recognise/numbers.ts' },
  'amount.negative': { severities: ['warning'], table: 'T3, T5, T6, T7', raisedBy: 'checks/checkNegative.ts' },
  'table.missing': { severities: ['error', 'warning'], table: 'workbook', raisedBy: 'recognise/locate.ts' },
  'table.empty': { severities: ['error', 'warning'], table: 'T1, T3, T5, T6, T7', raisedBy: 'recognise/recognise.ts' },
  'table.duplicate': { severities: ['error'], table: 'workbook', raisedBy: 'recognise/locate.ts' },
  'table.header': {
    severities: ['error'],
    table: 'any table',
    raisedBy: 'recognise/context.ts, recognise/recognise.ts',
  },
  'table.notTaken': { severities: ['info'], table: 'workbook', raisedBy: 'recognise/locate.ts' },
  'table.totals': { severities: ['warning'], table: 'T3, T5', raisedBy: 'recognise/spending.ts' },
  'table.year': { severities: ['warning'], table: 'T1, T3, T5, T6, T7, P1, P2', raisedBy: 'recognise/period.ts' },
  'table.entity': { severities: ['warning'], table: 'T1, T3, T5, T6, T7, P1, P2', raisedBy: 'recognise/period.ts' },
  'table.hiddenCopy': { severities: ['info'], table: 'workbook', raisedBy: 'recognise/locate.ts' },
  'table.textLines': { severities: ['error', 'warning'], table: 'workbook', raisedBy: 'recognise/locate.ts' },
  'column.weak': { severities: ['info'], table: 'any table', raisedBy: 'recognise/context.ts' },
  'unit.missing': { severities: ['info'], table: 'amount tables', raisedBy: 'recognise/recognise.ts' },
  'unit.unknown': { severities: ['warning'], table: 'amount tables', raisedBy: 'recognise/recognise.ts' },
  'text.placeholder': { severities: ['warning'], table: 'P4', raisedBy: 'report/userText.ts' },
  'text.figure': { severities: ['warning'], table: 'P4', raisedBy: 'report/proseFigures.ts' },
  'indicator.unavailable': { severities: ['error'], table: 'indicators', raisedBy: 'indicators/scoring.ts' },
  'indicator.overLimit': { severities: ['warning'], table: 'indicators', raisedBy: 'indicators/scoring.ts' },
  'scheme.unknown': { severities: ['warning'], table: 'P3, S', raisedBy: 'indicators/scoring.ts' },
  'scheme.row': { severities: ['error'], table: 'S', raisedBy: 'indicators/userScheme.ts' },
  'scheme.ignored': { severities: ['info'], table: 'P3, S', raisedBy: 'indicators/scoring.ts' },
} as const satisfies Record<string, CatalogueEntry>;

export type FindingCode = keyof typeof CATALOGUE;

/** The severities `C` may be raised with. */
export type SeverityOf<C extends FindingCode> = (typeof CATALOGUE)[C]['severities'][number];

export const FINDING_CODES = Object.keys(CATALOGUE) as FindingCode[];
