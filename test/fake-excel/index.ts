/**
 * A strict in-memory fake of the Excel JavaScript API subset perf-report uses, for jest and
 * the browser test: `createFakeExcel(book).run(async (context) => …)`.
 */
import { FakeClient, FakeContext } from './client';
import { FakeApplication } from './application';
import { FakeWorkbook } from './store';
import { FakeNameCollection, FakeWorksheetCollection } from './worksheet';
import { FakeCustomXmlPartCollection } from './customXml';

export { FakeWorkbook } from './store';
export type { FakeCell, FakeSheet, WriteRecord, ChangeEvent } from './store';
export { FakeExcelError } from './address';
export type { FakeCustomXmlPart } from './customXml';

function newContext(book: FakeWorkbook, client: FakeClient, delayForCellEdit: boolean): FakeContext {
  const context = new FakeContext(book, client, delayForCellEdit);
  const application = new FakeApplication(context);
  const runtime = {};
  Object.defineProperty(runtime, 'enableEvents', {
    get: () => {
      throw new Error('PropertyNotLoaded: runtime.enableEvents (the add-in should not need to read it)');
    },
    set: (v: boolean) => context.enqueue(() => (book.enableEvents = client.enableEvents = v), { enableEvents: v }),
  });
  context.workbook = {
    worksheets: new FakeWorksheetCollection(context),
    names: new FakeNameCollection(context),
    customXmlParts: new FakeCustomXmlPartCollection(context),
    application,
  };
  context.application = application;
  context.runtime = runtime;
  return context;
}

export interface FakeExcel {
  readonly book: FakeWorkbook;
  /** This add-in instance (one task pane): its events switch and its id in change events. */
  readonly client: FakeClient;
  run<T>(fn: (context: any) => Promise<T>): Promise<T>;
  run<T>(contextOrOptions: any, fn: (context: any) => Promise<T>): Promise<T>;
}

let nextClient = 1;

/**
 * `Excel` as one add-in instance sees it, over one fake workbook; call it twice on one book
 * for two panes (two co-authors on the web): each sees the other's writes as Remote changes.
 */
export function createFakeExcel(book: FakeWorkbook = new FakeWorkbook()): FakeExcel {
  const client: FakeClient = { id: nextClient++, enableEvents: true };
  return {
    book,
    client,
    async run<T>(a: any, b?: (context: any) => Promise<T>): Promise<T> {
      const fn = typeof a === 'function' ? a : b!;
      if (a instanceof FakeContext) return fn(a);
      const options = typeof a === 'function' ? {} : (a ?? {});
      return fn(newContext(book, client, options.delayForCellEdit === true));
    },
  };
}

/** `Office.context.document.settings` over the fake workbook (they travel with the file). */
export function createFakeSettings(book: FakeWorkbook) {
  return {
    get: (name: string) => (book.settings.has(name) ? book.settings.get(name) : null),
    set: (name: string, value: unknown) => void book.settings.set(name, value),
    remove: (name: string) => void book.settings.delete(name),
    saveAsync: (cb?: (r: { status: string }) => void) => setTimeout(() => cb?.({ status: 'succeeded' }), 0),
  };
}

export { fakeBookFrom } from './bookData';
export type { FakeBookData } from './bookData';
