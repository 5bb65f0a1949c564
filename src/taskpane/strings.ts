/** The pane's words in zh-CN (default) and en-US, chosen by Office.context.displayLanguage. */
export type UiLang = 'zh-CN' | 'en-US';

/** zh-* → zh-CN, everything else → en-US; no language known → zh-CN (the users are Chinese finance officers). */
/** `1 error`, `3 errors`: English counts. */
export function counted(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function uiLang(displayLanguage: string | undefined | null): UiLang {
  if (!displayLanguage) return 'zh-CN';
  return displayLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

const ZH = {
  title: '绩效自评报告助手',
  tabData: '数据',
  tabReview: '审核',
  tabScores: '指标与评分',
  tabReport: '报告',
  generate: '生成报告',
  refresh: '刷新报告',
  working: '正在读取工作簿并生成报告…',
  reading: '正在读取工作簿…',
  autoRefresh: '修改数据后自动刷新报告',
  lastRefreshed: '上次刷新：',
  never: '本次尚未生成报告工作表',
  neverScored: '本次尚未生成报告工作表（上面的得分按工作簿当前数据计算）',
  reportSheet: '报告工作表',
  scheme: '评分方案',
  schemeFromWorkbook: '按工作簿设定',
  schemeHint: '按工作簿设定时依次取：“部门基本情况”中的评分方案、已填写的“评分方案”表、财政部自评。',
  tablesFound: '已识别的表',
  tableId: '表',
  sheet: '工作表',
  range: '行',
  unit: '单位',
  unitAssumed: '（未注明）',
  missing: '缺少的表',
  noneMissing: '标准表齐全。',
  insertTemplates: '插入全部缺少的必需和建议表',
  insertOne: '插入模板表',
  need: { required: '必需', recommended: '建议', optional: '可选' },
  inserted: (sheets: string) => `已插入工作表：${sheets}`,
  nothingInserted: '这些表已在工作簿中，无需插入。',
  insertedAction: '请按表内“注：”行的说明填写数据，再点击“生成报告”（或“刷新报告”）。',
  findingsNone: '没有发现问题。',
  errors: '错误',
  warnings: '警告',
  infos: '提示',
  clickToSelect: '点击定位到单元格',
  indicator: '指标',
  value: '数值',
  unavailable: '无法计算',
  scoreRow: '三级指标',
  weight: '分值',
  score: '得分',
  total: '综合得分',
  grade: '等级',
  noAnalysis: '点击“生成报告”读取工作簿。',
  summary: (score: string, grade: string, errors: number, warnings: number) =>
    `得分 ${score}，等级“${grade}”；错误 ${errors} 项，警告 ${warnings} 项。`,
  written: (sheet: string) => `报告已写入工作表“${sheet}”。`,
  dismiss: '关闭',
  exportDocx: '下载 Word 报告',
  exportingDocx: '正在生成 Word 报告…',
  docxSaved: (name: string) => `Word 报告已生成：${name}`,
  docxSavedAction: '公文格式（GB/T 9704），数字为此刻的计算结果；审核发现不写入文档。',
  docxErrorsLeft: (n: number) => `Word 报告已生成，但审核仍有 ${n} 个错误未解决`,
  errorsBeforeReport: (n: number) => `审核有 ${n} 个错误：报告照样生成，错误列在附表3；提交前请在“审核”中核对。`,
  docxErrorsAction: '文档本身不提这些问题；提交前请在“审核”中核对，或在“报告文字”表写章节“审核说明：<位置>”加以说明。',
};

export type Strings = typeof ZH;

const EN: Strings = {
  title: 'Performance report assistant',
  tabData: 'Data',
  tabReview: 'Checks',
  tabScores: 'Score',
  tabReport: 'Report',
  generate: 'Make report',
  refresh: 'Refresh report',
  working: 'Reading the workbook and writing the report…',
  reading: 'Reading the workbook…',
  autoRefresh: 'Refresh the report after edits',
  lastRefreshed: 'Last refreshed: ',
  never: 'no report sheet made yet',
  neverScored: 'no report sheet made yet (the score above is from the workbook as it is now)',
  reportSheet: 'Report sheet',
  scheme: 'Scoring scheme',
  schemeFromWorkbook: 'as the workbook sets it',
  schemeHint:
    'As the workbook sets it: the scheme named in 部门基本情况, else a filled 评分方案 sheet, else 财政部自评.',
  tablesFound: 'Tables found',
  tableId: 'Table',
  sheet: 'Sheet',
  range: 'Rows',
  unit: 'Unit',
  unitAssumed: ' (not stated)',
  missing: 'Missing tables',
  noneMissing: 'All standard tables are there.',
  insertTemplates: 'Insert all missing required and recommended tables',
  insertOne: 'Insert template',
  need: { required: 'required', recommended: 'recommended', optional: 'optional' },
  inserted: (sheets) => `Sheets inserted: ${sheets}`,
  nothingInserted: 'Those tables are in the workbook already; nothing was inserted.',
  insertedAction: 'Fill them in as their 注： rows say, then click Make report (or Refresh report).',
  findingsNone: 'No problems found.',
  errors: 'Errors',
  warnings: 'Warnings',
  infos: 'Info',
  clickToSelect: 'Click to go to the cell',
  indicator: 'Indicator',
  value: 'Value',
  unavailable: 'not available',
  scoreRow: 'Indicator',
  weight: 'Weight',
  score: 'Score',
  total: 'Total score',
  grade: 'Grade',
  noAnalysis: 'Click Make report to read the workbook.',
  summary: (score, grade, errors, warnings) =>
    `Score ${score}, grade ${grade}; ${counted(errors, 'error')}, ${counted(warnings, 'warning')}.`,
  written: (sheet) => `The report is in sheet "${sheet}".`,
  dismiss: 'Dismiss',
  exportDocx: 'Download Word report',
  exportingDocx: 'Making the Word report…',
  docxSaved: (name) => `Word report made: ${name}`,
  docxSavedAction: 'Official format (GB/T 9704) with the numbers as computed now; findings are not in the document.',
  docxErrorsLeft: (n) => `Word report made, but ${counted(n, 'error')} ${n === 1 ? 'remains' : 'remain'} in the checks`,
  errorsBeforeReport: (n) =>
    `${counted(n, 'error')} in the checks: the report is made all the same and lists them in appendix 3; check them under Checks before you hand it in.`,
  docxErrorsAction:
    'The document does not mention them; check them in Checks before handing it in, or explain one in 报告文字 under 审核说明：<cell>.',
};

export function stringsFor(lang: UiLang): Strings {
  return lang === 'zh-CN' ? ZH : EN;
}
