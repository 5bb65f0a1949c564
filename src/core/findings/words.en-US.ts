/** en-US names: labels by id, table titles, figure and indicator names, unavailable reasons. */
import { FigureId, IndicatorId } from '../model/analysis';
import { TableId } from '../model/types';
import { Unavailable } from './finding';
import { LabelStyle, LabelWords } from './labels';

export const LABELS_EN_US: LabelWords = {
  'col.total': 'total spending of the year',
  'col.basic': 'basic spending',
  'col.project': 'project spending',
  'col.upper': 'payments to the higher level',
  'col.business': 'business spending',
  'col.subsidiary': 'subsidies to affiliated units',
  'col.budgetInitial': 'initial budget',
  'col.budgetFinal': 'final budget',
  total: 'total',
  'children.class': "its classes'",
  'children.kuan': "its items'",
  'children.xiang': "its sub-items'",
  't1.incomeGrand': 'grand total of income',
  't1.spendingGrand': 'grand total of spending',
  't1.incomeThisYear': 'total income of the year',
  't1.nonFiscalBalanceUsed': 'non-fiscal balance used',
  't1.carryoverBeginning': 'carry-over and balance at the start of the year',
  't1.spendingThisYear': 'total spending of the year',
  't1.balanceAllocation': 'balance allocation',
  't1.carryoverEnd': 'carry-over and balance at the end of the year',
  't3.totalRowSpending': 'total spending of the year on the total row of the spending table',
  't3.spendingTotal': 'total spending of the year in the spending table',
  't6.short': 'the basic spending table',
  't6.personnelTotal': 'personnel spending total',
  't6.publicTotal': 'public spending total',
  't6.personnelItems': 'the sum of the personnel items (301, 303)',
  't6.publicItems': 'the sum of the public items (other than 301, 303)',
  't6.personnelAndPublic': 'personnel plus public spending in the basic spending table',
  't6.actual': 'actual',
  'tp.total': '"three public" spending total',
  'tp.abroad': 'official trips abroad',
  'tp.vehicleSubtotal': 'official vehicles subtotal',
  'tp.vehiclePurchase': 'official vehicle purchase',
  'tp.vehicleOperation': 'official vehicle operation',
  'tp.reception': 'official reception',
  't7.abroad': 'official trips abroad',
  't7.vehicle': 'official vehicles',
  't7.meeting': 'meetings',
  't7.training': 'training',
  't7.grandTotal': 'the total with meetings and training',
  't7.itemsAndOthers': 'the "three public" items, meetings and training',
  't6.personnel': 'personnel spending',
  't6.public': 'public spending',
  't6.t3Basic': 'total basic spending of the spending table',
  't6.generalBasic': 'general-budget basic spending (personnel plus public)',
  'lane.budget': 'budget',
  'lane.actual': 'actual',
  'p1.executed': 'spent',
  'p1.budgetFinal': 'final budget',
  'p1.executedSum': 'the sum of the projects spent (project table)',
  'p2.fundsExecuted': 'annual funds spent',
  'p2.budgetInitial': 'initial budget',
  'p2.budgetFinal': 'final budget',
  'p2.executed': 'spent in the year',
  'p2.weight': 'points',
  'p2.rate': 'execution rate',
  'p2.score': 'score',
  'p2.target': 'annual target',
  'p2.actual': 'actual value',
  'p2.direction': 'kind of indicator',
  'p2.completion': 'completion',
  'p2.fundParts': 'the rows below it',
  'p3.departmentName': 'department name',
  'p3.year': 'year',
  'p3.subUnitCount': 'number of second-level budget units',
  'p3.staffAuthorized': 'authorised staff',
  'p3.staffActual': 'staff at the end of the year',
  'p3.threePublicActualPrior': 'last year\'s "three public" spending',
  'p3.carryoverEndPrior': "last year's carry-over and balance at the end of the year",
  'p3.expenditureTotalPrior': "last year's total spending",
  'p3.internalOrgs': 'internal departments',
  's.sheet': 'scoring scheme',
  's.weight': 'points',
  's.rule': 'rule',
  's.params': 'parameters',
  's.indicator': 'indicator',
};

export const LABEL_STYLE_EN_US: LabelStyle = {
  words: LABELS_EN_US,
  user: (text) => `"${text}"`,
  join: (parts) => parts.join(' '),
  list: (parts) => parts.join(', '),
  sumOf: (text) => `the sum of ${text}`,
};

export const TABLES_EN_US: Readonly<Record<TableId, string>> = {
  T1: 'the income and spending summary table',
  T2: 'the income table',
  T3: 'the spending table',
  T4: 'the fiscal appropriation summary table',
  T5: 'the general public budget spending table',
  T6: 'the basic spending table',
  T7: 'the "three public" spending table',
  T8: 'the government fund budget table',
  T9: 'the state capital budget table',
  P1: 'the project spending table',
  P2: 'the performance self-evaluation form',
  P3: 'the department profile',
  P4: 'the report texts',
  S: 'the scoring scheme',
};

export const FIGURES_EN_US: Readonly<Record<FigureId, string>> = {
  incomeTotal: 'total income of the year',
  generalBudgetIncome: 'general public budget appropriation income',
  carryoverBeginning: 'carry-over and balance at the start of the year',
  expenditureTotal: 'total spending of the year',
  basicExpenditure: 'basic spending',
  projectExpenditure: 'project spending',
  personnelExpenditure: 'personnel spending',
  publicExpenditure: 'public spending',
  carryoverEnd: 'carry-over and balance at the end of the year',
  threePublicBudget: '"three public" budget',
  threePublicActual: '"three public" spending',
  abroadActual: 'official trips abroad',
  vehiclePurchaseActual: 'official vehicle purchase',
  vehicleOperationActual: 'official vehicle operation',
  receptionActual: 'official reception',
  budgetInitial: 'initial budget',
  budgetFinal: 'final budget',
  budgetExecuted: 'budget spent',
  projectBudgetFinal: 'final project budget',
  projectExecuted: 'project spending executed',
  keyProjectExecuted: 'key project spending executed',
  staffAuthorized: 'authorised staff',
  staffActual: 'staff at the end of the year',
  internalOrgCount: 'number of internal departments',
  subUnitCount: 'number of second-level budget units',
  threePublicActualPrior: 'last year\'s "three public" spending',
  carryoverEndPrior: "last year's carry-over and balance at the end of the year",
  expenditureTotalPrior: "last year's total spending",
};

export const INDICATORS_EN_US: Readonly<Record<IndicatorId, string>> = {
  budgetExecutionRate: 'budget execution rate',
  budgetAdjustmentRate: 'budget adjustment rate',
  budgetCompletionRate: 'budget completion rate',
  carryoverRate: 'carry-over rate',
  carryoverChangeRate: 'carry-over change rate',
  staffControlRate: 'staff control rate',
  threePublicControlRate: '"three public" control rate',
  threePublicChangeRate: '"three public" change rate',
  keySpendingRate: 'key spending rate',
  projectExecutionRate: 'project execution rate',
  basicShare: 'basic spending share',
  projectShare: 'project spending share',
  personnelShare: 'personnel spending share',
  publicShare: 'public spending share',
  expenditureGrowth: 'spending growth',
};

const L = LABELS_EN_US;
const T = TABLES_EN_US;
const F = FIGURES_EN_US;

/** Why a figure or indicator is not available, in en-US. */
export function unavailableEnUS(u: Unavailable): string {
  switch (u.kind) {
    case 'table':
      return `${T[u.table]} is missing`;
    case 't1Line':
      return `${T.T1} has no line "${F[u.figure]}"`;
    case 't3TotalRow':
      return `the total row of ${T.T3} has no ${F[u.figure]}`;
    case 't6Detail':
      return `${T.T6} has no ${F[u.figure]} items`;
    case 't7Item':
      return `${T.T7} has no ${L[u.item]} ${L[u.lane]}`;
    case 'p2Fund':
      return `fill in the ${L[u.what]} of the annual funds in ${T.P2}`;
    case 'p1Column':
      return `fill in the ${L[u.what]} of each project in ${T.P1}`;
    case 'p1KeyProjects':
      return `mark the key projects (yes/no) in ${T.P1}`;
    case 'p3':
      return `fill in the ${L[u.key]} in ${T.P3}`;
    case 'figures':
      return `${u.figures.map((f) => F[f]).join(', ')} missing`;
    case 'zero': {
      const words = u.figures.map((f) => F[f]);
      return words.length === 1 ? `${words[0]} is 0` : `${words.join(' plus ')} is 0`;
    }
    case 'notOnForm':
      return `${T.P2} has no ${L[u.what]} column`;
    case 'overLimit':
      return `${F[u.limit]} is 0 but ${F[u.actual]} is ${u.value.toString()}`;
  }
}
