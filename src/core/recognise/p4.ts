/**
 * P4 报告文字 (ours, spec/workbook.md): `章节 | 内容`, the user's prose per report section.
 * A cell may hold several paragraphs; it stays one TextCell (the report splits lines).
 */
import { cellRef } from '../grid/address';
import { rawAt } from '../grid/snapshot';
import { P4Data, TextCell } from '../model/types';
import {
  HeaderColumn,
  TableContext,
  cellText,
  findHeader,
  isBlankRow,
  isNoteRow,
  normaliseLabel,
  stripNumbering,
  tableInfo,
  valueAt,
} from './common';
import { vocabulary } from './vocabulary';

/** The 章节 | 内容 header (also where the pane writes a 审核说明: auditNotes.ts). */
export const P4_COLUMNS: readonly HeaderColumn[] = vocabulary('P4', [
  { key: 'key', required: true },
  { key: 'value', required: true },
]);

/** The section ids of spec/report.md and the headings users write for them. */
const SECTION_ALIASES: Readonly<Record<string, readonly string[]>> = {
  支出主要内容: ['支出主要内容', '主要内容', '部门整体支出主要内容'],
  项目资金管理: ['项目资金管理', '项目资金管理情况', '项目资金管理情况分析'],
  项目组织情况: ['项目组织情况', '项目组织情况分析'],
  项目管理情况: ['项目管理情况', '项目管理情况分析'],
  资产管理情况: ['资产管理情况', '资产管理'],
  绩效情况: ['绩效情况', '部门整体支出绩效情况', '整体支出绩效情况'],
  存在问题: ['存在问题', '存在的问题', '存在的主要问题', '主要问题'],
  改进措施: ['改进措施', '改进措施和有关建议', '改进措施及建议', '有关建议'],
};

/** A heading → its section id: `（一）项目组织情况分析：` → 项目组织情况; an unknown heading stays as written (normalised). */
export function sectionKey(label: string): string {
  const text = stripNumbering(normaliseLabel(label)).replace(/[:：]$/, '');
  for (const [id, words] of Object.entries(SECTION_ALIASES)) if (words.includes(text)) return id;
  return text;
}

/** Reads every `章节 | 内容` row in order; a row with a blank 章节 continues the section above. */
export function readP4(ctx: TableContext): P4Data {
  const header = findHeader(ctx.sheet, P4_COLUMNS);
  const keyCol = header?.columns.get('key') ?? 0;
  const valueCol = header?.columns.get('value') ?? 1;
  const start = header ? header.lastRow + 1 : (ctx.titleCell?.row ?? -1) + 1;
  const sections: { key: string; cell: TextCell }[] = [];
  let current = '';
  let lastRow = start;
  for (let r = start; r < ctx.sheet.values.length; r++) {
    if (isBlankRow(ctx.sheet, r) || isNoteRow(ctx.sheet, r)) continue;
    const label = cellText(valueAt(ctx.sheet, r, keyCol));
    if (label !== '') current = sectionKey(label);
    const text = cellText(rawAt(ctx.sheet, r, valueCol)).replace(/\r\n?/g, '\n');
    if (current === '' || text === '') continue;
    sections.push({ key: current, cell: { ref: cellRef(ctx.sheet.name, r, valueCol), text } });
    lastRow = r;
  }
  return {
    info: tableInfo(
      ctx,
      header ? [header.firstRow, header.lastRow] : null,
      lastRow,
      Math.max(keyCol, valueCol),
      header ? [header] : [],
    ),
    sections,
  };
}
