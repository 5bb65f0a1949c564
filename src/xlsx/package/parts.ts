/**
 * The small shared parts the writer touches besides workbook.xml and styles.xml, each edited by
 * an insertion: the workbook's relationships, [Content_Types].xml, docProps/app.xml (the list
 * of sheet titles) and, on a rebuild, xl/calcChain.xml (the old report's cells taken out).
 */
import { appendChild, escapeXml, findAll, findFirst, splice, withAttribute } from './xml';

export const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const REL_WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const REL_STYLES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export function readRels(xml: string): Relationship[] {
  return findAll(xml, 'Relationship').map((f) => ({ id: f.attrs.Id, type: f.attrs.Type ?? '', target: f.attrs.Target ?? '' }));
}

/** The part a relationship of `xl/workbook.xml` points at ("worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"). */
export function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/** A relationship id not used in `rels`. */
export function freeRelId(rels: readonly Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  for (let i = rels.length + 1; ; i++) if (!used.has(`rId${i}`)) return `rId${i}`;
}

/** The relationship type for `kind`, as this package spells it (transitional or strict). */
export function relType(rels: readonly Relationship[], kind: 'worksheet' | 'styles'): string {
  const like = rels.find((r) => r.type.endsWith(`/${kind}`));
  if (like) return like.type;
  const strict = rels.some((r) => r.type.startsWith('http://purl.oclc.org/ooxml/'));
  const fallback = kind === 'worksheet' ? REL_WORKSHEET : REL_STYLES;
  return strict ? `http://purl.oclc.org/ooxml/officeDocument/relationships/${kind}` : fallback;
}

export function addRel(xml: string, rel: Relationship): string {
  const root = findFirst(xml, 'Relationships')!;
  const tag = `<${root.prefix}Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"/>`;
  return appendChild(xml, root, tag);
}

/** [Content_Types].xml with an Override for `/part` unless one (or a Default for its extension) covers it. */
export function addOverride(xml: string, part: string, type: string): string {
  const overrides = findAll(xml, 'Override');
  if (overrides.some((f) => f.attrs.PartName?.toLowerCase() === `/${part}`.toLowerCase())) return xml;
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  if (findAll(xml, 'Default').some((f) => f.attrs.Extension?.toLowerCase() === ext && f.attrs.ContentType === type))
    return xml;
  const root = findFirst(xml, 'Types')!;
  return appendChild(xml, root, `<${root.prefix}Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`);
}

/** [Content_Types].xml with a Default for `ext` unless it has one. */
export function addDefault(xml: string, ext: string, type: string): string {
  if (findAll(xml, 'Default').some((f) => f.attrs.Extension?.toLowerCase() === ext)) return xml;
  const root = findFirst(xml, 'Types')!;
  return appendChild(xml, root, `<${root.prefix}Default Extension="${escapeXml(ext)}" ContentType="${escapeXml(type)}"/>`);
}

/**
 * docProps/app.xml with the report's title: added after the worksheets' titles (the first
 * HeadingPairs group) or renamed from `oldName`. A file laid out otherwise is left unchanged —
 * it is a summary Excel rewrites on its next save, never read for the sheets themselves.
 */
export function addAppTitle(xml: string, name: string, oldName: string | null): string {
  const titles = findFirst(xml, 'TitlesOfParts');
  const vector = titles && findFirst(xml, 'vector', titles.tagEnd, titles.end);
  if (!titles || !vector) return xml;
  const items = findAll(xml, 'lpstr', vector.tagEnd, vector.end);
  if (oldName !== null) {
    const old = items.find((f) => f.inner === escapeXml(oldName));
    return old ? splice(xml, old.tagEnd, old.end - `</${old.prefix}lpstr>`.length, escapeXml(name)) : xml;
  }
  const pairs = findFirst(xml, 'HeadingPairs');
  const count = pairs && findFirst(xml, 'i4', pairs.tagEnd, pairs.end);
  const n = count ? Number(count.inner) : NaN;
  if (!count || !Number.isInteger(n) || n > items.length) return xml;
  const at = n === 0 ? vector.tagEnd : items[n - 1].end;
  const p = vector.prefix;
  let out = splice(xml, at, at, `<${p}lpstr>${escapeXml(name)}</${p}lpstr>`);
  out = withAttribute(out, findFirst(out, 'vector', findFirst(out, 'TitlesOfParts')!.tagEnd)!, 'size', String(items.length + 1));
  const countAgain = findFirst(out, 'i4', findFirst(out, 'HeadingPairs')!.tagEnd)!;
  return splice(out, countAgain.tagEnd, countAgain.end - `</${countAgain.prefix}i4>`.length, String(n + 1));
}

/**
 * calcChain.xml without the cells `drop` names (sheetId, A1): the report being replaced, or a
 * formula a note replaced — a stale entry points Excel at a formula that is gone, which it repairs. An entry that took its sheet
 * from a removed one (no `i`) gets the `i` it had. Null when no cell is left (the part goes).
 */
export function dropFromCalcChain(xml: string, drop: (sheetId: number, ref: string) => boolean): string | null {
  const pieces: string[] = [];
  let last = 0;
  let current = NaN;
  let dropped = false;
  let kept = 0;
  for (const c of findAll(xml, 'c')) {
    const explicit = c.attrs.i !== undefined;
    if (explicit) current = Number(c.attrs.i);
    if (drop(current, c.attrs.r ?? '')) {
      pieces.push(xml.slice(last, c.start));
      last = c.end;
      dropped = true;
      continue;
    }
    kept++;
    if (dropped && !explicit) {
      pieces.push(xml.slice(last, c.start), xml.slice(c.start, c.end).replace(/^<([\w.:-]+)/, `<$1 i="${current}"`));
      last = c.end;
    }
    dropped = false;
  }
  pieces.push(xml.slice(last));
  return kept === 0 ? null : pieces.join('');
}

/** The XML with the element whose attribute `attr` is `value` removed (a rel, an Override). */
export function removeElement(xml: string, local: string, attr: string, value: string): string {
  const found = findAll(xml, local).find((f) => f.attrs[attr] === value);
  return found ? splice(xml, found.start, found.end, '') : xml;
}
