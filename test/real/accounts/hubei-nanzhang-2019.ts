/**
 * 湖北省襄阳市 南漳县招商服务中心《南漳县招商服务中心2019年部门决算》(2020-10-21),
 * http://www.hbnz.gov.cn/bmxz/bm/zsfwzx/fdzdgk/czgk/202010/t20201021_2291670.shtml
 * The 收入支出决算总表 exactly as published (公开01表): title, table number, 部门 and
 * 金额单位：万元 above the header, 收入 | 支出 groups over 项目 | 行次 | 金额 twin blocks, a 栏次 row.
 */
import { RealCase, addSheet, workbook } from './realCase';

const T1 = '收入支出决算总表';
const T6 = '基本支出决算表';

export const hubeiNanzhang2019: RealCase = {
  id: 'hubei-nanzhang-2019',
  title: '南漳县招商服务中心2019年部门决算',
  year: 2019,
  department: '南漳县招商服务中心',
  province: '湖北',
  source: 'http://www.hbnz.gov.cn/bmxz/bm/zsfwzx/fdzdgk/czgk/202010/t20201021_2291670.shtml',
  shapes: [1, 5],
  invented:
    'Published: the first four lines of each side (440.55, 0.00, 10.00, 0.00; 423.20, 0.00, 0.00, 0.00). ' +
    'Invented: 社会保障和就业 17.35, 卫生健康 5.00, 住房保障 5.00, the totals that follow from them, and the whole ' +
    '基本支出决算表 (laid out by 功能分类, 类|款|项 on its third header row), split into 人员经费 and 公用经费.',
  build: () => {
    const wb = workbook();
    addSheet(
      wb,
      T1,
      [
        ['收入支出决算总表'],
        [null, null, null, null, null, '公开01表'],
        ['部门：南漳县招商服务中心', null, null, null, null, '金额单位：万元'],
        ['收入', null, null, '支出'],
        ['项目', '行次', '金额', '项目', '行次', '金额'],
        ['栏次', null, 1, '栏次', null, 2],
        ['一、一般公共预算财政拨款收入', 1, 440.55, '一、一般公共服务支出', 29, 423.2],
        ['二、政府性基金预算财政拨款收入', 2, 0, '二、外交支出', 30, 0],
        ['三、上级补助收入', 3, 10, '三、国防支出', 31, 0],
        ['四、事业收入', 4, 0, '四、公共安全支出', 32, 0],
        ['五、经营收入', 5, 0, '五、社会保障和就业支出', 33, 17.35],
        ['六、附属单位上缴收入', 6, 0, '六、卫生健康支出', 34, 5],
        ['七、其他收入', 7, 0, '七、住房保障支出', 35, 5],
        ['本年收入合计', 8, 450.55, '本年支出合计', 36, 450.55],
        ['使用非财政拨款结余', 9, 0, '结余分配', 37, 0],
        ['年初结转和结余', 10, 0, '年末结转和结余', 38, 0],
        ['总计', 11, 450.55, '总计', 39, 450.55],
      ],
      ['A1:F1', 'A4:C4', 'D4:F4'],
      { C7: '#,##0.00', F7: '#,##0.00' },
    );
    addSheet(
      wb,
      T6,
      [
        ['一般公共预算财政拨款基本支出决算表'],
        [null, null, null, null, null, null, '公开06表'],
        ['部门：南漳县招商服务中心', null, null, null, null, null, '金额单位：万元'],
        ['科目编码', null, null, '科目名称', '决算数'],
        [null, null, null, null, '合计', '人员经费', '公用经费'],
        ['类', '款', '项'],
        ['合计', null, null, null, 450.55, 377.35, 73.2],
        ['201', null, null, '一般公共服务支出', 423.2, 350, 73.2],
        ['201', '13', null, '商贸事务', 423.2, 350, 73.2],
        ['201', '13', '01', '行政运行', 423.2, 350, 73.2],
        ['208', null, null, '社会保障和就业支出', 17.35, 17.35, 0],
        ['208', '05', null, '行政事业单位养老支出', 17.35, 17.35, 0],
        ['210', null, null, '卫生健康支出', 5, 5, 0],
        ['210', '11', null, '行政事业单位医疗', 5, 5, 0],
        ['221', null, null, '住房保障支出', 5, 5, 0],
        ['221', '02', null, '住房改革支出', 5, 5, 0],
      ],
      ['A1:G1', 'A4:C5', 'D4:D6', 'E4:G4', 'E5:E6', 'F5:F6', 'G5:G6', 'A7:D7'],
    );
    return wb;
  },
  figures: {
    incomeTotal: '450.55',
    generalBudgetIncome: '440.55',
    carryoverBeginning: '0',
    carryoverEnd: '0',
    expenditureTotal: '450.55',
    personnelExpenditure: '377.35',
    publicExpenditure: '73.2',
  },
  findings: [],
};
