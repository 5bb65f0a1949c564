/**
 * One worksheet part → a SheetSnapshot, streamed: the part is inflated and decoded in chunks and
 * each complete run of rows is parsed and let go, so memory holds the cells kept, not the XML.
 * Tolerant as Excel is: rows and cells without `r` follow the previous one, merges may overlap
 * (every covered cell but a master is blank), any namespace prefix, inline and rich strings.
 * A formula with no cached value is reported to `onUncached` (its cell stays blank here).
 */
import { Inflate } from 'fflate';
import { CellValue, Rect, uncomputed } from '../../core/grid/snapshot';
import { ZipEntry } from '../package/zip';
import { attributes, unescapeXml } from '../package/xml';
import { cleanText, runText } from './parts';

export interface SheetContext {
  readonly strings: readonly string[];
  readonly formats: readonly (string | null)[];
  readonly date1904: boolean;
  /** A formula cell without a cached value: its 0-based position and formula text (shared ones resolved later). */
  readonly onUncached?: (row: number, col: number, formula: FormulaInfo) => void;
  /** Every formula cell, for reading what the report sheet holds as `range.formulas` would. */
  readonly onFormula?: (row: number, col: number, formula: FormulaInfo) => void;
}

export interface FormulaInfo {
  readonly text: string;
  /** `si` of a shared formula (its master carries the text and `ref`). */
  readonly shared: number | null;
}

export interface SheetCells {
  readonly values: CellValue[][];
  readonly formats: (string | null)[][];
  readonly merges: Rect[];
  /** The master of each shared formula (by `si`): where it stands and its text. */
  readonly sharedMasters: Map<number, { row: number; col: number; text: string }>;
}

/**
 * What a formula cell without a cached value reads as until it is computed (src/xlsx/read/
 * computeUncached.ts): the uncomputed mark at the cell, so the engine says the figure is missing
 * and why (a located cell.value finding) instead of reading 0.
 */
export const UNCACHED_VALUE = uncomputed('noValue');

const CHUNK = 1 << 16;
const TOKEN = /<([\w.-]+:)?(row|c|mergeCell)(?=[\s/>])([^>]*?)(\/?)>/g;

/** Reads the worksheet entry; see the file comment. */
export function readSheetEntry(entry: ZipEntry, ctx: SheetContext): SheetCells {
  const state = new SheetState(ctx);
  const decoder = new TextDecoder();
  let pending = '';
  const consume = (text: string, final: boolean) => {
    pending += text;
    const cut = final ? pending.length : lastSafeCut(pending);
    if (cut <= 0) return;
    state.parse(pending.slice(0, cut));
    pending = pending.slice(cut);
  };
  if (entry.method === 0) consume(decoder.decode(entry.compressed), true);
  else {
    const inflate = new Inflate((chunk, final) => consume(decoder.decode(chunk, { stream: !final }), final));
    for (let at = 0; at < entry.compressed.length; at += CHUNK)
      inflate.push(entry.compressed.subarray(at, at + CHUNK), at + CHUNK >= entry.compressed.length);
    if (entry.compressed.length === 0) inflate.push(new Uint8Array(0), true);
  }
  return state.finish();
}

/** The end of the last complete row (`</row>`, any prefix) or merge in `text`, where parsing may stop. */
function lastSafeCut(text: string): number {
  let row = text.lastIndexOf('row>');
  while (row > 0 && !/<\/([\w.-]+:)?$/.test(text.slice(Math.max(0, row - 20), row))) row = text.lastIndexOf('row>', row - 1);
  const merge = text.lastIndexOf('<mergeCell ');
  if (merge > row) {
    const end = text.lastIndexOf('/>');
    return end > merge ? end + 2 : merge;
  }
  return row < 0 ? 0 : row + 4;
}

class SheetState {
  readonly values: CellValue[][] = [];
  readonly formats: (string | null)[][] = [];
  readonly merges: Rect[] = [];
  readonly sharedMasters = new Map<number, { row: number; col: number; text: string }>();
  private row = -1;
  private col = -1;
  constructor(private readonly ctx: SheetContext) {}

  parse(xml: string): void {
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(xml); m !== null; m = TOKEN.exec(xml)) {
      const [, prefix = '', name, attrText, selfClosing] = m;
      if (name === 'row') {
        const r = /\br="(\d+)"/.exec(attrText);
        this.row = r ? Number(r[1]) - 1 : this.row + 1;
        this.col = -1;
      } else if (name === 'mergeCell') {
        const ref = attributes(attrText).ref;
        if (ref) this.merges.push(parseRange(ref));
      } else {
        const close = `</${prefix}c>`;
        const end = selfClosing ? TOKEN.lastIndex : xml.indexOf(close, TOKEN.lastIndex);
        const inner = selfClosing || end < 0 ? '' : xml.slice(TOKEN.lastIndex, end);
        this.cell(attrText, inner, prefix);
        if (!selfClosing && end >= 0) TOKEN.lastIndex = end + close.length;
      }
    }
  }

  private cell(attrText: string, inner: string, prefix: string): void {
    const a = { r: attr(attrText, 'r'), t: attr(attrText, 't'), s: attr(attrText, 's') };
    const ref = a.r ? /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a.r) : null;
    if (ref) {
      this.row = Number(ref[2]) - 1;
      this.col = columnNumber(ref[1]);
    } else this.col += 1;
    if (this.row < 0) this.row = 0;
    const value = this.valueOf(a.t, inner, prefix);
    if (this.ctx.onFormula && inner.includes(`<${prefix}f`)) {
      const f = formulaOf(inner, prefix);
      if (f) this.ctx.onFormula(this.row, this.col, { text: f.text, shared: f.si });
    }
    const format = this.ctx.formats[Number(a.s ?? 0)] ?? null;
    // Only formats other than General are kept (a blank cell's too: a merge may make it a slave, whose format shows).
    if (format !== null) (this.formats[this.row] ??= [])[this.col] = format;
    if (value !== null) (this.values[this.row] ??= [])[this.col] = value;
  }

  private valueOf(type: string | undefined, inner: string, p: string): CellValue {
    const v = between(inner, `<${p}v>`, `</${p}v>`) ?? between(inner, '<v>', '</v>');
    if (type === 'inlineStr') {
      const is = between(inner, `<${p}is>`, `</${p}is>`);
      return nullIfEmpty(is === null ? '' : runText(is));
    }
    if (inner.includes(`<${p}f`)) this.noteSharedMaster(inner, p);
    // No cached value (LibreOffice writes an empty text result as <v></v>, which is a value).
    if (v === null || (v === '' && type !== 'str')) return this.uncached(inner, p);
    if (v === '') return null;
    if (type === 's') return nullIfEmpty(this.ctx.strings[Number(v)] ?? '');
    if (type === 'str') return nullIfEmpty(cleanText(unescapeXml(v)));
    if (type === 'b') return v.trim() === '1' || v.trim() === 'true';
    if (type === 'e') return { error: unescapeXml(v) };
    if (type === 'd') return isoToSerial(v, this.ctx.date1904);
    const n = Number(v);
    return Number.isNaN(n) ? nullIfEmpty(cleanText(unescapeXml(v))) : n;
  }

  /** A formula cell with no value: reported, and an error at the cell until computed; a plain blank cell: null. */
  private uncached(inner: string, p: string): CellValue {
    const f = formulaOf(inner, p);
    if (!f) return null;
    this.ctx.onUncached?.(this.row, this.col, { text: f.text, shared: f.si });
    return UNCACHED_VALUE;
  }

  private noteSharedMaster(inner: string, p: string): void {
    const f = formulaOf(inner, p);
    if (f && f.si !== null && f.ref && f.text !== '') this.sharedMasters.set(f.si, { row: this.row, col: this.col, text: f.text });
  }

  finish(): SheetCells {
    return { values: this.values, formats: this.formats, merges: this.merges, sharedMasters: this.sharedMasters };
  }
}

/** The `<f>` of a cell's body: its text, and `si`/`ref` of a shared formula. */
function formulaOf(inner: string, p: string): { text: string; si: number | null; ref: string | undefined } | null {
  const f = new RegExp(`<${p}f(\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${p}f>)`).exec(inner);
  if (!f) return null;
  const attrs = attributes(f[1] ?? '');
  const si = attrs.t === 'shared' && attrs.si !== undefined ? Number(attrs.si) : null;
  return { text: unescapeXml(f[2] ?? ''), si, ref: attrs.ref };
}

/** One attribute of a start tag's text, by a plain search (the cell loop's hot path). */
function attr(tag: string, name: string): string | undefined {
  const key = ` ${name}="`;
  let at = tag.indexOf(key);
  if (at < 0) {
    at = tag.indexOf(` ${name}='`);
    if (at < 0) return undefined;
  }
  const start = at + key.length;
  const end = tag.indexOf(tag[start - 1], start);
  return end < 0 ? undefined : tag.slice(start, end);
}

function between(text: string, open: string, close: string): string | null {
  const a = text.indexOf(open);
  if (a < 0) return null;
  const b = text.indexOf(close, a + open.length);
  return b < 0 ? null : text.slice(a + open.length, b);
}

function nullIfEmpty(text: string): CellValue {
  return text === '' ? null : text;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3:D4" (or one cell "B3") → 0-based rect. */
export function parseRange(ref: string): Rect {
  const [from, to = from] = ref.split(':');
  const a = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(from.trim());
  const b = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(to.trim());
  if (!a || !b) return { top: 0, left: 0, bottom: 0, right: 0 };
  const top = Number(a[2]) - 1;
  const bottom = Number(b[2]) - 1;
  const left = columnNumber(a[1]);
  const right = columnNumber(b[1]);
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** An ISO date (`t="d"` cells) as the Excel serial number. */
function isoToSerial(text: string, date1904: boolean): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
  if (Number.isNaN(ms)) return text;
  return ms / 86400000 + (date1904 ? 24107 : 25569);
}
