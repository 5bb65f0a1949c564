import { bestState, stateFromItemXml, WRITTEN_NS } from './storedState';
import { WrittenState, contentPrint } from './fingerprint';

const prints = (rows: string[][]) => rows.map((r) => contentPrint(r, 2)).join('');
const state = (sheet: string, rows: string[][]): WrittenState => ({
  version: 1,
  sheet,
  done: { cols: 2, layout: prints(rows), content: prints(rows), sheetPrint: 'x', tallMerges: [] },
  pending: null,
});

describe('the stored fingerprints', () => {
  it('reads the state out of our custom XML item (entities decoded), null for anything else', () => {
    const s = state('报告 & "附表"', [['a', '<b>']]);
    const json = JSON.stringify(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    expect(
      stateFromItemXml(`<?xml version="1.0"?><perfReportWritten xmlns="${WRITTEN_NS}">${json}</perfReportWritten>`),
    ).toEqual(s);
    expect(stateFromItemXml(`<perfReportWritten xmlns="${WRITTEN_NS}">{not json</perfReportWritten>`)).toBeNull();
    expect(stateFromItemXml('<other/>')).toBeNull();
  });

  it('chooses the state matching more rows of the sheet as it is; a tie keeps the first', () => {
    const now = [
      ['a', '1'],
      ['b', '2'],
    ];
    const old = state('old', [
      ['a', '0'],
      ['b', '2'],
    ]);
    const last = state('last', now);
    expect(bestState([old, last], now)?.sheet).toBe('last');
    expect(bestState([last, state('same', now)], now)?.sheet).toBe('last');
    expect(bestState([null, state('none', [['x', 'y']])], now)).toBeNull();
  });
});
