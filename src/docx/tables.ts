/**
 * An appendix table (附表) in Word: thin borders, the header row repeated on every page
 * (w:tblHeader), no row split across pages (w:cantSplit), numbers right-aligned.
 */
import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { Block, LiveNumber } from '../core/report/document';
import { liveText } from '../core/report/live';
import { TEXT_WIDTH } from './gongwen';

type TableBlock = Extract<Block, { kind: 'table' }>;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** The text a table cell shows: the value at export time, formatted as in the sheet. */
export function cellText(c: string | LiveNumber | null): string {
  if (c === null) return '';
  return typeof c === 'string' ? c : liveText(c);
}

/** Column widths in twips, in the table's proportions over the text block's width. */
function columnTwips(block: TableBlock): number[] {
  const total = block.columns.reduce((a, c) => a + c.width, 0);
  const widths = block.columns.map((c) => Math.floor((c.width / total) * TEXT_WIDTH));
  widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cell(text: string, width: number, options: { header: boolean; bold: boolean; right: boolean }): TableCell {
  const alignment = options.header ? AlignmentType.CENTER : options.right ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    shading: options.header ? { type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' } : undefined,
    children: [new Paragraph({ style: 'GwTableText', alignment, children: [new TextRun({ text, bold: options.bold })] })],
  });
}

/** The table's title (kept with the table) and the table. */
export function tableParagraphs(block: TableBlock, firstOfAppendix: boolean): (Paragraph | Table)[] {
  const widths = columnTwips(block);
  const totals = new Set(block.totalRows ?? []);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => cell(c.header, widths[i], { header: true, bold: true, right: false })),
  });
  const rows = block.rows.map(
    (r, ri) =>
      new TableRow({
        cantSplit: true,
        children: block.columns.map((col, i) => cell(cellText(r[i] ?? null), widths[i], { header: false, bold: totals.has(ri), right: col.numeric })),
      }),
  );
  const title = new Paragraph({ style: 'GwTableTitle', pageBreakBefore: firstOfAppendix, children: [new TextRun(block.title)] });
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: [header, ...rows],
  });
  return [title, table];
}
