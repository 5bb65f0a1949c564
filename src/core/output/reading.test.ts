/** No silent guesses: every table found says how it was read (issue 14). */
import { sheetOf } from '../grid/snapshot';
import { describeFinding } from '../findings/wording';
import { recognise } from '../recognise/recognise';
import { readingJson, readingLines } from './reading';

const t3 = sheetOf('支出表', [
  ['支出决算表'],
  [null, null, null, null, '金额单位：万元'],
  ['科目编码', '科目名称', '本年支出合计数', '基本支出', '项目支出'],
  ['栏次', null, 1, 2, 3],
  [null, '合计', 100, 80, 20],
  ['205', '教育支出', 100, 80, 20],
  ['说明：本表反映部门本年度各项支出情况。'],
  [null, '以下无数据', null, null, null],
  [null, '调整数', 5, null, null],
]);

describe('the reading of a table', () => {
  const model = recognise({ sheets: [t3] });
  const info = model.tables[0];

  it('names the header rows, each column taken, the unit, rows read and rows skipped with why', () => {
    expect(readingLines(info)).toEqual([
      'T3 支出决算表：工作表“支出表”，表头第 3 行，单位 万元',
      '  列：A 科目编码←“科目编码”；B 科目名称←“科目名称”；C 本年支出合计←“本年支出合计数”（部分吻合，请核对）；D 基本支出←“基本支出”；E 项目支出←“项目支出”',
      '  读取 2 行；跳过 4 行：第 4 行表头或栏次行，第 7 行注释行，第 8 行文字行（无金额），第 9 行有数字但无科目编码或可识别的项目名称',
    ]);
  });

  it('names the fields in English for the English pane, keeping the user’s header text as typed', () => {
    expect(readingLines(info, 'en-US').slice(1)).toEqual([
      '  columns: A account code ← "科目编码"; B account name ← "科目名称"; C total spending ← "本年支出合计数" (partial match, please check); D basic spending ← "基本支出"; E project spending ← "项目支出"',
      '  2 rows read; 4 skipped: row 4 a header or column-number row, row 7 a note, row 8 text only (no amount), row 9 numbers without a code or a known item name',
    ]);
    expect(describeFinding(model.findings.find((f) => f.code === 'column.weak')!, 'en-US')).toContain(
      'for the field "total spending"',
    );
  });

  it('gives the same as data for --json', () => {
    expect(readingJson(info)).toMatchObject({
      headerRows: [3, 3],
      rowsRead: 2,
      columns: expect.arrayContaining([{ field: 'total', name: '本年支出合计', column: 'C', header: '本年支出合计数', weak: true }]),
      skipped: [
        { row: 4, reason: 'header' },
        { row: 7, reason: 'note' },
        { row: 8, reason: 'text' },
        { row: 9, reason: 'noData' },
      ],
    });
  });

  it('reports a column taken on weak evidence as an info at its header cell', () => {
    const weak = model.findings.filter((f) => f.code === 'column.weak');
    expect(weak.map((f) => [f.severity, f.at.row, f.at.col])).toEqual([['info', 2, 2]]);
    expect(describeFinding(weak[0], 'zh-CN')).toBe('支出表!C3：支出决算表的“本年支出合计”取自表头“本年支出合计数”一列（表头文字只部分吻合），请核对');
  });
});

describe('the reading of a long "三公" table', () => {
  it('says which rows were passed over as details and which are counts, not amounts', () => {
    const t7 = sheetOf('三公经费', [
      ['“三公”经费支出决算表', null, '单位：万元'],
      ['项目', '预算数', '决算数'],
      ['合计', 7.8, 7.8],
      ['公务接待费', 7.8, 7.8],
      ['（1）国内接待费', 7.8, 7.8],
      ['国内公务接待批次（个）', null, 16],
    ]);
    const info = recognise({ sheets: [t7] }).tables[0];
    expect(readingLines(info)[2]).toBe(
      '  读取 2 行；跳过 2 行：第 5 行明细行（已取其合计或上级项目），第 6 行数量行（车辆数、批次、人次，不是金额）',
    );
  });
});
