/** The report's sections as plain text, for --json. */
import { ReportDocument, ReportSection } from './document';
import { inlineText } from './live';

/**
 * Each 一、 heading with the plain text of what follows it (sub-headings included as their own
 * lines, numbers formatted as in the sheet). The appendix tables are not sections: --json
 * carries the indicators and the scoring as data.
 */
export function reportSections(doc: ReportDocument): ReportSection[] {
  const out: { heading: string; paragraphs: string[] }[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'table' || (block.kind === 'paragraph' && block.source === 'closing')) continue;
    if (block.kind === 'heading' && block.level === 1) {
      out.push({ heading: block.text, paragraphs: [] });
      continue;
    }
    const current = out[out.length - 1];
    if (!current) continue;
    current.paragraphs.push(block.kind === 'heading' ? block.text : inlineText(block.inlines));
  }
  return out;
}
