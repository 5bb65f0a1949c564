/** planReconcile on small layouts: which rows are rewritten, which edits stay and which move. */
import { layoutRows, printsOf, WrittenState } from '../../src/core/report/reconcile/fingerprint';
import { planReconcile } from '../../src/core/report/reconcile/reconcile';
import { reportSheetOf, TestCell } from './reportSheetOf';
import { Rect } from '../../src/core/grid/snapshot';

const layout = (rows: TestCell[][], merges: Rect[] = []) => layoutRows(reportSheetOf('r', rows, merges));
const stateOf = (rows: ReturnType<typeof layout>): WrittenState => ({
  version: 1,
  sheet: 'r',
  done: printsOf(rows),
  pending: null,
});
const asRead = (rows: ReturnType<typeof layout>) =>
  rows.entries.map((r) => r.map((e) => (typeof e === 'string' ? e.replace(/^'/, '') : e)));

describe('planning a reconcile', () => {
  const before = layout([['标题'], ['一、部门概况'], ['第一段'], ['第二段']]);

  it('rewrites nothing when nothing changed, and only the changed row otherwise', () => {
    expect(planReconcile(before, stateOf(before), asRead(before)).rewrite).toEqual([]);
    const after = layout([['标题'], ['一、部门概况'], ['第一段（改）'], ['第二段']]);
    expect(planReconcile(after, stateOf(before), asRead(before)).rewrite).toEqual([[2, 2]]);
  });

  it('keeps an edit where our layout did not change, and moves it with its section when the layout did', () => {
    const current = asRead(before);
    current[3] = ['我改的第二段'];
    const same = planReconcile(before, stateOf(before), current);
    expect(same.kept.map((e) => [e.address, e.text])).toEqual([['A4', '我改的第二段']]);
    expect(same.rewrite).toEqual([]);
    const shifted = layout([['标题'], ['一、部门概况'], ['新的一段'], ['第一段'], ['第二段']]);
    const moved = planReconcile(shifted, stateOf(before), current);
    expect(moved.moved.map((e) => [e.address, e.text, e.section])).toEqual([['A4', '我改的第二段', '支出主要内容']]);
    expect(moved.rewrite).toEqual([[2, 4]]);
  });

  it('rewrites a whole merge over several rows when one of its rows changes, moving an edit inside it', () => {
    const merged = layout(
      [
        ['表头', 'x'],
        ['a', 'y'],
        ['b', 'z'],
      ],
      [{ top: 0, left: 0, bottom: 1, right: 0 }],
    );
    const current = asRead(merged);
    current[1] = ['', '我的备注'];
    const next = layout(
      [
        ['表头', 'x'],
        ['a', 'y2'],
        ['b', 'z'],
      ],
      [{ top: 0, left: 0, bottom: 1, right: 0 }],
    );
    const plan = planReconcile(next, stateOf(merged), current);
    expect(plan.rewrite).toEqual([[0, 1]]);
    expect(plan.moved.map((e) => e.text)).toEqual(['我的备注']);
  });

  it('a row the user inserted or deleted: the rows that only moved are ours and rewritten, not listed as edits', () => {
    const inserted = asRead(before);
    inserted.splice(2, 0, ['我插入的一行']);
    const plan = planReconcile(before, stateOf(before), inserted);
    expect(plan.kept).toEqual([]);
    expect(plan.moved.map((e) => [e.address, e.text])).toEqual([['A3', '我插入的一行']]);
    expect(plan.rewrite).toEqual([[2, 4]]);
    const deleted = asRead(before);
    deleted.splice(2, 1);
    const again = planReconcile(before, stateOf(before), deleted);
    expect([again.kept, again.moved]).toEqual([[], []]);
    expect(again.rewrite).toEqual([[2, 3]]);
  });

  it('with no fingerprints (an older report), rewrites every row and claims no edits', () => {
    const plan = planReconcile(before, null, [['别的内容']]);
    expect(plan.rewrite).toEqual([[0, 3]]);
    expect(plan.kept).toEqual([]);
    expect(plan.moved).toEqual([]);
  });

  it('clears rows past a shorter layout, and text typed below our rows is left alone', () => {
    const current = [...asRead(before), [], ['用户在报告下方写的字']];
    const shorter = layout([['标题'], ['一、部门概况'], ['第一段']]);
    const plan = planReconcile(shorter, stateOf(before), current);
    expect(plan.rewrite).toEqual([[3, 3]]);
    expect(plan.moved).toEqual([]);
    expect(plan.extent).toBe(4);
  });
});
