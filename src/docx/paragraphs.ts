/** The report's headings and paragraphs as GB/T 9704 paragraphs (styles defined in docxStyles.ts). */
import { AlignmentType, Footer, Paragraph, PageNumber, TextRun } from 'docx';
import { FONTS, LINE_TWIPS, SIZE } from './gongwen';
import { charWidth } from '../core/report/sections/closing';

/** The paragraph style of each heading level: 一、 黑体, （一） 楷体, 1、 仿宋 (as body, kept with next). */
export const HEADING_STYLE: Record<1 | 2 | 3, string> = { 1: 'GwHeading1', 2: 'GwHeading2', 3: 'GwHeading3' };

/** Characters of 二号 on one line of the 156 mm text block. */
const TITLE_LINE_CHARS = 19;
const TITLE_TAIL = '部门整体支出绩效自评报告';

/**
 * Where a title too long for one line breaks: before 部门整体支出绩效自评报告, so the lines stand
 * as the standard's 梯形 (`珠晖区教育局2022年` over the kind of report), never with a word alone
 * on the last line. Digits count half a character.
 */
export function titleLines(text: string): string[] {
  const width = charWidth(text);
  const at = text.lastIndexOf(TITLE_TAIL);
  if (width <= TITLE_LINE_CHARS || at <= 0 || at + TITLE_TAIL.length !== text.length) return [text];
  return [text.slice(0, at), text.slice(at)];
}

/** The title: 方正小标宋简体 二号, centred, one blank line below. */
export function titleParagraph(text: string): Paragraph {
  const runs = titleLines(text).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
  return new Paragraph({ style: 'GwTitle', children: runs });
}

/** A heading of level 1–3: its style keeps it with the next paragraph, so it never ends a page. */
export function headingParagraph(level: 1 | 2 | 3, text: string): Paragraph {
  return new Paragraph({ style: HEADING_STYLE[level], children: [new TextRun(text)] });
}

/** A body paragraph: 仿宋_GB2312 三号, 28 pt, two characters indented (the style's). */
export function bodyParagraph(text: string): Paragraph {
  return new Paragraph({ style: 'GwBody', children: [new TextRun(text)] });
}

/**
 * A closing line of the text (附件说明, 署名, 成文日期): a body paragraph indented `chars` from
 * the left, or right-aligned `chars` in from the right, with a blank line above when asked.
 */
export function placedParagraph(
  text: string,
  place: { readonly align: 'left' | 'right'; readonly chars: number } | null,
  blankBefore: boolean,
): Paragraph {
  const char = SIZE.body * 10; // a 三号 character in twips
  const indent = !place
    ? undefined
    : place.align === 'left'
      ? { left: place.chars * char, firstLine: 0 }
      : { right: place.chars * char, firstLine: 0 };
  return new Paragraph({
    style: 'GwBody',
    alignment: place?.align === 'right' ? AlignmentType.RIGHT : undefined,
    indent,
    spacing: blankBefore ? { before: LINE_TWIPS } : undefined,
    children: [new TextRun(text)],
  });
}

/** The closing line (when and from which workbook), right-aligned, not indented. */
export function closingParagraph(text: string): Paragraph {
  return new Paragraph({
    style: 'GwBody',
    alignment: AlignmentType.RIGHT,
    indent: { firstLine: 0 },
    children: [new TextRun(text)],
  });
}

/**
 * The page number `— 1 —` in 宋体 四号: on odd pages at the right, on even pages at the left,
 * each one character in from the edge (GB/T 9704 7.5).
 */
export function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const oneChar = SIZE.pageNumber * 10; // a 四号 character in twips
  const font = { ascii: FONTS.table.name, eastAsia: FONTS.table.name, hAnsi: FONTS.table.name };
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]): TextRun =>
    new TextRun({ children, font, size: SIZE.pageNumber });
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        children: [run(['— ', PageNumber.CURRENT, ' —'])],
      }),
    ],
  });
}
