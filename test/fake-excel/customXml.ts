/**
 * workbook.customXmlParts of the fake (ExcelApi 1.5), the subset the add-in uses:
 * getByNamespace(ns).getCount() / .getOnlyItemOrNullObject(), and part.getXml(); results are
 * ClientResults, readable only after a sync, as in Office.js.
 */
import { fakeError } from './address';
import { FakeClientObject, FakeContext } from './client';

/** A custom XML part held by the fake workbook: its root namespace and its text. */
export interface FakeCustomXmlPart {
  readonly id: string;
  readonly namespaceUri: string;
  readonly xml: string;
}

export class FakeClientResult<T> {
  private done = false;
  private result: T | undefined;

  set(value: T): void {
    this.result = value;
    this.done = true;
  }

  get value(): T {
    if (!this.done) throw fakeError('PropertyNotLoaded', 'a ClientResult is known only after sync()');
    return this.result as T;
  }
}

export class FakeCustomXmlPartCollection {
  constructor(private readonly context: FakeContext) {}

  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(this.context, namespaceUri);
  }
}

export class FakeCustomXmlPartScopedCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly ns: string,
  ) {}

  private parts(): FakeCustomXmlPart[] {
    return this.context.book.customXmlParts.filter((p) => p.namespaceUri === this.ns);
  }

  getCount(): FakeClientResult<number> {
    const out = new FakeClientResult<number>();
    this.context.enqueue(() => out.set(this.parts().length));
    return out;
  }

  /** The one part in the namespace; a null object when there is none or more than one. */
  getOnlyItemOrNullObject(): FakeCustomXmlPartProxy {
    return new FakeCustomXmlPartProxy(this.context, () => {
      const parts = this.parts();
      return parts.length === 1 ? parts[0] : null;
    });
  }
}

export class FakeCustomXmlPartProxy extends FakeClientObject<FakeCustomXmlPart> {
  constructor(context: FakeContext, resolve: () => FakeCustomXmlPart | null) {
    super(context, resolve, true);
  }

  protected scalarProps(): string[] {
    return ['id', 'namespaceUri'];
  }

  protected readProp(name: string, target: FakeCustomXmlPart): unknown {
    if (name !== 'id' && name !== 'namespaceUri')
      throw fakeError('InvalidArgument', `the fake has no CustomXmlPart.${name}`);
    return target[name];
  }

  get id(): string {
    return this.prop('id');
  }

  /** The part's XML; on a null object Excel answers null. */
  getXml(): FakeClientResult<string | null> {
    const out = new FakeClientResult<string | null>();
    this.context.enqueue(() => {
      if (!this.target && this.context.book.nullObjectMethodsThrow)
        throw fakeError('ItemNotFound', 'getXml() on a null CustomXmlPart');
      const xml = this.target?.xml ?? null;
      this.context.responseBytes += xml === null ? 4 : xml.length;
      out.set(xml);
    });
    return out;
  }
}
