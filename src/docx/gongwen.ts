/**
 * GB/T 9704-2012 (党政机关公文格式) in WordprocessingML units: A4, the standard margins, the
 * fonts and sizes of each level, 28 pt fixed line pitch. Word measures in twips (1/20 pt) and
 * font sizes in half-points.
 */

/** Millimetres → twips (1 in = 25.4 mm = 1440 twips). */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export const PAGE = {
  width: mmToTwips(210),
  height: mmToTwips(297),
  /** 天头 37 mm, 地脚 35 mm, 订口（左）28 mm, 右 26 mm. */
  top: mmToTwips(37),
  bottom: mmToTwips(35),
  left: mmToTwips(28),
  right: mmToTwips(26),
  /** The page number sits about 7 mm below the text block (GB/T 9704 7.5). */
  footer: mmToTwips(28),
  header: mmToTwips(15),
} as const;

/** The text block's width in twips (156 mm). */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt — in half-points as Word stores them. */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21 } as const;

/** 固定值 28 磅 (22 lines of 28 characters on the page). */
export const LINE_TWIPS = 28 * 20;

/** Two full characters of 三号 (16 pt each): the first-line indent of every paragraph. */
export const INDENT_TWIPS = 2 * 16 * 20;

/**
 * The fonts of each level, as their GB names. `alt` is what Word and WPS use when the GB font
 * is missing (the names Windows ships), written as w:altName in the font table.
 */
export const FONTS = {
  title: { name: '方正小标宋简体', alt: '黑体' },
  heading1: { name: '黑体', alt: 'SimHei' },
  heading2: { name: '楷体_GB2312', alt: '楷体' },
  body: { name: '仿宋_GB2312', alt: '仿宋' },
  table: { name: '宋体', alt: 'SimSun' },
  /** Latin letters and digits in the text: GB/T 9704 uses Times New Roman next to 仿宋. */
  latin: { name: 'Times New Roman', alt: 'Liberation Serif' },
} as const;

export type FontKey = keyof typeof FONTS;

/** The fonts Windows and WPS know by these names: a GB font's fallback also gets its own entry. */
const WINDOWS_CJK = [
  { name: '黑体', alt: 'SimHei' },
  { name: '楷体', alt: 'KaiTi' },
  { name: '仿宋', alt: 'FangSong' },
];

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * word/fontTable.xml: every font the document names, the CJK ones with charset 86 (GB2312) and
 * an altName, so a machine without 方正小标宋简体 or 仿宋_GB2312 substitutes 黑体 / 仿宋 rather
 * than a Latin default.
 */
export function fontTableXml(): string {
  const entries = [...Object.values(FONTS), ...WINDOWS_CJK].map((f) => {
    const cjk = f.name !== FONTS.latin.name;
    return (
      `<w:font w:name="${xmlEscape(f.name)}"><w:altName w:val="${xmlEscape(f.alt)}"/>` +
      `<w:charset w:val="${cjk ? '86' : '00'}"/><w:family w:val="${cjk ? 'modern' : 'roman'}"/>` +
      `<w:pitch w:val="${cjk ? 'fixed' : 'variable'}"/></w:font>`
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    entries.join('') +
    '</w:fonts>'
  );
}
