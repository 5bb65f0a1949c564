/** workbook.application of the fake: calculation mode, suspending calculation and screen updating. */
import { fakeError } from './address';
import { FakeContext, loadList } from './client';

export class FakeApplication {
  private loaded = new Map<string, unknown>();

  constructor(private readonly context: FakeContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue(() => this.context.book.suspendedCalculation++);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue(() => this.context.book.suspendedScreenUpdating++);
  }

  load(props?: string | string[]): this {
    const list = loadList(props) ?? ['calculationMode'];
    this.context.enqueue(() => {
      for (const p of list) {
        if (p !== 'calculationMode') throw fakeError('InvalidArgument', `the fake has no Application.${p}`);
        this.loaded.set(p, this.context.book.calculationMode);
      }
    });
    return this;
  }

  get calculationMode(): string {
    if (!this.loaded.has('calculationMode'))
      throw fakeError('PropertyNotLoaded', 'Application.calculationMode was not loaded');
    return this.loaded.get('calculationMode') as string;
  }

  /** application.calculate(type): recalculates; the fake's cached values stay (it has no engine). */
  calculate(type: string): void {
    this.context.enqueue(() => this.context.book.calculations.push(type), { calculate: type });
  }
}
