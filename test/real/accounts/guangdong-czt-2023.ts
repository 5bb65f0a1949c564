/**
 * 广东省 广东省财政厅《2023年广东省财政厅一般公共预算财政拨款“三公”经费支出决算情况说明》,
 * http://czt.gd.gov.cn/sgjf/content/post_4484831.html: 决算 62.07 万元 against 预算 84.82;
 * 因公出国（境）费 12.02 / 12.02; 公务用车购置及运行维护费 27.46 / 29.6 (购置 0 / 0, 运行维护 27.46 /
 * 29.6); 公务接待费 22.59 / 43.2. The official wide table (公开07表): 预算数 and 决算数 groups, each
 * 合计 | 因公出国（境）费 | 公务用车购置及运行维护费{小计 | 公务用车购置费 | 公务用车运行维护费} | 公务接待费.
 */
import { RealCase, addSheet, wideT7Header, workbook } from './realCase';

const T7 = '公开07表';

export const guangdongCzt2023: RealCase = {
  id: 'guangdong-czt-2023',
  title: '2023年广东省财政厅一般公共预算财政拨款“三公”经费支出决算情况说明',
  year: 2023,
  department: '广东省财政厅',
  province: '广东',
  source: 'http://czt.gd.gov.cn/sgjf/content/post_4484831.html',
  shapes: [7],
  invented: 'None: every amount is published (the table is rebuilt from the 情况说明 text).',
  build: () => {
    const wb = workbook();
    const h = wideT7Header();
    addSheet(
      wb,
      T7,
      [
        ['一般公共预算财政拨款“三公”经费支出决算表'],
        [null, null, null, null, null, null, null, null, null, null, null, '公开07表'],
        ['部门：广东省财政厅', null, null, null, null, null, null, null, null, null, null, '金额单位：万元'],
        h.groups,
        h.items,
        h.subs,
        [84.82, 12.02, 29.6, 0, 29.6, 43.2, 62.07, 12.02, 27.46, 0, 27.46, 22.59],
      ],
      ['A1:L1', ...h.merges(4)],
    );
    return wb;
  },
  figures: {
    threePublicBudget: '84.82',
    threePublicActual: '62.07',
    abroadActual: '12.02',
    vehiclePurchaseActual: '0',
    vehicleOperationActual: '27.46',
    receptionActual: '22.59',
  },
  findings: [],
};
