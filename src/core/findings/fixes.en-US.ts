/** en-US: how to fix each finding code (docs/findings.md, spec/checks.md). */
import { FindingCode } from './catalogue';

export const FIXES_EN_US: Readonly<Record<FindingCode, string>> = {
  'T1.balance':
    'Check the income and spending summary table: each grand total must equal its parts, and income must equal spending.',
  'T1.T3.total':
    'Check that the total spending of the year in the summary table equals the total row of the spending table.',
  'T3.rowSum': 'Check the row: its total must equal the sum of the basic, project and other spending columns.',
  'T3.hierarchy':
    'Check the functional classification: a class equals the sum of its items, an item the sum of its sub-items, the total row the sum of the classes.',
  'T5.rowSum': 'Check the row: its total must equal basic plus project spending.',
  'T5.hierarchy':
    'Check the functional classification: a class equals the sum of its items, an item the sum of its sub-items, the total row the sum of the classes.',
  'T5.T6.basic':
    'Check that basic spending in the general public budget table equals personnel plus public spending in the basic spending table.',
  'T6.totals': 'Check the personnel and public totals at the foot of the basic spending table against their items.',
  'T6.hierarchy':
    'Check the basic spending table: each class must equal the sum of its items (a common error: an "other" item carrying the whole class again).',
  'T6.T3.basic':
    'Check personnel and public spending in the basic spending table: their sum (general budget only) cannot exceed total basic spending in the spending table.',
  'T6.code':
    'Correct the economic classification code (3-digit class or 5-digit item, e.g. 30101) so the spending is classed right.',
  'T7.sum':
    'Check the "three public" table: total = trips abroad + vehicles + reception, and the vehicle subtotal = purchase + operation.',
  'T7.T6.part': 'A "three public" item must be at least the same item in basic spending; check both tables.',
  'T7.overBudget': 'Check the actual and budget of the item; explain real overspending in the report.',
  'P1.T3.project':
    "Check that the projects' spending in the project table adds up to project spending on the total row of the spending table.",
  'P1.code': "Correct the project's functional code so it matches a row of the spending table.",
  'P1.overBudget': "Check the project's spending against its final budget; explain real overspending in the report.",
  'P2.execution': "Check the annual funds spent in the self-evaluation form against the spending table's total.",
  'P2.weights': 'Adjust the indicator points so they total 100.',
  'P2.row':
    'Complete the indicator row (kind, target, actual value or completion, points); for a qualitative indicator enter a score within its band.',
  'P2.userScore': 'Remove or correct the rate or score typed in; the report uses the value recomputed by the rules.',
  'P2.inferred': 'Check the direction or completion inferred as evaluators read forms; write the direction or completion in the form where needed.',
  'P2.fundParts': 'The annual total must be at least the sum of its rows below; fill in or correct the total row.',
  'P2.deviation': 'Give the reason for the deviation and the measures for every indicator that lost points.',
  'P3.required': 'Fill in the item (department name, year, …) in the department profile.',
  'P3.unknownKey': 'Check the name of the item in the department profile; delete rows that are not needed.',
  'cell.value': 'Make the cell a number (or leave it blank or 0) and fix any formula error.',
  'amount.negative': 'Check the amount: spending is never negative; if it is a write-back, explain it in the report.',
  'table.notTaken':
    'Nothing to do for a table not needed; if it is one of the standard tables, write its title above its header.',
  'table.totals': 'A table has one grand-total row: delete or rename the repeated total row (name a page subtotal 本页合计), and check the amounts.',
  'table.hiddenCopy': 'A hidden table is most often an old copy or a draft: delete it if it is not needed; if the hidden one is the right table, unhide it and delete or rename the visible one.',
  'table.year': "Put in this year's table; if the table is right, correct the year in the profile or in the table's heading.",
  'table.entity': "Put in the department's own (consolidated) table; if the table is right, make the department name in the profile match the unit that prepared it.",
  'table.textLines':
    'Select the column → Data → Text to Columns → delimited by spaces; then check row by row that each amount stands in its column (a blank amount in the PDF leaves no gap, so later numbers move left: enter 0 or - there) and run again.',
  'column.weak': 'Check the column header; if the wrong column was taken, give it the header of the template.',
  'table.missing': 'Insert the missing table (a template sheet can be used) and fill it in.',
  'table.empty': 'Fill in the amounts; enter 0 or - where there was no spending, or delete a table that is not needed.',
  'table.duplicate': 'Keep one sheet for the table; delete or rename the other.',
  'table.header': "Restore the table's header (the template's column names) so its columns can be read.",
  'unit.missing': 'Write the unit above the header (e.g. 单位：万元).',
  'unit.unknown': 'Use one of the units 元, 千元, 万元, 亿元.',
  'text.placeholder': 'Correct the placeholder name (see the list of names), or supply the data it needs.',
  'text.figure': 'Make the number in the report text the amount of the tables; better, write the placeholder (such as {basicExpenditure}) so the number follows the tables.',
  'indicator.overLimit': 'A limit of 0 with spending: check the budget (or authorised posts) and the actual; explain any overrun in the report.',
  'indicator.unavailable': 'Supply the data the indicator needs (see "to fix" in the message).',
  'scheme.unknown': 'Write the name of a known scheme in the department profile, or leave it blank.',
  'scheme.row':
    'Correct the row of the scoring scheme sheet (indicator, rule, points, parameters) as the message says.',
  'scheme.ignored': 'To use your own scheme, clear the scheme in the department profile or choose the custom one.',
};
