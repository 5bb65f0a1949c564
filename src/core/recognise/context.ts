/** What every table reader receives: the sheet, the table's id, title and unit, and a findings sink. */
import { CellRef } from '../grid/address';
import { SheetSnapshot } from '../grid/snapshot';
import { Finding, atCell, atSheet, finding } from '../findings/finding';
import { TableId, TableInfo, Unit } from '../model/types';

export interface TableContext {
  readonly sheet: SheetSnapshot;
  readonly id: TableId;
  readonly titleCell: CellRef | null;
  readonly unit: Unit;
  readonly unitAssumed: boolean;
  /** Readers push their findings here (cell.value, table.header …). */
  readonly findings: Finding[];
}

/** A context for a sheet (tests and recognise build them the same way). */
export function tableContext(
  sheet: SheetSnapshot,
  id: TableId,
  opts: { titleCell?: CellRef | null; unit?: Unit; unitAssumed?: boolean; findings?: Finding[] } = {},
): TableContext {
  return {
    sheet,
    id,
    titleCell: opts.titleCell ?? null,
    unit: opts.unit ?? '万元',
    unitAssumed: opts.unitAssumed ?? false,
    findings: opts.findings ?? [],
  };
}

/** The TableInfo of a table whose header spans `headerRows` and whose data ends at `lastRow`. */
export function tableInfo(
  ctx: TableContext,
  headerRows: readonly [number, number] | null,
  lastRow: number,
  lastCol: number,
): TableInfo {
  const top = ctx.titleCell
    ? Math.min(ctx.titleCell.row, headerRows?.[0] ?? ctx.titleCell.row)
    : (headerRows?.[0] ?? 0);
  const bottom = Math.max(lastRow, headerRows?.[1] ?? 0, top);
  return {
    id: ctx.id,
    sheet: ctx.sheet.name,
    range: { top, left: 0, bottom, right: Math.max(lastCol, 0) },
    unit: ctx.unit,
    unitAssumed: ctx.unitAssumed,
    titleCell: ctx.titleCell,
    headerRows: headerRows ?? [top, top],
  };
}

/** Records that no header row with `expected` words was found (table.header error at the title cell). */
export function reportMissingHeader(ctx: TableContext, expected: readonly string[]): void {
  const at = ctx.titleCell ? atCell(ctx.titleCell) : atSheet(ctx.sheet.name);
  ctx.findings.push(finding('table.header', 'error', at, { table: ctx.id, problem: 'notFound', expected }));
}
