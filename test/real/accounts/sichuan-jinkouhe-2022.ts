/**
 * 四川省乐山市 金口河区 2022年度部门决算, “三公”经费财政拨款支出决算情况说明,
 * http://jkh.gov.cn/jkhq/2022nd/202309/4b3a6284d51b4beb847129d80be79931.shtml (the passage read
 * does not name the department; it speaks of its 文化车 used for 文化、体育、乡村振兴): 因公出国（境）
 * 0; 公务用车购置及运行维护费 2.25 万元, 完成预算 90% (购置 0, 运行维护 2.25); 公务接待费 3.43 万元,
 * 完成预算 100%; 国内公务接待 43 批次, 350 人次. Laid out wide, with a 栏次 row under the header
 * and the unit line standing over the last amount column.
 */
import { RealCase, addSheet, wideT7Header, workbook } from './realCase';

const T7 = '财政拨款三公经费支出决算表';

export const sichuanJinkouhe2022: RealCase = {
  id: 'sichuan-jinkouhe-2022',
  title: '金口河区2022年度部门决算（“三公”经费财政拨款支出决算情况说明）',
  year: 2022,
  department: '金口河区（本部门，页面摘录未给出名称）',
  province: '四川',
  source: 'http://jkh.gov.cn/jkhq/2022nd/202309/4b3a6284d51b4beb847129d80be79931.shtml',
  shapes: [1, 7],
  invented:
    'Published: 决算 0 / 2.25 (0 + 2.25) / 3.43 and the completion rates. Derived: budgets 2.5 (2.25 is 90% of it) ' +
    'and 3.43 (100%), so the 合计 are 5.93 (预算) and 5.68 (决算).',
  build: () => {
    const wb = workbook();
    const h = wideT7Header();
    addSheet(
      wb,
      T7,
      [
        ['财政拨款“三公”经费支出决算表'],
        [null, null, null, null, null, null, null, null, null, null, null, '金额单位：万元'],
        h.groups,
        h.items,
        h.subs,
        ['栏次', 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        [5.93, 0, 2.5, 0, 2.5, 3.43, 5.68, 0, 2.25, 0, 2.25, 3.43],
      ],
      ['A1:L1', ...h.merges(3)],
    );
    return wb;
  },
  figures: {
    threePublicBudget: '5.93',
    threePublicActual: '5.68',
    abroadActual: '0',
    vehiclePurchaseActual: '0',
    vehicleOperationActual: '2.25',
    receptionActual: '3.43',
  },
  findings: [],
};
