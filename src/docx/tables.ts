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

/** Twips of one digit (bold, in a wide fallback font) and of one CJK character of 五号 (10.5 pt), and a cell's margins with some slack. */
const DIGIT_TWIPS = 135;
const CJK_TWIPS = 210;
const CELL_EXTRA_TWIPS = 200;

/** A number column is as wide as its longest number (and its header) on one line: `31985.20` must not wrap. */
function numberTwips(block: TableBlock, i: number): number {
  const longest = Math.max(0, ...block.rows.map((r) => cellText(r[i] ?? null).length));
  return Math.max(block.columns[i].header.length * CJK_TWIPS, longest * DIGIT_TWIPS) + CELL_EXTRA_TWIPS;
}

/** Column widths in twips over the text block: number columns as they need, the rest in the table's proportions. */
function columnTwips(block: TableBlock): number[] {
  const fixed = block.columns.map((c, i) => (c.numeric ? numberTwips(block, i) : 0));
  const free = TEXT_WIDTH - fixed.reduce((a, w) => a + w, 0);
  const textUnits = block.columns.reduce((a, c) => a + (c.numeric ? 0 : c.width), 0);
  const widths = block.columns.map((c, i) => (c.numeric ? fixed[i] : Math.floor((c.width / textUnits) * free)));
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
