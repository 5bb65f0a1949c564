/**
 * The author's 审核说明 of a finding, stored in the workbook's 报告文字 sheet as a row whose 章节
 * is `审核说明：<位置或代码>` (docs/audit-notes.md; the Word export prints the notes of current
 * findings). The key names the finding's cell as findings print it (`支出决算表!E7`), or its code
 * when it has no cell. Pure: which note a finding has, and where saving one writes.
 */
import { SheetSnapshot, WorkbookSnapshot, rawAt } from '../grid/snapshot';
import { Model } from '../model/types';
import { P4_COLUMNS } from '../recognise/p4';
import { cellText, findHeader } from '../recognise/common';
import { Finding } from './finding';
import { formatLocation } from './wording';
import { AUDIT_NOTE_KEY, auditNoteTarget, normaliseNoteTarget as normalise } from '../report/handedIn';

/** The 章节 under which a finding's note is stored. */
export function noteKeyOf(f: Finding): string {
  const target = f.at.col !== null ? formatLocation(f.at, 'zh-CN') : f.code;
  return `${AUDIT_NOTE_KEY}：${target}`;
}

/** The note written for this finding (by its cell or its code), '' when none. */
export function noteOf(model: Model, f: Finding): string {
  const cell = normalise(formatLocation(f.at, 'zh-CN'));
  const code = f.code.toLowerCase();
  for (const s of model.p4?.sections ?? []) {
    const t = auditNoteTarget(s.key);
    if (t !== null && (normalise(t) === cell || normalise(t) === code)) return s.cell.text;
  }
  return '';
}

/** What saving a note writes: 章节 and 内容 cells of one row of the 报告文字 sheet (0-based). */
export interface NoteWrite {
  readonly sheet: string;
  readonly row: number;
  readonly keyCol: number;
  readonly valueCol: number;
  readonly key: string;
  readonly text: string;
}

/**
 * Where the note under `key` goes: its own row when it was written before, else the first row
 * below everything on the sheet. `sheetName`: the 报告文字 sheet (the model's, or a template just
 * inserted — an empty one is not read as a table). Null when there is no such sheet.
 */
export function planNote(
  snapshot: WorkbookSnapshot,
  sheetName: string | undefined,
  key: string,
  text: string,
): NoteWrite | null {
  const sheet = snapshot.sheets.find((s) => s.name === sheetName);
  if (!sheet) return null;
  const header = findHeader(sheet, P4_COLUMNS);
  const keyCol = header?.columns.get('key') ?? 0;
  const valueCol = header?.columns.get('value') ?? 1;
  const target = normalise(auditNoteTarget(key) ?? '');
  const start = header ? header.lastRow + 1 : 0;
  for (let r = start; r < sheet.values.length; r++) {
    const t = auditNoteTarget(cellText(rawAt(sheet, r, keyCol)));
    if (t !== null && normalise(t) === target) return { sheet: sheet.name, row: r, keyCol, valueCol, key, text };
  }
  return { sheet: sheet.name, row: Math.max(lastFilledRow(sheet) + 1, start), keyCol, valueCol, key, text };
}

function lastFilledRow(sheet: SheetSnapshot): number {
  for (let r = sheet.values.length - 1; r >= 0; r--) if (sheet.values[r].some((v) => v !== null && v !== '')) return r;
  return -1;
}
