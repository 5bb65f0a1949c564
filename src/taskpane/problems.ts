/**
 * Every failure the user can act on, in words: what happened and what to do — shown in the
 * pane as a Fluent MessageBar, never only on the console.
 */
import { HostError } from '../excel/excelHost';
import { UiLang } from './strings';

export interface Problem {
  /** 'success' is a done notice (template sheets inserted), not a failure. */
  readonly intent: 'error' | 'warning' | 'success';
  readonly title: string;
  readonly action: string;
  /** An address to open (the web page, outside Excel), shown as a link. */
  readonly link?: string;
}

type Words = { title: string; action: string };

const BY_CODE: Record<string, Record<UiLang, Words>> = {
  InvalidOperationInCellEditMode: {
    'zh-CN': { title: 'Excel 正在编辑单元格', action: '请先按 Enter 或 Esc 结束编辑，再重试。' },
    'en-US': { title: 'Excel is editing a cell', action: 'Press Enter or Esc to finish editing, then try again.' },
  },
  AccessDenied: {
    'zh-CN': { title: '工作簿或工作表受保护，无法写入', action: '请在“审阅”选项卡撤消工作簿保护后重试。' },
    'en-US': {
      title: 'The workbook is protected',
      action: 'Unprotect it (Review > Unprotect Workbook) and try again.',
    },
  },
  RequestPayloadSizeLimitExceeded: {
    'zh-CN': {
      title: '报告超过 Excel 网页版单次写入的上限（5 MB）',
      action: '请在 Excel 桌面版中生成报告；或在“报告文字”中缩短过长的段落后，点击“刷新报告”。',
    },
    'en-US': {
      title: 'The report is larger than Excel on the web accepts at once (5 MB)',
      action: 'Make the report in Excel desktop, or shorten long paragraphs in 报告文字 and click Refresh report.',
    },
  },
  ResponsePayloadSizeLimitExceeded: {
    'zh-CN': {
      title: '工作簿的数据超过 Excel 网页版单次读取的上限（5 MB）',
      action: '请在 Excel 桌面版中打开工作簿生成报告；或删除表中不需要的大片内容（整列公式、空白行）后重试。',
    },
    'en-US': {
      title: 'The workbook holds more than Excel on the web returns at once (5 MB)',
      action:
        'Open the workbook in Excel desktop, or delete large unneeded ranges (whole-column formulas, blank rows) and try again.',
    },
  },
  FormulaLengthExceedsLimit: {
    'zh-CN': {
      title: '报告中的一个公式超过 Excel 的长度上限（8192 个字符）',
      action: '这通常是一段很长、引用了很多数字的文字：请在“报告文字”中把它拆成几段，再点击“刷新报告”。',
    },
    'en-US': {
      title: 'A formula of the report is longer than Excel allows (8192 characters)',
      action:
        'Usually a long paragraph with many numbers: split it into several in 报告文字, then click Refresh report.',
    },
  },
  ItemNotFound: {
    'zh-CN': { title: '找不到该工作表或单元格', action: '它可能已被重命名或删除；请点击“刷新报告”重新读取。' },
    'en-US': {
      title: 'The sheet or cell is gone',
      action: 'It may have been renamed or deleted; click Refresh report.',
    },
  },
};

const BY_STEP: Record<HostError['step'] | 'analyse' | 'settings' | 'host' | 'docx', Record<UiLang, Words>> = {
  read: {
    'zh-CN': {
      title: '读取工作簿失败',
      action: '请确认工作簿没有处于编辑状态后重试；若仍失败，请保存并重新打开工作簿。',
    },
    'en-US': {
      title: 'Could not read the workbook',
      action: 'Make sure no cell is being edited and try again; if it persists, save and reopen the workbook.',
    },
  },
  write: {
    'zh-CN': { title: '写入报告失败，原有报告未改动', action: '请重试；若工作簿受保护，请先撤消保护。' },
    'en-US': {
      title: 'Writing the report failed; the previous report is unchanged',
      action: 'Try again; unprotect the workbook if it is protected.',
    },
  },
  select: {
    'zh-CN': { title: '无法定位到该单元格', action: '该工作表可能已被重命名或删除；请点击“刷新报告”。' },
    'en-US': {
      title: 'Could not go to the cell',
      action: 'The sheet may have been renamed or deleted; click Refresh report.',
    },
  },
  events: {
    'zh-CN': { title: '无法监听数据修改，自动刷新不可用', action: '修改数据后请手动点击“刷新报告”。' },
    'en-US': { title: 'Cannot listen for edits; auto-refresh is off', action: 'Click Refresh report after editing.' },
  },
  template: {
    'zh-CN': { title: '插入模板表失败', action: '请确认工作簿未受保护后重试。' },
    'en-US': {
      title: 'Inserting the template sheets failed',
      action: 'Make sure the workbook is not protected and try again.',
    },
  },
  note: {
    'zh-CN': { title: '说明未能写入“报告文字”表', action: '请确认工作簿未受保护、没有单元格处于编辑状态后重试。' },
    'en-US': {
      title: 'The note could not be written to 报告文字',
      action: 'Make sure the workbook is not protected and no cell is being edited, then try again.',
    },
  },
  analyse: {
    'zh-CN': { title: '分析数据时出错', action: '请把工作簿和此消息发给维护人员；其他表格不受影响。' },
    'en-US': {
      title: 'The analysis failed',
      action: 'Send the workbook and this message to the maintainers; no sheet was changed.',
    },
  },
  docx: {
    'zh-CN': { title: '生成 Word 报告失败', action: '请重试；仍不成功时可用网页版或命令行 perf-report docx 导出。' },
    'en-US': {
      title: 'Making the Word report failed',
      action: 'Try again, or export with the web page or `perf-report docx`.',
    },
  },
  settings: {
    'zh-CN': { title: '设置未能保存到工作簿', action: '设置本次仍然有效；请保存工作簿后重试。' },
    'en-US': {
      title: 'The settings could not be saved in the workbook',
      action: 'They apply for now; save the workbook and try again.',
    },
  },
  host: {
    'zh-CN': {
      title: '需要在 Excel 中打开',
      action:
        '请在 Excel 2021 及以上、Microsoft 365 或 Excel 网页版中通过“加载项”打开本助手；Excel 2016/2019 请改用本助手的网页版或命令行。',
    },
    'en-US': {
      title: 'Open this in Excel',
      action:
        'Open the add-in from Excel 2021 or later, Microsoft 365 or Excel on the web; with Excel 2016/2019 use its web page or the command line.',
    },
  },
};

/** The problem to show for an error thrown by a pane action. */
export function describeProblem(e: unknown, lang: UiLang, fallback: keyof typeof BY_STEP = 'analyse'): Problem {
  const code = e instanceof HostError ? e.code : ((e as { code?: string })?.code ?? '');
  const step = e instanceof HostError ? e.step : fallback;
  const words = BY_CODE[code]?.[lang] ?? BY_STEP[step][lang];
  return {
    intent: 'error',
    title: words.title,
    action: `${words.action}${BY_CODE[code] ? '' : detailOf(e, code, lang)}`,
  };
}

/**
 * Excel's own message, for the maintainers — in zh-CN only when it is Chinese (Excel's English
 * `An internal error has occurred.` would sit inside a Chinese sentence): else its error code.
 */
function detailOf(e: unknown, code: string, lang: UiLang): string {
  const message = e instanceof Error ? e.message : '';
  if (lang === 'en-US') return message ? ` (${message})` : '';
  if (/[\u4e00-\u9fff]/.test(message)) return `（${message}）`;
  return code ? `（错误代码：${code}）` : '';
}

/** Excel without ExcelApi 1.13 cannot list merged areas: headers merged across cells may be missed. */
export function noMergesNotice(lang: UiLang): Problem {
  return lang === 'zh-CN'
    ? {
        intent: 'warning',
        title: '此版本 Excel 不支持加载项读取合并单元格',
        action:
          '合并的表头可能识别不全。请更新 Office（Microsoft 365 版本 2108 或更新），或改用网页版/命令行处理 .xlsx 文件。',
      }
    : {
        intent: 'warning',
        title: 'This Excel does not let add-ins read merged cells',
        action:
          'Merged headers may be missed. Update Office (Microsoft 365 version 2108 or later), or use the web page or the command line on the .xlsx file.',
      };
}

/** Not in Excel (or Excel too old): where to go instead — the web page served beside the pane. */
export function hostProblem(lang: UiLang, webPageUrl?: string): Problem {
  const words = BY_STEP.host[lang];
  if (!webPageUrl) return { intent: 'warning', ...words };
  const where = lang === 'zh-CN' ? '网页版地址：' : 'Web page: ';
  return { intent: 'warning', title: words.title, action: `${words.action} ${where}`, link: webPageUrl };
}
