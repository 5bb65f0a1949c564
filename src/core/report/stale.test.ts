import { staleMarker, STALE_TEXT } from './stale';
import { cell, add, Expr } from '../model/expr';
import { cellRef } from '../grid/address';
import { dec } from '../money';
import { Figure, FigureId } from '../model/analysis';
import { Model } from '../model/types';
import { evaluateFormula, Value } from '../../../test/support/formulaEval';

const S = "张's 表";
const source = add(
  cell(cellRef(S, 4, 3), dec('100.5')),
  cell(cellRef(S, 5, 3), dec(0), 'blank'),
  cell(cellRef(S, 6, 3), dec('20')),
  cell(cellRef(S, 2, 5), dec('1234.5'), 'text'),
  cell(cellRef(S, 9, 9), dec('7'), 'textConstant'),
);

function markerFor(e: Expr) {
  const figure: Figure = { id: 'basicExpenditure', name: '基本支出', unit: '万元', value: dec(0), expr: e, unavailable: null };
  const model: Model = { tables: [], findings: [] };
  return staleMarker({ model, figures: { basicExpenditure: figure } as Record<FigureId, Figure>, indicators: [], scoring: { scheme: '', rows: [], total: dec(0), grade: '差' } });
}

const workbook = (changes: Record<string, Value> = {}): ((sheet: string | null, row: number, col: number) => Value) => {
  const cells: Record<string, Value> = { '4!3': 100.5, '5!3': '-', '6!3': 20, '2!5': '1,234.5', ...changes };
  return (sheet, row, col) => (sheet === S ? (cells[`${row}!${col}`] ?? null) : null);
};

describe('the stale marker', () => {
  const marker = markerFor(source);

  it('stores the sum and count of the source cells, the text-typed number included', () => {
    expect(marker.fingerprint).toBe('1355.00|2');
    expect(marker.formula).toContain("'张''s 表'!D5:D7");
  });

  it('is quiet while the sources are unchanged', () => {
    expect(evaluateFormula(marker.formula, workbook())).toBe('');
  });

  it.each([
    ['a changed number', { '4!3': 100.6 }],
    ['a number typed into a blank', { '5!3': 3 }],
    ['a number that became words', { '2!5': '待定' }],
    ['a cleared number', { '6!3': null }],
  ])('says the report is stale after %s', (_, change) => {
    expect(evaluateFormula(marker.formula, workbook(change as Record<string, Value>))).toBe(STALE_TEXT);
  });

  it('ignores a value written as a constant (it cannot be read live)', () => {
    expect(marker.formula).not.toContain('J10');
  });
});
