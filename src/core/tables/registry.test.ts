import { TABLES, tableSpec, tablesNeeded } from './registry';
import { TEMPLATE_SHEETS } from '../template/templateSheets';
import { FIGURE_IDS } from '../indicators/figures';
import { identifySheet } from '../recognise/locate';
import { TABLE_NAMES } from '../findings/tableNames';
import { sheetOf } from '../grid/snapshot';

describe('the table registry', () => {
  it('lists every standard table once, in spec order', () => {
    expect(TABLES.map((t) => t.id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'P1', 'P2', 'P3', 'P4', 'S']);
  });

  it('marks as having a template exactly the tables the template writes', () => {
    const templated = new Set(TEMPLATE_SHEETS.map((s) => s.table));
    for (const t of TABLES) expect([t.id, t.template]).toEqual([t.id, templated.has(t.id)]);
  });

  it('feeds only known figures, and every figure from a table is fed by one', () => {
    const fed = TABLES.flatMap((t) => t.feeds);
    for (const f of fed) expect(FIGURE_IDS).toContain(f);
    expect(new Set(fed).size).toBe(fed.length - 1); // 本年支出合计 comes from T3, or T1 when T3 lacks it
  });

  it('gives the required and recommended tables of spec/workbook.md', () => {
    expect(tablesNeeded('required')).toEqual(['T3', 'T6', 'P2', 'P3']);
    expect(tablesNeeded('recommended')).toEqual(['T1', 'T7', 'P1']);
  });

  it('finds each table by its official title as a sheet name, with its 公开 number', () => {
    for (const t of TABLES) {
      const name = `${t.gongkai ?? ''}${t.name}`;
      expect([name, identifySheet(sheetOf(name, [[null]]))?.id]).toEqual([name, t.id]);
      expect(TABLE_NAMES[t.id]).toBe(tableSpec(t.id).name);
    }
  });

  it('gives every reader its header words as data', () => {
    for (const t of TABLES.filter((x) => x.reader)) expect(Object.keys(t.columns).length).toBeGreaterThan(0);
  });
});
