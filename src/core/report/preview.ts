/**
 * The handed-in report as plain blocks of text, for the web page's preview: the same text the
 * printed sheet and the .docx carry (values as the engine computed them, the findings list
 * left out), so a WPS or LibreOffice user sees the result before downloading.
 */
import { Block, LiveNumber, ReportDocument } from './document';
import { handedInBlocks } from './handedIn';
import { inlineText, liveText } from './live';
import { indicatorRuns } from './tableRuns';
import { blankLineBefore } from './sections/closing';

export interface PreviewCell {
  readonly text: string;
  readonly numeric: boolean;
  /** Rows this cell spans (repeated 一级/二级指标 merged down, as in the sheet and the .docx). */
  readonly rowSpan: number;
}

export type PreviewBlock =
  | { readonly kind: 'title' | 'heading1' | 'heading2' | 'heading3' | 'paragraph'; readonly text: string }
  /** A closing line: 附件名称 indented, 署名 and 成文日期 right-aligned (`chars` characters in). */
  | {
      readonly kind: 'placed';
      readonly text: string;
      readonly align: 'left' | 'right';
      readonly chars: number;
      readonly blankBefore: boolean;
    }
  | {
      readonly kind: 'table';
      readonly title: string;
      readonly header: readonly string[];
      readonly rows: readonly { readonly cells: readonly PreviewCell[]; readonly total: boolean }[];
    };

/** The text a table cell shows: the value at export time, formatted as in the sheet. */
export function cellText(c: string | LiveNumber | null): string {
  if (c === null) return '';
  return typeof c === 'string' ? c : liveText(c);
}

function tablePreview(block: Extract<Block, { kind: 'table' }>): PreviewBlock {
  const runs = indicatorRuns(block);
  const totals = new Set(block.totalRows ?? []);
  const rows = block.rows.map((r, ri) => {
    const cells: PreviewCell[] = [];
    block.columns.forEach((col, i) => {
      const run = runs.get(`${ri}!${i}`);
      if (run === 0) return;
      cells.push({ text: cellText(r[i] ?? null), numeric: col.numeric, rowSpan: run ?? 1 });
    });
    return { cells, total: totals.has(ri) };
  });
  return { kind: 'table', title: block.title, header: block.columns.map((c) => c.header), rows };
}

const HEADING_KIND = { 1: 'heading1', 2: 'heading2', 3: 'heading3' } as const;

/** The report's title, headings, paragraphs and appendix tables as text, in order. */
export function reportPreview(doc: ReportDocument): PreviewBlock[] {
  const out: PreviewBlock[] = [{ kind: 'title', text: doc.title }];
  const blocks = handedInBlocks(doc);
  blocks.forEach((b, i) => {
    const blankBefore = blankLineBefore(blocks[i - 1], b);
    if (b.kind === 'heading') out.push({ kind: HEADING_KIND[b.level], text: b.text });
    else if (b.kind === 'paragraph' && (b.place || blankBefore)) {
      const place = b.place ?? { align: 'left' as const, chars: 0 };
      out.push({ kind: 'placed', text: inlineText(b.inlines), align: place.align, chars: place.chars, blankBefore });
    } else if (b.kind === 'paragraph') out.push({ kind: 'paragraph', text: inlineText(b.inlines) });
    else out.push(tablePreview(b));
  });
  return out;
}
