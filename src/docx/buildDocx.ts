/**
 * The handed-in report as a Word document in the official format (GB/T 9704), from the same
 * report document the sheet is laid out from. Runs in Node and in the browser (the `docx`
 * package builds the package with JSZip); the face passes in the time and the workbook's name.
 */
import { Document, Packer, Paragraph, Table } from 'docx';
import { ReportDocument } from '../core/report/document';
import { handedInBlocks, madeLine } from '../core/report/handedIn';
import { blankLineBefore } from '../core/report/sections/closing';
import { inlineText } from '../core/report/live';
import { DOCX_STYLES } from './docxStyles';
import { PAGE, fontTableXml } from './gongwen';
import {
  bodyParagraph,
  closingParagraph,
  headingParagraph,
  pageNumberFooter,
  placedParagraph,
  titleParagraph,
} from './paragraphs';
import { tableParagraphs } from './tables';

/** What the face knows and core does not: when the document is made, and from which file. */
export interface DocxMade {
  readonly at: Date;
  readonly workbookName: string;
}

/** The document's paragraphs and tables, in the report's order; the appendix starts on a new page. */
function bodyOf(doc: ReportDocument): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [titleParagraph(doc.title)];
  let tables = 0;
  const blocks = handedInBlocks(doc);
  blocks.forEach((block, i) => {
    const blankBefore = blankLineBefore(blocks[i - 1], block);
    if (block.kind === 'heading') out.push(headingParagraph(block.level, block.text));
    else if (block.kind === 'paragraph' && (block.place || blankBefore))
      out.push(placedParagraph(inlineText(block.inlines), block.place ?? null, blankBefore));
    else if (block.kind === 'paragraph') out.push(bodyParagraph(inlineText(block.inlines)));
    else out.push(...tableParagraphs(block, tables++ === 0));
  });
  return out;
}

/** The Word document of a report (values as the engine computed them at export time). */
export function buildDocxDocument(doc: ReportDocument, made: DocxMade): Document {
  return new Document({
    title: doc.title,
    creator: 'perf-report',
    styles: DOCX_STYLES,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [...bodyOf(doc), closingParagraph(madeLine(made.at, made.workbookName))],
      },
    ],
  });
}

/** The .docx file's bytes (the font table replaced by ours: GB fonts with their Windows fallbacks). */
export async function packDocx(doc: ReportDocument, made: DocxMade): Promise<Uint8Array> {
  return Packer.pack(buildDocxDocument(doc, made), 'uint8array', false, [
    { path: 'word/fontTable.xml', data: fontTableXml() },
  ]);
}
