/** What every table reader receives: the sheet, the table's id, title and unit, and a findings sink. */
import { CellRef, cellRef } from '../grid/address';
import { SheetSnapshot } from '../grid/snapshot';
import { Finding, atCell, atSheet, finding } from '../findings/finding';
import { ColumnTaken, TableId, TableInfo, Unit } from '../model/types';
import { HeaderMatch, headerTexts, labelAt } from './header';

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

/**
 * The TableInfo of a table whose header spans `headerRows` and whose data ends at `lastRow`.
 * `headers` (one per lane or block) say which column was taken for which field; a column taken
 * on weak evidence (a header word only contained in its text) gets a column.weak info here.
 */
export function tableInfo(
  ctx: TableContext,
  headerRows: readonly [number, number] | null,
  lastRow: number,
  lastCol: number,
  headers: readonly HeaderMatch[] = [],
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
    ...(headers.length > 0 ? { columns: columnsTaken(ctx, headers) } : {}),
  };
}

/** The columns the headers took, left to right; weak ones reported at their header cell. */
export function columnsTaken(ctx: TableContext, headers: readonly HeaderMatch[]): ColumnTaken[] {
  const out: ColumnTaken[] = [];
  headers.forEach((h, i) => {
    const lane = headers.length > 1 ? { lane: i + 1 } : {};
    for (const [field, col] of h.columns) {
      const header = headerTexts(ctx.sheet, h.firstRow, h.lastRow, col, col)[0];
      const weak = h.weak?.has(field) ?? false;
      out.push({ field, ...lane, col, header, weak });
      if (weak) reportWeak(ctx, h, field, col, header);
    }
  });
  return out.sort((a, b) => a.col - b.col || (a.lane ?? 0) - (b.lane ?? 0));
}

function reportWeak(ctx: TableContext, h: HeaderMatch, field: string, col: number, header: string): void {
  let row = h.lastRow;
  while (row > h.firstRow && labelAt(ctx.sheet, row, col) === '') row--;
  ctx.findings.push(
    finding('column.weak', 'info', atCell(cellRef(ctx.sheet.name, row, col)), {
      table: ctx.id,
      field,
      header,
    }),
  );
}

/** Records that no header row with `expected` words was found (table.header error at the title cell). */
export function reportMissingHeader(ctx: TableContext, expected: readonly string[]): void {
  const at = ctx.titleCell ? atCell(ctx.titleCell) : atSheet(ctx.sheet.name);
  ctx.findings.push(finding('table.header', 'error', at, { table: ctx.id, problem: 'notFound', expected }));
}
