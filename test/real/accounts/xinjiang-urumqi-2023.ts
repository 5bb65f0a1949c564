/**
 * 新疆维吾尔自治区 乌鲁木齐市政务服务中心《2023年度部门决算公开说明》,
 * http://upcchem.com/wlmqs/c119485/202501/b6ed714d8d334d43bcd1e201fd61491c.shtml (a copy of the
 * published text): 收入总计 434.72 = 本年收入合计 434.16 + 使用非财政拨款结余 0.00 + 年初结转和结余
 * 0.55; 支出总计 434.72 = 本年支出合计 434.16 + 结余分配 0.00 + 年末结转和结余 0.55. Both sides
 * add up to 434.71: the published totals carry a 0.01 rounding residue (尾差).
 * Rebuilt as the text a PDF copy gives: labels broken over lines and over two rows, numbers as text.
 */
import { RealCase, addSheet, workbook } from './realCase';

const T1 = '收入支出决算总表';

export const xinjiangUrumqi2023: RealCase = {
  id: 'xinjiang-urumqi-2023',
  title: '乌鲁木齐市政务服务中心2023年度部门决算',
  year: 2023,
  department: '乌鲁木齐市政务服务中心',
  province: '新疆',
  source: 'http://upcchem.com/wlmqs/c119485/202501/b6ed714d8d334d43bcd1e201fd61491c.shtml',
  shapes: [8, 9],
  invented:
    'Published: 收/支总计 434.72, 本年收入/支出合计 434.16, 年初/年末结转和结余 0.55, 使用非财政拨款结余 and ' +
    '结余分配 0.00. Invented: all income as 一般公共预算财政拨款收入 and all spending as 一般公共服务支出 (the ' +
    'excerpt gives no breakdown), and an export glitch: the 结余分配 cell holds a date (2023/12/31).',
  build: () => {
    const wb = workbook();
    addSheet(
      wb,
      T1,
      [
        ['收入支出决算总表'],
        ['编制单位：乌鲁木齐市政务服务中心', null, '单位：万元'],
        ['项目', '金额', '项目', '金额'],
        ['一、一般公共预算财政拨款收\n入', '434.16 ', '一、一般公共服务支出', '434.16'],
        ['本年收入合\n计', '434.16', '本年支出合计', '434.16'],
        ['使用非财政拨款结', '0.00', '结余分配', 45291],
        ['余', null, null, null],
        ['年初结转和结余', ' 0.55', '年末结转和结余', '0.55'],
        ['总 计', '434.72', '总 计', '434.72'],
      ],
      ['A1:D1'],
      { D6: 'yyyy/m/d' },
    );
    return wb;
  },
  figures: {
    incomeTotal: '434.16',
    generalBudgetIncome: '434.16',
    carryoverBeginning: '0.55',
    carryoverEnd: '0.55',
    expenditureTotal: '434.16',
  },
  findings: [
    // 434.16 + 0.00 + 0.55 = 434.71 against the published 434.72: 尾差 on each side.
    'T1.balance info 收入支出决算总表!B9',
    'T1.balance info 收入支出决算总表!D9',
    // The date in the 结余分配 amount cell is not read as 45291 万元.
    'cell.value error 收入支出决算总表!D6',
  ],
};
