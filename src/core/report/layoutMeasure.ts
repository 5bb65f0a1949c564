/**
 * Text measuring for row heights. Excel does not auto-fit merged or wrapped cells when a file
 * is written, so heights are computed: lines are filled the way Excel and LibreOffice wrap
 * (a CJK character may end a line anywhere; a run of Latin letters or digits is a word that
 * moves to the next line whole), then a row is that many lines of the font's line pitch.
 * test/print/rowHeights.test.ts holds these against LibreOffice's own row layout.
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

/** Thin Latin characters (about 0.3–0.4 em in DejaVu Sans, the Latin face Calc falls back to). */
const THIN = new Set(' .,:;!|\'"()[]-/\\ijlIJftr'.split('').map((c) => c.charCodeAt(0)));
/** Latin characters a full em wide or nearly. */
const BROAD = new Set('%@#&+<=>~mwMW'.split('').map((c) => c.charCodeAt(0)));

/**
 * A character's width in em: 1 for CJK; Latin about as wide as DejaVu Sans draws it (the face
 * Calc substitutes for 仿宋 and 宋体 on a machine without them; 仿宋's own Latin is
 * narrower, 0.5 em, so Excel needs no more room than this).
 */
function emOf(code: number): number {
  if (isWide(code)) return 1;
  if (THIN.has(code)) return 0.4;
  if (BROAD.has(code)) return 1;
  return 0.6;
}

/** The width of a character in pixels at a font size in points (96 px per inch, 72 pt per inch). */
export function charPixels(ch: string, fontPt: number): number {
  return (emOf(ch.codePointAt(0)!) * fontPt * 96) / 72;
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
  let w = start;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++; // a surrogate pair is one character
    w += emOf(code) * em;
  }
  return w;
}

/** Usable width of a cell span: less the cell's padding and a pixel for the grid line. */
export function usablePixels(spanPixels: number): number {
  return Math.max(20, spanPixels - 7);
}

/** A Latin letter, digit or sign that belongs to a word: no line break inside such a run. */
function inWord(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

/** Lines one line of text (no '\n') takes, filled greedily as Excel and Calc fill them. */
function wrappedLines(line: string, em: number, usable: number): number {
  let lines = 1;
  let used = 0;
  let word = 0; // width of the Latin word being read
  const place = (w: number): void => {
    if (used + w <= usable) {
      used += w;
      return;
    }
    if (used > 0) lines++;
    // A word longer than a whole line is cut where the line ends.
    const more = Math.max(0, Math.ceil(w / usable) - 1);
    lines += more;
    used = w - more * usable;
  };
  for (let i = 0; i < line.length; i++) {
    const code = line.codePointAt(i)!;
    if (code > 0xffff) i++;
    const w = emOf(code) * em;
    if (inWord(code)) {
      word += w;
      continue;
    }
    if (word > 0) place(word);
    word = 0;
    place(w);
  }
  if (word > 0) place(word);
  return lines;
}

/** Lines a text takes when wrapped in a span of `spanPixels` (explicit line breaks count). */
export function lineCount(text: string, fontPt: number, spanPixels: number): number {
  const usable = usablePixels(spanPixels);
  const em = (fontPt * 96) / 72;
  return text.split('\n').reduce((n, line) => n + wrappedLines(line, em, usable), 0);
}

/** Excel's largest row height. */
export const MAX_ROW_HEIGHT = 409;

/**
 * The line pitch of a font size in points: the ascent plus descent of the CJK face Calc uses
 * (WenQuanYi Micro Hei, 1.1724 em); at 12 pt and below Calc rounds it up to whole pixels.
 * Excel's 仿宋/宋体 lines are lower (about 1.05 em), so its text fits too.
 */
export function linePitch(fontPt: number): number {
  const exact = fontPt * 1.1724;
  return fontPt <= 12 ? Math.ceil((exact * 96) / 72) * 0.75 : exact;
}

/** A row height in points for a number of lines of the font, plus 2 pt of padding, to the quarter point. */
export function rowHeight(lines: number, fontPt: number, minimum = 0): number {
  const h = Math.ceil((lines * linePitch(fontPt) + 2) * 4) / 4;
  return Math.min(MAX_ROW_HEIGHT, Math.max(minimum, h));
}
