/**
 * The appendix tables: 附表1 部门整体支出绩效自评表, 附表2 主要财务指标, 附表3 审核发现.
 * Every number is a live number whose name lets the sentences and the indicator formulas
 * point at its cell (figure id, indicator id, `score:<key>`, `weight:<key>`, scoreTotal).
 */
import { Expr, cellsOf, named, num, sumOf } from '../model/expr';
import { Figure, Figures, Indicator, ScoreRow, Scoring } from '../model/analysis';
import { Model } from '../model/types';
import { Finding } from '../findings/finding';
import { describeFinding, formatLocation, severityWord, unavailableText } from '../findings/wording';
import { a1, displayRef } from '../grid/address';
import { Block, LiveNumber } from './document';
import { live } from './live';
import { evaluatesTo, scoreExprOf, totalScoreExpr } from './scoreExprs';
import { ruleWords } from '../indicators/ruleWords';

type Row = (string | LiveNumber | null)[];

/** The row's weight: the 分值 cell of 评分方案 or 绩效自评表 when it holds exactly the weight used, else the weight as a constant (scheme or scaled weights). */
export function weightExpr(model: Model, row: ScoreRow): Expr {
  const m = /^P2:(\d+)$/.exec(row.key);
  const p2row = m ? model.p2?.indicators.find((r) => r.row === Number(m[1])) : undefined;
  const fund = row.key === 'budgetExecutionRate' ? model.p2?.funds.find((f) => f.kind === 'total') : undefined;
  // A row of the user's 评分方案 sheet: its 分值 cell.
  const own = row.source && row.source.sheet === model.s?.info.sheet ? model.s.rows.find((r) => r.row === row.source!.row) : undefined;
  const w = own?.weight ?? p2row?.weight ?? fund?.weight ?? null;
  return w !== null && evaluatesTo(w.expr, row.weight) ? w.expr : num(row.weight);
}

/** 实际值: a scheme row's indicator live from its 附表2 cell (a table edit must not leave it stale); the form's text otherwise. */
function actualCell(r: ScoreRow, indicators: readonly Indicator[]): string | LiveNumber {
  const ind = indicators.find((i) => i.id === r.key);
  return ind && ind.value !== null && ind.expr !== null ? live(named(ind.id, ind.expr), 'rate') : r.actualText;
}

/** 附表1 部门整体支出绩效自评表: every scored row, then the total and the grade. */
export function scoreTable(model: Model, scoring: Scoring, indicators: readonly Indicator[] = []): Block {
  const rows: Row[] = scoring.rows.map((r) => [
    r.level1,
    r.level2,
    r.level3,
    r.targetText,
    actualCell(r, indicators),
    live(weightExpr(model, r), 'fixed2', `weight:${r.key}`),
    live(scoreExprOf(r), 'fixed2', `score:${r.key}`),
    r.deviationReason,
  ]);
  const weightTotal = sumOf(scoring.rows.map((r) => named(`weight:${r.key}`, weightExpr(model, r))));
  const total = totalScoreExpr(scoring);
  rows.push(['合计', null, null, null, null, live(weightTotal, 'fixed2', 'weightTotal'), live(total, 'fixed2', 'scoreTotal'), null]);
  rows.push(['评价等级', null, null, null, null, null, live(named('scoreTotal', total), 'grade', 'scoreGrade'), null]);
  return {
    kind: 'table',
    title: '附表1 部门整体支出绩效自评表',
    columns: [
      { header: '一级指标', numeric: false, width: 10 },
      { header: '二级指标', numeric: false, width: 10 },
      { header: '三级指标', numeric: false, width: 16 },
      { header: '指标值', numeric: false, width: 10 },
      { header: '实际值', numeric: false, width: 10 },
      { header: '分值', numeric: true, width: 7 },
      { header: '得分', numeric: true, width: 7 },
      { header: '偏差原因', numeric: false, width: 16 },
    ],
    rows,
    totalRows: [rows.length - 2, rows.length - 1],
  };
}

/** The scheme in use, for the appendix: 财政部自评, or 自定义评分方案（取自“评分方案”表）. */
export function schemeWords(scoring: Scoring): string {
  return scoring.schemeSheet ? `${scoring.scheme}（取自“${scoring.schemeSheet}”表）` : scoring.scheme;
}

/** Where a scored row comes from: the published table a built-in row follows, or the sheet row it was read from. */
function rowOrigin(r: ScoreRow): string {
  if (r.origin) return r.origin;
  return r.source ? `${r.source.sheet}!第${r.source.row + 1}行` : '';
}

/** 附表1-1 计分规则: the scheme in use by name and each scored row's rule in words. */
export function ruleTable(model: Model, scoring: Scoring): Block {
  return {
    kind: 'table',
    title: `附表1-1 计分规则（评分方案：${schemeWords(scoring)}）`,
    columns: [
      { header: '三级指标', numeric: false, width: 16 },
      { header: '分值', numeric: true, width: 7 },
      { header: '计分规则', numeric: false, width: 44 },
      { header: '来源', numeric: false, width: 18 },
    ],
    rows: scoring.rows.map((r) => [r.level3, live(named(`weight:${r.key}`, weightExpr(model, r)), 'fixed2'), ruleWords(r.rule), rowOrigin(r)]),
  };
}

/** Where a figure comes from, in words: 支出决算表!F7, or the first cell and how many. */
function sourceWords(f: Figure): string {
  const cells = f.expr ? cellsOf(f.expr) : [];
  if (cells.length === 0) return '部门基本情况';
  if (cells.length <= 2) return cells.map(displayRef).join('、');
  const first = cells[0];
  const last = cells[cells.length - 1];
  const sameColumn = cells.every((c) => c.sheet === first.sheet && c.col === first.col);
  return sameColumn ? `${first.sheet}!${a1(first.row, first.col)}:${a1(last.row, last.col)}（${cells.length}项）` : `${displayRef(first)}等${cells.length}个单元格`;
}

/** The checks of a table's own totals: a figure read from a table that fails one is doubtful. */
const OWN_TOTALS = new Set(['T1.balance', 'T3.rowSum', 'T3.hierarchy', 'T5.rowSum', 'T5.hierarchy', 'T6.totals', 'T6.hierarchy', 'T7.sum']);

/** 存疑 and the first error of its table's own totals, for a figure whose cells lie on a table that does not add up. */
export function doubtWords(f: Figure, findings: readonly Finding[]): string | null {
  const doubtful = findings.filter((x) => x.severity === 'error' && OWN_TOTALS.has(x.code) && x.at.sheet !== null);
  // Most reports have none: skip walking the figure's cells.
  if (doubtful.length === 0 || !f.expr) return null;
  const sheets = new Set(cellsOf(f.expr).map((c) => c.sheet));
  const doubts = doubtful.filter((x) => sheets.has(x.at.sheet as string));
  if (doubts.length === 0) return null;
  const more = doubts.length > 1 ? `（该表共 ${doubts.length} 处不平）` : '';
  return `存疑：所在表合计不平——${describeFinding(doubts[0], 'zh-CN')}${more}`;
}

/** The 说明 of an indicator row: why it is not available, or what a limit of 0 means (docs/scoring-schemes.md). */
function indicatorNote(ind: Indicator, unavailable: boolean): string | null {
  if (ind.zeroLimit === 'nothingSpent') return '无支出：限额与支出均为0，视为完全控制';
  const reason = ind.unavailable ? unavailableText(ind.unavailable) : '';
  if (ind.zeroLimit === 'overLimit') return `超出限额：${reason}`;
  return unavailable ? `不可计算：${reason}` : null;
}

/** 附表2 主要财务指标: the available figures (the cells the indicator formulas read), then every indicator. */
export function indicatorTable(figures: Figures, indicators: readonly Indicator[], findings: readonly Finding[] = []): Block {
  const rows: Row[] = [];
  for (const f of Object.values(figures)) {
    if (f.value === null || f.expr === null) continue;
    const value = live(f.expr, f.unit === '万元' ? 'fixed2' : 'count', f.id);
    rows.push([`${f.name}（${f.unit}）`, `取自${sourceWords(f)}`, value, doubtWords(f, findings)]);
  }
  for (const ind of indicators) {
    const value = ind.value !== null && ind.expr !== null ? live(ind.expr, 'rate', ind.id) : null;
    rows.push([ind.name, ind.formulaWords, value, indicatorNote(ind, value === null)]);
  }
  return {
    kind: 'table',
    title: '附表2 主要财务指标',
    columns: [
      { header: '项目', numeric: false, width: 20 },
      { header: '计算公式或来源', numeric: false, width: 36 },
      // Two sheet columns (F:G): 32025.54 at 11 pt overflows one (### in Calc without 宋体).
      { header: '数值', numeric: true, width: 16 },
      { header: '说明', numeric: false, width: 16 },
    ],
    rows,
  };
}

/** 附表3 审核发现: one row per finding (级别, 位置, 说明), or nothing when there are none. */
export function findingTable(findings: readonly Finding[]): Block[] {
  if (findings.length === 0) return [];
  const rows: Row[] = findings.map((f, i) => {
    const location = formatLocation(f.at, 'zh-CN');
    const words = describeFinding(f, 'zh-CN');
    // describeFinding starts with the location, which has its own column here.
    const message = words.startsWith(`${location}：`) ? words.slice(location.length + 1) : words;
    return [String(i + 1), severityWord(f.severity, 'zh-CN'), location, message];
  });
  return [
    {
      kind: 'table',
      title: '附表3 审核发现',
      audience: 'author',
      columns: [
        { header: '序号', numeric: false, width: 6 },
        { header: '级别', numeric: false, width: 8 },
        { header: '位置', numeric: false, width: 20 },
        { header: '说明', numeric: false, width: 52 },
      ],
      rows,
    },
  ];
}
