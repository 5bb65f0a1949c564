/**
 * The pane's settings, kept in the workbook (Office.context.document.settings) so they travel
 * with the file by email: the scheme, the report sheet's name, auto-refresh.
 */
import { DEFAULT_REPORT_SHEET } from '../core/report/sheet';

/** The part of Office.Settings the pane uses. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

export interface PaneSettings {
  /** A built-in scheme name, or null for the workbook's own (部门基本情况's 评分方案). */
  readonly scheme: string | null;
  readonly reportSheetName: string;
  readonly autoRefresh: boolean;
}

export const SETTINGS_KEY = 'perfReport';
export const DEFAULT_SETTINGS: PaneSettings = {
  scheme: null,
  reportSheetName: DEFAULT_REPORT_SHEET,
  autoRefresh: true,
};

/** A sheet name Excel accepts: without : \ / ? * [ ], not quoted, at most 31 characters. */
export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, '')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31);
  return cleaned || DEFAULT_REPORT_SHEET;
}

export function readSettings(store: SettingsStore): PaneSettings {
  const raw = store.get(SETTINGS_KEY) as Partial<PaneSettings> | null;
  if (!raw || typeof raw !== 'object') return DEFAULT_SETTINGS;
  return {
    scheme: typeof raw.scheme === 'string' && raw.scheme ? raw.scheme : null,
    reportSheetName:
      typeof raw.reportSheetName === 'string' ? cleanSheetName(raw.reportSheetName) : DEFAULT_SETTINGS.reportSheetName,
    autoRefresh: typeof raw.autoRefresh === 'boolean' ? raw.autoRefresh : true,
  };
}

/** Stores the settings in the document; rejects with Office's message when saving fails. */
export function saveSettings(store: SettingsStore, settings: PaneSettings): Promise<void> {
  store.set(SETTINGS_KEY, { ...settings, reportSheetName: cleanSheetName(settings.reportSheetName) });
  return new Promise((resolve, reject) =>
    store.saveAsync((result) =>
      String(result.status).toLowerCase() === 'succeeded'
        ? resolve()
        : reject(new Error(result.error?.message ?? 'saveAsync failed')),
    ),
  );
}

/** Settings for a page without a document (the web page, tests): kept in memory. */
export function memorySettings(): SettingsStore {
  const values = new Map<string, unknown>();
  return {
    get: (name) => values.get(name) ?? null,
    set: (name, value) => void values.set(name, value),
    saveAsync: (cb) => setTimeout(() => cb?.({ status: 'succeeded' }), 0),
  };
}
