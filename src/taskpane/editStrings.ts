/** The pane's words about the user's edits in the report and Excel's calculation mode (zh-CN, en-US). */
import { UiLang } from './strings';

const ZH = {
  kept: (n: number) => `报告中有 ${n} 处手工修改，已保留`,
  moveToText: '移入报告文字',
  goToCell: '转到单元格',
  discard: '放弃修改',
  cleared: '（已清空）',
  moved: (n: number, sheet: string) =>
    `${n} 处手工修改所在的位置已被新的报告内容占用，文字已移入“${sheet}”表，并已写回报告。`,
  manualCalc: 'Excel 的计算模式为“手动”：报告中的公式需按 F9（公式 > 开始计算）后才显示最新数字。',
};

export type EditStrings = typeof ZH;

const EN: EditStrings = {
  kept: (n) => `${n} manual edit${n === 1 ? '' : 's'} in the report, kept`,
  moveToText: 'Move into 报告文字',
  goToCell: 'Go to cell',
  discard: 'Discard edit',
  cleared: '(cleared)',
  moved: (n, sheet) =>
    `The place of ${n} manual edit${n === 1 ? '' : 's'} is taken by new report content: the text was moved into sheet "${sheet}" and is back in the report.`,
  manualCalc:
    "Excel calculates manually: press F9 (Formulas > Calculate Now) for the report's formulas to show current numbers.",
};

export function editStringsFor(lang: UiLang): EditStrings {
  return lang === 'zh-CN' ? ZH : EN;
}
