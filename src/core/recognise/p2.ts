/**
 * P2 部门整体支出绩效自评表 (ours, spec/workbook.md): part 1 the fund block (年度资金总额 …),
 * part 2 the 年度总体目标, part 3 the indicator rows. The parts are found by their header
 * words, wherever they stand on the sheet.
 */
import { cellRef } from '../grid/address';
import { LabelId, userThen } from '../findings/labels';
import { rawAt } from '../grid/snapshot';
import { atCell, finding } from '../findings/finding';
import { Amount, P2Data, P2FundRow, Quantity, TextCell } from '../model/types';
import { add, num } from '../model/expr';
import { Dec } from '../money';
import { normaliseLabel } from './text';
import {
  HeaderColumn,
  HeaderMatch,
  TableContext,
  findHeader,
  isBlankRow,
  isNoteRow,
  parseNumberCell,
  readAmount,
  reportMissingHeader,
  stripNumbering,
  tableInfo,
} from './common';
import { quantityAt, textCellAt } from './p2Values';
import { labelAt } from './header';
import { columnWords } from '../tables/registry';
import { INDICATOR_COLUMNS, SCORE_SHEET_COLUMNS, readIndicatorRows } from './p2Indicators';
import { readUserTotal } from './p2Total';
import { vocabulary } from './vocabulary';

const FUND_COLUMNS: readonly HeaderColumn[] = vocabulary('P2', [
  { key: 'budgetInitial' },
  { key: 'carryoverColumn', from: 'fundCarryover' },
  { key: 'budgetFinal' },
  { key: 'executed', required: true },
  { key: 'weight', from: 'fundWeight' },
  { key: 'rate' },
  { key: 'score', from: 'fundScore' },
]);

const GOAL_COLUMNS: readonly HeaderColumn[] = vocabulary('P2', [
  { key: 'expected', required: true },
  { key: 'actual', from: 'goalActual', required: true },
]);

/** Reads the three parts of the self-evaluation form. */
export function readP2(ctx: TableContext): P2Data {
  const rows = ctx.sheet.values.length;
  const indicatorHeader = indicatorHeaderOf(ctx, INDICATOR_COLUMNS) ?? scoreSheetHeader(ctx);
  const fundHeader = findFundHeader(ctx, indicatorHeader?.firstRow ?? rows);
  if (!indicatorHeader && !fundHeader) {
    reportMissingHeader(ctx, ['全年预算数', '全年执行数', '三级指标', '年度指标值', '实际完成值', '分值']);
    return { info: tableInfo(ctx, null, ctx.titleCell?.row ?? 0, 0), funds: [], goals: [], indicators: [] };
  }
  const partsEnd = indicatorHeader?.firstRow ?? rows;
  const goalStart = fundHeader ? fundHeader.lastRow + 1 : 0;
  const goalHeader = findHeader(ctx.sheet, GOAL_COLUMNS, {
    startRow: goalStart,
    maxRows: Math.max(partsEnd - goalStart, 0),
  });
  const fundEnd = goalHeader?.firstRow ?? partsEnd;
  const funds = fundHeader ? readFunds(ctx, fundHeader, fundEnd) : [];
  const goals = goalHeader ? readGoals(ctx, goalHeader, partsEnd) : [];
  const indicators = indicatorHeader ? readIndicatorRows(ctx, indicatorHeader) : [];
  const first = fundHeader ?? indicatorHeader!;
  const lastRow = Math.max(first.lastRow, ...funds.map((f) => f.row), ...indicators.map((i) => i.row));
  const lastCol = Math.max(...(indicatorHeader ?? first).columns.values());
  const info = tableInfo(ctx, [first.firstRow, first.lastRow], lastRow, lastCol);
  const basis = fundHeader ? budgetBasis(ctx, fundHeader) : undefined;
  if (basis) ctx.findings.push(finding('P2.inferred', 'info', atCell(basis.ref), { kind: 'basisInitial' }));
  const carryover = fundHeader?.columns.get('carryoverColumn');
  if (carryover !== undefined) {
    const at = atCell(cellRef(ctx.sheet.name, fundHeader!.firstRow, carryover));
    ctx.findings.push(finding('P2.inferred', 'info', at, { kind: 'initialWithCarryover' }));
  }
  const weightColumn = fundHeader?.columns.has('weight') ? { fundWeightColumn: true } : {};
  const userTotal = indicatorHeader ? readUserTotal(ctx, indicatorHeader) : undefined;
  const extra = { ...weightColumn, ...(userTotal ? { userTotal } : {}), ...(basis ? { budgetBasis: basis } : {}) };
  return { info, funds, goals, indicators, ...extra };
}

/**
 * The indicator header, whose first row names the 三级指标 column itself: a row above that only
 * shares a word by containment (福建 2018: the goal text `目标1完成情况：…` beside a merged
 * `年度总体目标完成情况` reads as 完成情况) is not the header's first row, and the goals stay goals.
 */
function indicatorHeaderOf(ctx: TableContext, columns: readonly HeaderColumn[]): HeaderMatch | null {
  const words = columnWords('P2', 'level3').map((w) => normaliseLabel(w));
  let start = 0;
  for (;;) {
    const header = findHeader(ctx.sheet, columns, { startRow: start, maxRows: ctx.sheet.values.length - start });
    const level3 = header?.columns.get('level3');
    if (!header || level3 === undefined || header.lastRow === header.firstRow) return header;
    const top = labelAt(ctx.sheet, header.firstRow, level3);
    if (words.some((w) => top.includes(w))) return header;
    start = header.firstRow + 1;
  }
}

/** A 评价指标体系 form's header (三级指标 and 得分, no 年度指标值 or 实际完成值 column anywhere). */
function scoreSheetHeader(ctx: TableContext): HeaderMatch | null {
  const header = indicatorHeaderOf(ctx, SCORE_SHEET_COLUMNS);
  return header && !header.columns.has('target') && !header.columns.has('actual') ? header : null;
}

/** The fund block's header: an 执行数 column and at least one budget column before the indicator rows. */
function findFundHeader(ctx: TableContext, end: number): HeaderMatch | null {
  const header = findHeader(ctx.sheet, FUND_COLUMNS, { maxRows: end });
  if (!header || header.lastRow >= end) return null;
  return header.columns.has('budgetFinal') || header.columns.has('budgetInitial') ? header : null;
}

/** A block with 年初预算数 but no 全年预算数 column: execution is measured against 年初预算数 (said). */
function budgetBasis(ctx: TableContext, header: HeaderMatch): P2Data['budgetBasis'] {
  const initial = header.columns.get('budgetInitial');
  if (header.columns.has('budgetFinal') || initial === undefined) return undefined;
  return { kind: 'initial', ref: cellRef(ctx.sheet.name, header.firstRow, initial) };
}

/** 年度资金总额 | 其中：财政拨款 | 上年结转资金 | 其他资金, by label words. */
export function fundKind(label: string): P2FundRow['kind'] | null {
  const t = stripNumbering(label);
  // 年度资金总额, 年度财政资金总额 (湖北), 资金总额, 总额 (四川).
  if (t.includes('资金总额') || t === '总额' || t === '合计') return 'total';
  if (t.includes('上年结转')) return 'carryover';
  // 财政资金小计 (福建 department forms, over 项目支出 / 基本支出 rows that are not read).
  if (t.includes('财政拨款') || t === '财政资金' || t === '财政资金小计') return 'fiscal';
  if (t.includes('其他资金')) return 'other';
  return null;
}

function readFunds(ctx: TableContext, header: HeaderMatch, end: number): P2FundRow[] {
  const col = (key: string): number | null => header.columns.get(key) ?? null;
  const firstAmount = Math.min(...header.columns.values());
  const funds: P2FundRow[] = [];
  const unlabelled = unlabelledTotal(ctx, header, end, firstAmount);
  for (let r = header.lastRow + 1; r < end; r++) {
    const label = r === unlabelled?.row ? unlabelled.label : fundLabel(ctx, r, firstAmount);
    const kind = r === unlabelled?.row ? 'total' : label ? fundKind(label.text) : null;
    if (!label || !kind || funds.some((f) => f.kind === kind)) continue;
    const amount = (key: string, word: LabelId): Amount | null => {
      const c = col(key);
      // A blank amount means "not filled in" here, not 0: the figure then says what to fill in.
      if (c === null || parseNumberCell(rawAt(ctx.sheet, r, c)).kind === 'blank') return null;
      return readAmount(ctx, r, c, userThen(label.text, word));
    };
    funds.push({
      kind,
      row: r,
      label,
      budgetInitial: withCarryover(amount('budgetInitial', 'p2.budgetInitial'), amount('carryoverColumn', 'p2.budgetInitial')),
      budgetFinal: amount('budgetFinal', 'p2.budgetFinal'),
      executed: amount('executed', 'p2.executed'),
      weight: col('weight') === null ? headerWeight(ctx, header) : quantityAt(ctx, r, col('weight'), userThen(label.text, 'p2.weight')),
      userRate: quantityAt(ctx, r, col('rate'), userThen(label.text, 'p2.rate')),
      userScore: quantityAt(ctx, r, col('score'), userThen(label.text, 'p2.score')),
    });
  }
  return funds;
}

/**
 * A block with no labelled row but one row of amounts (重庆 部门整体绩效自评表: the amounts sit
 * under the header, beside the merged `部门预算执行情况（万元）`): that row is the total, said at
 * its 执行数 cell. With two or more unlabelled rows nothing is guessed (the 预算执行率 then asks).
 */
function unlabelledTotal(
  ctx: TableContext,
  header: HeaderMatch,
  end: number,
  firstAmount: number,
): { row: number; label: TextCell } | null {
  const executed = header.columns.get('executed')!;
  const rows: number[] = [];
  for (let r = header.lastRow + 1; r < end; r++) {
    if (fundLabel(ctx, r, firstAmount)) return null;
    if (parseNumberCell(rawAt(ctx.sheet, r, executed)).kind === 'number') rows.push(r);
  }
  if (rows.length !== 1) return null;
  const ref = cellRef(ctx.sheet.name, rows[0], executed);
  ctx.findings.push(finding('P2.inferred', 'info', atCell(ref), { kind: 'fundRowUnlabelled' }));
  return { row: rows[0], label: { ref, text: '年度资金总额' } };
}

/**
 * 年初预算数 with the 历年结余结转 column added (福建 2018: 小计④=①+②+③, the only adjustment being
 * 年中调整金额③): otherwise 预算调整率 would count the carryover as an adjustment. Said in readP2.
 */
function withCarryover(initial: Amount | null, carryover: Amount | null): Amount | null {
  if (!initial || !carryover) return initial;
  return { ...initial, value: initial.value.plus(carryover.value), expr: add(initial.expr, carryover.expr) };
}

/**
 * With no 分值 column, the points written in the block's header (湖北: `预算执行情况（万元）（20分）`,
 * `得分（20分*执行率）`): the first `N分` in the header rows, read as a constant at that cell.
 */
function headerWeight(ctx: TableContext, header: HeaderMatch): Quantity | null {
  for (let r = header.firstRow; r <= header.lastRow; r++) {
    const row = ctx.sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const m = /(\d+(?:\.\d+)?)分/.exec(normaliseLabel(row[c]));
      if (m) return { ref: cellRef(ctx.sheet.name, r, c), value: new Dec(m[1]), expr: num(new Dec(m[1])) };
    }
  }
  return null;
}

/** The rightmost label cell left of the amounts (the official form puts 年度预算执行情况 in a merged cell before it). */
function fundLabel(ctx: TableContext, row: number, before: number): TextCell | null {
  for (let c = before - 1; c >= 0; c--) {
    const cell = textCellAt(ctx, row, c);
    if (cell && fundKind(cell.text)) return cell;
  }
  return null;
}

function readGoals(ctx: TableContext, header: HeaderMatch, end: number): P2Data['goals'] {
  const expectedCol = header.columns.get('expected')!;
  const actualCol = header.columns.get('actual')!;
  const goals: { expected: TextCell | null; actual: TextCell | null }[] = [];
  for (let r = header.lastRow + 1; r < end; r++) {
    if (isBlankRow(ctx.sheet, r) || isNoteRow(ctx.sheet, r)) continue;
    const expected = textCellAt(ctx, r, expectedCol);
    const actual = textCellAt(ctx, r, actualCol);
    // A heading row of the next part (绩效指标) has neither column filled.
    if (!expected && !actual) continue;
    goals.push({ expected, actual });
  }
  return goals;
}
