/** 附表2 says which figures come from a table whose own totals do not add up (issue 14). */
import { sheetOf } from '../grid/snapshot';
import { analyse } from '../analyse';

const t3 = (basic: number) =>
  sheetOf('支出决算表', [
    ['支出决算表', null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
    [null, '合计', 1000, basic, 200],
    ['205', '教育支出', 1000, basic, 200],
  ]);

function table2Row(basic: number, name: string): readonly unknown[] | undefined {
  const a = analyse({ sheets: [t3(basic)] });
  const table = a.report.blocks.find((b) => b.kind === 'table' && b.title === '附表2 主要财务指标');
  if (table?.kind !== 'table') throw new Error('no 附表2');
  return table.rows.find((r) => typeof r[0] === 'string' && r[0].startsWith(name));
}

describe('附表2 and doubtful figures', () => {
  it('marks a figure read from a table whose rows do not add up, with that finding', () => {
    const row = table2Row(700, '基本支出');
    expect(row?.[3]).toMatch(/^存疑：所在表合计不平——支出决算表!C3：/);
    expect(row?.[3]).toContain('相差 100 万元');
  });

  it('leaves the figures of a table that adds up without a note', () => {
    expect(table2Row(800, '基本支出')?.[3]).toBeNull();
  });
});
