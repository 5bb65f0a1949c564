/**
 * 陕西省商洛市 柞水县审计局《柞水县审计局2020年部门决算》, 第二部分 七、一般公共预算财政拨款
 * “三公”经费及会议费、培训费支出决算表, http://219.145.244.73:88/html/zwgk/czysjs/118395.html
 * The 陕西 wide layout: the items are columns (合计 | 因公出国（境）费 | 公务用车购置及运行费 over
 * 购置费 | 运行费 | 公务接待费 | 会议费 | 培训费) and the sides are rows (预算数, 决算数). Its 合计
 * counts 会议费 and 培训费 too, so it is not the "三公"经费 合计.
 */
import { RealCase, addSheet, workbook } from './realCase';

const T7 = '三公经费及会议费培训费';

export const shaanxiZhashui2020Sangong: RealCase = {
  id: 'shaanxi-zhashui-2020-sangong',
  title: '柞水县审计局2020年部门决算（“三公”经费及会议费、培训费）',
  year: 2020,
  department: '柞水县审计局',
  province: '陕西',
  source: 'http://219.145.244.73:88/html/zwgk/czysjs/118395.html',
  shapes: [7],
  invented:
    'Published: the title of table 七 and its layout (the stored copy of the page gives no amounts of it). ' +
    'Invented: every amount (预算数 合计 13.5 = 0 + 0 + 4.5 + 3 + 2 + 4; 决算数 合计 10.26 = 0 + 0 + 3.86 + 2.4 + 1.5 + 2.5).',
  build: () => {
    const wb = workbook();
    addSheet(
      wb,
      T7,
      [
        ['一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表'],
        ['单位：柞水县审计局', null, null, null, null, null, null, '单位：万元'],
        ['项目', '合计', '因公出国（境）费', '公务用车购置及运行费', null, '公务接待费', '会议费', '培训费'],
        [null, null, null, '公务用车购置费', '公务用车运行费'],
        ['预算数', 13.5, 0, 0, 4.5, 3, 2, 4],
        ['决算数', 10.26, 0, 0, 3.86, 2.4, 1.5, 2.5],
      ],
      ['A1:H1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4', 'G3:G4', 'H3:H4'],
    );
    return wb;
  },
  figures: {
    threePublicBudget: '7.5',
    threePublicActual: '6.26',
    receptionActual: '2.4',
    vehicleOperationActual: '3.86',
    vehiclePurchaseActual: '0',
    abroadActual: '0',
  },
  findings: [],
};
