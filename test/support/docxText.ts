/**
 * The text of a .docx and of a report sheet, paragraph by paragraph, for comparing the two:
 * a paragraph is its text; a table row is its cells' texts joined by ` | ` (merged-down cells
 * once, in their first row).
 */
import JSZip from 'jszip';
import Decimal from 'decimal.js';
import { formatFixed2, formatRate, roundHalfAway } from '../../src/core/money';
import { ReportCell, ReportSheet } from '../../src/core/report/sheet';
import { INDENT } from '../../src/core/report/layoutStyles';

/** A part of the package as text. */
export async function docxPart(bytes: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`no ${part} in the .docx`);
  return file.async('string');
}

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function paragraphText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join('');
}

/** The body of document.xml as lines: paragraphs, and table rows as `a | b | c`. */
export function docxLines(documentXml: string): string[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body>'), documentXml.lastIndexOf('</w:body>'));
  const lines: string[] = [];
  for (const m of body.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>|<w:p[ >]([\s\S]*?)<\/w:p>/g)) {
    if (m[1] === undefined) {
      lines.push(paragraphText(m[2]));
      continue;
    }
    for (const row of m[1].matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)) {
      const cells = [...row[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)]
        .filter((c) => !/<w:vMerge(?! w:val="restart")[^>]*\/>/.test(c[1]))
        .map((c) => paragraphText(c[1]));
      lines.push(cells.join(' | '));
    }
  }
  return lines;
}

function shown(value: string | number | null, numberFormat: string | undefined): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  const v = new Decimal(value);
  if (numberFormat === '0.00%') return formatRate(v);
  if (numberFormat === '0') return roundHalfAway(v, 0).toFixed(0);
  return formatFixed2(v);
}

const PARAGRAPH_STYLES = new Set(['body', 'gap']);

/** Columns whose runs the sheet starts again on a new printed page (core/report/tableRuns.ts). */
const RUN_HEADERS = new Set(['一级指标', '二级指标']);

/** What reading a table's rows remembers: its header, and each column's last value (a merged cell's on the rows it covers). */
interface TableRead {
  header: string;
  headers: Map<number, string>;
  last: Map<number, ReportCell['value']>;
  repeated: boolean;
}

/**
 * The printed part of a report sheet as lines, as one document: a paragraph split over several
 * rows is joined again (its continuation rows carry no indent), table rows as `a | b | c`. A
 * header row the sheet repeats where a table continues on a new page, and the 一级/二级指标
 * it shows again under it, are print furniture (the .docx repeats its header by itself): left out.
 */
export function sheetLines(sheet: ReportSheet): string[] {
  const { top, bottom } = sheet.page.printArea;
  const lines: string[] = [];
  let continuable = false;
  let table: TableRead | null = null;
  for (let row = top; row <= bottom; row++) {
    const cells = sheet.cells.filter(
      (c) => c.row === row && c.value !== null && (c.col === 0 || sheet.styles[c.style].border),
    );
    if (cells.length === 0) continue;
    const first = cells[0];
    const merged = !sheet.styles[first.style].border;
    if (merged) {
      table = null;
      const text = String(first.value);
      if (continuable && PARAGRAPH_STYLES.has(first.style) && !text.startsWith(INDENT)) lines[lines.length - 1] += text;
      else lines.push(text.replace(/^[\u3000]+|[\u3000]+$/g, ''));
      continuable = PARAGRAPH_STYLES.has(first.style);
      continue;
    }
    continuable = false;
    const tableCells = sheet.cells.filter((c) => c.row === row && sheet.styles[c.style].border);
    let owners = tableCells.filter((c) => c.value !== null || isOwnCell(sheet, c.row, c.col));
    const line = owners.map((c) => shown(c.value, sheet.styles[c.style].numberFormat)).join(' | ');
    if (table === null) {
      table = { header: line, headers: new Map(owners.map((c) => [c.col, String(c.value)])), last: new Map(), repeated: false };
    } else if (line === table.header && first.style === 'th') {
      table.repeated = true;
      continue;
    } else if (table.repeated) {
      const t = table;
      owners = owners.filter((c) => !(RUN_HEADERS.has(t.headers.get(c.col) ?? '') && c.value === t.last.get(c.col)));
      table.repeated = false;
    }
    for (const c of tableCells) if (c.value !== null || isOwnCell(sheet, c.row, c.col)) table.last.set(c.col, c.value);
    lines.push(owners.map((c) => shown(c.value, sheet.styles[c.style].numberFormat)).join(' | '));
  }
  return lines;
}

/** A table cell that starts its own (horizontal or vertical) span, even when blank. */
function isOwnCell(sheet: ReportSheet, row: number, col: number): boolean {
  return !sheet.merges.some(
    (m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right && (m.top !== row || m.left !== col),
  );
}
