/**
 * An appendix table (附表) in Word: thin borders, the header row repeated on every page
 * (w:tblHeader), no row split across pages (w:cantSplit), numbers right-aligned.
 */
import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { Block } from '../core/report/document';
import { cellText } from '../core/report/preview';
import { indicatorRuns } from '../core/report/tableRuns';
import { TEXT_WIDTH } from './gongwen';

type TableBlock = Extract<Block, { kind: 'table' }>;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** A number column holds `100.00` on one line of 五号 (the sheet's 7 characters wrap it in Word's cell margins). */
const MIN_NUMBER_WIDTH = 10;

/** Column widths in twips, in the table's proportions over the text block's width. */
function columnTwips(block: TableBlock): number[] {
  const units = block.columns.map((c) => (c.numeric ? Math.max(c.width, MIN_NUMBER_WIDTH) : c.width));
  const total = units.reduce((a, w) => a + w, 0);
  const widths = units.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

interface CellOptions {
  readonly header: boolean;
  readonly bold: boolean;
  readonly right: boolean;
  readonly rowSpan?: number;
}

function cell(text: string, width: number, options: CellOptions): TableCell {
  const alignment = options.header ? AlignmentType.CENTER : options.right ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    rowSpan: options.rowSpan,
    verticalAlign: VerticalAlign.CENTER,
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
  // Repeated 一级/二级指标 merged down, as in the sheet and in printed self-evaluation forms.
  const runs = indicatorRuns(block);
  const rows = block.rows.map((r, ri) => {
    const children: TableCell[] = [];
    block.columns.forEach((col, i) => {
      const run = runs.get(`${ri}!${i}`);
      if (run === 0) return;
      children.push(cell(cellText(r[i] ?? null), widths[i], { header: false, bold: totals.has(ri), right: col.numeric, rowSpan: run !== undefined && run > 1 ? run : undefined }));
    });
    return new TableRow({ cantSplit: true, children });
  });
  const title = new Paragraph({ style: 'GwTableTitle', pageBreakBefore: firstOfAppendix, children: [new TextRun(block.title)] });
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    // Cell margins once for the table (w:tblCellMar), not on each of thousands of cells.
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    borders: BORDERS,
    rows: [header, ...rows],
  });
  return [title, table];
}
