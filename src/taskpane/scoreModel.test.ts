import * as path from 'path';
import Decimal from 'decimal.js';
import { loadWorkbookFile } from '../xlsx/exceljsFile';
import { readSnapshot } from '../xlsx/readSnapshot';
import { analyse } from '../core/analyse';
import { WorkbookSnapshot } from '../core/grid/snapshot';
import { toPaneScoring, totalText } from './scoreModel';

let snapshot: WorkbookSnapshot;
beforeAll(async () => {
  snapshot = readSnapshot(await loadWorkbookFile(path.join(__dirname, '..', '..', 'examples', 'zhuhui-2022.xlsx')));
});

describe('the score explained row by row', () => {
  it('groups the rows by 一级/二级 with subtotals adding up to the total', () => {
    const analysis = analyse(snapshot);
    const scoring = toPaneScoring(analysis, 'zh-CN');
    const subtotal = scoring.groups.reduce((s, g) => s.plus(g.score), new Decimal(0));
    expect(subtotal.eq(analysis.scoring.total)).toBe(true);
    expect(scoring.groups.map((g) => g.rows.length).reduce((a, b) => a + b)).toBe(analysis.scoring.rows.length);
    // Each 一级/二级 pair once.
    const pairs = scoring.groups.map((g) => `${g.level1}/${g.level2}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('gives every row its target, actual, rule, points lost and source cells', () => {
    const scoring = toPaneScoring(analyse(snapshot), 'zh-CN');
    const rows = scoring.groups.flatMap((g) => g.rows);
    for (const r of rows) {
      expect(r.target).not.toBe('');
      expect(r.actual).not.toBe('');
      expect(r.rule).not.toBe('');
      expect(new Decimal(r.weight).minus(r.score).toFixed(2)).toBe(new Decimal(r.lost).toFixed(2));
      expect(r.sources.length).toBeGreaterThan(0);
    }
    // The form's rows that lost points can be sent to their 偏差原因 cell.
    const short = rows.filter((r) => r.lostAny && r.reasonCell);
    expect(short.length).toBeGreaterThan(0);
    expect(scoring.bands.map((b) => `${b.grade}${b.from ?? ''}`)).toEqual(['优90', '良80', '中60', '差']);
  });

  it('words the rule, target and actual of a scheme row in English for the English pane, and as the report does in Chinese', () => {
    const analysis = analyse(snapshot, { scheme: '湖南部门整体' });
    const en = toPaneScoring(analysis, 'en-US').groups.flatMap((g) => g.rows);
    const zh = toPaneScoring(analysis, 'zh-CN').groups.flatMap((g) => g.rows);
    const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
    // The pane's order: rows grouped by 一级/二级, groups in order of first appearance.
    const group = (r: (typeof analysis.scoring.rows)[number]) => `${r.level1}/${r.level2}`;
    const firsts = [...new Set(analysis.scoring.rows.map(group))];
    const rows = firsts.flatMap((g) => analysis.scoring.rows.filter((r) => group(r) === g));
    rows.forEach((row, i) => {
      expect(en[i].rule).not.toMatch(cjk);
      if (row.rule?.kind === 'scheme') expect(`${en[i].target} ${en[i].actual}`).not.toMatch(cjk);
      expect([zh[i].target, zh[i].actual]).toEqual([row.targetText || '—', row.actualText || '—']);
    });
    expect(en.map((r) => r.target)).toContain('in bands');
    expect(zh.map((r) => r.target)).toContain('分档');
  });

  it('says what to fill in for a row that cannot be computed, visibly in the row', () => {
    const without = { sheets: snapshot.sheets.filter((s) => !/三公/.test(s.name)) };
    const analysis = analyse(without, { scheme: '湖南部门整体' });
    const scoring = toPaneScoring(analysis, 'zh-CN');
    const pending = scoring.groups.flatMap((g) => g.rows).filter((r) => r.pending !== null);
    expect(scoring.pending).toBe(pending.length);
    // The pane counts what the report's status line and the CLI count.
    expect(scoring.pending).toBe(analysis.scoring.pending);
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.map((r) => r.pending).join('\n')).toMatch(/“三公”经费支出决算表|三公/);
    expect(pending.every((r) => r.score === '0')).toBe(true);
    expect(totalText('63.95', pending.length, 'zh-CN')).toBe(`暂计 63.95 分（${pending.length} 项待补充）`);
    expect(totalText('88', 0, 'zh-CN')).toBe('88 分');
  });
});
