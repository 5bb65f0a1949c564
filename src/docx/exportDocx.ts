/**
 * The Word export as every face uses it (CLI, task pane, web page): the .docx bytes, the file
 * name to offer and how many errors remain (told to the author, never written in the document).
 */
import { Analysis } from '../core/model/analysis';
import { packDocx } from './buildDocx';

export interface DocxExport {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** Errors left in the checks when exported: the face says so to the author. */
  readonly errors: number;
}

/** `预算.xlsx` → `预算-报告.docx` (as the CLI names it). */
export function docxFileName(workbookName: string): string {
  return `${workbookName.replace(/\.xlsx$/i, '')}-报告.docx`;
}

/** The handed-in .docx of an analysis, made at `at` from the workbook named `workbookName`. */
export async function exportDocx(analysis: Analysis, workbookName: string, at: Date): Promise<DocxExport> {
  const bytes = await packDocx(analysis.report, { at, workbookName });
  return { bytes, fileName: docxFileName(workbookName), errors: analysis.findings.filter((f) => f.severity === 'error').length };
}
