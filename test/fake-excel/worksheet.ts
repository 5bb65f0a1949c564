/** Worksheet, the worksheets collection and defined names of the fake Excel. */
import { FakeRect, contains, fakeError, parseRect, qualified, splitSheet } from './address';
import { FakeClientObject, FakeContext, FakeEventSource, loadList } from './client';
import { FakeRange } from './range';
import { FakePageBreakCollection } from './pageBreaks';
import { FakeName, FakeSheet, cellKey, validSheetName } from './store';

function usedRect(sheet: FakeSheet, valuesOnly: boolean): FakeRect | null {
  let rect: FakeRect | null = null;
  const grow = (row: number, col: number) => {
    rect = rect
      ? {
          top: Math.min(rect.top, row),
          left: Math.min(rect.left, col),
          bottom: Math.max(rect.bottom, row),
          right: Math.max(rect.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  };
  for (const [key, cell] of sheet.cells) {
    const hasValue = (cell.value !== null && cell.value !== '') || cell.formula !== undefined;
    if (!hasValue && (valuesOnly || (!cell.format && !cell.numberFormat))) continue;
    const [row, col] = key.split(',').map(Number);
    grow(row, col);
  }
  if (!valuesOnly) {
    for (const m of sheet.merges) {
      grow(m.top, m.left);
      grow(m.bottom, m.right);
    }
  }
  return rect;
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  constructor(context: FakeContext, resolve: (() => FakeSheet | null) | { bound: FakeSheet }, nullable = false) {
    super(context, resolve, nullable);
  }

  protected scalarProps(): string[] {
    return ['name', 'id', 'position', 'visibility', 'tabColor', 'showGridlines'];
  }

  protected readProp(name: string, s: FakeSheet): unknown {
    switch (name) {
      case 'name':
      case 'id':
      case 'visibility':
      case 'tabColor':
      case 'showGridlines':
        return s[name];
      case 'position':
        return this.context.book.sheets.indexOf(s);
      default:
        throw fakeError('InvalidArgument', `the fake has no Worksheet.${name}`);
    }
  }

  get name(): string {
    return this.prop('name');
  }
  set name(v: string) {
    this.queueWrite({ name: v }, (s) => {
      const clash = this.context.book.findSheet(v);
      if (clash && clash !== s) throw fakeError('ItemAlreadyExists', `sheet ${v} exists`);
      if (!validSheetName(v)) throw fakeError('InvalidArgument', `bad sheet name ${v}`);
      this.context.logWrite({ sheetId: s.id, sheet: s.name, what: `rename→${v}` });
      if (s.name !== v) this.context.book.undoClears.push(`rename ${s.name}→${v}`);
      s.name = v;
    });
  }
  get id(): string {
    return this.prop('id');
  }
  get position(): number {
    return this.prop('position');
  }
  set position(v: number) {
    this.queueWrite({ position: v }, (s) => {
      const list = this.context.book.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.min(v, list.length), 0, s);
      this.context.logWrite({ sheetId: s.id, sheet: s.name, what: 'position' });
      this.context.book.undoClears.push(`position ${s.name}`);
    });
  }
  get visibility(): string {
    return this.prop('visibility');
  }
  get tabColor(): string {
    return this.prop('tabColor');
  }
  set tabColor(v: string) {
    this.setSheet('tabColor', v, (s) => (s.tabColor = v));
  }
  get showGridlines(): boolean {
    return this.prop('showGridlines');
  }
  set showGridlines(v: boolean) {
    this.setSheet('showGridlines', v, (s) => (s.showGridlines = v));
  }

  private setSheet(what: string, v: unknown, apply: (s: FakeSheet) => void): void {
    this.queueWrite({ [what]: v }, (s) => {
      this.context.logWrite({ sheetId: s.id, sheet: s.name, what });
      apply(s);
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const s = this.target!;
      if (address === undefined) return { sheet: s, rects: [{ top: 0, left: 0, bottom: 1048575, right: 16383 }] };
      return { sheet: s, rects: [parseRect(splitSheet(address).local)] };
    });
  }

  /** RangeAreas from 'A1:B2, C3:D4' (ExcelApi 1.9). */
  getRanges(address: string): FakeRange {
    return new FakeRange(this.context, () => ({
      sheet: this.target!,
      rects: address.split(',').map((a) => parseRect(a.trim())),
    }));
  }

  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.context, () => ({
      sheet: this.target!,
      rects: [{ top: row, left: col, bottom: row, right: col }],
    }));
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => ({
      sheet: this.target!,
      rects: [usedRect(this.target!, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 }],
    }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        if (!this.target) return null; // on a null worksheet (getItemOrNullObject of a missing sheet): null too
        const r = usedRect(this.target, valuesOnly);
        return r ? { sheet: this.target, rects: [r] } : null;
      },
      true,
    );
  }

  delete(): void {
    this.queueWrite({ delete: true }, (s) => {
      const book = this.context.book;
      this.context.logWrite({ sheetId: s.id, sheet: s.name, what: 'delete' });
      book.undoClears.push(`delete ${s.name}`);
      book.sheets = book.sheets.filter((x) => x !== s);
      book.changeHandlers.delete(s.id);
    });
  }

  activate(): void {
    this.queueWrite({ activate: true }, (s) => (this.context.book.activeSheetId = s.id));
  }

  get freezePanes(): { freezeRows: (n: number) => void; unfreeze: () => void } {
    return {
      freezeRows: (n: number) => this.setSheet('freezeRows', n, (s) => (s.frozenRows = n)),
      unfreeze: () => this.setSheet('unfreeze', 0, (s) => (s.frozenRows = 0)),
    };
  }

  /** horizontalPageBreaks (ExcelApi 1.9): this sheet's manual row breaks. */
  get horizontalPageBreaks(): FakePageBreakCollection {
    return new FakePageBreakCollection(this.context, () => {
      if (!this.target) throw fakeError('InvalidOperation', 'page breaks of a null worksheet');
      return this.target;
    });
  }

  /** pageLayout (ExcelApi 1.9): the subset the report uses. */
  get pageLayout(): any {
    const page: any = {
      setPrintArea: (a: string) => this.setSheet('printArea', a, (s) => (s.pageLayout.printArea = a)),
      setPrintTitleRows: (a: string) => this.setSheet('printTitleRows', a, (s) => (s.pageLayout.printTitleRows = a)),
      headersFooters: {
        defaultForAllPages: {
          set centerFooter(v: string) {
            setFooter(v);
          },
        },
      },
    };
    const setFooter = (v: string) => this.setSheet('centerFooter', v, (s) => (s.pageLayout.centerFooter = v));
    const simple = ['orientation', 'paperSize', 'zoom'];
    for (const key of simple) {
      Object.defineProperty(page, key, {
        set: (v: any) => this.setSheet(key, v, (s) => ((s.pageLayout as any)[key] = v)),
      });
    }
    for (const key of ['leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin']) {
      Object.defineProperty(page, key, {
        set: (v: number) => this.setSheet(key, v, (s) => (s.pageLayout.margins[key] = v)),
      });
    }
    return page;
  }

  get onChanged(): FakeEventSource {
    return new FakeEventSource(this.context, () => this.target!.id);
  }
}

export class FakeWorksheetCollection extends FakeClientObject<'worksheets'> {
  private itemList: FakeWorksheet[] | null = null;

  constructor(context: FakeContext) {
    super(context, () => 'worksheets');
  }

  protected scalarProps(): string[] {
    return ['items/name', 'items/id', 'items/position', 'items/visibility'];
  }

  protected readProp(): unknown {
    return null;
  }

  override load(props?: string | string[] | { select?: string | string[] }): this {
    const list: string[] = (loadList(props) ?? this.scalarProps())
      .map((p: string) => p.replace(/^items\//, ''))
      .filter((p: string) => p !== 'items');
    this.context.enqueue(() => {
      this.itemList = this.context.book.sheets.map((s) => {
        const ws = new FakeWorksheet(this.context, { bound: s });
        for (const p of list.length ? list : ['name', 'id', 'position', 'visibility'])
          (ws as any).loaded.set(p, (ws as any).readProp(p, s));
        return ws;
      });
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.itemList) throw fakeError('PropertyNotLoaded', 'worksheets.items was not loaded');
    return this.itemList;
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.context.enqueue(
      () => {
        const book = this.context.book;
        created = book.addSheet(name ?? `Sheet${book.sheets.length + 1}`);
        this.context.logWrite({ sheetId: created.id, sheet: created.name, what: 'add' });
      },
      { add: name },
    );
    return new FakeWorksheet(this.context, () => created);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.book.findSheet(name) ?? null);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.book.findSheet(name) ?? null, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const book = this.context.book;
      return book.sheets.find((s) => s.id === book.activeSheetId) ?? book.sheets[0] ?? null;
    });
  }

  get onChanged(): FakeEventSource {
    return new FakeEventSource(this.context, () => '*');
  }
}

export class FakeNamedItem extends FakeClientObject<FakeName> {
  constructor(context: FakeContext, resolve: () => FakeName | null, nullable: boolean) {
    super(context, resolve, nullable);
  }

  protected scalarProps(): string[] {
    return ['name', 'type', 'formula', 'comment'];
  }

  protected readProp(name: string, n: FakeName): unknown {
    const target = this.context.book.nameTarget(n);
    switch (name) {
      case 'name':
        return n.name;
      case 'comment':
        return n.comment;
      case 'type':
        return target ? 'Range' : 'Error';
      case 'formula':
      case 'value':
        return target ? `=${qualified(target.sheet.name, target.rect).replace(/([A-Z]+)(\d+)/, '$$$1$$$2')}` : '=#REF!';
      default:
        throw fakeError('InvalidArgument', `the fake has no NamedItem.${name}`);
    }
  }

  get name(): string {
    return this.prop('name');
  }
  get type(): string {
    return this.prop('type');
  }
  get formula(): string {
    return this.prop('formula');
  }

  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this.target && this.context.book.nameTarget(this.target);
        return t ? { sheet: t.sheet, rects: [t.rect] } : null;
      },
      true,
    );
  }

  delete(): void {
    this.queueWrite({ deleteName: true }, (n) => {
      this.context.logWrite({ sheetId: null, sheet: null, what: `name.delete ${n.name}` });
      this.context.book.names.delete(n.name.toLowerCase());
    });
  }
}

export class FakeNameCollection {
  constructor(private readonly context: FakeContext) {}

  /** names.add(name, reference: Range | "='S'!$A$1", comment). */
  add(name: string, reference: FakeRange | string, comment = ''): FakeNamedItem {
    let created: FakeName | null = null;
    this.context.enqueue(
      () => {
        const book = this.context.book;
        if (book.names.has(name.toLowerCase())) throw fakeError('ItemAlreadyExists', `name ${name} exists`);
        let sheet: FakeSheet;
        let address: string;
        if (typeof reference === 'string') {
          const { sheet: sheetName, local } = splitSheet(reference.replace(/^=/, ''));
          sheet = book.sheet(sheetName ?? '');
          address = local;
        } else {
          const t = (reference as any).target;
          if (!t) throw fakeError('InvalidArgument', 'names.add: unbound range');
          sheet = t.sheet;
          address = qualified(sheet.name, t.rects[0]);
        }
        parseRect(splitSheet(address).local);
        created = { name, sheetId: sheet.id, address, comment };
        book.names.set(name.toLowerCase(), created);
        this.context.logWrite({ sheetId: sheet.id, sheet: sheet.name, what: `name.add ${name}` });
      },
      { name, comment },
    );
    return new FakeNamedItem(this.context, () => created, false);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.context.book.names.get(name.toLowerCase()) ?? null, true);
  }
}

export { contains, cellKey };
