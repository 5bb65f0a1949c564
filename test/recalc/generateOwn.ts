/** Our own sheets of a generated workbook: P1 项目支出明细表, P2 绩效自评表, P3 部门基本情况, P4 报告文字. */
import ExcelJS from 'exceljs';
import { DUTIES, INTERNAL_ORGS, REPORT_TEXT } from '../../examples/zhuhui-2022-text';
import { amount, Cell, Gen, header, Leaf, put, split, Style } from './generateBase';
import { P2_INDICATOR_HEADER } from '../../src/core/template/templateSheets';

/** P1: one row per project, executed amounts from T3 project leaves; returns the number of projects. */
export function addP1(wb: ExcelJS.Workbook, name: string, g: Gen, s: Style, leaves: Leaf[]): number {
  const ws = wb.addWorksheet(name);
  header(ws, '项目支出明细表', s.unit, 8);
  put(ws, 3, [
    '项目名称',
    '功能分类科目编码',
    '功能分类科目名称',
    '年初预算数',
    '全年预算数',
    '执行数',
    '重点项目',
    '主要用途',
  ]);
  const funded = leaves.filter((l) => l.project > 0);
  funded.forEach((l, i) => {
    const final = l.project + (g.chance(0.6) ? g.int(0, l.project) : 0);
    const initial = g.chance(0.2) ? 0 : g.int(0, final);
    const key = i === 0 || g.chance(0.5) ? '是' : '否'; // one key project at least: 重点支出安排率 needs one
    put(ws, 4 + i, [
      `专项资金${i + 1}号（${l.code.slice(0, 3)}）`,
      l.code,
      l.name,
      amount(g, s, initial),
      amount(g, s, final),
      amount(g, s, l.project),
      key,
      `用于第${i + 1}类项目建设`,
    ]);
  });
  return funded.length;
}

export function addP2(wb: ExcelJS.Workbook, name: string, g: Gen, s: Style, total: number, year: number): void {
  const ws = wb.addWorksheet(name);
  header(ws, '部门整体支出绩效自评表', s.unit, 11);
  put(ws, 3, [`（${year}年度）`]);
  put(ws, 4, ['一、年度预算执行情况']);
  put(ws, 5, ['项目', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  const final = total + (g.chance(0.2) ? 0 : g.int(0, Math.floor(total / 10)));
  const initial = g.int(Math.floor(final * 0.8), final);
  const budgetWeight = g.pick([10, 10, 20]);
  put(ws, 6, ['年度资金总额', amount(g, s, initial), amount(g, s, final), amount(g, s, total), budgetWeight]);
  put(ws, 8, ['三、绩效指标']);
  put(ws, 9, [...P2_INDICATOR_HEADER]);
  const rows = indicatorRows(g, 100 - budgetWeight);
  rows.forEach((r, i) => put(ws, 10 + i, r));
}

/** P2 indicator rows whose weights add to `weight`: ≥, ≤, =, percentages and 定性 with a score in its band. */
function indicatorRows(g: Gen, weight: number): Cell[][] {
  const n = g.int(3, 7);
  const weights = split(g, weight - n * 2, n).map((w) => w + 2);
  return weights.map((w, i) => {
    const kind = g.int(0, 4);
    const reason = g.chance(0.7) ? `偏差原因${i + 1}` : null;
    const first = ['产出指标', '效益指标', '满意度指标'][i % 3];
    if (kind === 0)
      return [first, '数量指标', `完成数量${i}`, '≥', g.int(10, 100), '个', g.int(5, 120), w, null, null, reason];
    if (kind === 1)
      return [
        first,
        '成本指标',
        `控制成本${i}`,
        '≤',
        g.int(100, 900),
        '万元',
        g.int(50, 1500) + g.int(0, 99) / 100,
        w,
        null,
        null,
        reason,
      ];
    if (kind === 2)
      return [
        first,
        '质量指标',
        `达标率${i}`,
        '≥',
        `≥${g.int(80, 99)}%`,
        '%',
        `${g.int(60, 100)}%`,
        w,
        null,
        null,
        reason,
      ];
    if (kind === 3)
      return [first, '时效指标', `及时率${i}`, '=', '100%', '%', `${g.int(90, 110)}%`, w, null, null, reason];
    const band = g.pick(['达成年度指标', '部分达成年度指标并具有一定效果', '未达成年度指标且效果较差']);
    const [lo, hi] = band === '达成年度指标' ? [0.8, 1] : band.startsWith('部分') ? [0.6, 0.79] : [0, 0.59];
    const score = Math.round(w * (lo + (hi - lo) * g.r()) * 100) / 100;
    return [first, '社会效益指标', `定性目标${i}`, '定性', '明显改善', null, '有所改善', w, band, score, reason];
  });
}

/**
 * P3 facts; prior-year amounts are 万元 (the sheet has no unit line), `total` is 万元 cents. The
 * Hunan scheme scores 在职人员控制率 and "三公经费"变动率: their inputs are always given then.
 */
export function addP3(wb: ExcelJS.Workbook, name: string, g: Gen, year: number, total: number, hunan: boolean): void {
  const ws = wb.addWorksheet(name);
  ws.getCell(1, 1).value = '部门基本情况';
  const staff = g.int(20, 2000);
  const rows: [string, Cell][] = [
    ['项目', '内容'],
    ['部门名称', g.pick(['珠晖区教育局', '某某县卫生健康局', "O'Neil 区民政局", '示范市（本级）财政局'])],
    ['年度', year],
    ['主要职能', DUTIES.slice(0, g.int(1, 4)).join('\n')],
    ['内设机构', INTERNAL_ORGS.slice(0, g.int(1, 6)).join('、')],
    ['二级预算单位数', g.int(0, 30)],
    ['年末在职人员数', staff],
    ['评分方案', hunan ? '湖南部门整体' : '财政部自评'],
  ];
  if (hunan || g.chance(0.6)) rows.push(['编制数', staff + g.int(-20, 50)]);
  if (hunan || g.chance(0.5)) rows.push(['上年"三公"经费决算数', g.int(1, 3_000) / 100]);
  if (g.chance(0.5)) rows.push(['上年年末结转和结余', g.int(0, Math.floor(total / 20)) / 100]);
  if (g.chance(0.5)) rows.push(['上年本年支出合计', g.int(Math.floor(total * 0.8), Math.floor(total * 1.2)) / 100]);
  rows.forEach((r, i) => put(ws, 2 + i, r));
}

export function addP4(wb: ExcelJS.Workbook, name: string, g: Gen): void {
  const ws = wb.addWorksheet(name);
  ws.getCell(1, 1).value = '报告文字';
  put(ws, 2, ['章节', '内容']);
  const chosen = REPORT_TEXT.filter(() => g.chance(0.7));
  chosen.forEach(([key, paragraphs], i) =>
    put(ws, 3 + i, [
      key,
      paragraphs
        .slice(0, 2)
        .map((p) => p.slice(0, 120))
        .join('\n'),
    ]),
  );
  if (!chosen.some(([key]) => key === '绩效情况'))
    put(ws, 3 + chosen.length, ['绩效情况', '本年基本支出{基本支出}万元，预算执行率{预算执行率}。']);
}
