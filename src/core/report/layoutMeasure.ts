/**
 * Text measuring for row heights. Excel does not auto-fit merged or wrapped cells when a file
 * is written, so heights are computed: a CJK character is as wide as the font size, a Latin
 * character about half of it.
 */

/** Excel column widths are in characters of the default font (Calibri 11: 7 px per character + 5 px padding). */
export function columnPixels(width: number): number {
  return Math.trunc(width * 7 + 5);
}

/**
 * Wide (full-width) characters: CJK, full-width forms, CJK punctuation, the curly quotes CJK
 * fonts draw wide, and everything beyond the BMP. Compared on the code point: a regex test
 * per character was the layout's hot spot.
 */
function isWide(code: number): boolean {
  return (
    code > 0xffff ||
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2018 && code <= 0x201d) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** The width of a character in pixels at a font size in points (96 px per inch, 72 pt per inch). */
export function charPixels(ch: string, fontPt: number): number {
  const em = (fontPt * 96) / 72;
  return isWide(ch.codePointAt(0)!) ? em : em * 0.55;
}

/** The width of a text in pixels. */
export function textPixels(text: string, fontPt: number): number {
  return addTextPixels(0, text, fontPt);
}

/**
 * `start` plus the width of `text`, each character added to the running total in order: the
 * same float as adding textPixels of each character one by one, without a string per character.
 */
export function addTextPixels(start: number, text: string, fontPt: number): number {
  const em = (fontPt * 96) / 72;
  const narrow = em * 0.55;
  let w = start;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++; // a surrogate pair is one character
    w += isWide(code) ? em : narrow;
  }
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
