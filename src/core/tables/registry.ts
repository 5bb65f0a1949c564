/**
 * The one list of standard tables (spec/workbook.md): what each is called (official title and
 * its 财决/公开 numbers), the title keywords that find it, how much a report needs it, which
 * reader reads it, whether a template sheet exists, which figures it feeds, which of its
 * fields go into the stale fingerprint, and the header words (synonyms) its reader matches.
 * locate.ts, recognise.ts, tableNames.ts, figures.ts, paneModel.ts and stale.ts read from here;
 * a new provincial synonym or title variant is one line in this file.
 */
import { FigureId } from '../model/analysis';
import { TableId } from '../model/types';
import { COLUMN_SYNONYMS } from './synonyms';

/** How much a report needs a table: missing required → error, recommended → warning, optional → listed only. */
export type Need = 'required' | 'recommended' | 'optional' | 'listed';

/** The readers of recognise.ts, by name (the registry stays data; recognise maps names to functions). */
export type ReaderId = 't1' | 'spending' | 't6' | 't7' | 'p1' | 'p2' | 'p3' | 'p4' | 's';

/** The Model field a table's reader fills. */
export type ModelKey = 't1' | 't3' | 't5' | 't6' | 't7' | 'p1' | 'p2' | 'p3' | 'p4' | 's';

export interface TableSpec {
  readonly id: TableId;
  /** The title a finance officer knows it by (findings, the pane, the report). */
  readonly name: string;
  /**
   * Its number in the published set (公开01–09表) and in the 部门决算 software (财决): the 财决
   * numbers change between software years, so only the ones our examples carry are listed.
   */
  readonly caijue: string | null;
  readonly gongkai: string | null;
  /** Title keywords, compared after looseLabel; the most specific keyword over all tables wins. */
  readonly keywords: readonly string[];
  readonly need: Need;
  readonly reader: ReaderId | null;
  readonly modelKey: ModelKey | null;
  /** It holds money (its unit is shown in the pane). */
  readonly amounts: boolean;
  /** Its amounts need a unit line (万元 assumed, with an info finding, when there is none). */
  readonly unitLine: boolean;
  /** A template sheet exists (template/templateSheets.ts) for the pane and `perf-report template`. */
  readonly template: boolean;
  /** The pane lists it as missing (with its template) when the workbook lacks it. */
  readonly offered: boolean;
  /** The figures (spec/indicators.md) computed from this table. */
  readonly feeds: readonly FigureId[];
  /** The fields of the model record whose cells make the stale fingerprint. */
  readonly fingerprint: readonly string[];
  /** Header words per column key, in order of preference (the reader's vocabulary). */
  readonly columns: Readonly<Record<string, readonly string[]>>;
}

/** Keywords of the 部门决算 set that belong to none of our tables but contain one of our keywords. */
export const OTHER_TITLES: readonly string[] = [
  '项目支出决算表',
  '项目收入支出决算表',
  '收入支出决算表',
  '财政拨款支出决算表',
  '支出决算明细表',
  '经费支出决算表',
];

const T3_FEEDS: readonly FigureId[] = ['expenditureTotal', 'basicExpenditure', 'projectExpenditure'];
const T7_FEEDS: readonly FigureId[] = [
  'threePublicBudget',
  'threePublicActual',
  'abroadActual',
  'vehiclePurchaseActual',
  'vehicleOperationActual',
  'receptionActual',
];

function spec(s: Omit<TableSpec, 'columns'> & { columns?: TableSpec['columns'] }): TableSpec {
  return { ...s, columns: s.columns ?? COLUMN_SYNONYMS[s.id] ?? {} };
}

/** A table of the 部门决算 set that is recognised and listed but not read (T2, T4, T8, T9). */
function listed(id: TableId, name: string, gongkai: string, ...keywords: readonly string[]): TableSpec {
  return spec({
    id,
    name,
    caijue: null,
    gongkai,
    keywords,
    need: 'listed',
    reader: null,
    modelKey: null,
    amounts: true,
    unitLine: true,
    template: false,
    offered: false,
    feeds: [],
    fingerprint: [],
  });
}

/** Every standard table, in the order of spec/workbook.md (the pane lists them in this order). */
export const TABLES: readonly TableSpec[] = [
  spec({
    id: 'T1',
    name: '收入支出决算总表',
    caijue: '财决01表',
    gongkai: '公开01表',
    keywords: ['收入支出决算总表'],
    need: 'recommended',
    reader: 't1',
    modelKey: 't1',
    amounts: true,
    unitLine: true,
    template: true,
    offered: true,
    feeds: ['incomeTotal', 'generalBudgetIncome', 'carryoverBeginning', 'carryoverEnd', 'expenditureTotal'],
    fingerprint: ['lines'],
  }),
  listed('T2', '收入决算表', '公开02表', '收入决算表'),
  spec({
    id: 'T3',
    name: '支出决算表',
    caijue: '财决04表',
    gongkai: '公开03表',
    keywords: ['支出决算表'],
    need: 'required',
    reader: 'spending',
    modelKey: 't3',
    amounts: true,
    unitLine: true,
    template: true,
    offered: true,
    feeds: T3_FEEDS,
    fingerprint: ['rows', 'totalRow'],
  }),
  listed('T4', '财政拨款收入支出决算总表', '公开04表', '财政拨款收入支出决算总表'),
  spec({
    id: 'T5',
    name: '一般公共预算财政拨款支出决算表',
    caijue: '财决05表',
    gongkai: '公开05表',
    keywords: ['一般公共预算财政拨款支出决算表'],
    need: 'optional',
    reader: 'spending',
    modelKey: 't5',
    amounts: true,
    unitLine: true,
    template: true,
    offered: true,
    feeds: [],
    fingerprint: ['rows', 'totalRow'],
  }),
  spec({
    id: 'T6',
    name: '一般公共预算财政拨款基本支出决算表',
    caijue: null,
    gongkai: '公开06表',
    keywords: ['一般公共预算财政拨款基本支出决算表', '基本支出决算明细表', '基本支出决算表'],
    need: 'required',
    reader: 't6',
    modelKey: 't6',
    amounts: true,
    unitLine: true,
    template: true,
    offered: true,
    feeds: ['personnelExpenditure', 'publicExpenditure'],
    fingerprint: ['items'],
  }),
  spec({
    id: 'T7',
    name: '"三公"经费支出决算表',
    caijue: null,
    gongkai: '公开07表',
    keywords: ['三公经费支出决算表', '三公经费'],
    need: 'recommended',
    reader: 't7',
    modelKey: 't7',
    amounts: true,
    unitLine: true,
    template: true,
    offered: true,
    feeds: T7_FEEDS,
    fingerprint: ['budget', 'actual', 'others'],
  }),
  // Whole titles, not their common prefix: T1's row label 二、政府性基金预算财政拨款收入 must not
  // make an untitled 收入支出决算总表 a T8.
  listed('T8', '政府性基金预算财政拨款收入支出决算表', '公开08表', '政府性基金预算财政拨款收入支出决算表', '政府性基金预算财政拨款支出决算表'),
  listed('T9', '国有资本经营预算财政拨款支出决算表', '公开09表', '国有资本经营预算财政拨款支出决算表', '国有资本经营预算财政拨款收入支出决算表'),
  spec({
    id: 'P1',
    name: '项目支出明细表',
    caijue: null,
    gongkai: null,
    keywords: ['项目支出明细表', '项目支出绩效'],
    need: 'recommended',
    reader: 'p1',
    modelKey: 'p1',
    amounts: true,
    unitLine: true,
    template: true,
    offered: true,
    feeds: ['projectBudgetFinal', 'projectExecuted', 'keyProjectExecuted'],
    fingerprint: ['projects'],
  }),
  spec({
    id: 'P2',
    name: '部门整体支出绩效自评表',
    caijue: null,
    gongkai: null,
    // 支出绩效自评表 outranks P1's 项目支出绩效 (longest keyword wins), so a 项目支出绩效自评表 —
    // the same form for one project, as many provinces publish it — is read as the form, not the list.
    // 绩效评价自评表 / 绩效评价得分表: the 评价指标体系 forms (安徽 寿县, 四川), which 绩效自评表 does not cover.
    keywords: ['部门整体支出绩效自评表', '支出绩效自评表', '绩效评价自评表', '绩效评价得分表', '绩效自评表'],
    need: 'required',
    reader: 'p2',
    modelKey: 'p2',
    amounts: true,
    unitLine: false,
    template: true,
    offered: true,
    feeds: ['budgetInitial', 'budgetFinal', 'budgetExecuted'],
    fingerprint: ['funds', 'indicators'],
  }),
  spec({
    id: 'P3',
    name: '部门基本情况',
    caijue: null,
    gongkai: null,
    keywords: ['部门基本情况'],
    need: 'required',
    reader: 'p3',
    modelKey: 'p3',
    amounts: false,
    unitLine: false,
    template: true,
    offered: true,
    feeds: [
      'staffAuthorized',
      'staffActual',
      'internalOrgCount',
      'subUnitCount',
      'threePublicActualPrior',
      'carryoverEndPrior',
      'expenditureTotalPrior',
    ],
    fingerprint: ['numbers'],
  }),
  spec({
    id: 'P4',
    name: '报告文字',
    caijue: null,
    gongkai: null,
    keywords: ['报告文字'],
    need: 'optional',
    reader: 'p4',
    modelKey: 'p4',
    amounts: false,
    unitLine: false,
    template: true,
    offered: true,
    feeds: [],
    fingerprint: [],
  }),
  spec({
    id: 'S',
    name: '评分方案',
    caijue: null,
    gongkai: null,
    keywords: ['评分方案'],
    need: 'optional',
    reader: 's',
    modelKey: 's',
    amounts: false,
    unitLine: false,
    template: true,
    offered: false,
    feeds: [],
    fingerprint: ['rows'],
  }),
];

const BY_ID = new Map(TABLES.map((t) => [t.id, t]));

/** The registry entry of a table id. */
export function tableSpec(id: TableId): TableSpec {
  return BY_ID.get(id)!;
}

/** The tables of one need, in registry order. */
export function tablesNeeded(need: Need): TableId[] {
  return TABLES.filter((t) => t.need === need).map((t) => t.id);
}

/** A table's header words for one column key (empty when the registry has none). */
export function columnWords(id: TableId, key: string): readonly string[] {
  return tableSpec(id).columns[key] ?? [];
}
