/** The words of the 审核 tab's findings (how to fix, cells, the author's 说明), zh-CN and en-US. */
import { UiLang } from './strings';

const ZH = {
  colon: '：',
  listSep: '、',
  badge: { error: '错误', warning: '警告', info: '提示' },
  fix: '怎么改',
  cells: '涉及单元格',
  note: '说明',
  writeNote: '写说明',
  editNote: '修改说明',
  notePlaceholder: '数据没错时写明原因，例如：项目支出中含年中追加的资金，未列入项目支出明细表。',
  noteWhere: (key: string) => `保存在“报告文字”表的章节“${key}”，Word 报告附在“数据核对情况说明”中。`,
  saveNote: '保存说明',
  noteElsewhere: (key: string) =>
    `数据无误时，可在 Excel 或 WPS 的“报告文字”表写章节“${key}”加以说明，Word 报告会附上。`,
  cancel: '取消',
  noteSaved: '说明已保存到“报告文字”表',
  noteSavedAction: '导出的 Word 报告会附上这段说明。',
  errorsLeft: (n: number) => `审核仍有 ${n} 个错误未解决`,
  errorsLeftAction: '报告照样生成；提交前请在“审核”中逐条核对，数据无误的可写“说明”。',
};

export type ReviewStrings = typeof ZH;

const EN: ReviewStrings = {
  colon: ': ',
  listSep: ', ',
  badge: { error: 'Error', warning: 'Warning', info: 'Info' },
  fix: 'What to do',
  cells: 'Cells',
  note: 'Note',
  writeNote: 'Write a note',
  editNote: 'Edit the note',
  notePlaceholder: 'When the numbers are right, say why (e.g. project spending includes funds added during the year).',
  noteWhere: (key) => `Kept in sheet 报告文字 under “${key}”; the Word report prints it under 数据核对情况说明.`,
  saveNote: 'Save note',
  noteElsewhere: (key) =>
    `Where the numbers are right, explain it in Excel or WPS: sheet 报告文字, a row headed “${key}”; the Word report carries it.`,
  cancel: 'Cancel',
  noteSaved: 'The note is saved in sheet 报告文字',
  noteSavedAction: 'The Word report carries it.',
  errorsLeft: (n) => (n === 1 ? '1 error is still open' : `${n} errors are still open`),
  errorsLeftAction:
    'The report is made all the same; check each in Checks before handing it in, or write a note where the numbers are right.',
};

export function reviewStringsFor(lang: UiLang): ReviewStrings {
  return lang === 'zh-CN' ? ZH : EN;
}
