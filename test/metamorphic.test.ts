/**
 * Metamorphic robustness of the cell- and value-level quirks of real files: each real account
 * case (test/real/accounts) and the example workbook, transformed one way at a time as real
 * exports and copies do (test/metamorphic/*Transforms.ts), must give every figure to the cent as
 * before — or, for a genuinely ambiguous value, a finding located at the changed cell. Core
 * only: the workbooks are built once in memory, the transformations edit snapshots.
 */
import { WorkbookSnapshot } from '../src/core/grid/snapshot';
import { readSnapshot } from '../src/xlsx/readSnapshot';
import { EXAMPLE_SHEETS, buildExampleWorkbook } from '../examples/build-example';
import { REAL_ACCOUNT_CASES } from './real/accounts/index';
import { run } from './metamorphic/baseline';
import { violations } from './metamorphic/check';
import { VALUE_TRANSFORMS } from './metamorphic/valueTransforms';
import { CODE_TRANSFORMS, LABEL_TRANSFORMS, SHEET_TRANSFORMS } from './metamorphic/cellTransforms';
import { UNIT_TRANSFORMS } from './metamorphic/unitTransforms';
import { CODE_COLUMN_TRANSFORMS } from './metamorphic/codeColumns';

const TRANSFORMS = [
  ...VALUE_TRANSFORMS,
  ...UNIT_TRANSFORMS,
  ...LABEL_TRANSFORMS,
  ...CODE_TRANSFORMS,
  ...CODE_COLUMN_TRANSFORMS,
  ...SHEET_TRANSFORMS,
];

function accountSheets(wb: WorkbookSnapshot): WorkbookSnapshot {
  const own = new Set<string>([EXAMPLE_SHEETS.p1, EXAMPLE_SHEETS.p2, EXAMPLE_SHEETS.p3, EXAMPLE_SHEETS.p4]);
  return { sheets: wb.sheets.filter((s) => !own.has(s.name)) };
}

const CASES: [string, () => WorkbookSnapshot][] = [
  // The account sheets of the example: the transformations touch those only (P1–P4 are our template's).
  ['example zhuhui-2022', () => accountSheets(readSnapshot(buildExampleWorkbook()))],
  ...REAL_ACCOUNT_CASES.map(
    (c) => [`${c.province} ${c.id}`, () => readSnapshot(c.build())] as [string, () => WorkbookSnapshot],
  ),
];

describe.each(CASES)('%s', (_name, build) => {
  const base = run(build());

  test('has figures to compare', () => {
    expect(Object.values(base.figures).filter((f) => f.value !== null).length).toBeGreaterThan(3);
  });

  // Only the transformations that apply to this case (a table without a unit line has no unit line to rewrite).
  const applied = TRANSFORMS.flatMap((t) => {
    const result = t.apply(base);
    return result ? [[t.name, t, result] as const] : [];
  });

  test.each(applied)('%s', (_t, t, result) => {
    const before = t.negated ? run(t.negated(base)) : base;
    expect(violations(t, before, run(result.snapshot), result.touched)).toEqual([]);
  });
});
