/**
 * The little XML the package writer needs, as careful string work on the parts' own text: we
 * insert our elements and change one attribute at a time, so every byte we do not mean to
 * change stays as the writer of the file left it (a parse and re-serialise would not). Element
 * names are matched with any namespace prefix (`<x:sheet>` from some .NET writers).
 */

/** Text for an XML text node or attribute; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Cell text for SpreadsheetML: like escapeXml, and a literal `_x0041_` kept literal (`_x005F_`). */
export function escapeCellText(text: string): string {
  return escapeXml(text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1'));
}

/** Decodes the XML entities of attribute or text content (pure, so the add-in shares it). */
export { unescapeXml } from '../../core/text/xmlEntities';
import { unescapeXml } from '../../core/text/xmlEntities';

/** An element found in a part's text: where its start tag is and its attributes. */
export interface Found {
  readonly start: number;
  /** Offset just after the start tag (after `/>` when empty). */
  readonly tagEnd: number;
  /** Offset just after the element's end (equal to tagEnd for an empty element). */
  readonly end: number;
  readonly prefix: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly inner: string;
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag's text (decoded). */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTR)) out[m[1]] = unescapeXml(m[2] ?? m[3]);
  return out;
}

/** Every `local` element (any prefix) in `xml` from `from` to `to`; not nested in one another. */
export function findAll(xml: string, local: string, from = 0, to = xml.length): Found[] {
  const out: Found[] = [];
  const open = new RegExp(`<([\\w.-]+:)?${local}(?=[\\s/>])`, 'g');
  open.lastIndex = from;
  for (let m = open.exec(xml); m !== null && m.index < to; m = open.exec(xml)) {
    const found = elementAt(xml, m.index, m[1] ?? '', local);
    out.push(found);
    open.lastIndex = found.end;
  }
  return out;
}

/** The first `local` element, or null. */
export function findFirst(xml: string, local: string, from = 0, to = xml.length): Found | null {
  return findAll(xml, local, from, to)[0] ?? null;
}

function elementAt(xml: string, start: number, prefix: string, local: string): Found {
  const close = xml.indexOf('>', start);
  if (close < 0) throw new Error(`unterminated <${prefix}${local}>`);
  const tag = xml.slice(start, close + 1);
  const attrs = attributes(tag.slice(prefix.length + local.length + 1));
  if (tag.endsWith('/>')) return { start, tagEnd: close + 1, end: close + 1, prefix, attrs, inner: '' };
  const endTag = `</${prefix}${local}>`;
  const endAt = xml.indexOf(endTag, close);
  if (endAt < 0) throw new Error(`unterminated <${prefix}${local}>`);
  return { start, tagEnd: close + 1, end: endAt + endTag.length, prefix, attrs, inner: xml.slice(close + 1, endAt) };
}

/** `xml` with [start, end) replaced by `text`. */
export function splice(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}

/** The start tag at `found` with attribute `name` set to `value` (added when absent). */
export function withAttribute(xml: string, found: Found, name: string, value: string): string {
  const tag = xml.slice(found.start, found.tagEnd);
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const next = re.test(tag)
    ? tag.replace(re, (_m, before: string) => `${before}"${escapeXml(value)}"`)
    : tag.replace(/\s*(\/?)>$/, ` ${name}="${escapeXml(value)}"$1>`);
  return splice(xml, found.start, found.tagEnd, next);
}

/**
 * Inserts `text` as the last child of `found` (an empty element is opened up first).
 * Returns the new xml.
 */
export function appendChild(xml: string, found: Found, text: string): string {
  if (found.tagEnd === found.end) {
    const tag = xml.slice(found.start, found.tagEnd).replace(/\s*\/>$/, '>');
    const local = /^<([\w.:-]+)/.exec(tag)![1];
    return splice(xml, found.start, found.end, `${tag}${text}</${local}>`);
  }
  const at = xml.lastIndexOf('</', found.end - 1);
  return splice(xml, at, at, text);
}
