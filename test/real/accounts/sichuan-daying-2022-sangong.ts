/**
 * 四川省遂宁市 大英县文化广播电视和旅游局《2022年度单位决算》, 七、财政拨款“三公”经费支出决算
 * 情况说明, https://dyrmt.com/article-133619-7.html: 公务接待费支出 7.8 万元, 完成预算 100%;
 * 国内公务接待 16 批次, 800 人次. A long "三公" table with the official item names (公务用车购置及
 * 运行维护费 over 公务用车购置费 / 公务用车运行维护费, 国内接待费 under 公务接待费) and its
 * 其他资料 count rows below the money.
 */
import { RealCase, addSheet, workbook } from './realCase';

const T7 = '“三公”经费支出决算表';

export const sichuanDaying2022Sangong: RealCase = {
  id: 'sichuan-daying-2022-sangong',
  title: '大英县文化广播电视和旅游局2022年度单位决算（“三公”经费）',
  year: 2022,
  department: '大英县文化广播电视和旅游局',
  province: '四川',
  source: 'https://dyrmt.com/article-133619-7.html',
  shapes: [7],
  invented:
    'Published: 公务接待费 7.8 (100% of its budget, so budget 7.8), 16 批次, 800 人次. Invented: 因公出国（境）费 and ' +
    '公务用车 lines as 0 (the excerpt read gives no amount for them), so the 合计 is 7.8; 公务用车保有量 0.',
  build: () => {
    const wb = workbook();
    addSheet(
      wb,
      T7,
      [
        ['一般公共预算财政拨款“三公”经费支出决算表'],
        ['单位：大英县文化广播电视和旅游局', null, '金额单位：万元'],
        ['项目', '预算数', '决算数'],
        ['合计', 7.8, 7.8],
        ['1.因公出国（境）费', 0, 0],
        ['2.公务用车购置及运行维护费', 0, 0],
        ['（1）公务用车购置费', 0, 0],
        ['（2）公务用车运行维护费', 0, 0],
        ['3.公务接待费', 7.8, 7.8],
        ['（1）国内接待费', 7.8, 7.8],
        ['（2）国（境）外接待费', 0, 0],
        ['其他资料：'],
        ['1.国内公务接待批次（个）', null, 16],
        ['2.国内公务接待人次（人）', null, 800],
        ['3.公务用车保有量（辆）', null, 0],
      ],
      ['A1:C1'],
    );
    return wb;
  },
  figures: {
    threePublicBudget: '7.8',
    threePublicActual: '7.8',
    receptionActual: '7.8',
    vehicleOperationActual: '0',
    vehiclePurchaseActual: '0',
    abroadActual: '0',
  },
  findings: [],
};
