import { cellRef } from '../grid/address';
import { finding, atCell, atSheet } from '../findings/finding';
import { dec } from '../money';
import { findingJson } from './toJson';
import { joined, label } from '../findings/labels';

test('a finding at a cell gives its sheet, A1 cell, related cells and rounded numbers', () => {
  const f = finding(
    'P1.T3.project',
    'error',
    atCell(cellRef('支出决算表', 6, 4)),
    {
      table: 'T3',
      subject: joined([label('col.project'), label('total')]),
      other: label('p1.executedSum'),
      residue: false,
    },
    {
      related: [cellRef('项目支出明细表', 4, 5), cellRef("张's", 0, 27)],
      expected: dec('549.885'),
      actual: dec('640.68'),
      difference: dec('-90.7950000001'),
    },
  );
  const json = findingJson(f) as Record<string, unknown>;
  expect(json).toMatchObject({
    code: 'P1.T3.project',
    severity: 'error',
    sheet: '支出决算表',
    cell: 'E7',
    related: ['项目支出明细表!F5', "张's!AB1"],
    expected: 549.885,
    actual: 640.68,
    difference: -90.795,
  });
  expect(String(json.message)).toMatch(/^支出决算表!E7：/);
});

test('a finding on a whole sheet has a null cell, and text sides stay text', () => {
  const f = finding('table.missing', 'error', atSheet(null), { table: 'T3' }, { expected: '支出决算表', actual: null });
  expect(findingJson(f)).toMatchObject({
    sheet: null,
    cell: null,
    related: [],
    expected: '支出决算表',
    actual: null,
    difference: null,
  });
});
