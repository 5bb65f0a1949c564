import { sheetOf, WorkbookSnapshot } from '../grid/snapshot';
import { tableContext } from './common';
import { recognise } from './recognise';
import { readS } from './s';

const S = '评分方案';
const _ = null;

describe('readS', () => {
  const sheet = sheetOf(S, [
    ['评分方案', _, _, _, _, _],
    ['一级指标', '二级指标', '指标', '分值', '规则', '参数'],
    ['注：规则为 正向/反向/等于/执行率/每点扣分/分档', _, _, _, _, _],
    ['预算执行', '预算执行率', '预算执行率', _, '执行率', _],
    ['过程', _, '预算调整率', 5, '分档', '0:5; 10%:4; :0'],
    [_, _, _, _, _, _],
    [_, '预算管理', 'threePublicControlRate', '6分', '每点扣分', '阈值=100%; 每点=1'],
    ['产出/效益/满意度', '绩效指标', '绩效指标表', '六十', _, _],
  ]);

  it('keeps each row as written, skipping the note and blank rows; 一级/二级 carry down', () => {
    const data = readS(tableContext(sheet, 'S', { titleCell: { sheet: S, row: 0, col: 0 } }));
    expect(
      data.rows.map((r) => [
        r.row,
        r.level1,
        r.level2,
        r.indicator?.text,
        r.rule?.text ?? null,
        r.params?.text ?? null,
      ]),
    ).toEqual([
      [3, '预算执行', '预算执行率', '预算执行率', '执行率', null],
      [4, '过程', '', '预算调整率', '分档', '0:5; 10%:4; :0'],
      [6, '过程', '预算管理', 'threePublicControlRate', '每点扣分', '阈值=100%; 每点=1'],
      [7, '产出/效益/满意度', '绩效指标', '绩效指标表', null, null],
    ]);
  });

  it('reads 分值 as a live quantity when it is a number, and keeps the text when it is not', () => {
    const data = readS(tableContext(sheet, 'S'));
    expect(data.rows.map((r) => r.weight?.value.toString() ?? null)).toEqual([null, '5', '6', null]);
    expect(data.rows[1].weight?.ref).toEqual({ sheet: S, row: 4, col: 3 });
    expect(data.rows[3].weightText?.text).toBe('六十');
    expect(data.rows[0].weightRef).toEqual({ sheet: S, row: 3, col: 3 });
    expect(data.rows[0].paramsRef).toEqual({ sheet: S, row: 3, col: 5 });
  });

  it('reports a sheet without the header words as table.header', () => {
    const ctx = tableContext(sheetOf(S, [['评分方案'], ['随便写的']]), 'S');
    expect(readS(ctx).rows).toEqual([]);
    expect(ctx.findings.map((f) => f.code)).toEqual(['table.header']);
  });

  it('is read by recognise into model.s', () => {
    const snapshot: WorkbookSnapshot = { sheets: [sheet] };
    const model = recognise(snapshot);
    expect(model.s?.info.sheet).toBe(S);
    expect(model.s?.rows).toHaveLength(4);
  });
});
