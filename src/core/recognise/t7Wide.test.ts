import { sheetOf } from '../grid/snapshot';
import { Amount } from '../model/types';
import { computeFigures } from '../indicators/figures';
import { runChecks } from '../checks/runChecks';
import { recognise } from './recognise';
import { tableContext } from './common';
import { readT7 } from './t7';

const value = (a: Amount | undefined) => a?.value.toString();

/** The 陕西 wide table: items as columns, 会议费 and 培训费 beside them, sides as rows. */
function sidesAsRows(budgetTotal: number, actualTotal: number) {
  return sheetOf('三公经费', [
    ['一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表'],
    ['单位：万元'],
    ['项目', '合计', '因公出国（境）费', '公务用车购置及运行费', null, '公务接待费', '会议费', '培训费'],
    [null, null, null, '公务用车购置费', '公务用车运行费'],
    ['预算数', budgetTotal, 0, 0, 4.5, 3, 2, 4],
    ['决算数', actualTotal, 0, 0, 3.86, 2.4, 1.5, 2.5],
  ]);
}

const t7Sums = (sheet: ReturnType<typeof sheetOf>) => {
  const model = recognise({ sheets: [sheet] });
  return runChecks(model, computeFigures(model))
    .filter((f) => f.code === 'T7.sum')
    .map((f) => [f.severity, f.at.row, f.at.col, f.difference?.toString()]);
};

const GROUP = ['合计', '因公出国（境）费', '公务用车购置及运行费', '公务接待费', '会议费', '培训费'];

describe('the wide "三公" table with 会议费 and 培训费 columns', () => {
  it('reads each side from its row and takes the "三公" 合计 as the sum of its items', () => {
    const t7 = readT7(tableContext(sidesAsRows(13.5, 10.26), 'T7'));
    expect([value(t7.budget.total), value(t7.actual.total)]).toEqual(['7.5', '6.26']);
    expect([value(t7.actual.vehicleOperation), value(t7.budget.reception)]).toEqual(['3.86', '3']);
    expect([
      value(t7.others?.actual.grandTotal),
      value(t7.others?.actual.meeting),
      value(t7.others?.actual.training),
    ]).toEqual(['10.26', '1.5', '2.5']);
    expect(t7Sums(sidesAsRows(13.5, 10.26))).toEqual([]);
  });

  it('keeps a 合计 that is the "三公" sum alone as the "三公" 合计, with no finding', () => {
    const t7 = readT7(tableContext(sidesAsRows(7.5, 6.26), 'T7'));
    expect(t7.actual.total?.ref).toEqual({ sheet: '三公经费', row: 5, col: 1 });
    expect(t7.others?.actual.grandTotal).toBeUndefined();
    expect(t7Sums(sidesAsRows(7.5, 6.26))).toEqual([]);
  });

  it('says at the 合计 when it is neither the "三公" sum nor the sum with 会议费 and 培训费', () => {
    const t7 = readT7(tableContext(sidesAsRows(13.5, 9), 'T7'));
    expect(value(t7.actual.total)).toBe('6.26');
    expect(t7Sums(sidesAsRows(13.5, 9))).toEqual([['error', 5, 1, '-1.26']]);
  });

  it('reads 会议费 and 培训费 inside the official 预算数 / 决算数 column groups', () => {
    const sheet = sheetOf(
      '三公经费',
      [
        ['“三公”经费及会议费、培训费支出决算表'],
        ['预算数', null, null, null, null, null, '决算数'],
        [...GROUP, ...GROUP],
        [20, 1, 8, 3, 5, 3, 16, 0, 7, 2, 4, 3],
      ],
      [
        { top: 1, left: 0, bottom: 1, right: 5 },
        { top: 1, left: 6, bottom: 1, right: 11 },
      ],
    );
    const t7 = readT7(tableContext(sheet, 'T7'));
    expect([value(t7.budget.total), value(t7.actual.total)]).toEqual(['12', '9']);
    expect([value(t7.others?.budget.grandTotal), value(t7.others?.actual.meeting)]).toEqual(['20', '4']);
    const figures = computeFigures(recognise({ sheets: [sheet] }));
    expect([figures.threePublicBudget.value?.toString(), figures.threePublicActual.value?.toString()]).toEqual([
      '12',
      '9',
    ]);
  });
});
