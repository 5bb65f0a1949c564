/** Text into cells of a user's sheet: only those cells change; styles, order, prefixes and hints kept right. */
import { withCellTexts as withCells } from '../../src/xlsx/package/cellsXml';
import { dropFromCalcChain } from '../../src/xlsx/package/parts';

const withCellTexts = (...args: Parameters<typeof withCells>) => withCells(...args).xml;

const sheet = (data: string, prefix = '') =>
  `<${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="main"><${prefix}dimension ref="A1:B3"/><${prefix}sheetData>${data}</${prefix}sheetData></${prefix}worksheet>`;
const row1 = '<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"><v>5</v></c></row>';
const row3 = '<row r="3"><c r="A3"><v>1</v></c></row>';

describe('text written into a sheet the user owns', () => {
  it('replaces a cell keeping its style, and leaves every other cell as it was', () => {
    const out = withCellTexts(sheet(row1 + row3), [{ row: 0, col: 1, text: '说明' }]);
    expect(out).toBe(
      sheet(
        '<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3" t="inlineStr"><is><t xml:space="preserve">说明</t></is></c></row>' +
          row3,
      ),
    );
  });

  it('puts a new row between the rows around it, and a new cell in column order widening spans', () => {
    const out = withCellTexts(sheet(row1 + row3), [
      { row: 1, col: 0, text: 'a<b' },
      { row: 0, col: 3, text: 'd' },
    ]);
    expect(out).toContain(
      '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">a&lt;b</t></is></c></row><row r="3">',
    );
    expect(out).toContain('<row r="1" spans="1:4">');
    expect(out).toContain('<c r="B1" s="3"><v>5</v></c><c r="D1" t="inlineStr">');
    expect(out).toContain('<dimension ref="A1:D3"/>');
  });

  it('adds rows below the last one, into an empty sheetData too, with the part’s own prefix', () => {
    expect(withCellTexts(sheet(row1), [{ row: 9, col: 0, text: 'x' }])).toContain(
      `${row1}<row r="10"><c r="A10" t="inlineStr">`,
    );
    const strict = withCellTexts(
      '<x:worksheet xmlns:x="main"><x:sheetData/></x:worksheet>',
      [{ row: 0, col: 0, text: 'x' }],
    );
    expect(strict).toBe(
      '<x:worksheet xmlns:x="main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve">x</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
    );
  });

  it('finds rows and cells written without r by their position', () => {
    const out = withCellTexts(sheet('<row><c><v>1</v></c><c><v>2</v></c></row>'), [{ row: 0, col: 1, text: 'y' }]);
    expect(out).toContain('<row><c><v>1</v></c><c r="B1" t="inlineStr">');
  });

  it('says which formula cells it replaced, so they leave calcChain.xml (Excel repairs a stale entry)', () => {
    const withFormula = '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><v>3</v></c></row>';
    const out = withCells(sheet(withFormula), [
      { row: 0, col: 0, text: '说明' },
      { row: 0, col: 1, text: 'b' },
    ]);
    expect(out.formulasReplaced).toEqual(['A1']);
    const chain = '<calcChain xmlns="main"><c r="A1" i="2"/><c r="C5"/><c r="A1" i="3"/></calcChain>';
    expect(dropFromCalcChain(chain, (id, ref) => id === 2 && ref === 'A1')).toBe(
      '<calcChain xmlns="main"><c i="2" r="C5"/><c r="A1" i="3"/></calcChain>',
    );
  });
});
