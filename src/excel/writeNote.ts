/** Writes an author's 审核说明 (its 章节 and 内容 cells) into the 报告文字 sheet — the only cells the pane writes outside its report. */
import { NoteWrite } from '../core/findings/auditNotes';
import { a1 } from '../core/grid/address';
import { ExcelDeps } from './excelHost';
import { HostError } from './hostError';

export async function writeNoteCells(deps: ExcelDeps, note: NoteWrite): Promise<void> {
  try {
    await deps.excel.run(async (context: Excel.RequestContext) => {
      const ws = context.workbook.worksheets.getItem(note.sheet);
      for (const [col, text] of [
        [note.keyCol, note.key],
        [note.valueCol, note.text],
      ] as const) {
        const range = ws.getRange(a1(note.row, col));
        range.numberFormat = [['@']]; // text as typed: a note starting with = is not a formula
        range.values = [[text]];
      }
      await context.sync();
    });
  } catch (e) {
    throw new HostError(
      'note',
      (e as { code?: string })?.code ?? 'GeneralException',
      e instanceof Error ? e.message : String(e),
    );
  }
}
