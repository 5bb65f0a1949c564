/**
 * The look of the report sheet (spec/report.md "Look and print", after GB/T 9704 with common
 * Windows font names) and its page: A4 portrait, one page wide.
 */
import { CellStyle } from './sheet';
import { NumberFormat } from './document';

/** Sheet columns A:H in Excel character units: 88 characters ≈ 6.8 in, the A4 width inside 2 cm margins (fit-to-width absorbs the rest). */
export const COLUMN_WIDTHS: readonly number[] = [10, 10, 16, 10, 10, 9, 9, 14];
export const LAST_COL = COLUMN_WIDTHS.length - 1;

/** Font sizes in points. */
export const TITLE_PT = 20;
export const HEADING_PT = 16;
export const BODY_PT = 14;
export const TABLE_PT = 11;
export const STATUS_PT = 10;

/** Body paragraphs start with two full-width spaces (首行缩进两字), as official documents do. */
export const INDENT = '\u3000\u3000';

const table = (extra: Partial<CellStyle> = {}): CellStyle => ({
  fontName: '宋体',
  fontSize: TABLE_PT,
  horizontal: 'left',
  vertical: 'middle',
  wrap: true,
  border: 'thin',
  ...extra,
});

/**
 * Style ids → styles. The title names 方正小标宋简体 (the GB/T 9704 title face); a machine
 * without it shows Excel's substitute — 黑体 (SimHei) is the intended fallback, which a cell
 * style cannot name, so it is documented here rather than written.
 */
export const STYLES: Readonly<Record<string, CellStyle>> = {
  status: { fontName: '宋体', fontSize: STATUS_PT, color: '595959', horizontal: 'left', vertical: 'middle', wrap: true },
  stale: { fontName: '宋体', fontSize: STATUS_PT, bold: true, color: 'C00000', horizontal: 'right', vertical: 'middle', wrap: true },
  title: { fontName: '方正小标宋简体', fontSize: TITLE_PT, horizontal: 'center', vertical: 'middle', wrap: true },
  h1: { fontName: '黑体', fontSize: HEADING_PT, horizontal: 'left', vertical: 'middle', wrap: true },
  h2: { fontName: '楷体', fontSize: HEADING_PT, horizontal: 'left', vertical: 'middle', wrap: true },
  h3: { fontName: '仿宋', fontSize: BODY_PT, bold: true, horizontal: 'left', vertical: 'middle', wrap: true },
  body: { fontName: '仿宋', fontSize: BODY_PT, horizontal: 'left', vertical: 'top', wrap: true },
  gap: { fontName: '仿宋', fontSize: BODY_PT, color: 'C00000', horizontal: 'left', vertical: 'top', wrap: true },
  closingRight: { fontName: '仿宋', fontSize: BODY_PT, horizontal: 'right', vertical: 'top', wrap: true },
  tableTitle: { fontName: '黑体', fontSize: 14, horizontal: 'center', vertical: 'middle', wrap: true },
  th: table({ bold: true, horizontal: 'center', fill: 'D9D9D9' }),
  td: table(),
  tdNum: table({ horizontal: 'right', numberFormat: '0.00' }),
  tdRate: table({ horizontal: 'right', numberFormat: '0.00%' }),
  tdInt: table({ horizontal: 'right', numberFormat: '0' }),
  tdCenter: table({ horizontal: 'center' }),
  totalTd: table({ bold: true }),
  totalNum: table({ bold: true, horizontal: 'right', numberFormat: '0.00' }),
  totalCenter: table({ bold: true, horizontal: 'center' }),
};

/** The table style for a live number of a format (total rows bold). */
export function numberStyle(format: NumberFormat, total: boolean): string {
  if (format === 'grade') return total ? 'totalCenter' : 'tdCenter';
  if (total) return 'totalNum';
  if (format === 'rate') return 'tdRate';
  if (format === 'count') return 'tdInt';
  return 'tdNum';
}

/** Sheet tab colour (a dark blue, so the report sheet stands out among the source tables). */
export const TAB_COLOR = '2F5597';

/** 2.5 cm top/bottom and 2.0 cm left/right, in inches (Excel's unit). */
export const MARGINS = { left: 0.79, right: 0.79, top: 0.98, bottom: 0.98, header: 0.5, footer: 0.5 } as const;

/** Page numbers in the footer (centre section). */
export const FOOTER = '第 &P 页 共 &N 页';
