/**
 * workbook.xml: the sheets and defined names as the package states them, and the two minimal
 * edits the writer makes — one `<sheet>` added (or renamed in place) and our own defined names
 * (the ownership mark, the report's print area and titles). Every user name stays byte for byte.
 */
import { REPORT_MARK_NAME, REPORT_MARK_VALUE } from '../../core/report/sheet';
import { appendChild, escapeXml, findAll, findFirst, Found, splice, withAttribute } from './xml';

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly rid: string;
  /** state="hidden" or "veryHidden": a sheet the user does not see (often an old copy). */
  readonly hidden: boolean;
  readonly found: Found;
}

export interface DefinedName {
  readonly name: string;
  readonly localSheetId: number | null;
  readonly value: string;
  readonly found: Found;
}

export interface WorkbookInfo {
  readonly mainNs: string;
  /** The namespace of `r:id` (transitional or strict relationships). */
  readonly relNs: string;
  readonly sheets: readonly SheetEntry[];
  readonly names: readonly DefinedName[];
  readonly date1904: boolean;
}

const TRANSITIONAL_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function readWorkbook(xml: string): WorkbookInfo {
  const root = findFirst(xml, 'workbook');
  if (!root) throw new Error('workbook.xml has no workbook element');
  const ns = (prefix: string) => root.attrs[prefix === '' ? 'xmlns' : `xmlns:${prefix}`];
  const sheetsEl = findFirst(xml, 'sheets');
  let relPrefix = 'r';
  const sheets = (sheetsEl ? findAll(xml, 'sheet', sheetsEl.tagEnd, sheetsEl.end) : []).map((f) => {
    const idAttr = Object.keys(f.attrs).find((k) => k.endsWith(':id')) ?? 'r:id';
    relPrefix = idAttr.slice(0, -3);
    const hidden = f.attrs.state === 'hidden' || f.attrs.state === 'veryHidden';
    return { name: f.attrs.name ?? '', sheetId: Number(f.attrs.sheetId), rid: f.attrs[idAttr] ?? '', hidden, found: f };
  });
  const namesEl = findFirst(xml, 'definedNames');
  const names = (namesEl ? findAll(xml, 'definedName', namesEl.tagEnd, namesEl.end) : []).map((f) => ({
    name: f.attrs.name ?? '',
    localSheetId: f.attrs.localSheetId === undefined ? null : Number(f.attrs.localSheetId),
    value: unescapeText(f.inner),
    found: f,
  }));
  const pr = findFirst(xml, 'workbookPr');
  const date1904 = pr !== null && /^(1|true)$/.test(pr.attrs.date1904 ?? '');
  return { mainNs: ns(root.prefix.replace(/:$/, '')) ?? '', relNs: ns(relPrefix) ?? TRANSITIONAL_REL, sheets, names, date1904 };
}

function unescapeText(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);
}

/** "'绩效自评报告'!$A$1" → 绩效自评报告 ('' undoubled); null for anything else than one sheet's A1. */
export function markTarget(value: string): string | null {
  const m = /^\s*=?\s*(?:'((?:[^']|'')+)'|([^'!\s]+))!\$A\$1\s*$/.exec(value);
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

/** The sheet our workbook-scoped ownership mark points at, or null. Sheet-scoped names are the user's. */
export function markedSheet(info: WorkbookInfo): SheetEntry | null {
  const mark = info.names.find((n) => n.name === REPORT_MARK_NAME && n.localSheetId === null);
  const target = mark ? markTarget(mark.value) : null;
  return target === null ? null : (info.sheets.find((s) => s.name === target) ?? null);
}

/** Adds `<sheet>` at the end of `<sheets>`; the relationship prefix is the workbook's own. */
export function addSheet(xml0: string, name: string, sheetId: number, rid: string): string {
  const xml = withSheets(xml0);
  const sheets = findFirst(xml, 'sheets')!;
  const idAttr = findAll(xml, 'sheet', sheets.tagEnd, sheets.end)
    .flatMap((f) => Object.keys(f.attrs))
    .find((k) => k.endsWith(':id')) ?? 'r:id';
  const sheetTag = `<${sheets.prefix}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${idAttr}="${escapeXml(rid)}"/>`;
  const withNs = idAttr === 'r:id' && !/\sxmlns:r\s*=/.test(xml.slice(0, sheets.start)) ? addRelNs(xml) : xml;
  return appendChild(withNs, findFirst(withNs, 'sheets')!, sheetTag);
}

/** The workbook with a `<sheets>` element (a workbook saved without sheets has none): after bookViews & co. */
function withSheets(xml: string): string {
  if (findFirst(xml, 'sheets')) return xml;
  const root = findFirst(xml, 'workbook')!;
  const before = ['bookViews', 'workbookProtection', 'workbookPr', 'fileSharing', 'fileVersion']
    .map((n) => findFirst(xml, n))
    .find((f) => f !== null);
  const at = before ? before.end : root.tagEnd;
  return splice(xml, at, at, `<${root.prefix}sheets/>`);
}

function addRelNs(xml: string): string {
  const root = findFirst(xml, 'workbook')!;
  return withAttribute(xml, root, 'xmlns:r', TRANSITIONAL_REL);
}

/** The sheet `old` renamed to `name` (its name attribute only). */
export function renameSheet(xml: string, old: SheetEntry, name: string): string {
  if (old.name === name) return xml;
  const found = findAll(xml, 'sheet').find((f) => f.attrs.sheetId === String(old.sheetId))!;
  return withAttribute(xml, found, 'name', name);
}

/** One defined name we write (workbook-scoped when localSheetId is null). */
export interface OwnName {
  readonly name: string;
  readonly localSheetId: number | null;
  readonly value: string;
}

/**
 * Our names written: the old mark and the old report's print names (scoped to its tab) are
 * replaced where they stand (untouched when their text is the same), any left over removed,
 * new ones appended; every other name is left as it is. `reportIndex` is the report's tab index.
 */
export function setOwnNames(xml: string, reportIndex: number, names: readonly OwnName[]): string {
  const p = findFirst(xml, 'workbook')!.prefix;
  const same = (n: DefinedName, o: OwnName) => n.name === o.name && n.localSheetId === o.localSheetId;
  const old = readWorkbook(xml).names.filter(
    (n) => (n.name === REPORT_MARK_NAME && n.localSheetId === null) || (n.localSheetId === reportIndex && /^_xlnm\.Print_(Area|Titles)$/.test(n.name)),
  );
  const edits: [number, number, string][] = old.map((n) => {
    const own = names.find((o) => same(n, o));
    return [n.found.start, n.found.end, own ? (n.value === own.value ? xml.slice(n.found.start, n.found.end) : nameXml(own, p)) : ''];
  });
  let out = xml;
  for (const [s, e, text] of edits.sort((x, y) => y[0] - x[0])) out = splice(out, s, e, text);
  const fresh = names.filter((o) => !old.some((n) => same(n, o))).map((o) => nameXml(o, p)).join('');
  if (fresh === '') return out;
  const list = findFirst(out, 'definedNames');
  if (list) return appendChild(out, list, fresh);
  const at = definedNamesAt(out);
  return splice(out, at, at, `<${p}definedNames>${fresh}</${p}definedNames>`);
}

function nameXml(n: OwnName, p: string): string {
  const scope = n.localSheetId === null ? '' : ` localSheetId="${n.localSheetId}"`;
  const comment = n.name === REPORT_MARK_NAME ? ` comment="${REPORT_MARK_VALUE}"` : '';
  return `<${p}definedName name="${n.name}"${comment}${scope}>${escapeXml(n.value)}</${p}definedName>`;
}

/** Where `<definedNames>` goes when there is none: after sheets, functionGroups, externalReferences. */
function definedNamesAt(xml: string): number {
  const after = ['externalReferences', 'functionGroups', 'sheets'].map((n) => findFirst(xml, n)).find((f) => f !== null);
  if (!after) throw new Error('workbook.xml has no sheets');
  return after.end;
}
