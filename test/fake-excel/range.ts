/**
 * Range and RangeAreas of the fake (one class: a range is one rectangle, getRanges gives
 * several): values, formulas, numberFormat, valueTypes, format, merge, merged areas, select.
 * Writes interpret input like Excel does: '=…' is a formula, a leading apostrophe makes text,
 * numeric text becomes a number unless the cell's format is '@'.
 */
import { FakeRect, fakeError, overlaps, parseRect, qualified, splitSheet } from './address';
import { FakeClientObject, FakeContext } from './client';
import { FakeCell, FakeFormat, FakeSheet, cellKey } from './store';
// Circular on purpose: used lazily (range.worksheet), never at module load.
import { FakeWorksheet } from './worksheet';

export interface RangeTarget {
  sheet: FakeSheet;
  rects: FakeRect[];
}

/** getMergedAreasOrNullObject fails above this many merged areas in its range. */
export const MAX_MERGED_AREAS = 512;

const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)$/;

function cells(t: RangeTarget): number {
  return t.rects.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
}

function single(t: RangeTarget): FakeRect {
  if (t.rects.length !== 1) throw fakeError('InvalidOperation', 'a multi-area range has no single grid');
  return t.rects[0];
}

function grid<V>(t: RangeTarget, read: (cell: FakeCell | undefined) => V): V[][] {
  const r = single(t);
  if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 5_000_000)
    throw fakeError('ResponsePayloadSizeLimitExceeded', 'range too large');
  const out: V[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: V[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(read(t.sheet.cells.get(cellKey(row, col))));
    out.push(line);
  }
  return out;
}

/** What Excel stores when the API writes `input` into a cell. */
export function enter(cell: FakeCell, input: unknown): void {
  if (typeof input === 'number' || typeof input === 'boolean') {
    Object.assign(cell, { value: input, formula: undefined, error: undefined });
  } else if (typeof input === 'string') {
    if (input === '') Object.assign(cell, { value: null, formula: undefined, error: undefined });
    else if (input.startsWith("'"))
      Object.assign(cell, { value: input.slice(1), formula: undefined, error: undefined, quotePrefix: true });
    else if (cell.numberFormat === '@') Object.assign(cell, { value: input, formula: undefined, error: undefined });
    else if (/^[=+@]/.test(input) || /^-[^\d.]/.test(input))
      Object.assign(cell, { value: null, formula: input.replace(/^[=@]/, ''), error: undefined });
    else if (/^-?\d+(\.\d+)?$/.test(input.trim()))
      Object.assign(cell, { value: Number(input), formula: undefined, error: undefined });
    else Object.assign(cell, { value: input, formula: undefined, error: ERROR_TEXT.test(input) || undefined });
  } else {
    throw fakeError('InvalidArgument', `cannot write ${JSON.stringify(input)}`);
  }
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  constructor(context: FakeContext, resolve: () => RangeTarget | null, nullable = false) {
    super(context, resolve, nullable);
  }

  protected scalarProps(): string[] {
    return [
      'address',
      'values',
      'formulas',
      'numberFormat',
      'rowIndex',
      'columnIndex',
      'rowCount',
      'columnCount',
      'cellCount',
      'valueTypes',
    ];
  }

  protected readProp(name: string, t: RangeTarget): unknown {
    const r = t.rects[0];
    switch (name) {
      case 'address':
        return t.rects.map((x) => qualified(t.sheet.name, x)).join(',');
      case 'values':
        return grid(t, (c) => c?.value ?? '');
      case 'formulas':
        return grid(t, (c) => (c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? '')));
      case 'numberFormat':
        return grid(t, (c) => c?.numberFormat ?? 'General');
      case 'valueTypes':
        return grid(t, (c) => valueType(c));
      case 'rowIndex':
        return single(t).top;
      case 'columnIndex':
        return single(t).left;
      case 'rowCount':
        return r.bottom - r.top + 1;
      case 'columnCount':
        return r.right - r.left + 1;
      case 'cellCount':
        return cells(t);
      case 'areaCount':
        return t.rects.length;
      default:
        throw fakeError('InvalidArgument', `the fake has no Range.${name}`);
    }
  }

  override load(props?: string | string[] | { select?: string | string[] }): this {
    super.load(props);
    this.context.enqueue(() => {
      if (this.target)
        this.context.book.loads.push({ sheet: this.target.sheet.name, props: JSON.stringify(props ?? '') });
    });
    return this;
  }

  get address(): string {
    return this.prop('address');
  }
  get values(): any[][] {
    return this.prop('values');
  }
  set values(v: any[][]) {
    this.writeGrid('values', v);
  }
  get formulas(): any[][] {
    return this.prop('formulas');
  }
  set formulas(v: any[][]) {
    this.writeGrid('formulas', v);
  }
  get numberFormat(): any[][] {
    return this.prop('numberFormat');
  }
  set numberFormat(v: any[][]) {
    this.writeGrid('numberFormat', v);
  }
  get valueTypes(): string[][] {
    return this.prop('valueTypes');
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }
  get cellCount(): number {
    return this.prop('cellCount');
  }
  get areaCount(): number {
    return this.prop('areaCount');
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this);
  }

  get worksheet(): any {
    return new FakeWorksheet(this.context, () => this.target?.sheet ?? null);
  }

  /** Applies `fn` to each cell of the target at sync, logging one write. */
  applyCells(what: string, payload: unknown, fn: (cell: FakeCell, row: number, col: number) => void): void {
    this.queueWrite(payload, (t) => {
      if (cells(t) > 2_000_000) throw fakeError('InvalidOperation', `${what} on ${cells(t)} cells`);
      this.context.logWrite({
        sheetId: t.sheet.id,
        sheet: t.sheet.name,
        what,
        address: t.rects.map((x) => qualified(t.sheet.name, x)).join(','),
      });
      for (const r of t.rects) {
        for (let row = r.top; row <= r.bottom; row++) {
          for (let col = r.left; col <= r.right; col++) {
            const key = cellKey(row, col);
            const cell = t.sheet.cells.get(key) ?? { value: null };
            fn(cell, row, col);
            t.sheet.cells.set(key, cell);
          }
        }
      }
    });
  }

  private writeGrid(what: 'values' | 'formulas' | 'numberFormat', v: any): void {
    this.queueWrite(null, (t) => {
      const r = single(t);
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      if (
        Array.isArray(v) &&
        (v.length !== rows || v.some((line: unknown[]) => !Array.isArray(line) || line.length !== cols))
      ) {
        throw fakeError('InvalidArgument', `${what}: ${v.length}x${v[0]?.length} array for a ${rows}x${cols} range`);
      }
    });
    this.applyCells(what, { [what]: v }, (cell, row, col) => {
      const r = this.target!.rects[0];
      const input = Array.isArray(v) ? v[row - r.top][col - r.left] : v;
      if (input === null || input === undefined) return; // null leaves a cell unchanged, as in Office.js
      if (what === 'numberFormat') cell.numberFormat = String(input);
      else enter(cell, input);
    });
    this.queueWrite(null, (t) =>
      this.context.book.raiseChanged(
        t.sheet,
        t.rects.map((x) => qualified(t.sheet.name, x)).join(','),
        this.context.client.id,
      ),
    );
  }

  merge(across = false): void {
    if (across) throw fakeError('InvalidArgument', 'the fake merges whole blocks only');
    this.queueWrite({ merge: true }, (t) => {
      const r = single(t);
      if (t.sheet.merges.some((m) => overlaps(m, r)))
        throw fakeError('InvalidOperation', 'merge overlaps a merged area');
      this.context.logWrite({
        sheetId: t.sheet.id,
        sheet: t.sheet.name,
        what: 'merge',
        address: qualified(t.sheet.name, r),
      });
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) {
          const cell = t.sheet.cells.get(cellKey(row, col));
          if (cell && (row !== r.top || col !== r.left)) Object.assign(cell, { value: null, formula: undefined });
        }
      t.sheet.merges.push({ ...r });
    });
  }

  /** Splits every merged area that overlaps this range (as Excel does, whole areas). */
  unmerge(): void {
    this.queueWrite({ unmerge: true }, (t) => {
      const before = t.sheet.merges.length;
      t.sheet.merges = t.sheet.merges.filter((m) => !t.rects.some((r) => overlaps(m, r)));
      if (t.sheet.merges.length !== before)
        this.context.logWrite({ sheetId: t.sheet.id, sheet: t.sheet.name, what: 'unmerge', address: this.where(t) });
    });
  }

  /** range.clear('Formats' | 'Contents' | 'All'). */
  clear(applyTo = 'All'): void {
    this.applyCells(`clear.${applyTo}`, { clear: applyTo }, (cell) => {
      if (applyTo !== 'Contents') Object.assign(cell, { format: undefined, numberFormat: undefined });
      if (applyTo !== 'Formats') Object.assign(cell, { value: null, formula: undefined, error: undefined });
    });
  }

  /** The part of this range inside `other` (an address on the same sheet), or a null object. */
  getIntersectionOrNullObject(other: string): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        if (!this.target) return null; // on a null object (an empty sheet's used range): null too
        const r = single(this.target);
        const o = parseRect(splitSheet(other).local);
        const x = {
          top: Math.max(r.top, o.top),
          left: Math.max(r.left, o.left),
          bottom: Math.min(r.bottom, o.bottom),
          right: Math.min(r.right, o.right),
        };
        return x.top <= x.bottom && x.left <= x.right ? { sheet: this.target!.sheet, rects: [x] } : null;
      },
      true,
    );
  }

  private where(t: RangeTarget): string {
    return t.rects.map((x) => qualified(t.sheet.name, x)).join(',');
  }

  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.context, () => {
      const r = single(this.target!);
      return {
        sheet: this.target!.sheet,
        rects: [{ top: r.top + row, left: r.left + col, bottom: r.top + row, right: r.left + col }],
      };
    });
  }

  /**
   * The merged areas overlapping this range, or a null object when there are none (ExcelApi 1.13).
   * Like Excel, it fails when the range holds more than 512 merged areas.
   */
  getMergedAreasOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this.target;
        if (!t) return null;
        this.context.book.loads.push({ sheet: t.sheet.name, props: 'mergedAreas' });
        const found = t.sheet.merges.filter((m) => t.rects.some((r) => overlaps(m, r)));
        if (found.length > MAX_MERGED_AREAS)
          throw fakeError('GeneralException', `${found.length} merged areas: more than ${MAX_MERGED_AREAS}`);
        return found.length ? { sheet: t.sheet, rects: found } : null;
      },
      true,
    );
  }

  select(): void {
    this.queueWrite({ select: true }, (t) => {
      this.context.book.selection = {
        sheet: t.sheet.name,
        address: t.rects.map((x) => qualified(t.sheet.name, x)).join(','),
      };
      this.context.book.activeSheetId = t.sheet.id;
    });
  }
}

function valueType(c: FakeCell | undefined): string {
  if (!c || c.value === null || c.value === '') return c?.formula ? 'Double' : 'Empty';
  if (c.error) return 'Error';
  if (typeof c.value === 'number') return 'Double';
  if (typeof c.value === 'boolean') return 'Boolean';
  return 'String';
}

/** range.format (+ font, fill, borders): every setter writes every cell of every area. */
export class FakeRangeFormat {
  constructor(private readonly range: FakeRange) {}

  private setFormat(what: string, value: unknown, patch: (f: FakeFormat) => void): void {
    this.range.applyCells(`format.${what}`, { [what]: value }, (cell) => {
      cell.format = cell.format ?? {};
      patch(cell.format);
    });
  }

  set horizontalAlignment(v: string) {
    this.setFormat('horizontalAlignment', v, (f) => (f.horizontalAlignment = v));
  }
  set verticalAlignment(v: string) {
    this.setFormat('verticalAlignment', v, (f) => (f.verticalAlignment = v));
  }
  set wrapText(v: boolean) {
    this.setFormat('wrapText', v, (f) => (f.wrapText = v));
  }
  set indentLevel(v: number) {
    this.setFormat('indentLevel', v, (f) => (f.indentLevel = v));
  }

  set rowHeight(v: number) {
    (this.range as any).queueWrite({ rowHeight: v }, (t: RangeTarget) => {
      this.range.context.logWrite({ sheetId: t.sheet.id, sheet: t.sheet.name, what: 'format.rowHeight' });
      for (const r of t.rects) for (let row = r.top; row <= r.bottom; row++) t.sheet.rowHeights.set(row, v);
    });
  }

  /** useStandardHeight = true: the rows go back to Excel's standard height. */
  set useStandardHeight(v: boolean) {
    (this.range as any).queueWrite({ useStandardHeight: v }, (t: RangeTarget) => {
      this.range.context.logWrite({ sheetId: t.sheet.id, sheet: t.sheet.name, what: 'format.useStandardHeight' });
      for (const r of t.rects) for (let row = r.top; row <= r.bottom; row++) if (v) t.sheet.rowHeights.delete(row);
    });
  }

  set columnWidth(v: number) {
    (this.range as any).queueWrite({ columnWidth: v }, (t: RangeTarget) => {
      this.range.context.logWrite({ sheetId: t.sheet.id, sheet: t.sheet.name, what: 'format.columnWidth' });
      for (const r of t.rects) for (let col = r.left; col <= r.right; col++) t.sheet.columnWidths.set(col, v);
    });
  }

  get font(): { name: string; size: number; bold: boolean; italic: boolean; color: string } {
    const set = (what: string, patch: (f: FakeFormat, v: any) => void) => ({
      set: (v: unknown) => this.setFormat(`font.${what}`, v, (f) => patch(f, v)),
    });
    // Sealed: a property the fake does not model fails loudly instead of being dropped.
    const font = {};
    Object.defineProperties(font, {
      name: set('name', (f, v) => (f.fontName = v)),
      size: set('size', (f, v) => (f.fontSize = v)),
      bold: set('bold', (f, v) => (f.bold = v)),
      italic: set('italic', (f, v) => (f.italic = v)),
      color: set('color', (f, v) => (f.fontColor = v)),
    });
    return Object.seal(font) as any;
  }

  get fill(): { color: string } {
    const fill = {};
    Object.defineProperty(fill, 'color', { set: (v: string) => this.setFormat('fill.color', v, (f) => (f.fill = v)) });
    return fill as any;
  }

  get borders(): { getItem: (index: string) => { style: string; weight: string; color: string } } {
    return {
      getItem: (index: string) => {
        const border = {};
        const patch = (key: 'style' | 'weight') => (v: string) =>
          this.setFormat(`borders.${index}.${key}`, v, (f) => {
            f.borders = f.borders ?? {};
            f.borders[index] = { ...(f.borders[index] ?? { style: 'None' }), [key]: v };
          });
        Object.defineProperties(border, {
          style: { set: patch('style') },
          weight: { set: patch('weight') },
          color: { set: () => undefined },
        });
        return border as any;
      },
    };
  }
}
