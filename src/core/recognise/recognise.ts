/**
 * Recognition: which sheet is which table, then each table's reader. Never throws: a reader
 * that fails unexpectedly becomes a table.header finding naming the sheet, and the rest of
 * the workbook is still read (spec/checks.md: nothing is refused for data problems).
 */
import { CellRef } from '../grid/address';
import { SheetSnapshot, WorkbookSnapshot, colCount, rowCount } from '../grid/snapshot';
import { mergeContinued } from './continuation';
import { Finding, atCell, atSheet, finding } from '../findings/finding';
import { Model, TableId, TableInfo, Unit } from '../model/types';
import { TableContext, findHeaderUnit, findUnit, findUnknownUnit } from './common';
import { LocatedTable, REQUIRED_TABLES, locateTables } from './locate';
import { readSpendingTable } from './spending';
import { readT1 } from './t1';
import { readT6 } from './t6';
import { readT7 } from './t7';
import { readP1 } from './p1';
import { readP2 } from './p2';
import { readP3 } from './p3';
import { readP4 } from './p4';
import { readS } from './s';
import { isUnfilled } from './unfilled';
import { withRows } from './reading';
import { checkPeriod } from './period';
import { ModelKey, ReaderId, tableSpec } from '../tables/registry';

const UNIT_ROWS = 8;
const HEADER_ROWS = 14;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads every standard table of a workbook into the Model, with the findings of reading. */
export function recognise(snapshot: WorkbookSnapshot): Model {
  const findings: Finding[] = [];
  let located: readonly LocatedTable[] = [];
  try {
    const location = locateTables(snapshot);
    located = location.tables;
    findings.push(...location.findings);
  } catch (e) {
    findings.push(
      finding('table.header', 'error', atSheet(null), { table: null, problem: 'exception', message: messageOf(e) }),
    );
  }
  const model: Mutable<Omit<Model, 'tables' | 'findings'>> = {};
  const tables: TableInfo[] = [];
  for (const table of located) {
    const ctx = contextFor(table, findings);
    const more = (table.continued ?? []).map((c) => continuedContext(ctx, c.sheet, c.titleCell));
    const infos = readTable(ctx, model, more);
    if (infos) setAsideIfUnfilled(ctx, infos[0], model);
    tables.push(...(infos ?? [sheetInfo(ctx)]));
  }
  findings.push(...checkPeriod(located, tables, model.p3));
  return { ...model, tables, findings };
}

/** The reader of each registry reader name, and what it returns (the model record). */
const READERS: Readonly<Record<ReaderId, (ctx: TableContext) => { info: TableInfo }>> = {
  t1: readT1,
  spending: readSpendingTable,
  t6: readT6,
  t7: readT7,
  p1: readP1,
  p2: readP2,
  p3: readP3,
  p4: readP4,
  s: readS,
};

/**
 * Runs the table's reader into the model, its continuation sheets (`支出决算表（续）`) joined; returns
 * the TableInfo of each sheet read (null for tables only listed, or on failure).
 */
function readTable(
  ctx: TableContext,
  model: Mutable<Omit<Model, 'tables' | 'findings'>>,
  more: readonly TableContext[],
): TableInfo[] | null {
  const { reader, modelKey } = tableSpec(ctx.id);
  if (!reader || !modelKey) return null;
  try {
    let read = READERS[reader](ctx);
    const infos = [withRows(read.info, ctx.sheet, read)];
    for (const next of more) {
      const part = READERS[reader](next);
      infos.push(withRows(part.info, next.sheet, part));
      read = mergeContinued(reader, read, part);
    }
    (model as Record<ModelKey, unknown>)[modelKey] = { ...read, info: infos[0] };
    return infos;
  } catch (e) {
    const at = ctx.titleCell ? atCell(ctx.titleCell) : atSheet(ctx.sheet.name);
    ctx.findings.push(
      finding('table.header', 'error', at, { table: ctx.id, problem: 'exception', message: messageOf(e) }),
    );
    return null;
  }
}

/** The amount tables whose data is set aside when not filled in (spec/checks.md needs them filled). */
const AMOUNT_DATA: readonly TableId[] = ['T1', 'T3', 'T5', 'T6', 'T7'];

/** An amount table with every amount cell empty leaves the model, with a table.empty finding. */
function setAsideIfUnfilled(
  ctx: TableContext,
  info: TableInfo,
  model: Mutable<Omit<Model, 'tables' | 'findings'>>,
): void {
  const key = tableSpec(ctx.id).modelKey as 't1' | 't3' | 't5' | 't6' | 't7' | null;
  if (!key || !AMOUNT_DATA.includes(ctx.id) || !isUnfilled(ctx.sheet, model[key])) return;
  delete model[key];
  const at = info.titleCell ? atCell(info.titleCell) : atSheet(ctx.sheet.name);
  const severity = REQUIRED_TABLES.includes(ctx.id) ? 'error' : 'warning';
  ctx.findings.push(finding('table.empty', severity, at, { table: ctx.id }));
}

/** The reading context of a located table: its unit line, or 万元 assumed with a unit.missing note. */
function contextFor(table: LocatedTable, findings: Finding[]): TableContext {
  const { sheet, id, titleCell } = table;
  let unit: Unit = '万元';
  let unitAssumed = false;
  const maxRow = Math.max(UNIT_ROWS, (titleCell?.row ?? 0) + 4);
  const amountTable = tableSpec(id).unitLine;
  const found = findUnit(sheet, maxRow) ?? (amountTable ? findHeaderUnit(sheet, HEADER_ROWS) : null);
  if (found) unit = found.unit;
  else if (amountTable) {
    unitAssumed = true;
    const unknown = findUnknownUnit(sheet, maxRow);
    if (unknown) {
      findings.push(finding('unit.unknown', 'warning', atCell(unknown.ref), { table: id, found: unknown.text }));
    } else {
      const at = titleCell ? atCell(titleCell) : atSheet(sheet.name);
      findings.push(finding('unit.missing', 'info', at, { table: id }));
    }
  }
  return { sheet, id, titleCell, unit, unitAssumed, findings };
}

/** A continuation sheet's context: its own unit line, else the first sheet's unit (said there once). */
function continuedContext(first: TableContext, sheet: SheetSnapshot, titleCell: CellRef | null): TableContext {
  const found = findUnit(sheet, Math.max(UNIT_ROWS, (titleCell?.row ?? 0) + 4));
  const unit = found ? { unit: found.unit, unitAssumed: false } : { unit: first.unit, unitAssumed: first.unitAssumed };
  return { ...first, sheet, titleCell, ...unit };
}

/** A listed table's info (T2, T4, T8, T9, or one whose reader failed): the whole sheet. */
function sheetInfo(ctx: TableContext): TableInfo {
  const top = ctx.titleCell?.row ?? 0;
  const range = {
    top,
    left: 0,
    bottom: Math.max(rowCount(ctx.sheet) - 1, top),
    right: Math.max(colCount(ctx.sheet) - 1, 0),
  };
  return {
    id: ctx.id,
    sheet: ctx.sheet.name,
    range,
    unit: ctx.unit,
    unitAssumed: ctx.unitAssumed,
    titleCell: ctx.titleCell,
    headerRows: [top, top],
  };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
