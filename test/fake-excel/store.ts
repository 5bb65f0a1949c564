/**
 * The fake workbook's state: sheets of cells, names, selection, settings, events and a log
 * of every write the add-in made (with its sheet) — what the tests assert on.
 */
import type { FakeCustomXmlPart } from './customXml';
import { FakeRect, contains, fakeError, parseRect, splitSheet } from './address';

export type FakeValue = number | string | boolean;

export interface FakeFormat {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  borders?: Record<string, { style: string; weight?: string }>;
}

export interface FakeCell {
  /** A constant, a formula's cached result, or an error text (#REF!) with `error` set. */
  value: FakeValue | null;
  formula?: string;
  error?: boolean;
  numberFormat?: string;
  format?: FakeFormat;
}

export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  margins: Record<string, number>;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea?: string;
  printTitleRows?: string;
  centerFooter?: string;
  /** Manual row breaks: the 0-based rows that start a page. */
  rowBreaks?: number[];
}

export interface FakeSheet {
  readonly id: string;
  name: string;
  cells: Map<string, FakeCell>;
  merges: FakeRect[];
  rowHeights: Map<number, number>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  showGridlines: boolean;
  tabColor: string;
  visibility: 'Visible' | 'Hidden';
  pageLayout: FakePageLayout;
}

export interface FakeName {
  name: string;
  /** The reference formula, e.g. ='绩效自评报告'!$A$1 (sheet ids keep it valid across renames). */
  sheetId: string | null;
  address: string;
  comment: string;
}

/** One write the add-in made: which sheet (by name at the time and id) and what. */
export interface WriteRecord {
  sheetId: string | null;
  sheet: string | null;
  what: string;
  address?: string;
}

export interface ChangeEvent {
  worksheetId: string;
  address: string;
  changeType: string;
  source: 'Local' | 'Remote';
  type: 'WorksheetChanged';
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

let nextId = 1;

export function newSheet(name: string): FakeSheet {
  return {
    id: `{sheet-${nextId++}}`,
    name,
    cells: new Map(),
    merges: [],
    rowHeights: new Map(),
    columnWidths: new Map(),
    frozenRows: 0,
    showGridlines: true,
    tabColor: '',
    visibility: 'Visible',
    pageLayout: { margins: {} },
  };
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names = new Map<string, FakeName>();
  selection: { sheet: string; address: string } | null = null;
  activeSheetId: string | null = null;
  enableEvents = true;
  settings = new Map<string, unknown>();
  /** The package's custom XML parts (workbook.customXmlParts). */
  customXmlParts: FakeCustomXmlPart[] = [];
  /**
   * A host that rejects a method called on a null object (ItemNotFound) instead of answering
   * null — not verified either way in real Excel, so the add-in must work with both.
   */
  nullObjectMethodsThrow = false;
  /** Every write the add-in queued and Excel applied, in order. */
  writes: WriteRecord[] = [];
  syncCount = 0;
  /** Milliseconds each sync takes (a slow workbook or a slow Excel on the web); 0: at once. */
  syncDelayMs = 0;
  /** Approximate JSON size of each sync's queued request. */
  requestBytes: number[] = [];
  suspendedCalculation = 0;
  suspendedScreenUpdating = 0;
  /** Every range property the add-in loaded, with its sheet — to prove what is (not) read. */
  loads: { sheet: string; props: string }[] = [];
  /** Approximate JSON size of each sync's response (the loaded results). */
  responseBytes: number[] = [];
  /**
   * The calls that clear Excel's Undo stack (sheet delete, rename, reposition), in order: a
   * refresh must add none, so the user can still Ctrl+Z their own edits.
   */
  undoClears: string[] = [];
  /** Excel's calculation mode ('Automatic' | 'Manual' | 'AutomaticExceptTables'). */
  calculationMode = 'Automatic';
  /** Every application.calculate(type) the add-in asked for. */
  calculations: string[] = [];
  /** True while the user types in a cell: syncs fail or wait (delayForCellEdit). */
  cellEditing = false;
  private cellEditWaiters: (() => void)[] = [];
  /** Change handlers: one list for the collection, one per sheet id; each knows its add-in instance. */
  changeHandlers = new Map<
    string,
    { handler: (e: ChangeEvent) => unknown; client: { id: number; enableEvents: boolean } }[]
  >();
  /** Requirement sets the fake claims (Office.context.requirements.isSetSupported). */
  apiVersion = '1.13';

  addSheet(name: string): FakeSheet {
    if (this.findSheet(name)) throw fakeError('ItemAlreadyExists', `sheet ${name} exists`);
    if (!validSheetName(name)) throw fakeError('InvalidArgument', `bad sheet name ${name}`);
    const sheet = newSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  findSheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw fakeError('ItemNotFound', `no sheet ${name}`);
    return s;
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Test set-up: fills cells from a 2D array at `a1` (no write is logged, no event). */
  setCells(sheetName: string, a1: string, rows: (FakeValue | null)[][]): void {
    const sheet = this.findSheet(sheetName) ?? this.addSheet(sheetName);
    const at = parseRect(a1);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        sheet.cells.set(cellKey(at.top + r, at.left + c), { value: v });
      }),
    );
  }

  cellValue(sheetName: string, a1: string): FakeValue | null {
    const r = parseRect(a1);
    return this.sheet(sheetName).cells.get(cellKey(r.top, r.left))?.value ?? null;
  }

  cell(sheetName: string, a1: string): FakeCell | undefined {
    const r = parseRect(a1);
    return this.sheet(sheetName).cells.get(cellKey(r.top, r.left));
  }

  /** The user starts typing in a cell (cell-edit mode) … */
  startCellEdit(): void {
    this.cellEditing = true;
  }

  /** … and leaves it: syncs that waited (delayForCellEdit) go on. */
  endCellEdit(): void {
    this.cellEditing = false;
    const waiters = this.cellEditWaiters;
    this.cellEditWaiters = [];
    waiters.forEach((w) => w());
  }

  cellEditDone(): Promise<void> {
    return this.cellEditing ? new Promise((resolve) => this.cellEditWaiters.push(resolve)) : Promise.resolve();
  }

  /** The user inserts a whole row above 0-based `row` (cells, merges and heights below move down) and types into it. */
  userInsertRow(sheetName: string, row: number, values: (FakeValue | null)[]): void {
    const sheet = this.sheet(sheetName);
    const cells = new Map<string, FakeCell>();
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(',').map(Number);
      cells.set(cellKey(r >= row ? r + 1 : r, c), cell);
    }
    values.forEach((v, c) => v !== null && cells.set(cellKey(row, c), { value: v }));
    sheet.cells = cells;
    sheet.merges = sheet.merges.map((m) => (m.top >= row ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m));
    sheet.rowHeights = new Map([...sheet.rowHeights].map(([r, h]) => [r >= row ? r + 1 : r, h]));
    this.raiseChanged(sheet, `${row + 1}:${row + 1}`);
  }

  /** A co-author's edit (Excel on the web): onChanged fires with source Remote for every pane. */
  remoteEdit(sheetName: string, a1: string, value: FakeValue | null): void {
    this.userEdit(sheetName, a1, value, { remote: true });
  }

  /** A user's edit in the grid: changes the cell and raises onChanged (when events are on). */
  userEdit(
    sheetName: string,
    a1: string,
    value: FakeValue | null,
    origin: {
      remote?: boolean;
      /** the add-in instance of the user who typed (Local to it, Remote to others) */ by?: number;
    } = {},
  ): void {
    const sheet = this.sheet(sheetName);
    const r = parseRect(a1);
    if (value === null) sheet.cells.delete(cellKey(r.top, r.left));
    else
      sheet.cells.set(cellKey(r.top, r.left), {
        ...sheet.cells.get(cellKey(r.top, r.left)),
        value,
        formula: undefined,
      });
    this.raiseChanged(sheet, a1, origin.remote ? 'remote' : (origin.by ?? null));
  }

  /**
   * Raises onChanged for a sheet asynchronously, as Excel does, to every pane whose events are
   * on. `by` is the add-in instance that wrote (its own panes see Local, the others Remote —
   * co-authoring on the web), 'remote' for a co-author, null for the user here (Local).
   */
  raiseChanged(sheet: FakeSheet, address: string, by: number | 'remote' | null = null): void {
    const handlers = [...(this.changeHandlers.get('*') ?? []), ...(this.changeHandlers.get(sheet.id) ?? [])];
    for (const { handler, client } of handlers) {
      if (!client.enableEvents) continue;
      const remote = by === 'remote' || (by !== null && by !== client.id);
      const event: ChangeEvent = {
        worksheetId: sheet.id,
        address,
        changeType: 'RangeEdited',
        source: remote ? 'Remote' : 'Local',
        type: 'WorksheetChanged',
      };
      setTimeout(() => void handler(event), 0);
    }
  }

  /** The names a defined name points at, resolved through sheet ids (follows renames). */
  nameTarget(name: FakeName): { sheet: FakeSheet; rect: FakeRect } | null {
    if (!name.sheetId) return null;
    const sheet = this.sheetById(name.sheetId);
    if (!sheet) return null;
    return { sheet, rect: parseRect(splitSheet(name.address).local) };
  }

  mergeAt(sheet: FakeSheet, row: number, col: number): FakeRect | undefined {
    return sheet.merges.find((m) => contains(m, row, col));
  }
}

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], not starting/ending with '. */
export function validSheetName(name: string): boolean {
  return (
    name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'")
  );
}
