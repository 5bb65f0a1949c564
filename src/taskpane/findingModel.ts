/** A finding as the 审核 tab shows it (pure): the sentence, how to fix it, both cells, the author's 说明. */
import { Finding, Severity } from '../core/findings/finding';
import { describeFinding, fixText } from '../core/findings/wording';
import { noteKeyOf, noteOf } from '../core/findings/auditNotes';
import { CellRef, a1, displayRef } from '../core/grid/address';
import { Model } from '../core/model/types';
import { UiLang } from './strings';

export interface PaneFindingCell {
  readonly sheet: string;
  readonly a1: string;
  readonly label: string;
  /** 0-based, for the web page's rows around the cell. */
  readonly row: number;
  readonly col: number;
}

export interface PaneFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly text: string;
  /** What to do about it (the catalogue's fix text). */
  readonly fix: string;
  /** Where a click goes, when the finding points at a cell. */
  readonly cell: PaneFindingCell | null;
  /** The other side's cells (the total a detail disagrees with …). */
  readonly related: readonly PaneFindingCell[];
  /** The 报告文字 章节 its 说明 is stored under, and the 说明 written so far. */
  readonly noteKey: string;
  readonly note: string;
}

const paneCell = (ref: CellRef): PaneFindingCell => ({
  sheet: ref.sheet,
  a1: a1(ref.row, ref.col),
  label: displayRef(ref),
  row: ref.row,
  col: ref.col,
});

export function toPaneFinding(f: Finding, model: Model, lang: UiLang): PaneFinding {
  const at = f.at.sheet !== null && f.at.row !== null && f.at.col !== null ? paneCell({ ...f.at } as CellRef) : null;
  return {
    code: f.code,
    severity: f.severity,
    text: describeFinding(f, lang),
    fix: fixText(f.code, lang),
    cell: at,
    related: f.related.map(paneCell).filter((c) => c.label !== at?.label),
    noteKey: noteKeyOf(f),
    note: noteOf(model, f),
  };
}
