/** A plain JSON form of a fake workbook (sheets of cells and merges) — crosses into the browser. */
import { parseRect } from './address';
import { FakeValue, FakeWorkbook, cellKey } from './store';

export interface FakeCellData {
  value: FakeValue | null;
  formula?: string;
  error?: boolean;
  numberFormat?: string;
}

export interface FakeBookData {
  sheets: { name: string; cells: [number, number, FakeCellData][]; merges: string[]; hidden?: boolean }[];
}

export function fakeBookFrom(data: FakeBookData): FakeWorkbook {
  const book = new FakeWorkbook();
  for (const s of data.sheets) {
    const sheet = book.addSheet(s.name);
    for (const [r, c, cell] of s.cells) sheet.cells.set(cellKey(r, c), { ...cell });
    sheet.merges.push(...s.merges.map(parseRect));
    if (s.hidden) sheet.visibility = 'Hidden';
  }
  return book;
}
