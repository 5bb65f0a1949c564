/**
 * 四川省遂宁市 大英县文化广播电视和旅游局《2022年度单位决算》, 第二部分 情况说明,
 * https://dyrmt.com/article-133619-2.html (机关运行经费: https://dyrmt.com/article-133619-7.html).
 * Published: 收、支总计 4125.49 and 4143.91 万元 (they differ: the published T1 does not balance),
 * 本年收入合计 4125.49 = 一般公共预算财政拨款收入 3859.16 + 其他收入 266.33, 本年支出合计
 * 4143.91 = 基本支出 1140.27 + 项目支出 3003.64.
 */
import { RealCase, addSheet, workbook } from './realCase';

const T1 = '收入支出决算表';
const T3 = '支出决算表';
const T6 = '基本支出决算表';

function t1Rows(): (string | number | null)[][] {
  return [
    ['收入支出决算总表'],
    ['单位：大英县文化广播电视和旅游局', null, null, null, null, '金额单位：万元'],
    ['收入', null, null, '支出'],
    ['项目', '行次', '金额', '项目', '行次', '金额'],
    ['一、一般公共预算财政拨款收入', 1, 3859.16, '一、文化旅游体育与传媒支出', 32, 3800],
    ['二、政府性基金预算财政拨款收入', 2, 0, '二、社会保障和就业支出', 33, 200],
    ['三、国有资本经营预算财政拨款收入', 3, 0, '三、卫生健康支出', 34, 60],
    ['四、上级补助收入', 4, 0, '四、住房保障支出', 35, 83.91],
    ['五、事业收入', 5, 0, null, null, null],
    ['六、经营收入', 6, 0, null, null, null],
    ['七、附属单位上缴收入', 7, 0, null, null, null],
    ['八、其他收入', 8, 266.33, null, null, null],
    ['本年收入合计', 9, 4125.49, '本年支出合计', 36, 4143.91],
    ['使用非财政拨款结余', 10, '-', '结余分配', 37, '-'],
    ['年初结转和结余', 11, '-', '年末结转和结余', 38, '-'],
    ['总计', 12, 4125.49, '总计', 39, 4143.91],
  ];
}

function t3Rows(): (string | number | null)[][] {
  return [
    ['支出决算表'],
    [null, null, null, null, null, null, null, null, null, '公开03表'],
    ['单位：大英县文化广播电视和旅游局', null, null, null, null, null, null, null, null, '金额单位：万元'],
    ['项目', null, null, null, '本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
    ['功能分类科目编码', null, null, '科目名称'],
    ['类', '款', '项'],
    ['栏次', null, null, null, 1, 2, 3, 4, 5, 6],
    ['合计', null, null, null, 4143.91, 1140.27, 3003.64, 0, 0, 0],
    ['207', null, null, '文化旅游体育与传媒支出', 3800, 796.36, 3003.64],
    ['207', '01', null, '文化和旅游', 3800, 796.36, 3003.64],
    ['207', '01', '01', '行政运行', 796.36, 796.36, 0],
    ['207', '01', '99', '其他文化和旅游支出', 3003.64, 0, 3003.64],
    ['208', null, null, '社会保障和就业支出', 200, 200, 0],
    ['208', '05', null, '行政事业单位养老支出', 200, 200, 0],
    ['210', null, null, '卫生健康支出', 60, 60, 0],
    ['210', '11', null, '行政事业单位医疗', 60, 60, 0],
    ['221', null, null, '住房保障支出', 83.91, 83.91, 0],
    ['221', '02', null, '住房改革支出', 83.91, 83.91, 0],
  ];
}

/** The official three-lane 基本支出决算表: 人员经费 | 公用经费 (two lanes), footer labels merged. */
function t6Rows(): (string | number | null)[][] {
  const lane1: [string, string, number][] = [
    ['301', '工资福利支出', 850],
    ['30101', '基本工资', 300],
    ['30102', '津贴补贴', 200],
    ['30103', '奖金', 50],
    ['30107', '绩效工资', 150],
    ['30108', '机关事业单位基本养老保险缴费', 100],
    ['30112', '其他社会保障缴费', 50],
    ['303', '对个人和家庭的补助', 146.54],
    ['30302', '退休费', 146.54],
  ];
  const lane2: [string, string, number][] = [
    ['302', '商品和服务支出', 133.73],
    ['30201', '办公费', 20],
    ['30211', '差旅费', 10],
    ['30217', '公务接待费', 7.8],
    ['30228', '工会经费', 15],
    ['30229', '福利费', 10],
    ['30239', '其他交通费用', 40],
    ['30299', '其他商品和服务支出', 30.93],
  ];
  const lane3: [string, string, number][] = [
    ['310', '资本性支出', 10],
    ['31002', '办公设备购置', 10],
  ];
  const rows: (string | number | null)[][] = [
    ['一般公共预算财政拨款基本支出决算表'],
    ['单位：大英县文化广播电视和旅游局', null, null, null, null, null, null, null, '金额单位：万元'],
    ['人员经费', null, null, '公用经费'],
    ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
  ];
  for (let i = 0; i < lane1.length; i++)
    rows.push([...(lane1[i] ?? [null, null, null]), ...(lane2[i] ?? [null, null, null]), ...(lane3[i] ?? [null, null, null])]);
  rows.push(['人员经费合计', null, 996.54, '公用经费合计', null, null, null, null, 143.73]);
  return rows;
}

export const sichuanDaying2022: RealCase = {
  id: 'sichuan-daying-2022',
  title: '大英县文化广播电视和旅游局2022年度单位决算',
  year: 2022,
  department: '大英县文化广播电视和旅游局',
  province: '四川',
  source: 'https://dyrmt.com/article-133619-2.html',
  shapes: [2, 5, 6],
  invented:
    'Published: 本年收入合计 4125.49, 一般公共预算财政拨款收入 3859.16, 其他收入 266.33, 本年支出合计 4143.91, ' +
    '基本支出 1140.27, 项目支出 3003.64, 收/支总计 4125.49/4143.91, 公务接待费 7.8. Invented: the 功能分类 rows ' +
    '(207/208/210/221 split of the totals), and every item of the 基本支出决算表 (summing to 1140.27).',
  build: () => {
    const wb = workbook();
    // The sheet name is a near-miss of its title (收入支出决算表 / 收入支出决算总表).
    addSheet(wb, T1, t1Rows(), ['A1:F1', 'A3:C3', 'D3:F3']);
    addSheet(wb, T3, t3Rows(), ['A1:J1', 'A4:D4', 'A5:C5', 'D5:D6', 'E4:E6', 'F4:F6', 'G4:G6', 'H4:H6', 'I4:I6', 'J4:J6', 'A7:D7', 'A8:D8']);
    addSheet(wb, T6, t6Rows(), ['A1:I1', 'A3:C3', 'D3:I3', 'A14:B14', 'D14:H14']);
    return wb;
  },
  figures: {
    incomeTotal: '4125.49',
    generalBudgetIncome: '3859.16',
    expenditureTotal: '4143.91',
    basicExpenditure: '1140.27',
    projectExpenditure: '3003.64',
    personnelExpenditure: '996.54',
    publicExpenditure: '143.73',
  },
  // The published 收、支总计 differ by 18.42 万元.
  findings: ['T1.balance error 收入支出决算表!F16'],
};
