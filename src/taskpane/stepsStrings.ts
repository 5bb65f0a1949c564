/** The words of the guided steps (数据 → 审核 → 评分 → 报告/导出), zh-CN and en-US. */
import { UiLang, counted } from './strings';

const ZH = {
  colon: '：',
  steps: '步骤',
  data: '数据',
  review: '审核',
  score: '评分',
  report: '报告/导出',
  reading: '正在读取…',
  readingWorkbook: '正在读取工作簿，请稍候…',
  notRead: '未读取',
  tables: (n: number, missing: number) =>
    missing > 0 ? `已识别 ${n} 张表，缺 ${missing} 张必需表` : `已识别 ${n} 张表`,
  findings: (errors: number, warnings: number) =>
    errors + warnings === 0 ? '未发现问题' : `错误 ${errors} 个，警告 ${warnings} 个`,
  score_: (total: string, grade: string) => `${total}，等级“${grade}”`,
  written: (sheet: string) => `已写入“${sheet}”`,
  notWritten: '尚未生成',
  outsideExcel: '需在 Excel 中生成',
};

export type StepsStrings = typeof ZH;

const EN: StepsStrings = {
  colon: ': ',
  steps: 'Steps',
  data: 'Data',
  review: 'Checks',
  score: 'Score',
  report: 'Report/export',
  reading: 'reading…',
  readingWorkbook: 'Reading the workbook…',
  notRead: 'not read',
  tables: (n, missing) => (missing > 0 ? `${n} tables found, ${missing} required missing` : `${n} tables found`),
  findings: (errors, warnings) =>
    errors + warnings === 0 ? 'no problems' : `${counted(errors, 'error')}, ${counted(warnings, 'warning')}`,
  score_: (total, grade) => `${total}, grade ${grade}`,
  written: (sheet) => `in sheet “${sheet}”`,
  notWritten: 'not made yet',
  outsideExcel: 'made in Excel',
};

export function stepsStringsFor(lang: UiLang): StepsStrings {
  return lang === 'zh-CN' ? ZH : EN;
}
