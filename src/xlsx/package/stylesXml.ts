/**
 * Our cell styles into the workbook's styles.xml, by appending: a font, fill, border, number
 * format or cell format (xf) already there with exactly our text is reused, anything else is
 * added at the end of its list and the list's count raised. No existing entry moves or changes,
 * so every index the user's sheets use keeps its meaning. A rebuild finds its own entries and
 * adds nothing more.
 */
import { CellStyle } from '../../core/report/sheet';
import { appendChild, escapeXml, findAll, findFirst, Found, splice, withAttribute } from './xml';

/** Number formats Excel has built in (id by format code); used as they are, never added. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49,
};

/** The minimal styles.xml for a package that has none (a minimal writer's file). */
export function emptyStyles(mainNs: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${mainNs}">` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}

/** A list of styles.xml (fonts, fills …): its existing entries' text and the ones we add. */
class List {
  readonly added: string[] = [];
  private readonly texts: string[];
  constructor(
    xml: string,
    readonly section: Found | null,
    child: string,
  ) {
    this.texts = section ? findAll(xml, child, section.tagEnd, section.end).map((f) => xml.slice(f.start, f.end)) : [];
  }
  get size(): number {
    return this.texts.length;
  }
  /** The index of an entry with exactly `text`, added when there is none. */
  indexOf(text: string): number {
    const at = this.texts.indexOf(text);
    if (at >= 0) return at;
    this.texts.push(text);
    this.added.push(text);
    return this.texts.length - 1;
  }
}

/** styles.xml with our styles; `xf` maps each style id of `styles` to its cellXfs index. */
export function addStyles(xml: string, styles: Readonly<Record<string, CellStyle>>): { xml: string; xf: Map<string, number> } {
  const root = findFirst(xml, 'styleSheet');
  if (!root) throw new Error('styles.xml has no styleSheet');
  const p = root.prefix;
  const lists = {
    fonts: new List(xml, findFirst(xml, 'fonts'), 'font'),
    fills: new List(xml, findFirst(xml, 'fills'), 'fill'),
    borders: new List(xml, findFirst(xml, 'borders'), 'border'),
    cellXfs: new List(xml, findFirst(xml, 'cellXfs'), 'xf'),
  };
  const formats = new NumberFormats(xml);
  const xf = new Map<string, number>();
  for (const id of Object.keys(styles).sort()) {
    const s = styles[id];
    const parts = {
      numFmtId: formats.idOf(s.numberFormat),
      fontId: lists.fonts.indexOf(fontXml(s, p)),
      fillId: s.fill ? lists.fills.indexOf(fillXml(s.fill, p)) : 0,
      borderId: lists.borders.indexOf(borderXml(s.border === 'thin', p)),
    };
    xf.set(id, lists.cellXfs.indexOf(xfXml(s, parts, p)));
  }
  // From the last list to the first, so the offsets found above stay right.
  let out = xml;
  for (const [name, list] of Object.entries(lists).reverse()) out = extend(out, list, name);
  return { xml: formats.apply(out, p), xf };
}

/** The list `name` with its added entries at the end and its count raised. */
function extend(xml: string, list: List, name: string): string {
  if (list.added.length === 0) return xml;
  if (!list.section) throw new Error(`styles.xml has no <${name}>`);
  const withCount = withAttribute(xml, list.section, 'count', String(list.size));
  const moved = findFirst(withCount, name, list.section.start)!;
  return appendChild(withCount, moved, list.added.join(''));
}

/** The custom number formats (`<numFmts>`): found by code, added with an id above all used. */
class NumberFormats {
  private readonly byCode = new Map<string, number>();
  private readonly added: [number, string][] = [];
  private next = 164;
  constructor(xml: string) {
    for (const f of findAll(xml, 'numFmt')) {
      const id = Number(f.attrs.numFmtId);
      if (!this.byCode.has(f.attrs.formatCode)) this.byCode.set(f.attrs.formatCode, id);
      if (id >= this.next) this.next = id + 1;
    }
  }
  idOf(code: string | undefined): number {
    if (code === undefined || code === '') return 0;
    const known = BUILT_IN_FORMATS[code] ?? this.byCode.get(code);
    if (known !== undefined) return known;
    const id = this.next++;
    this.byCode.set(code, id);
    this.added.push([id, code]);
    return id;
  }
  apply(xml: string, p: string): string {
    if (this.added.length === 0) return xml;
    const text = this.added.map(([id, code]) => `<${p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('');
    const section = findFirst(xml, 'numFmts');
    if (section) {
      const count = Number(section.attrs.count ?? findAll(xml, 'numFmt', section.tagEnd, section.end).length);
      const next = withAttribute(xml, section, 'count', String(count + this.added.length));
      return appendChild(next, findFirst(next, 'numFmts')!, text);
    }
    const root = findFirst(xml, 'styleSheet')!;
    return splice(xml, root.tagEnd, root.tagEnd, `<${p}numFmts count="${this.added.length}">${text}</${p}numFmts>`);
  }
}

function fontXml(s: CellStyle, p: string): string {
  const color = s.color ? `<${p}color rgb="${argb(s.color)}"/>` : '';
  return (
    `<${p}font>${s.bold ? `<${p}b/>` : ''}${s.italic ? `<${p}i/>` : ''}<${p}sz val="${s.fontSize}"/>${color}` +
    `<${p}name val="${escapeXml(s.fontName)}"/></${p}font>`
  );
}

function fillXml(hex: string, p: string): string {
  return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(hex)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
}

function borderXml(thin: boolean, p: string): string {
  const side = (name: string) =>
    thin ? `<${p}${name} style="thin"><${p}color rgb="FF000000"/></${p}${name}>` : `<${p}${name}/>`;
  return `<${p}border>${['left', 'right', 'top', 'bottom'].map(side).join('')}<${p}diagonal/></${p}border>`;
}

function xfXml(s: CellStyle, ids: Record<string, number>, p: string): string {
  const head = Object.entries(ids).map(([k, v]) => `${k}="${v}"`).join(' ');
  const vertical = s.vertical === 'middle' ? 'center' : s.vertical;
  const align =
    `<${p}alignment horizontal="${s.horizontal}" vertical="${vertical}"` +
    `${s.wrap ? ' wrapText="1"' : ''}${s.indent ? ` indent="${s.indent}"` : ''}/>`;
  return (
    `<${p}xf ${head} xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">` +
    `${align}</${p}xf>`
  );
}

/** "1F4E79" → "FF1F4E79". */
function argb(hex: string): string {
  const clean = hex.replace(/^#/, '').toUpperCase();
  return clean.length === 6 ? `FF${clean}` : clean;
}
