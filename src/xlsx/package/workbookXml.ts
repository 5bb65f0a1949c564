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
    return { name: f.attrs.name ?? '', sheetId: Number(f.attrs.sheetId), rid: f.attrs[idAttr] ?? '', found: f };
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
 * Our names written: the old mark and the old report's `_xlnm.` print names (scoped to its tab)
 * replaced, every other name left as it is. `reportIndex` is the report's tab index.
 */
export function setOwnNames(xml: string, reportIndex: number, names: readonly OwnName[]): string {
  let out = xml;
  const ours = (n: DefinedName) =>
    (n.name === REPORT_MARK_NAME && n.localSheetId === null) ||
    (n.localSheetId === reportIndex && names.some((o) => o.name === n.name && o.localSheetId === reportIndex));
  const old = readWorkbook(out).names.filter(ours);
  for (const n of [...old].reverse()) out = splice(out, n.found.start, n.found.end, '');
  const p = findFirst(out, 'workbook')!.prefix;
  const text = names
    .map((n) => {
      const scope = n.localSheetId === null ? '' : ` localSheetId="${n.localSheetId}"`;
      const comment = n.name === REPORT_MARK_NAME ? ` comment="${REPORT_MARK_VALUE}"` : '';
      return `<${p}definedName name="${n.name}"${comment}${scope}>${escapeXml(n.value)}</${p}definedName>`;
    })
    .join('');
  const list = findFirst(out, 'definedNames');
  if (list) return appendChild(out, list, text);
  return splice(out, definedNamesAt(out), definedNamesAt(out), `<${p}definedNames>${text}</${p}definedNames>`);
}

/** Where `<definedNames>` goes when there is none: after sheets, functionGroups, externalReferences. */
function definedNamesAt(xml: string): number {
  const after = ['externalReferences', 'functionGroups', 'sheets'].map((n) => findFirst(xml, n)).find((f) => f !== null);
  if (!after) throw new Error('workbook.xml has no sheets');
  return after.end;
}
