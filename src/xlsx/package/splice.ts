/**
 * The output workbook as the input package plus our sheets (issue 13, spec/report.md
 * "Ownership and safety"): the report sheet's part is added, or — when the workbook-scoped
 * ownership mark points at a sheet — that sheet's part is replaced in place (same part, same
 * tab, same sheetId). Template sheets the web page inserts are added the same way. The shared
 * parts get minimal insertions (workbook.xml, its rels, [Content_Types].xml, styles.xml,
 * docProps/app.xml, calcChain.xml on a rebuild); every other entry is copied as stored, byte for
 * byte — charts, pivots, VBA, comments, extLst, the 1904 flag, custom XML. No Node-only code:
 * the CLI and the web page both write through here.
 */
import { chooseReportName } from '../../core/grid/sheetNames';
import { ReportSheet, REPORT_MARK_NAME, SheetLayout } from '../../core/report/sheet';
import { quoteSheet } from '../../core/grid/address';
import { entryText, readZip, textEntry, writeZip, ZipEntry } from './zip';
import { addSheet, markedSheet, readWorkbook, renameSheet, setOwnNames, WorkbookInfo } from './workbookXml';
import { addStyles, emptyStyles } from './stylesXml';
import { SheetNamespaces, sheetXml } from './sheetXml';
import { printNames } from './pageText';
import * as parts from './parts';
import { WrittenState } from '../../core/report/reconcile/fingerprint';
import * as written from './writtenPart';
import { CellText, withCellTexts } from './cellsXml';

export interface SpliceRequest {
  /** Sheets added at the end under their own names (already free), e.g. inserted templates. */
  readonly added?: readonly SheetLayout[];
  /** The report: replaces the marked sheet, else is added after the others. */
  readonly report?: ReportSheet;
  /** The fingerprints of the report as written (src/xlsx/package/writtenPart.ts), kept in our custom XML part. */
  readonly written?: WrittenState;
  /** Text into cells of sheets the file has (the author's 审核说明 in 报告文字), nothing else of them changed. */
  readonly cells?: readonly SheetCells[];
}

/** Cells of one of the file's sheets, by its name. */
export interface SheetCells {
  readonly sheet: string;
  readonly cells: readonly CellText[];
}

export interface SpliceResult {
  readonly bytes: Uint8Array;
  /** The report sheet's name in the output (null without a report). */
  readonly sheetName: string | null;
}

/** The package being edited: its entries by name, changed or new ones kept apart. */
class Package {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly changed = new Map<string, ZipEntry>();
  private readonly removed = new Set<string>();
  constructor(readonly entries: readonly ZipEntry[]) {
    for (const e of entries) this.byName.set(e.name, e);
  }
  has(name: string): boolean {
    return !this.removed.has(name) && (this.changed.has(name) || this.byName.has(name));
  }
  text(name: string): string | null {
    const e = this.changed.get(name) ?? this.byName.get(name);
    return e === undefined || this.removed.has(name) ? null : entryText(e);
  }
  put(name: string, text: string): void {
    this.removed.delete(name);
    this.changed.set(name, textEntry(name, text, this.byName.get(name) ?? this.clock));
  }
  remove(name: string): void {
    this.removed.add(name);
  }
  get clock(): ZipEntry | undefined {
    return this.byName.get('xl/workbook.xml') ?? this.entries[0];
  }
  /** The input's entries in their order (changed ones substituted), then the new ones. */
  result(): ZipEntry[] {
    const kept = this.entries.filter((e) => !this.removed.has(e.name)).map((e) => this.changed.get(e.name) ?? e);
    const added = [...this.changed.values()].filter((e) => !this.byName.has(e.name) && !this.removed.has(e.name));
    return [...kept, ...added];
  }
}

/** Splices `request`'s sheets into the .xlsx `input`; see the file comment. */
export function spliceWorkbook(input: Uint8Array, request: SpliceRequest): SpliceResult {
  const pkg = new Package(readZip(input));
  const book = new Book(pkg);
  for (const c of request.cells ?? []) book.putCells(c);
  for (const layout of request.added ?? []) book.addLayout(layout);
  const sheetName = request.report ? book.putReport(request.report) : null;
  if (request.written) book.putWritten(request.written);
  book.save();
  return { bytes: writeZip(pkg.result()), sheetName };
}

/** The workbook part and its rels, styles and content types, edited in memory. */
class Book {
  private readonly path: string;
  private readonly relsPath: string;
  private xml: string;
  private rels: string;
  private types: string;
  private styles: { path: string; xml: string } | null = null;
  constructor(private readonly pkg: Package) {
    const root = parts.readRels(pkg.text('_rels/.rels') ?? '');
    const office = root.find((r) => r.type.endsWith('/officeDocument'));
    this.path = office ? parts.resolveTarget('', office.target) : 'xl/workbook.xml';
    this.relsPath = this.path.replace(/([^/]+)$/, '_rels/$1.rels');
    this.xml = required(pkg.text(this.path), this.path);
    this.rels = required(pkg.text(this.relsPath), this.relsPath);
    this.types = required(pkg.text('[Content_Types].xml'), '[Content_Types].xml');
  }

  private get info(): WorkbookInfo {
    return readWorkbook(this.xml);
  }

  private get ns(): SheetNamespaces {
    const info = this.info;
    return { main: info.mainNs, rel: info.relNs };
  }

  addLayout(layout: SheetLayout): void {
    const part = this.newSheetPart();
    this.pkg.put(part, sheetXml(layout, this.addStyles(layout), this.ns));
    this.register(part, layout.name);
  }

  /** Writes `c`'s cells into the part of the file's sheet of that name. */
  putCells(c: SheetCells): void {
    const sheet = this.info.sheets.find((s) => s.name === c.sheet);
    if (!sheet) throw new Error(`the workbook has no sheet ${c.sheet}`);
    const rel = parts.readRels(this.rels).find((r) => r.id === sheet.rid);
    const part = parts.resolveTarget(this.path, required(rel?.target ?? null, `${this.path} ${sheet.rid}`));
    const { xml, formulasReplaced } = withCellTexts(required(this.pkg.text(part), part), c.cells);
    this.pkg.put(part, xml);
    // A formula cell that now holds text must leave calcChain.xml, or Excel "repairs" the file.
    if (formulasReplaced.length > 0) this.dropCalcChain((id, ref) => id === sheet.sheetId && formulasReplaced.includes(ref));
  }

  /** Writes the report over the marked sheet's part or as a new sheet; returns its name. */
  putReport(report: ReportSheet): string {
    const info = this.info;
    const marked = markedSheet(info);
    const name = chooseReportName(info.sheets.map((s) => s.name), marked?.name ?? null, report.name);
    const xf = this.addStyles(report);
    if (marked) {
      const rel = parts.readRels(this.rels).find((r) => r.id === marked.rid);
      const part = parts.resolveTarget(this.path, required(rel?.target ?? null, `${this.path} ${marked.rid}`));
      this.pkg.put(part, sheetXml({ ...report, name }, xf, this.ns));
      this.xml = renameSheet(this.xml, marked, name);
      this.editApp((xml) => parts.addAppTitle(xml, name, marked.name));
      this.dropCalcChain((id) => id === marked.sheetId);
    } else {
      const part = this.newSheetPart();
      this.pkg.put(part, sheetXml({ ...report, name }, xf, this.ns));
      this.register(part, name);
    }
    const index = this.info.sheets.findIndex((s) => s.name === name);
    const pn = printNames(report, name);
    // LibreOffice refuses a workbook whose sheet-scoped names sit beside sheet names Excel forbids
    // (`* ? : / \`, written by other tools): there the report goes without its print area.
    const printable = !this.info.sheets.some((s) => /[*?:/\\]/.test(s.name));
    this.xml = setOwnNames(this.xml, index, [
      { name: REPORT_MARK_NAME, localSheetId: null, value: `${quoteSheet(name)}!$A$1` },
      ...(printable ? [{ name: '_xlnm.Print_Area', localSheetId: index, value: pn.area }] : []),
      ...(printable && pn.titles ? [{ name: '_xlnm.Print_Titles', localSheetId: index, value: pn.titles }] : []),
    ]);
    return name;
  }

  /**
   * The fingerprints into our custom XML item (the one the package has, or a new one with its props
   * and rels), and into the add-in's settings where they hold an older copy.
   */
  putWritten(state: WrittenState): void {
    const names = this.pkg.entries.map((e) => e.name);
    for (const part of written.webExtensionParts(names)) {
      const next = written.withWrittenProperty(this.pkg.text(part) ?? '', state);
      if (next !== null) this.pkg.put(part, next);
    }
    const item = written.ourItemName(names, (n) => this.pkg.text(n));
    if (item) return this.pkg.put(item, written.writtenItemXml(state));
    let k = 1;
    while (this.pkg.has(`customXml/item${k}.xml`) || this.pkg.has(`customXml/itemProps${k}.xml`)) k++;
    this.pkg.put(`customXml/item${k}.xml`, written.writtenItemXml(state));
    this.pkg.put(`customXml/itemProps${k}.xml`, written.writtenPropsXml());
    this.pkg.put(`customXml/_rels/item${k}.xml.rels`, written.writtenItemRels(`itemProps${k}.xml`));
    const rels = parts.readRels(this.rels);
    const type = parts.relType(rels, 'worksheet').replace(/worksheet$/, 'customXml');
    const up = '../'.repeat(this.path.split('/').length - 1);
    this.rels = parts.addRel(this.rels, { id: parts.freeRelId(rels), type, target: `${up}customXml/item${k}.xml` });
    this.types = parts.addOverride(this.types, `customXml/itemProps${k}.xml`, written.CUSTOM_XML_PROPS_TYPE);
    this.types = parts.addDefault(this.types, 'xml', 'application/xml');
  }

  save(): void {
    this.pkg.put(this.path, this.xml);
    this.pkg.put(this.relsPath, this.rels);
    this.pkg.put('[Content_Types].xml', this.types);
    if (this.styles) this.pkg.put(this.styles.path, this.styles.xml);
  }

  private addStyles(layout: SheetLayout): Map<string, number> {
    const s = this.stylesPart();
    const added = addStyles(s.xml, layout.styles);
    s.xml = added.xml;
    return added.xf;
  }

  private stylesPart(): { path: string; xml: string } {
    if (this.styles) return this.styles;
    const rels = parts.readRels(this.rels);
    const rel = rels.find((r) => r.type.endsWith('/styles'));
    if (rel) {
      const path = parts.resolveTarget(this.path, rel.target);
      this.styles = { path, xml: required(this.pkg.text(path), path) };
    } else {
      const path = this.path.replace(/[^/]+$/, 'styles.xml');
      this.rels = parts.addRel(this.rels, { id: parts.freeRelId(rels), type: parts.relType(rels, 'styles'), target: 'styles.xml' });
      this.types = parts.addOverride(this.types, path, parts.STYLES_TYPE);
      this.styles = { path, xml: emptyStyles(this.info.mainNs) };
    }
    return this.styles;
  }

  /** A worksheet part name no entry has, next to the workbook part. */
  private newSheetPart(): string {
    const dir = this.path.replace(/[^/]+$/, '');
    for (let k = 1; ; k++) {
      const name = `${dir}worksheets/sheet${k}.xml`;
      if (!this.pkg.has(name) && !this.pkg.has(name.replace(/\.xml$/, '.bin'))) return name;
    }
  }

  /** A new sheet: its relationship, its `<sheet>` at the end, its content type, its title. */
  private register(part: string, name: string): void {
    const rels = parts.readRels(this.rels);
    const id = parts.freeRelId(rels);
    const target = part.slice(this.path.replace(/[^/]+$/, '').length);
    this.rels = parts.addRel(this.rels, { id, type: parts.relType(rels, 'worksheet'), target });
    const sheetId = Math.max(0, ...this.info.sheets.map((s) => s.sheetId)) + 1;
    this.xml = addSheet(this.xml, name, sheetId, id);
    this.types = parts.addOverride(this.types, part, parts.WORKSHEET_TYPE);
    this.editApp((xml) => parts.addAppTitle(xml, name, null));
  }

  private editApp(edit: (xml: string) => string): void {
    const app = this.pkg.text('docProps/app.xml');
    if (app === null) return;
    const next = edit(app);
    if (next !== app) this.pkg.put('docProps/app.xml', next);
  }

  /** Cells out of calcChain.xml (the part, its rel and type when none is left): the replaced report's, or formulas a note replaced. */
  private dropCalcChain(drop: (sheetId: number, ref: string) => boolean): void {
    const rel = parts.readRels(this.rels).find((r) => r.type.endsWith('/calcChain'));
    if (!rel) return;
    const path = parts.resolveTarget(this.path, rel.target);
    const xml = this.pkg.text(path);
    if (xml === null) return;
    const next = parts.dropFromCalcChain(xml, drop);
    if (next === xml) return;
    if (next !== null) return this.pkg.put(path, next);
    this.pkg.remove(path);
    this.rels = parts.removeElement(this.rels, 'Relationship', 'Id', rel.id);
    this.types = parts.removeElement(this.types, 'Override', 'PartName', `/${path}`);
  }
}

function required(text: string | null, what: string): string {
  if (text === null) throw new Error(`the package has no ${what}`);
  return text;
}
