/**
 * The task pane's entry: waits for Office, then renders the pane with Excel's actions.
 * (OfficeDev template habit: render inside Office.onReady; only src/excel calls Excel.run.)
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createExcelActions } from './excelActions';
import { hostProblem, noMergesNotice } from './problems';
import { prefersDark } from './theme';
import { uiLang } from './strings';
import { memorySettings, readSettings, SettingsStore } from '../excel/settings';
import { SCHEMES } from '../core/indicators/schemes';

declare const Office: any;
declare const Excel: any;

const hasRun = (api: { run?: unknown }): boolean => typeof api.run === 'function';

function start(info: { host?: unknown } | undefined): void {
  const office = typeof Office !== 'undefined' ? Office : undefined;
  const lang = uiLang(office?.context?.displayLanguage);
  const excel = typeof Excel !== 'undefined' && hasRun(Excel) ? Excel : null;
  const inExcel = excel !== null && (info?.host === 'Excel' || info?.host === undefined || info?.host === null);
  const settings: SettingsStore = office?.context?.document?.settings ?? memorySettings();
  // Requirement sets are known only inside Excel (outside, e.g. a test page with a fake, assume all).
  const requirements = info?.host === 'Excel' ? office?.context?.requirements : undefined;
  const isSetSupported = requirements?.isSetSupported
    ? (name: string, v: string) => Boolean(requirements.isSetSupported(name, v))
    : undefined;
  const tooOld = isSetSupported !== undefined && !isSetSupported('ExcelApi', '1.9');
  const actions = createExcelActions({
    excel: excel ?? { run: () => Promise.reject(new Error('Excel is not available')) },
    isSetSupported,
    settings,
    lang,
  });
  createRoot(document.getElementById('root')!).render(
    <App
      actions={actions}
      lang={lang}
      dark={prefersDark(office?.context?.officeTheme)}
      initialSettings={readSettings(settings)}
      schemes={Object.keys(SCHEMES)}
      startupProblem={!inExcel || tooOld ? hostProblem(lang, new URL('web.html', window.location.href).href) : null}
      startupNotice={isSetSupported !== undefined && !isSetSupported('ExcelApi', '1.13') ? noMergesNotice(lang) : null}
    />,
  );
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') Office.onReady(start);
else start(undefined);
