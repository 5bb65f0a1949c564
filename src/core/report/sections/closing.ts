/**
 * The end of the document as GB/T 9704 (7.3.4, 7.3.5.2) has it: one line below the text, the
 * 附件说明 (`附表：1．…`, further names aligned under the first), then the 署名 right-aligned two
 * characters in, and the 成文日期 below it, centred under the 署名 (or, when the date is the
 * longer, two characters in and the 署名 moved in to centre over it).
 */
import { Block } from '../document';

/** A calendar day, as the face reads it from its clock (core has none). */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** `2023年3月15日`: Arabic numerals, month and day without a leading zero (GB/T 9704 7.3.5.1). */
export function dateText(d: CalendarDay): string {
  return `${d.year}年${d.month}月${d.day}日`;
}

/** Width in characters: digits and Latin letters are half a character (a 三号 line counts them so). */
export function charWidth(text: string): number {
  return [...text].reduce((n, ch) => n + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0);
}

const closing = (text: string, align: 'left' | 'right', chars: number): Block => ({
  kind: 'paragraph',
  inlines: [text],
  source: 'closing',
  place: { align, chars },
});

/** `附表2 主要财务指标` → [2, 主要财务指标]; a part of another (`附表1-1 …`) is not an attachment of its own. */
function attachment(title: string): [number, string] | null {
  const m = /^附表\s*(\d+)(-\d+)?\s*(.*)$/.exec(title.trim());
  return m && !m[2] ? [Number(m[1]), m[3]] : null;
}

/**
 * A blank line goes before the first closing line and before the 署名 (GB/T 9704: 附件说明 and
 * 署名 each stand one line below what precedes them).
 */
export function blankLineBefore(prev: Block | undefined, block: Block): boolean {
  if (block.kind !== 'paragraph' || block.source !== 'closing') return false;
  if (prev?.kind !== 'paragraph' || prev.source !== 'closing') return true;
  return block.place?.align === 'right' && prev.place?.align !== 'right';
}

/**
 * The 附件说明 for the handed-in appendix tables, the 署名 and the 成文日期 (when the face gave
 * the day). No department, no 署名; no tables, no 附件说明.
 */
export function closingBlocks(department: string, day: CalendarDay | null, appendixTitles: readonly string[]): Block[] {
  const out: Block[] = [];
  appendixTitles
    .flatMap((t) => {
      const a = attachment(t);
      return a ? [a] : [];
    })
    .forEach(([n, name], i) => {
      const item = `${n}．${name}`;
      out.push(
        i === 0 ? { kind: 'paragraph', inlines: [`附表：${item}`], source: 'closing' } : closing(item, 'left', 5),
      );
    });
  const name = department.trim();
  if (name === '') return out;
  const date = day ? dateText(day) : null;
  const span = Math.max(charWidth(name), date ? charWidth(date) : 0);
  out.push(closing(name, 'right', Math.round(2 + (span - charWidth(name)) / 2)));
  if (date) out.push(closing(date, 'right', Math.round(2 + (span - charWidth(date)) / 2)));
  return out;
}
