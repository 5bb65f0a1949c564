/** What the pane can ask of its host — passed to components as props (no Excel.* in components). */
import { PaneSettings } from './settings';
import { PaneModel } from '../taskpane/paneModel';
import { TableId } from '../core/model/types';

export interface GenerateResult {
  readonly model: PaneModel;
  readonly sheetName: string;
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
  /** Inserts empty template sheets for these tables; resolves to the sheet names (absent when the host cannot). */
  insertTemplates?: (ids: readonly TableId[]) => Promise<string[]>;
}
