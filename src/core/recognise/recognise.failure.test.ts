import { sheetOf } from '../grid/snapshot';
import { recognise } from './recognise';
import { fieldsOf } from '../../../test/support/findingText';

// A reader that breaks unexpectedly must become a finding, never a crash of the whole analysis.
jest.mock('./t6', () => ({
  readT6: () => {
    throw new Error('boom');
  },
}));

describe('recognise with a failing reader', () => {
  it('turns the exception into a table.header error naming the sheet and reads the other tables', () => {
    const t6 = sheetOf('基本支出决算表', [['一般公共预算财政拨款基本支出决算表'], ['科目编码', '科目名称', '决算数']]);
    const t3 = sheetOf('支出决算表', [
      ['科目编码', '科目名称', '本年支出合计'],
      [null, '合计', 5],
    ]);
    const model = recognise({ sheets: [t6, t3] });
    const failure = model.findings.find((f) => f.code === 'table.header');
    expect(failure?.severity).toBe('error');
    expect(fieldsOf(failure)).toMatchObject({ table: 'T6', problem: 'exception' });
    expect(failure?.at).toEqual({ sheet: '基本支出决算表', row: 0, col: 0 });
    expect(model.t6).toBeUndefined();
    expect(model.tables.map((t) => t.id)).toEqual(['T6', 'T3']);
    expect(model.t3?.totalRow?.amounts.total?.value.toString()).toBe('5');
  });
});
