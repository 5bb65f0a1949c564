/**
 * Text measuring for row heights. Excel does not auto-fit merged or wrapped cells when a file
 * is written, so heights are computed: a CJK character is as wide as the font size, a Latin
 * character about half of it.
 */

/** Excel column widths are in characters of the default font (Calibri 11: 7 px per character + 5 px padding). */
export function columnPixels(width: number): number {
  return Math.trunc(width * 7 + 5);
}

/** Wide (full-width) characters: CJK, full-width forms, CJK punctuation and the curly quotes CJK fonts draw wide. */
const WIDE = /[\u1100-\u115F\u2018-\u201D\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/** The width of a character in pixels at a font size in points (96 px per inch, 72 pt per inch). */
export function charPixels(ch: string, fontPt: number): number {
  const em = (fontPt * 96) / 72;
  return WIDE.test(ch) || ch.codePointAt(0)! > 0xffff ? em : em * 0.55;
}

/** The width of a text in pixels. */
export function textPixels(text: string, fontPt: number): number {
  let w = 0;
  for (const ch of text) w += charPixels(ch, fontPt);
  return w;
}

/**
 * Usable width of a cell span: less the cell padding, and a margin because real fonts, the
 * line-breaking rules (。 may not start a line) and other renderers (LibreOffice, WPS) differ.
 */
export function usablePixels(spanPixels: number): number {
  return Math.max(20, (spanPixels - 8) * 0.92);
}

/** Lines a text takes when wrapped in a span of `spanPixels` (explicit line breaks count). */
export function lineCount(text: string, fontPt: number, spanPixels: number): number {
  const usable = usablePixels(spanPixels);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textPixels(line, fontPt) / usable)), 0);
}

/** Excel's largest row height. */
export const MAX_ROW_HEIGHT = 409;

/** A row height in points for a number of lines: 1.45 × font size per line ("comfortable") plus padding. */
export function rowHeight(lines: number, fontPt: number, minimum = 0): number {
  const h = Math.ceil(lines * fontPt * 1.45 + 4);
  return Math.min(MAX_ROW_HEIGHT, Math.max(minimum, h));
}
