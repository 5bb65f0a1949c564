/**
 * 湖南省益阳市 桃江县 2019年度部门决算, “三公”经费支出决算情况说明,
 * http://taojiang.gov.cn/26631/26632/content_2001885.html (the passage read does not name the
 * department; the page is one of the county's 部门决算 pages): 预算 44.52 万元, 决算 22.62 万元 =
 * 公务接待费 20.10 + 公务用车运行维护费 2.52; 无因公出国（境）; 公务用车保有量 2 辆; 国内公务接待
 * 520 批次, 4200 人次. A long table with the older item names (公务用车购置及运行费, 公务用车运行费)
 * and the counts as columns of their own right of the money.
 */
import { RealCase, addSheet, workbook } from './realCase';

const T7 = '表7 三公经费';

export const hunanTaojiang2019: RealCase = {
  id: 'hunan-taojiang-2019',
  title: '桃江县2019年度部门决算（“三公”经费支出决算情况说明）',
  year: 2019,
  department: '桃江县（本部门，页面摘录未给出名称）',
  province: '湖南',
  source: 'http://taojiang.gov.cn/26631/26632/content_2001885.html',
  shapes: [7],
  invented:
    'Published: 预算 44.52, 决算 22.62, 公务接待费 20.10, 公务用车运行维护费 2.52, no travel abroad, 2 vehicles, ' +
    '520 批次, 4200 人次. Invented: the item budgets (公务接待费 38.52, 公务用车运行费 6.00, summing to 44.52).',
  build: () => {
    const wb = workbook();
    addSheet(
      wb,
      T7,
      [
        ['2019年度一般公共预算财政拨款“三公”经费支出决算表'],
        [null, null, null, null, '单位：万元'],
        ['项目', '预算数', '决算数', '车辆数（辆）', '接待批次（个）'],
        ['合计', 44.52, 22.62, null, null],
        ['一、因公出国（境）费', 0, 0, null, null],
        ['二、公务用车购置及运行费', 6, 2.52, 2, null],
        ['    其中：公务用车购置费', 0, 0, null, null],
        ['          公务用车运行费', 6, 2.52, null, null],
        ['三、公务接待费', 38.52, 20.1, null, 520],
        ['注：国内公务接待人次 4200 人。'],
      ],
      ['A1:E1'],
    );
    return wb;
  },
  figures: {
    threePublicBudget: '44.52',
    threePublicActual: '22.62',
    abroadActual: '0',
    vehicleOperationActual: '2.52',
    receptionActual: '20.1',
  },
  findings: [],
};
