/** A label split over two cells of its row is joined in every table that reads labels (rowLabel). */
import { sheetOf } from '../grid/snapshot';
import { computeFigures } from '../indicators/figures';
import { tableContext } from './common';
import { recognise } from './recognise';
import { readP1 } from './p1';
import { readS } from './s';
import { readSpendingTable } from './spending';
import { readT6 } from './t6';
import { readT7 } from './t7';

const _ = null;
const value = (a: { value: { toString(): string } } | undefined) => a?.value.toString();

describe('a label split over two cells of its row', () => {
  it('T3 / T5: the name merged over B:C with its text in both cells', () => {
    const sheet = sheetOf(
      '支出决算表',
      [
        ['支出决算表'],
        ['科目编码', '科目名称', _, '本年支出合计', '基本支出', '项目支出'],
        ['合计', _, _, 100, 60, 40],
        ['205', '教育', '支出', 100, 60, 40],
        ['2050201', '学前', '教育', 100, 60, 40],
      ],
      [{ top: 1, left: 1, bottom: 1, right: 2 }],
    );
    const t3 = readSpendingTable(tableContext(sheet, 'T3'));
    expect(t3.rows.map((r) => [r.code, r.name])).toEqual([
      ['205', '教育支出'],
      ['2050201', '学前教育'],
    ]);
  });

  it('T6: a 经济分类 name spread over two cells of its lane', () => {
    const sheet = sheetOf(
      '基本支出决算表',
      [
        ['一般公共预算财政拨款基本支出决算表'],
        ['科目编码', '科目名称', _, '决算数'],
        ['301', '工资福利', '支出', 100],
        ['30101', '基本', '工资', 100],
      ],
      [{ top: 1, left: 1, bottom: 1, right: 2 }],
    );
    const t6 = readT6(tableContext(sheet, 'T6'));
    expect(t6.items.map((i) => i.name)).toEqual(['工资福利支出', '基本工资']);
  });

  it('T7: `其中：` in one cell and the item in the next, and 公务用车购置及 | 运行维护费', () => {
    const sheet = sheetOf(
      '三公经费',
      [
        ['“三公”经费及会议费、培训费支出决算表'],
        ['项目', _, '预算数', '决算数'],
        ['合计', _, 30, 25],
        ['因公出国（境）费', _, 0, 0],
        ['公务用车购置及', '运行维护费', 20, 18],
        ['其中：', '公务用车购置费', 12, 12],
        [_, '公务用车运行维护费', 8, 6],
        ['公务接待费', _, 4, 3],
        ['其中：', '会议费', 4, 3],
        [_, '培训费', 2, 1],
      ],
      [{ top: 1, left: 0, bottom: 1, right: 1 }],
    );
    const t7 = readT7(tableContext(sheet, 'T7'));
    expect([
      value(t7.actual.vehicleSubtotal),
      value(t7.actual.vehicleOperation),
      value(t7.actual.vehiclePurchase),
    ]).toEqual(['18', '6', '12']);
    expect([value(t7.others?.actual.meeting), value(t7.others?.actual.grandTotal)]).toEqual(['3', '25']);
    expect(computeFigures(recognise({ sheets: [sheet] })).threePublicActual.value?.toString()).toBe('21');
  });

  it('P1: a project name spread over two cells, shown whole', () => {
    const sheet = sheetOf(
      '项目支出明细表',
      [
        ['项目支出明细表'],
        ['项目名称', _, '功能分类科目编码', '年初预算数', '全年预算数', '执行数'],
        ['城乡义务教育', '均衡发展项目', '2050202', 100, 100, 90],
        ['教师培训', _, '2050803', 20, 20, 18],
      ],
      [{ top: 1, left: 0, bottom: 1, right: 1 }],
    );
    const p1 = readP1(tableContext(sheet, 'P1'));
    expect(p1.projects.map((p) => p.name.text)).toEqual(['城乡义务教育均衡发展项目', '教师培训']);
  });

  it('S: an 指标 name spread over two cells', () => {
    const sheet = sheetOf(
      '评分方案',
      [
        ['评分方案'],
        ['一级指标', '二级指标', '指标', _, '分值', '规则', '参数'],
        ['过程', '预算执行', '预算', '执行率', 10, '执行率', _],
      ],
      [{ top: 1, left: 2, bottom: 1, right: 3 }],
    );
    const s = readS(tableContext(sheet, 'S'));
    expect(s.rows.map((r) => r.indicator?.text)).toEqual(['预算执行率']);
  });
});
