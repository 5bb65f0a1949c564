/**
 * The real-layout corpus of the account tables (issue 14): each case a workbook rebuilt from a
 * real published 部门决算 document (cited in its file), read end to end as the CLI reads a file.
 * Expected: the figures the document publishes, its published inconsistencies as findings and no
 * other finding on the account tables, every table's reading stated, and 附表2 marking exactly
 * the figures read from a table whose own totals do not add up.
 */
import { analyse } from '../../src/core/analyse';
import { displayRef, cellRef } from '../../src/core/grid/address';
import { Finding } from '../../src/core/findings/finding';
import { readSnapshot } from '../../src/xlsx/readSnapshot';
import { REAL_ACCOUNT_CASES } from './accounts/index';

/** Findings about the workbook as a whole (the corpus rebuilds the account tables only). */
const OUT_OF_SCOPE = new Set(['table.missing', 'indicator.unavailable']);

function brief(f: Finding): string {
  const at = f.at.sheet !== null && f.at.row !== null && f.at.col !== null ? displayRef(cellRef(f.at.sheet, f.at.row, f.at.col)) : String(f.at.sheet);
  return `${f.code} ${f.severity} ${at}`;
}

describe.each(REAL_ACCOUNT_CASES.map((c) => [`${c.province} ${c.id}`, c] as const))('%s', (_name, c) => {
  const analysis = analyse(readSnapshot(c.build()));

  it('reads the figures the document publishes', () => {
    const got = Object.fromEntries(Object.keys(c.figures).map((id) => [id, analysis.figures[id as keyof typeof c.figures].value?.toString() ?? null]));
    expect(got).toEqual(c.figures);
  });

  it('finds the published inconsistencies and nothing else', () => {
    const found = analysis.findings.filter((f) => !OUT_OF_SCOPE.has(f.code)).map(brief);
    expect(found.sort()).toEqual([...c.findings].sort());
  });

  it('says how every table was read', () => {
    for (const t of analysis.model.tables) {
      expect([t.id, (t.columns ?? []).length > 0]).toEqual([t.id, true]);
      expect([t.id, (t.rowsRead ?? 0) > 0]).toEqual([t.id, true]);
    }
  });

  it('marks in 附表2 the figures of a table whose own totals do not add up, and only those', () => {
    const table = analysis.report.blocks.find((b) => b.kind === 'table' && b.title === '附表2 主要财务指标');
    if (table?.kind !== 'table') throw new Error('no 附表2');
    const bad = new Set(
      analysis.findings.filter((f) => f.severity === 'error' && /^(T1\.balance|T3\.|T5\.|T6\.totals|T6\.hierarchy|T7\.sum)/.test(f.code)).map((f) => f.at.sheet),
    );
    for (const f of Object.values(analysis.figures)) {
      if (f.value === null || !f.expr) continue;
      const row = table.rows.find((r) => r[0] === `${f.name}（${f.unit}）`);
      const doubtful = [...bad].some((sheet) => typeof row?.[1] === 'string' && row[1].includes(`${sheet}!`));
      expect([f.id, typeof row?.[3] === 'string' && row[3].startsWith('存疑')]).toEqual([f.id, doubtful]);
    }
  });
});

test('the corpus covers at least 8 documents from at least 4 provinces', () => {
  expect(REAL_ACCOUNT_CASES.length).toBeGreaterThanOrEqual(8);
  expect(new Set(REAL_ACCOUNT_CASES.map((c) => c.province)).size).toBeGreaterThanOrEqual(4);
});
