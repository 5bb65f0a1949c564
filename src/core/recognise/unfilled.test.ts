import { CellValue, sheetOf } from '../grid/snapshot';
import { recognise } from './recognise';
import { wideT7Sheet } from '../../../test/support/wideT7';

const t7 = (budget: CellValue, actual: CellValue) =>
  sheetOf('“三公”经费支出决算表', [
    ['“三公”经费支出决算表'],
    [null, null, '单位：万元'],
    ['项目', '预算数', '决算数'],
    ['合计', budget, actual],
    ['因公出国（境）费', budget, actual],
    ['公务用车购置及运行费', budget, actual],
    ['公务接待费', budget, actual],
  ]);

describe('a table that is there but not filled in', () => {
  it('is set aside with one located finding when every amount cell is empty', () => {
    const model = recognise({ sheets: [t7(null, '  ')] });
    expect(model.t7).toBeUndefined();
    expect(model.tables.map((t) => t.id)).toContain('T7');
    const empty = model.findings.filter((f) => f.code === 'table.empty');
    expect(empty).toEqual([
      expect.objectContaining({ severity: 'warning', at: { sheet: '“三公”经费支出决算表', row: 0, col: 0 } }),
    ]);
  });

  it('is read as filled when the cells say nil with 0 or -', () => {
    for (const nil of [0, '-', '—']) {
      const model = recognise({ sheets: [t7(nil, nil)] });
      expect(model.t7).toBeDefined();
      expect(model.findings.filter((f) => f.code === 'table.empty')).toEqual([]);
    }
  });

  it('is read as filled when a single amount is there', () => {
    const sheet = t7(null, null);
    (sheet.values[6] as CellValue[])[2] = 0.35;
    expect(recognise({ sheets: [sheet] }).t7).toBeDefined();
  });

  it('is set aside too when the official wide layout has its header but a blank data row', () => {
    const sheet = wideT7Sheet(new Array<CellValue>(12).fill(null));
    const model = recognise({ sheets: [sheet] });
    expect(model.t7).toBeUndefined();
    expect(model.findings.filter((f) => f.code === 'table.empty').map((f) => f.at)).toEqual([
      { sheet: '三公经费', row: 0, col: 0 },
    ]);
  });
});
