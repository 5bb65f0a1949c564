/**
 * The wide "三公" table: the items are columns. Two shapes: the official one (one data row under
 * column groups 预算数 / 决算数) and the 陕西 one (`"三公"经费及会议费、培训费支出决算表`: one
 * set of item columns, with 会议费 and 培训费 beside them, and one row per side, 预算数 / 决算数).
 */
import { Label, LabelId, joined, label } from '../findings/labels';
import { SheetSnapshot, rowCount } from '../grid/snapshot';
import { Amount, T7Data, ThreePublicItem } from '../model/types';
import {
  TableContext,
  distinctLabels,
  firstFilledRow,
  headerTexts,
  isBlankRow,
  isColumnNumberRow,
  isNoteRow,
  normaliseLabel,
  parseNumberCell,
  readAmount,
  tableInfo,
  valueAt,
} from './common';
import { Others, classifyOther, withOthers } from './t7Others';

type Side = 'budget' | 'actual';
type Item = ThreePublicItem | 'meeting' | 'training';

interface WideColumn {
  readonly col: number;
  /** The side its header names, or null (then the row's label says, or it is the 决算数). */
  readonly side: Side | null;
  readonly item: Item;
}

export interface WideNames {
  readonly classify: (text: string) => ThreePublicItem | null;
  readonly item: Readonly<Record<Item, LabelId>>;
}

const LANE: Readonly<Record<Side, LabelId>> = { budget: 'lane.budget', actual: 'lane.actual' };

export function sideOf(text: string): Side | null {
  if (text.includes('决算') || text.includes('实际')) return 'actual';
  if (text.includes('预算')) return 'budget';
  return null;
}

/** Reads the wide layout, or null when no row names at least three side + item pairs. */
export function readWide(ctx: TableContext, names: WideNames): T7Data | null {
  const header = findWideHeader(ctx.sheet, names);
  if (!header) return null;
  const rows = dataRows(ctx.sheet, header.last, header.columns);
  const values: Record<Side, Partial<Record<Item, Amount>>> = { budget: {}, actual: {} };
  for (const { row, side: rowSide } of rows) {
    for (const { col, side, item } of header.columns) {
      const lane = side ?? rowSide ?? 'actual';
      if (values[lane][item]) continue;
      const name: Label = joined([label(LANE[lane]), label(names.item[item])], ' ');
      const amount = readAmount(ctx, row, col, name);
      if (amount) values[lane][item] = amount;
    }
  }
  const lastCol = Math.max(...header.columns.map((c) => c.col));
  const lastRow = rows.length > 0 ? rows[rows.length - 1].row : header.last;
  const info = tableInfo(ctx, [header.first, header.last], lastRow, lastCol);
  const texts = headerTexts(ctx.sheet, header.first, header.last);
  const columns = header.columns.map(({ col, side, item }) => ({
    field: `${side ?? 'row'}.${item}`,
    col,
    header: texts[col],
    weak: false,
  }));
  const [budget, budgetOthers] = split(values.budget);
  const [actual, actualOthers] = split(values.actual);
  return { info: { ...info, columns }, ...withOthers(budget, actual, { budget: budgetOthers, actual: actualOthers }) };
}

function split(values: Partial<Record<Item, Amount>>): [Partial<Record<ThreePublicItem, Amount>>, Others[Side]] {
  const { meeting, training, ...items } = values;
  const others: Others[Side] = {};
  if (meeting) others.meeting = meeting;
  if (training) others.training = training;
  return [items, others];
}

/**
 * The rows to read: with item columns that name no side, every row whose label says 预算数 or
 * 决算数 (the 陕西 table); otherwise the first row with an amount (the official table's one row).
 */
function dataRows(
  sheet: SheetSnapshot,
  headerLast: number,
  columns: readonly WideColumn[],
): { row: number; side: Side | null }[] {
  const firstItemCol = Math.min(...columns.map((c) => c.col));
  const bySide = columns.some((c) => c.side === null);
  const out: { row: number; side: Side | null }[] = [];
  for (let r = headerLast + 1; r < rowCount(sheet); r++) {
    if (isBlankRow(sheet, r) || isNoteRow(sheet, r) || isColumnNumberRow(sheet, r) || textOnly(sheet, r)) continue;
    if (!columns.some((c) => parseNumberCell(sheet.values[r]?.[c.col]).kind !== 'blank')) continue;
    const side = bySide ? rowSide(sheet, r, firstItemCol) : null;
    if (side === null && out.length > 0) break;
    if (!out.some((o) => o.side === side)) out.push({ row: r, side });
    if (side === null) break;
  }
  return out;
}

/** The side a row's label (left of the item columns) names: 预算数, 决算数, 2020年决算数 … */
function rowSide(sheet: SheetSnapshot, r: number, firstItemCol: number): Side | null {
  for (let c = 0; c < firstItemCol; c++) {
    const side = sideOf(normaliseLabel(valueAt(sheet, r, c)));
    if (side) return side;
  }
  return null;
}

/**
 * The wide header: the rows (up to 3 deep, within the first 12) whose columns name the most
 * distinct side + item pairs, so a unit line above the groups or a half-read vehicle group loses.
 */
function findWideHeader(
  sheet: SheetSnapshot,
  names: WideNames,
): { first: number; last: number; columns: WideColumn[] } | null {
  let best: { first: number; last: number; columns: WideColumn[]; score: number } | null = null;
  const top = firstFilledRow(sheet);
  for (let r = top; r < Math.min(top + 12, rowCount(sheet)); r++) {
    // The title (one text across the table) says 决算 for every column: never a header row.
    if (distinctLabels(sheet, r) < 2) continue;
    for (let last = r; last < Math.min(r + 3, rowCount(sheet)); last++) {
      if (last > r && !textOnly(sheet, last)) break;
      const columns = wideColumns(headerTexts(sheet, r, last), names);
      const score = new Set(
        columns.filter((c) => c.item !== 'meeting' && c.item !== 'training').map((c) => `${c.side}:${c.item}`),
      ).size;
      if (score < 3) continue;
      if (!best || score > best.score || (score === best.score && last > best.last))
        best = { first: r, last, columns, score };
    }
  }
  return best;
}

function wideColumns(texts: readonly string[], names: WideNames): WideColumn[] {
  return texts.flatMap((text, col) => {
    const rest = text.replace(/预算数|决算数|预算|决算/g, '');
    const item: Item | null = classifyOther(rest) ?? names.classify(rest);
    return item ? [{ col, side: sideOf(text), item }] : [];
  });
}

/** A header row: no numbers, and some real text (a row of dashes is data). */
export function textOnly(sheet: SheetSnapshot, row: number): boolean {
  const kinds = (sheet.values[row] ?? []).map((v) => parseNumberCell(v).kind);
  return kinds.every((k) => k !== 'number' && k !== 'error') && kinds.includes('invalid');
}
