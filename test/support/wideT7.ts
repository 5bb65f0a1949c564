/** The official wide 三公 table (spec/workbook.md T7) as tests build it: a header five rows deep, then `data`. */
import { CellValue, Rect, SheetSnapshot, sheetOf } from '../../src/core/grid/snapshot';

const GROUP = ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'];
const VEHICLE = [null, null, '小计', '公务用车购置费', '公务用车运行费', null];

/** 预算数 and 决算数 groups of six columns each, merged as the published table is. */
export function wideT7Sheet(data: readonly CellValue[]): SheetSnapshot {
  const merges: Rect[] = [
    { top: 0, left: 0, bottom: 0, right: 11 },
    { top: 2, left: 0, bottom: 2, right: 5 },
    { top: 2, left: 6, bottom: 2, right: 11 },
    { top: 3, left: 2, bottom: 3, right: 4 },
    { top: 3, left: 8, bottom: 3, right: 10 },
    ...[0, 1, 5, 6, 7, 11].map((c) => ({ top: 3, left: c, bottom: 4, right: c })),
  ];
  return sheetOf(
    '三公经费',
    [
      ['一般公共预算财政拨款“三公”经费支出决算表'],
      ['公开07表', null, null, null, null, null, null, null, null, null, null, '单位：万元'],
      ['预算数', null, null, null, null, null, '决算数', null, null, null, null, null],
      [...GROUP, ...GROUP],
      [...VEHICLE, ...VEHICLE],
      [...data],
    ],
    merges,
  );
}
