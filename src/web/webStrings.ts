/** The web page's own words (the tabs below it are the task pane's, in strings.ts). */
import { UiLang } from '../taskpane/strings';

const ZH = {
  pageTitle: '绩效自评报告助手（网页版）',
  intro:
    '没有 Excel 加载项时使用：打开 .xlsx 工作簿，审核数据、计算得分并生成报告工作表。文件只在本机浏览器中处理，不会上传。',
  choose: '选择工作簿（.xlsx）…',
  dropHint: '或把文件拖到这里',
  loading: (name: string) => `正在读取 ${name}…`,
  opened: (name: string) => `当前工作簿：${name}`,
  download: '下载工作簿（含报告）',
  downloadHint: '报告或模板表写入后可下载；原文件不会被改动。',
  readFailed: '无法打开该文件',
  downloadFailed: '无法生成下载文件',
  discardChanges: (name: string) => `“${name}”中的报告、模板表或说明还没有下载，打开新文件会丢弃它们。继续吗？`,
  notSaved: '报告、模板表或说明只在本页面中，请点击“下载工作簿（含报告）”保存。',
  downloaded: '已下载。之后再修改，请重新下载。',
  afterInsert: '请先下载工作簿，在 Excel 或 WPS 中按表内“注：”行的说明填写数据并保存，再在本页重新打开该文件。',
  afterNote: '说明在本页面中，请下载工作簿保存；“下载 Word 报告”会附上这段说明。',
  preview: '预览报告',
  hidePreview: '收起预览',
  previewLabel: '报告预览（与 Word 报告、打印的报告工作表文字相同）',
  previewFailed: '无法生成预览',
};

export type WebStrings = typeof ZH;

const EN: WebStrings = {
  pageTitle: 'Performance report assistant (web)',
  intro:
    'For machines without the Excel add-in: open an .xlsx workbook, check it, score it and add the report sheet. The file stays in this browser; nothing is uploaded.',
  choose: 'Choose a workbook (.xlsx)…',
  dropHint: 'or drop the file here',
  loading: (name) => `Reading ${name}…`,
  opened: (name) => `Workbook: ${name}`,
  download: 'Download the workbook (with the report)',
  downloadHint: 'Available once the report or template sheets are written; your original file is not changed.',
  readFailed: 'Could not open the file',
  downloadFailed: 'Could not make the file to download',
  discardChanges: (name) =>
    `The report, template sheets or notes made in “${name}” have not been downloaded; opening another file discards them. Go on?`,
  notSaved: 'The report, template sheets or notes are only in this page: click Download to keep them.',
  downloaded: 'Downloaded. Download again after further changes.',
  afterInsert:
    'Download the workbook, fill the new sheets in Excel or WPS as their 注： rows say, save it and open it here again.',
  afterNote: 'The note is only in this page: download the workbook to keep it. The Word report carries it.',
  preview: 'Preview the report',
  hidePreview: 'Hide the preview',
  previewLabel: 'Report preview (the text of the Word report and of the printed report sheet)',
  previewFailed: 'Could not make the preview',
};

export function webStringsFor(lang: UiLang): WebStrings {
  return lang === 'zh-CN' ? ZH : EN;
}
