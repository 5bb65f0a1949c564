/**
 * Worksheet.horizontalPageBreaks of the fake (ExcelApi 1.9): the manual row breaks of one
 * sheet. `add` takes the range just after the break (an address on this sheet, below row 1),
 * `removePageBreaks` empties this sheet's collection only, `getCount` answers after a sync.
 */
import { fakeError, parseRect } from './address';
import { FakeContext } from './client';
import { FakeClientResult } from './customXml';
import { FakeSheet } from './store';

export class FakePageBreakCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(pageBreakRange: unknown): void {
    this.context.enqueue(() => {
      if (typeof pageBreakRange !== 'string' || pageBreakRange.includes('!')) {
        throw fakeError('InvalidArgument', `the fake takes an address on this sheet, not ${JSON.stringify(pageBreakRange)}`);
      }
      const rect = parseRect(pageBreakRange);
      if (rect.top === 0) throw fakeError('InvalidArgument', 'no page break above row 1');
      const s = this.sheet();
      this.context.logWrite({ sheetId: s.id, sheet: s.name, what: 'pageBreak', address: pageBreakRange });
      const rows = new Set([...(s.pageLayout.rowBreaks ?? []), rect.top]);
      s.pageLayout.rowBreaks = [...rows].sort((a, b) => a - b);
    }, { add: pageBreakRange });
  }

  removePageBreaks(): void {
    this.context.enqueue(() => {
      const s = this.sheet();
      this.context.logWrite({ sheetId: s.id, sheet: s.name, what: 'removePageBreaks' });
      s.pageLayout.rowBreaks = [];
    }, { removePageBreaks: true });
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.context.enqueue(() => result.set((this.sheet().pageLayout.rowBreaks ?? []).length));
    return result;
  }
}
