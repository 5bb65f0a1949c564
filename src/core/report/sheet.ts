/**
 * The report sheet as plain data: what an adapter writes into a workbook. Both adapters
 * (Office.js and ExcelJS) write exactly this and nothing else.
 */
import { Rect } from '../grid/snapshot';

export interface CellStyle {
  readonly fontName: string;
  readonly fontSize: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string; // hex RRGGBB
  readonly horizontal: 'left' | 'center' | 'right';
  readonly vertical: 'top' | 'middle';
  readonly wrap: boolean;
  readonly indent?: number;
  readonly border?: 'thin';
  readonly fill?: string; // hex RRGGBB
  readonly numberFormat?: string;
}

export interface ReportCell {
  readonly row: number;
  readonly col: number;
  /** The value the engine computed (cached result when there is a formula). */
  readonly value: string | number | null;
  /** Formula text without the leading "=". */
  readonly formula?: string;
  readonly style: string;
}

export interface PageSetup {
  readonly paperSize: 'A4';
  readonly orientation: 'portrait';
  readonly fitToWidth: 1;
  /** Margins in inches (Excel's unit): left, right, top, bottom, header, footer. */
  readonly margins: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number; readonly header: number; readonly footer: number };
  readonly footer: string;
  readonly printArea: Rect;
  /** Rows repeated at the top of each printed page (0-based, inclusive), or null. */
  readonly printTitleRows: readonly [number, number] | null;
  /** Rows (0-based) that start a new printed page: manual breaks, so no heading ends a page. */
  readonly rowBreaks?: readonly number[];
}

/** A sheet as plain data — cells, styles, merges, sizes — as both adapters write it. */
export interface SheetLayout {
  readonly name: string;
  readonly cells: readonly ReportCell[];
  readonly merges: readonly Rect[];
  /** Row heights in points, by 0-based row. */
  readonly rowHeights: Readonly<Record<number, number>>;
  /** Column widths in Excel character units, by 0-based column. */
  readonly columnWidths: readonly number[];
  readonly styles: Readonly<Record<string, CellStyle>>;
  readonly frozenRows: number;
}

export interface ReportSheet extends SheetLayout {
  readonly page: PageSetup;
  readonly tabColor: string;
  readonly showGridlines: false;
  /** The fingerprint of the source tables at build time (for the stale marker). */
  readonly fingerprint: string;
}

/**
 * The ownership mark: a workbook-scoped defined name `PerfReport_Owner` whose reference is
 * `'<report sheet>'!$A$1`. It follows the sheet when the user renames it; a sheet it does not
 * point at is never replaced or removed.
 */
export const REPORT_MARK_NAME = 'PerfReport_Owner';
export const REPORT_MARK_VALUE = 'perf-report';
export const DEFAULT_REPORT_SHEET = '绩效自评报告';
