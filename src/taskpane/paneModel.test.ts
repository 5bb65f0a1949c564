/** The pane's 数据 tab model says how each table was read (issue 14: no silent guesses). */
import { analyse } from '../core/analyse';
import { sheetOf } from '../core/grid/snapshot';
import { toPaneModel } from './paneModel';

const t3 = sheetOf('支出决算表', [
  ['支出决算表', null, null, null, '单位：万元'],
  ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
  [null, '合计', 100, 80, 20],
  ['205', '教育支出', 100, 80, 20],
  ['注：本表为示例。'],
]);

describe('toPaneModel reading', () => {
  it('gives each table its columns taken and rows read and skipped', () => {
    const pane = toPaneModel(analyse({ sheets: [t3] }), 'zh-CN');
    expect(pane.tables[0].reading).toEqual([
      '列：A 科目编码←“科目编码”；B 科目名称←“科目名称”；C 本年支出合计←“本年支出合计”；D 基本支出←“基本支出”；E 项目支出←“项目支出”',
      '读取 2 行；跳过 1 行：第 5 行注释行',
    ]);
  });

  it('says it in English for an English pane', () => {
    const pane = toPaneModel(analyse({ sheets: [t3] }), 'en-US');
    expect(pane.tables[0].reading[1]).toBe('2 rows read; 1 skipped: row 5 a note');
  });

  it('names tables as the 决算 software does, with their 财决 number where known', () => {
    const pane = toPaneModel(analyse({ sheets: [t3] }), 'zh-CN');
    expect(pane.tables[0].name).toBe('支出决算表（财决04表）');
    const missing = Object.fromEntries(pane.missing.map((m) => [m.id, m.name]));
    expect(missing.T1).toBe('收入支出决算总表（财决01表）');
    expect(missing.P2).toBe('部门整体支出绩效自评表');
  });
});
