/**
 * What is handed in and what is for the author. The findings list (附表3) is the author's;
 * the handed-in document carries instead the author's 审核说明 — a 报告文字 entry whose 章节 is
 * `审核说明：<位置或代码>` (e.g. `审核说明：支出决算表!E7` or `审核说明：sum.mismatch`) — for each
 * finding it names, and nothing when there are none (docs/audit-notes.md).
 */
import { Finding } from '../findings/finding';
import { formatLocation } from '../findings/wording';
import { Model } from '../model/types';
import { toHalfWidth } from '../recognise/common';
import { Block, ReportDocument } from './document';
import { splitParagraphs } from './userText';

/** The 章节 word of an audit note. */
export const AUDIT_NOTE_KEY = '审核说明';

// Half-width too: the 报告文字 reader keeps its keys half-width (（财决04表） reads as (财决04表)).
export const normaliseNoteTarget = (s: string): string =>
  toHalfWidth(s)
    .replace(/[\s\u3000'‘’]/g, '')
    .toLowerCase();

/** The target of a 报告文字 key `审核说明：<target>` (full- or half-width colon), or null when the key is not an audit note. */
export function auditNoteTarget(key: string): string | null {
  const m = /^\s*审核说明\s*[：:]?\s*(.*)$/.exec(key);
  return m ? m[1].trim() : null;
}

/** True when a note's target names this finding: its location as the report writes it, or its code. */
function namesFinding(target: string, f: Finding): boolean {
  const t = normaliseNoteTarget(target);
  return t === normaliseNoteTarget(formatLocation(f.at, 'zh-CN')) || t === f.code.toLowerCase();
}

/**
 * The 审核说明 heading and one paragraph per note that names a current finding (a note for a
 * finding since fixed is left out: it would explain nothing). No notes, no blocks.
 */
export function auditNoteBlocks(model: Model, findings: readonly Finding[]): Block[] {
  const paragraphs: Block[] = [];
  for (const s of model.p4?.sections ?? []) {
    const target = auditNoteTarget(s.key);
    if (target === null || target === '' || !findings.some((f) => namesFinding(target, f))) continue;
    const text = splitParagraphs(s.cell.text).join('');
    if (text !== '') paragraphs.push({ kind: 'paragraph', inlines: [text], source: 'user' });
  }
  if (paragraphs.length === 0) return [];
  return [{ kind: 'heading', level: 1, text: '附：数据核对情况说明' }, ...paragraphs];
}

/** The blocks of the document to hand in: everything but what is for the author (the findings list). */
export function handedInBlocks(doc: ReportDocument): Block[] {
  return doc.blocks.filter((b) => !(b.kind === 'table' && b.audience === 'author'));
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The closing line of the exported document: when it was made and from which workbook. `at` is
 * read by the face (core has no clock) and written in its local time.
 */
export function madeLine(at: Date, workbookName: string): string {
  const when = `${at.getFullYear()}年${at.getMonth() + 1}月${at.getDate()}日${pad(at.getHours())}:${pad(at.getMinutes())}`;
  return `本报告数据取自工作簿“${workbookName}”，于${when}导出。`;
}

/**
 * What the author is told when exporting while errors remain (the document itself says nothing
 * of them); null when there are none.
 */
export function exportWarning(findings: readonly Finding[]): string | null {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return errors === 0
    ? null
    : `注意：审核仍有 ${errors} 个错误未解决，Word 报告照样导出，提交前请核对或在“报告文字”中写“审核说明”。`;
}
