/**
 * Real published self-evaluation forms (test/real/forms/, one file per case), each rebuilt
 * from its published text and analysed as the only sheet of a workbook: the total and row
 * scores we give, the findings that explain where they differ from the author's, and the
 * published score beside ours.
 */
import { analyse } from '../../src/core/analyse';
import { a1 } from '../../src/core/grid/address';
import { sheetOf } from '../../src/core/grid/snapshot';
import { Finding } from '../../src/core/findings/finding';
import { describeFinding } from '../../src/core/findings/wording';
import { realForms } from './forms';
import { ExpectedFinding, RealFormCase } from './forms/types';

function run(c: RealFormCase) {
  return analyse({ sheets: [sheetOf(c.sheetName, c.values, [...(c.merges ?? [])])] });
}

const cellOf = (f: Finding): string => (f.at.row === null || f.at.col === null ? '' : a1(f.at.row, f.at.col));

function matches(f: Finding, e: ExpectedFinding): boolean {
  if (f.code !== e.code || f.severity !== e.severity) return false;
  if (e.cells.length > 0 && !e.cells.includes(cellOf(f))) return false;
  return !e.says || describeFinding(f).includes(e.says);
}

test('at least 6 cases from at least 4 provinces, each citing its source', () => {
  expect(realForms.length).toBeGreaterThanOrEqual(6);
  expect(new Set(realForms.map((c) => c.source.province)).size).toBeGreaterThanOrEqual(4);
  for (const c of realForms) {
    expect(c.source.title).not.toBe('');
    expect(c.source.address ?? c.source.publisher ?? '').not.toBe('');
    // A score that differs from the author's needs its explanation.
    if (c.published.total !== null && c.published.total !== c.ours.total) expect(c.difference).not.toBe('');
  }
});

describe.each(realForms.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const analysis = run(c);

  test('the form is read as the self-evaluation form', () => {
    expect(analysis.model.p2?.info.sheet).toBe(c.sheetName);
  });

  test('scores the total and the rows as a hand computation gives', () => {
    expect(analysis.scoring.total.toString()).toBe(c.ours.total);
    for (const [name, score] of Object.entries(c.ours.rows)) {
      const row = analysis.scoring.rows.find((r) => r.level3 === name);
      expect([name, row?.score.toString()]).toEqual([name, score]);
    }
  });

  test('the findings that explain the difference from the published score are there, at their cells', () => {
    const seen = analysis.findings.map((f) => `${f.severity} ${f.code} ${cellOf(f)} ${describeFinding(f)}`);
    for (const e of c.findings) {
      if (!analysis.findings.some((f) => matches(f, e))) {
        throw new Error(`expected ${JSON.stringify(e)}\nfound:\n${seen.join('\n')}`);
      }
    }
  });

  test('every published row score that differs from ours carries a P2.userScore or a finding at the fund row', () => {
    for (const [name, published] of Object.entries(c.published.rows)) {
      const row = analysis.scoring.rows.find((r) => r.level3 === name)!;
      if (row.score.toString() === published) continue;
      const flagged = analysis.findings.some((f) => f.code === 'P2.userScore' && f.fields.row === name);
      expect([name, flagged]).toEqual([name, true]);
    }
  });
});
