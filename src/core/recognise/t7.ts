/**
 * T7 "三公"经费支出决算表 (spec/workbook.md): the official wide layout (one data row under
 * column groups 预算数 / 决算数, each 合计 | 因公出国（境）费 | 公务用车购置及运行费{小计 |
 * 购置费 | 运行费} | 公务接待费) or a long layout (one row per item, 预算数 | 决算数 columns).
 */
import { Label, LabelId, joined, label } from '../findings/labels';
import { SheetSnapshot, colCount, rowCount } from '../grid/snapshot';
import { Amount, T7Data, ThreePublicItem } from '../model/types';
import {
  HeaderMatch,
  distinctLabels,
  TableContext,
  findHeader,
  headerTexts,
  isBlankRow,
  isColumnNumberRow,
  isNoteRow,
  isSkippableRow,
  normaliseLabel,
  parseNumberCell,
  readAmount,
  reportMissingHeader,
  stripNumbering,
  tableInfo,
  valueAt,
} from './common';
import { cellText, looseLabel } from './text';
import { vocabulary } from './vocabulary';
import { Others, classifyOther, withOthers } from './t7Others';

type Side = 'budget' | 'actual';

const COUNT_WORDS = /车辆数|保有量|批次|人次|人数|团组|次数|\((?:辆|个|人|次)\)|其他资料/;

const LONG_HEADER = vocabulary('T7', [{ key: 'budget', required: true }, { key: 'actual', required: true }, { key: 'label' }]);

/** Each item as the row or column is headed, by label id (for cell.value findings). */
const ITEM_NAMES: Readonly<Record<ThreePublicItem, LabelId>> = {
  total: 'total',
  abroad: 't7.abroad',
  vehicleSubtotal: 't7.vehicle',
  vehiclePurchase: 'tp.vehiclePurchase',
  vehicleOperation: 'tp.vehicleOperation',
  reception: 'tp.reception',
};
const LANE: Readonly<Record<Side, LabelId>> = { budget: 'lane.budget', actual: 'lane.actual' };
const OTHER_NAMES: Readonly<Record<'meeting' | 'training', LabelId>> = { meeting: 't7.meeting', training: 't7.training' };
const cellName = (side: Side, item: ThreePublicItem): Label =>
  joined([label(LANE[side]), label(ITEM_NAMES[item])], ' ');

/** Which 三公 item a header or row label names (公务用车购置及运行费 is the subtotal, not 购置费). */
export function classifyThreePublic(label: string): ThreePublicItem | null {
  const text = stripNumbering(looseLabel(label));
  // Counts below the money (车辆数, 接待批次, 人次, 团组数) are no amounts.
  if (COUNT_WORDS.test(text)) return null;
  // The official name is 公务用车购置及运行维护费; older tables say 购置及运行费.
  const rest = text.replace(/公务用车购置及运行(?:维护)?费/, '');
  const hadVehicleGroup = rest !== text;
  if (/购置费|购置$/.test(rest)) return 'vehiclePurchase';
  if (/运行费|运行维护费|运行$/.test(rest)) return 'vehicleOperation';
  if (hadVehicleGroup) return 'vehicleSubtotal';
  if (/出国|出境/.test(rest)) return 'abroad';
  if (/接待/.test(rest)) return 'reception';
  if (/合计|总计|三公经费$|小计/.test(rest)) return 'total';
  return null;
}

function sideOf(text: string): Side | null {
  if (text.includes('决算') || text.includes('实际')) return 'actual';
  if (text.includes('预算')) return 'budget';
  return null;
}

/** Reads T7 in either layout; the wide one is tried first. */
export function readT7(ctx: TableContext): T7Data {
  return readWide(ctx) ?? readLong(ctx) ?? missing(ctx);
}

function missing(ctx: TableContext): T7Data {
  reportMissingHeader(ctx, ['预算数', '决算数', '因公出国（境）费', '公务用车购置及运行费', '公务接待费']);
  return { info: tableInfo(ctx, null, ctx.titleCell?.row ?? 0, 0), budget: {}, actual: {} };
}

interface WideColumn {
  readonly col: number;
  readonly side: Side;
  readonly item: ThreePublicItem;
}

/**
 * The wide header: the rows (up to 3 deep, within the first 12) whose columns name the most
 * distinct side + item pairs, so a unit line above the groups or a half-read vehicle group loses.
 */
function findWideHeader(sheet: SheetSnapshot): { first: number; last: number; columns: WideColumn[] } | null {
  let best: { first: number; last: number; columns: WideColumn[]; score: number } | null = null;
  for (let r = 0; r < Math.min(12, rowCount(sheet)); r++) {
    // The title (one text across the table) says 决算 for every column: never a header row.
    if (distinctLabels(sheet, r) < 2) continue;
    for (let last = r; last < Math.min(r + 3, rowCount(sheet)); last++) {
      if (last > r && !textOnly(sheet, last)) break;
      const columns = wideColumns(headerTexts(sheet, r, last));
      const score = new Set(columns.map((c) => `${c.side}:${c.item}`)).size;
      if (score < 3) continue;
      if (!best || score > best.score || (score === best.score && last > best.last))
        best = { first: r, last, columns, score };
    }
  }
  return best;
}

function wideColumns(texts: readonly string[]): WideColumn[] {
  return texts.flatMap((text, col) => {
    // Without 预算数 / 决算数 groups the columns are the 决算 (the official table's only side then).
    const side = sideOf(text) ?? 'actual';
    const item = classifyThreePublic(text.replace(/预算数|决算数|预算|决算/g, ''));
    return item ? [{ col, side, item }] : [];
  });
}

/** A header row: no numbers, and some real text (a row of dashes is data). */
function textOnly(sheet: SheetSnapshot, row: number): boolean {
  const kinds = (sheet.values[row] ?? []).map((v) => parseNumberCell(v).kind);
  return kinds.every((k) => k !== 'number' && k !== 'error') && kinds.includes('invalid');
}

function readWide(ctx: TableContext): T7Data | null {
  const header = findWideHeader(ctx.sheet);
  if (!header) return null;
  let dataRow: number | null = null;
  for (let r = header.last + 1; r < rowCount(ctx.sheet) && dataRow === null; r++) {
    if (
      isBlankRow(ctx.sheet, r) ||
      isNoteRow(ctx.sheet, r) ||
      isColumnNumberRow(ctx.sheet, r) ||
      textOnly(ctx.sheet, r)
    )
      continue;
    // A row of dashes is the answer "none" (三公 nil is common), not an empty row.
    if (header.columns.some((c) => cellText(ctx.sheet.values[r]?.[c.col]) !== '')) dataRow = r;
  }
  const budget: Partial<Record<ThreePublicItem, Amount>> = {};
  const actual: Partial<Record<ThreePublicItem, Amount>> = {};
  if (dataRow !== null) {
    for (const { col, side, item } of header.columns) {
      const target = side === 'budget' ? budget : actual;
      if (target[item]) continue;
      const amount = readAmount(ctx, dataRow, col, cellName(side, item));
      if (amount) target[item] = amount;
    }
  }
  const lastCol = Math.max(...header.columns.map((c) => c.col));
  const info = tableInfo(ctx, [header.first, header.last], dataRow ?? header.last, lastCol);
  const texts = headerTexts(ctx.sheet, header.first, header.last);
  const columns = header.columns.map(({ col, side, item }) => ({ field: `${side}.${item}`, col, header: texts[col], weak: false }));
  return { info: { ...info, columns }, budget, actual };
}

function readLong(ctx: TableContext): T7Data | null {
  const header = findHeader(ctx.sheet, LONG_HEADER);
  if (!header) return null;
  const budget: Partial<Record<ThreePublicItem, Amount>> = {};
  const actual: Partial<Record<ThreePublicItem, Amount>> = {};
  const others: Others = { budget: {}, actual: {} };
  const details: number[] = [];
  let lastRow = header.lastRow;
  const labelCol = header.columns.get('label') ?? 0;
  const cols = { budget: header.columns.get('budget')!, actual: header.columns.get('actual')! };
  for (let r = header.lastRow + 1; r < rowCount(ctx.sheet); r++) {
    if (isSkippableRow(ctx.sheet, r, header)) continue;
    const other = classifyOther(normaliseLabel(valueAt(ctx.sheet, r, labelCol)));
    const item = other ? null : rowItem(ctx.sheet, r, labelCol, Math.min(cols.budget, cols.actual));
    if ((item && (budget[item] || actual[item])) || (other && others.actual[other])) details.push(r);
    if (!(other ?? item) || (item && (budget[item] || actual[item])) || (other && others.actual[other])) continue;
    for (const side of ['budget', 'actual'] as const) {
      const name = other ? joined([label(LANE[side]), label(OTHER_NAMES[other])], ' ') : cellName(side, item!);
      const amount = readAmount(ctx, r, cols[side], name);
      if (amount && other) others[side][other] = amount;
      else if (amount && item) (side === 'budget' ? budget : actual)[item] = amount;
    }
    lastRow = r;
  }
  const info = tableInfo(ctx, [header.firstRow, header.lastRow], lastRow, lastColOf(header, ctx.sheet), [header]);
  return {
    info: { ...info, detailRows: details },
    ...withOthers(budget, actual, others),
  };
}

/** The item a long-layout row names, from its label cell (or any text cell left of the amounts). */
function rowItem(sheet: SheetSnapshot, r: number, labelCol: number, firstAmountCol: number): ThreePublicItem | null {
  const direct = classifyThreePublic(normaliseLabel(valueAt(sheet, r, labelCol)));
  if (direct) return direct;
  for (let c = 0; c < firstAmountCol; c++) {
    const item = classifyThreePublic(normaliseLabel(valueAt(sheet, r, c)));
    if (item) return item;
  }
  return null;
}

function lastColOf(header: HeaderMatch, sheet: SheetSnapshot): number {
  return Math.min(Math.max(...header.columns.values()), colCount(sheet) - 1);
}
