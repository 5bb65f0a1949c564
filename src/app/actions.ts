/** What the pane can ask of its host — passed to components as props (no Excel.* in components). */
import { PaneSettings } from './settings';
import { PaneModel } from '../taskpane/paneModel';
import { TableId } from '../core/model/types';
import type { DocxExport } from '../docx/exportDocx';

/** A cell of the report the user changed since our last write, kept by the refresh. */
export interface ReportEdit {
  /** 0-based row on the report sheet (what a choice about the edit names). */
  readonly row: number;
  /** 'B12' on the report sheet. */
  readonly address: string;
  readonly text: string;
}

export interface GenerateResult {
  readonly model: PaneModel;
  readonly sheetName: string;
  /** The user's edits kept in the report (absent where the report is a new file). */
  readonly kept?: readonly ReportEdit[];
  /** How many edits had their text moved into 报告文字 by this refresh, and that sheet's name. */
  readonly moved?: { readonly count: number; readonly sheet: string } | null;
  /** Excel calculates manually: say so (the report's numbers are formulas). */
  readonly calculationManual?: boolean;
}

export interface PaneActions {
  /** Reads and checks the workbook without writing anything. */
  analyse(settings: PaneSettings): Promise<PaneModel>;
  /** Reads, analyses and (re)writes the report sheet. */
  generate(settings: PaneSettings): Promise<GenerateResult>;
  /** Goes to the cell (absent on the web page: there is no open Excel to go to). */
  selectCell?: (sheet: string, a1: string) => Promise<void>;
  saveSettings(settings: PaneSettings): Promise<void>;
  /** Refreshes after edits while `settings().autoRefresh`; resolves to a stop function (absent where nobody edits). */
  watchEdits?: (
    settings: () => PaneSettings,
    onRefreshed: (r: GenerateResult) => void,
    onError: (e: unknown) => void,
  ) => Promise<() => Promise<void>>;
  /**
   * Stores the author's 说明 of a finding in the 报告文字 sheet under `key` (inserting that sheet
   * from its template when there is none) and reads the workbook again.
   */
  saveNote?: (settings: PaneSettings, key: string, text: string) => Promise<PaneModel>;
  /** The handed-in Word report of the workbook as it is now (absent when the host cannot make one). */
  exportDocx?: (settings: PaneSettings) => Promise<DocxExport>;
  /** The user's choice about a kept edit: its text into 报告文字, or back to our text (absent off Excel). */
  resolveEdit?: (settings: PaneSettings, row: number, choice: 'move' | 'discard') => Promise<GenerateResult>;
  /** Inserts empty template sheets for these tables; resolves to the sheet names (absent when the host cannot). */
  insertTemplates?: (ids: readonly TableId[]) => Promise<string[]>;
}
