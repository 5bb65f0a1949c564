/**
 * A strict in-memory fake of the Excel JavaScript API subset perf-report uses, for jest and
 * the browser test: `createFakeExcel(book).run(async (context) => …)`.
 */
import { FakeContext } from './client';
import { FakeWorkbook } from './store';
import { FakeNameCollection, FakeWorksheetCollection } from './worksheet';

export { FakeWorkbook } from './store';
export type { FakeCell, FakeSheet, WriteRecord, ChangeEvent } from './store';
export { FakeExcelError } from './address';

function newContext(book: FakeWorkbook): FakeContext {
  const context = new FakeContext(book);
  const application = {
    suspendApiCalculationUntilNextSync: () => context.enqueue(() => book.suspendedCalculation++),
    suspendScreenUpdatingUntilNextSync: () => context.enqueue(() => book.suspendedScreenUpdating++),
  };
  const runtime = {};
  Object.defineProperty(runtime, 'enableEvents', {
    get: () => {
      throw new Error('PropertyNotLoaded: runtime.enableEvents (the add-in should not need to read it)');
    },
    set: (v: boolean) => context.enqueue(() => (book.enableEvents = v), { enableEvents: v }),
  });
  context.workbook = {
    worksheets: new FakeWorksheetCollection(context),
    names: new FakeNameCollection(context),
    application,
  };
  context.application = application;
  context.runtime = runtime;
  return context;
}

export interface FakeExcel {
  readonly book: FakeWorkbook;
  run<T>(fn: (context: any) => Promise<T>): Promise<T>;
  run<T>(context: any, fn: (context: any) => Promise<T>): Promise<T>;
}

/** `Excel` as the add-in sees it, over one fake workbook. */
export function createFakeExcel(book: FakeWorkbook = new FakeWorkbook()): FakeExcel {
  return {
    book,
    async run<T>(a: any, b?: (context: any) => Promise<T>): Promise<T> {
      const fn = typeof a === 'function' ? a : b!;
      const context = typeof a === 'function' ? newContext(book) : a;
      return fn(context);
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
