import { sheetOf } from '../grid/snapshot';
import { locateTables } from './locate';
import { textLinesStart } from './textLines';
import { describeFinding } from '../findings/wording';

/** 收入支出决算总表 as it lands when its PDF text is pasted into Excel: one line per row, in column A. */
const PASTED = [
  ['收入支出决算总表'],
  ['编制单位：珠晖区教育局 金额单位：万元'],
  ['项目 行次 金额 项目 行次 金额'],
  ['一、一般公共预算财政拨款收入 1 31,865.20 一、教育支出 32 26,029.09'],
  ['二、政府性基金预算财政拨款收入 2 - 二、社会保障和就业支出 33 2,745.36'],
  ['三、国有资本经营预算财政拨款收入 3 三、卫生健康支出 34 1,270.45'],
  ['本年收入合计 7 31,865.20 本年支出合计 38 32,025.54'],
];

describe('a table pasted as lines of text', () => {
  it('is found at its first line with numbers', () => {
    expect(textLinesStart(sheetOf('Sheet1', PASTED))).toEqual({ sheet: 'Sheet1', row: 3, col: 0 });
  });

  it('is not a sheet laid out in cells, nor a sheet of prose without numbers as words', () => {
    const inCells = [['收入支出决算总表'], ['项目', '行次', '金额'], ['一、一般公共预算财政拨款收入', 1, 100], ['本年收入合计', 7, 100]];
    expect(textLinesStart(sheetOf('T1', inCells))).toBeNull();
    const prose = [['一、部门概况'], ['本部门内设10个机构。'], ['年末在职人员1225人。'], ['全年支出32025.54万元。']];
    expect(textLinesStart(sheetOf('说明', prose))).toBeNull();
  });

  it('is said at its cell as the table its title names, instead of that table missing', () => {
    const { tables, findings } = locateTables({ sheets: [sheetOf('Sheet1', PASTED)] });
    expect(tables).toHaveLength(0);
    const said = findings.filter((f) => f.code === 'table.textLines');
    expect(said).toHaveLength(1);
    expect(said[0].severity).toBe('warning');
    expect(said[0].at).toMatchObject({ sheet: 'Sheet1', row: 3, col: 0 });
    expect(describeFinding(said[0], 'zh-CN')).toBe(
      'Sheet1!A4：工作表“Sheet1”的每一行都是一整行文字（如从PDF复制粘贴所得），只占一个单元格，分不清各栏金额，未作为收入支出决算总表读取；请用“数据→分列”按空格把它拆成各栏后再运行',
    );
    expect(findings.some((f) => f.code === 'table.missing' && f.fields.table === 'T1')).toBe(false);
  });

  it('is an error when the table is the required self-evaluation form', () => {
    const form = [['部门整体支出绩效自评表'], ['预算执行情况 年初预算数 全年预算数 全年执行数 分值 执行率 得分'], ['年度资金总额 100 100 98 10 98% 9.8'], ['其中：财政拨款 90 90 88 - - -'], ['其他资金 10 10 10 - - -']];
    const { findings } = locateTables({ sheets: [sheetOf('绩效自评', form)] });
    expect(findings.find((f) => f.code === 'table.textLines')?.severity).toBe('error');
  });

  it('says nothing of lines on a sheet that names none of our tables', () => {
    const notes = [['备忘'], ['电费 12 月 3.5'], ['水费 12 月 1.2'], ['物业 12 月 8.0']];
    const { findings } = locateTables({ sheets: [sheetOf('备忘', notes)] });
    expect(findings.some((f) => f.code === 'table.textLines')).toBe(false);
  });
});
