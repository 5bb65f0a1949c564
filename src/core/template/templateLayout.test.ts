import { templateLayout, templateSheetsFor, TEMPLATE_TABLES } from './templateLayout';
import { TEMPLATE_SHEETS } from './templateSheets';
import { freeSheetName } from '../grid/sheetNames';

const t1 = TEMPLATE_SHEETS.find((s) => s.table === 'T1')!;

describe('a template sheet as a layout', () => {
  it('merges the title over the table and each group label over its columns', () => {
    const layout = templateLayout(t1);
    expect(layout.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 2, left: 0, bottom: 2, right: 2 },
      { top: 2, left: 3, bottom: 2, right: 5 },
    ]);
  });

  it('freezes everything above the 注： row and styles that row as a note', () => {
    const layout = templateLayout(t1);
    const note = layout.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('注：'))!;
    expect(layout.frozenRows).toBe(note.row);
    expect(layout.styles[note.style].italic).toBe(true);
  });

  it('puts the unit line in the last column of row 2 and leaves it out for sheets without amounts', () => {
    expect(templateLayout(t1).cells.find((c) => c.row === 1)).toMatchObject({ col: 5, value: '单位：万元' });
    const p3 = TEMPLATE_SHEETS.find((s) => s.table === 'P3')!;
    expect(templateLayout(p3).cells.some((c) => c.row === 1)).toBe(false);
  });
});

describe('choosing the template sheets to insert', () => {
  it('keeps the template order and the names that are free', () => {
    expect(templateSheetsFor(['P1', 'T3'], ['Sheet1']).map((s) => s.name)).toEqual(['支出决算表', '项目支出明细表']);
  });

  it('never takes a name a sheet has, whatever its case', () => {
    expect(templateSheetsFor(['P4'], ['报告文字', '报告文字 (2)']).map((s) => s.name)).toEqual(['报告文字 (3)']);
    expect(freeSheetName('Report', ['report'])).toBe('Report (2)');
  });

  it('keeps a numbered name within Excel’s 31 characters', () => {
    const long = '一二三四五六七八九十'.repeat(3) + '一';
    const name = freeSheetName(long, [long]);
    expect(name).toHaveLength(31);
    expect(name.endsWith(' (2)')).toBe(true);
  });

  it('has a sheet for every table the pane can ask for', () => {
    expect(TEMPLATE_TABLES).toEqual(['T1', 'T3', 'T5', 'T6', 'T7', 'P1', 'P2', 'P3', 'P4', 'S']);
  });
});
