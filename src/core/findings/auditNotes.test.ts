import { sheetOf } from '../grid/snapshot';
import { analyse } from '../analyse';
import { noteKeyOf, noteOf, planNote } from './auditNotes';
import { auditNoteTarget as noteTarget } from '../report/handedIn';
import { atCell, atSheet, finding } from './finding';
import { cellRef } from '../grid/address';

const p4 = (rows: (string | null)[][]) =>
  sheetOf('报告文字', [['报告文字'], ['章节', '内容'], ...rows] as (string | null)[][]);

describe('审核说明 notes in the 报告文字 sheet', () => {
  const cellFinding = finding('unit.missing', 'info', atCell(cellRef('Z03 支出决算表（财决04表）', 6, 4)), {
    table: 'T3',
  });
  const sheetFinding = finding('unit.missing', 'info', atSheet('项目支出明细表'), { table: 'P1' });

  it('keys a finding by its cell as findings print it, or by its code when it has no cell', () => {
    expect(noteKeyOf(cellFinding)).toBe('审核说明：Z03 支出决算表（财决04表）!E7');
    expect(noteKeyOf(sheetFinding)).toBe('审核说明：unit.missing');
    expect(noteTarget('审核说明: 支出决算表!E7 ')).toBe('支出决算表!E7');
    expect(noteTarget('绩效情况')).toBeNull();
  });

  it('appends a new note below everything, and rewrites its own row the next time', () => {
    const sheet = p4([
      ['绩效情况', '完成较好。'],
      [null, null],
      ['存在问题', '无。'],
    ]);
    const snapshot = { sheets: [sheet] };
    const first = planNote(snapshot, '报告文字', noteKeyOf(cellFinding), '含追加资金。');
    expect(first).toEqual({
      sheet: '报告文字',
      row: 5,
      keyCol: 0,
      valueCol: 1,
      key: '审核说明：Z03 支出决算表（财决04表）!E7',
      text: '含追加资金。',
    });
    const written = p4([
      ['绩效情况', '完成较好。'],
      [null, null],
      ['存在问题', '无。'],
      ['审核说明:Z03支出决算表(财决04表)!E7', '旧'],
    ]);
    expect(planNote({ sheets: [written] }, '报告文字', noteKeyOf(cellFinding), '新')?.row).toBe(5);
    expect(planNote(snapshot, undefined, noteKeyOf(cellFinding), 'x')).toBeNull();
  });

  it('reads the note back from the workbook as the 报告文字 reader keeps it (half-width, no spaces)', () => {
    const snapshot = {
      sheets: [
        p4([
          ['审核说明：Z03 支出决算表（财决04表）!E7', '含追加资金。'],
          ['审核说明：unit.missing', '单位为万元。'],
        ]),
      ],
    };
    const model = analyse(snapshot).model;
    expect(noteOf(model, cellFinding)).toBe('含追加资金。');
    expect(noteOf(model, sheetFinding)).toBe('单位为万元。');
    expect(noteOf(model, finding('unit.missing', 'info', atCell(cellRef('其他表', 1, 1)), { table: 'T1' }))).toBe(
      '单位为万元。',
    );
  });
});
