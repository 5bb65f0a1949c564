/**
 * The request/proxy model of Office.js, strictly: calls on proxies are queued and applied at
 * `context.sync()`; a property can be read only after it was `load`ed and a sync ran
 * (PropertyNotLoaded otherwise); `isNullObject` is known only after a sync. Each sync is
 * counted with the approximate JSON size of its queued request and of its response; like Excel
 * on the web, a request or a response over 5 MB fails the sync, and a sync while the user is
 * typing in a cell fails (InvalidOperationInCellEditMode) unless the run asked to wait
 * (`delayForCellEdit`), in which case it waits until the user leaves the cell.
 */
import { fakeError } from './address';
import { FakeWorkbook, WriteRecord } from './store';

const encoder = new TextEncoder();
/** Request size as Excel counts it: UTF-8 bytes (a CJK character is 3). */
export const utf8Bytes = (text: string): number => encoder.encode(text).length;

interface Op {
  run: () => void;
}

/** One add-in instance on the workbook (a task pane): its own events switch. */
export interface FakeClient {
  readonly id: number;
  enableEvents: boolean;
}

/** Excel on the web's payload limit for one request and one response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export class FakeContext {
  private queue: Op[] = [];
  private pendingBytes = 0;
  /** Bytes of the loaded results of the sync being applied. */
  responseBytes = 0;
  /** Set by index.ts: the workbook proxy tree. */
  workbook: any;
  application: any;
  runtime: any;

  constructor(
    readonly book: FakeWorkbook,
    readonly client: FakeClient = { id: 0, enableEvents: true },
    readonly delayForCellEdit = false,
  ) {}

  enqueue(run: () => void, payload?: unknown): void {
    this.queue.push({ run });
    this.pendingBytes += payload === undefined ? 16 : utf8Bytes(JSON.stringify(payload)) + 16;
  }

  /** Applies the queued requests in order; the first failure rejects and drops the rest (as Excel). */
  async sync(): Promise<void> {
    const ops = this.queue;
    const bytes = this.pendingBytes;
    this.queue = [];
    this.pendingBytes = 0;
    this.book.syncCount++;
    this.book.requestBytes.push(bytes);
    await (this.book.syncDelayMs > 0 ? new Promise((r) => setTimeout(r, this.book.syncDelayMs)) : Promise.resolve());
    if (this.book.cellEditing) {
      if (!this.delayForCellEdit) throw fakeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode');
      await this.book.cellEditDone();
    }
    if (bytes > PAYLOAD_LIMIT_BYTES) throw fakeError('RequestPayloadSizeLimitExceeded', `request of ${bytes} bytes`);
    this.responseBytes = 0;
    try {
      for (const op of ops) op.run();
      this.book.responseBytes.push(this.responseBytes);
      if (this.responseBytes > PAYLOAD_LIMIT_BYTES)
        throw fakeError('ResponsePayloadSizeLimitExceeded', `response of ${this.responseBytes} bytes`);
    } finally {
      this.book.suspendedCalculation = 0;
      this.book.suspendedScreenUpdating = 0;
    }
  }

  logWrite(record: WriteRecord): void {
    this.book.writes.push(record);
  }
}

/** Parses load arguments: 'a, b', ['a','b'], {select: 'a,b'}; `items/x` paths kept as given. */
export function loadList(props?: string | string[] | { select?: string | string[] }): string[] | null {
  if (props === undefined) return null;
  if (typeof props === 'string')
    return props
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
  if (Array.isArray(props)) return props.flatMap((p) => loadList(p) ?? []);
  return loadList(props.select);
}

/** A proxy bound (at its place in the queue) to a target, or to null for *OrNullObject. */
export abstract class FakeClientObject<T> {
  protected target: T | null = null;
  private bound = false;
  private synced = false;
  protected loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeContext,
    resolve: (() => T | null) | { bound: T },
    private readonly nullable = false,
  ) {
    if (typeof resolve !== 'function') {
      // Already resolved (items of a loaded collection): no request is queued.
      this.target = resolve.bound;
      this.bound = true;
      this.synced = true;
      return;
    }
    context.enqueue(() => {
      const t = resolve();
      if (t === null && !nullable) throw fakeError('ItemNotFound', `${this.constructor.name} not found`);
      this.target = t;
      this.bound = true;
      this.synced = true;
    });
  }

  /** The properties `load()` with no arguments brings. */
  protected abstract scalarProps(): string[];
  /** Reads a property's current value from the bound target. */
  protected abstract readProp(name: string, target: T): unknown;

  get isNullObject(): boolean {
    if (!this.synced) throw fakeError('PropertyNotLoaded', 'isNullObject is known only after sync()');
    return this.target === null;
  }

  load(props?: string | string[] | { select?: string | string[] }): this {
    const list = loadList(props) ?? this.scalarProps();
    this.context.enqueue(() => {
      for (const p of list) {
        const value = this.target === null ? null : this.readProp(p, this.target);
        this.context.responseBytes += utf8Bytes(JSON.stringify(value) ?? 'null') + p.length + 4;
        this.loaded.set(p, value);
      }
    });
    return this;
  }

  protected prop<V>(name: string): V {
    if (!this.loaded.has(name)) {
      throw fakeError(
        'PropertyNotLoaded',
        `${this.constructor.name}.${name} was not loaded (call load('${name}') and sync())`,
      );
    }
    return this.loaded.get(name) as V;
  }

  /** Queues a change to the target; `apply` runs at sync. */
  protected queueWrite(payload: unknown, apply: (t: T) => void): void {
    this.context.enqueue(() => {
      if (!this.bound) throw fakeError('GeneralException', 'write on an unbound object');
      if (this.target === null) throw fakeError('InvalidOperation', 'write on a null object');
      apply(this.target);
    }, payload);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** The `{ add, remove }` event source of Office.js (onChanged). */
export class FakeEventSource {
  constructor(
    private readonly context: FakeContext,
    private readonly key: () => string,
  ) {}

  add(handler: (e: any) => unknown): { remove: () => void; context: FakeContext } {
    const book = this.context.book;
    const client = this.context.client;
    let key = '';
    this.context.enqueue(() => {
      key = this.key();
      book.changeHandlers.set(key, [...(book.changeHandlers.get(key) ?? []), { handler, client }]);
    });
    return {
      context: this.context,
      remove: () =>
        this.context.enqueue(() => {
          book.changeHandlers.set(
            key,
            (book.changeHandlers.get(key) ?? []).filter((h) => h.handler !== handler),
          );
        }),
    };
  }
}
