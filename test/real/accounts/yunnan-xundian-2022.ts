/**
 * 云南省昆明市 寻甸回族彝族自治县文化和旅游局《2022年度“三公”经费决算情况说明》(2023-08-21),
 * http://www.kmxd.gov.cn/c/2023-08-21/6684390.shtml: 年初预算 27,080 元, 支出决算 26,085.58 元;
 * 因公出国（境）费 0; 公务用车购置费 0; 公务用车运行维护费 23,005.58 元 (95.86% of its budget);
 * 公务接待费 3,080 元 (100%); 公务用车保有量 2 辆; 因公出国（境）团组 0 个, 0 人次.
 * A long table in 元 with the numbers as text with thousands separators, as a PDF copy gives them.
 */
import { RealCase, addSheet, workbook } from './realCase';

const T7 = '三公经费决算';

export const yunnanXundian2022: RealCase = {
  id: 'yunnan-xundian-2022',
  title: '寻甸县文化和旅游局2022年度“三公”经费决算情况说明',
  year: 2022,
  department: '寻甸回族彝族自治县文化和旅游局',
  province: '云南',
  source: 'http://www.kmxd.gov.cn/c/2023-08-21/6684390.shtml',
  shapes: [7, 8],
  invented:
    'Published: every amount and count. Derived, not published as such: the 公务用车运行维护费 budget 24,000 元 ' +
    '(23,005.58 元 is 95.86% of it, and 24,000 + 3,080 = the published 27,080).',
  build: () => {
    const wb = workbook();
    addSheet(
      wb,
      T7,
      [
        ['2022年度一般公共预算财政拨款“三公”经费支出决算表'],
        ['编制单位：寻甸回族彝族自治县文化和旅游局', null, '单位：元'],
        ['项目', '年初预算数', '决算数'],
        ['合计', '27,080.00', '26,085.58'],
        ['1.因公出国（境）费', '0.00', '0.00'],
        ['2.公务用车购置及运行维护费', '24,000.00', '23,005.58'],
        ['  其中：公务用车购置费', '0.00', '0.00'],
        ['        公务用车运行维护费', '24,000.00', '23,005.58'],
        ['3.公务接待费', '3,080.00', '3,080.00'],
        ['其他资料：'],
        ['1.因公出国（境）团组数（个）', null, 0],
        ['2.因公出国（境）人次（人）', null, 0],
        ['3.公务用车保有量（辆）', null, 2],
      ],
      ['A1:C1'],
    );
    return wb;
  },
  figures: {
    threePublicBudget: '2.708',
    threePublicActual: '2.608558',
    abroadActual: '0',
    vehiclePurchaseActual: '0',
    vehicleOperationActual: '2.300558',
    receptionActual: '0.308',
  },
  findings: [],
};
