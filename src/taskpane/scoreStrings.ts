/** The words of the 指标与评分 tab and of a scheme change, zh-CN and en-US. */
import { UiLang } from './strings';

const ZH = {
  colon: '：',
  listSep: '、',
  bands: '等级划分',
  bandFrom: (grade: string, from: number) => `${grade} ≥ ${from}`,
  bandBelow: (grade: string, below: number) => `${grade} < ${below}`,
  subtotal: '小计',
  target: '目标',
  actual: '实际',
  rule: '规则',
  lost: (n: string) => `扣 ${n} 分`,
  lostWhy: (actual: string, target: string) => `实际 ${actual}，未达到目标 ${target}`,
  met: '满分',
  pending: (what: string) => `待补充：${what}`,
  reasonPending: '补齐数据后再看是否需要说明',
  reasonInReport: '在报告“存在问题”部分说明',
  reasonNotNeeded: '满分，无需说明',
  sourcesPending: '（补齐后列出）',
  reason: '偏差原因',
  noReason: '尚未填写偏差原因',
  writeReason: '去填写',
  sources: '数据来源',
  noSources: '（按方案规则计算，无单元格来源）',
  changed: (scheme: string, before: string, after: string, gradeBefore: string, gradeAfter: string) =>
    `已改用评分方案“${scheme}”：综合得分 ${before} → ${after}，等级 ${gradeBefore} → ${gradeAfter}。`,
  refreshToWrite: '报告工作表仍是原方案的得分，点击“刷新报告”写入。',
  scoreRows: '评分明细',
  indicators: '计算的指标',
};

export type ScoreStrings = typeof ZH;

const EN: ScoreStrings = {
  colon: ': ',
  listSep: ', ',
  bands: 'Grades',
  bandFrom: (grade, from) => `${grade} ≥ ${from}`,
  bandBelow: (grade, below) => `${grade} < ${below}`,
  subtotal: 'Subtotal',
  target: 'Target',
  actual: 'Actual',
  rule: 'Rule',
  lost: (n) => `${n} pts lost`,
  lostWhy: (actual, target) => `actual ${actual} misses the target ${target}`,
  met: 'full marks',
  pending: (what) => `To fill in: ${what}`,
  reasonPending: 'see once the data is filled in',
  reasonInReport: 'explain it in the report’s 存在问题 part',
  reasonNotNeeded: 'full marks, none needed',
  sourcesPending: '(listed once filled in)',
  reason: 'Reason for the shortfall',
  noReason: 'No reason written yet',
  writeReason: 'Write it',
  sources: 'Source cells',
  noSources: '(computed by the scheme; no source cell)',
  changed: (scheme, before, after, gradeBefore, gradeAfter) =>
    `Now scored by “${scheme}”: total ${before} → ${after}, grade ${gradeBefore} → ${gradeAfter}.`,
  refreshToWrite: ' The report sheet still has the old score; click Refresh report to write it.',
  scoreRows: 'Score by row',
  indicators: 'Indicators computed',
};

export function scoreStringsFor(lang: UiLang): ScoreStrings {
  return lang === 'zh-CN' ? ZH : EN;
}
