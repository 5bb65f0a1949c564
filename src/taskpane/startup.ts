/**
 * What the pane knows from Office before its first render (pure: Office's objects come in as
 * plain values): language, theme, whether it runs in an Excel new enough, and whether Excel
 * lets it read merged cells.
 */
import { Problem, hostProblem, noMergesNotice } from './problems';
import { UiLang, uiLang } from './strings';
import { prefersDark, OfficeThemeColors } from './theme';

/** The parts of `Office` the pane reads. */
export interface OfficeLike {
  readonly context?: {
    readonly displayLanguage?: string;
    readonly officeTheme?: OfficeThemeColors;
    readonly requirements?: { isSetSupported?: (name: string, version: string) => boolean };
  };
}

export interface Startup {
  readonly lang: UiLang;
  readonly dark: boolean;
  /** Requirement-set check, known only inside Excel (a test page with a fake assumes all). */
  readonly isSetSupported: ((name: string, version: string) => boolean) | undefined;
  /** Stops the pane: not in Excel, or Excel without ExcelApi 1.9. */
  readonly problem: Problem | null;
  /** Shown without stopping it: merged cells unreadable (no ExcelApi 1.13). */
  readonly notice: Problem | null;
}

/** The start-up state from Office.onReady's `info`, `Office` and whether an Excel.run exists. */
export function startupOf(
  office: OfficeLike | undefined,
  info: { host?: unknown } | undefined,
  hasExcel: boolean,
  webPageUrl: string,
  /** The browser's language, for a pane opened where Office gives none (a browser, a test page). */
  browserLanguage?: string,
): Startup {
  const lang = uiLang(office?.context?.displayLanguage || browserLanguage);
  const inExcel = hasExcel && (info?.host === 'Excel' || info?.host === undefined || info?.host === null);
  const requirements = info?.host === 'Excel' ? office?.context?.requirements : undefined;
  const check = requirements?.isSetSupported;
  const isSetSupported = check ? (name: string, v: string) => Boolean(check.call(requirements, name, v)) : undefined;
  const tooOld = isSetSupported !== undefined && !isSetSupported('ExcelApi', '1.9');
  const noMerges = isSetSupported !== undefined && !isSetSupported('ExcelApi', '1.13');
  return {
    lang,
    dark: prefersDark(office?.context?.officeTheme),
    isSetSupported,
    problem: !inExcel || tooOld ? hostProblem(lang, webPageUrl) : null,
    notice: !tooOld && noMerges ? noMergesNotice(lang) : null,
  };
}
