/**
 * The task pane's entry: waits for Office, then renders the pane with Excel's actions.
 * (OfficeDev template habit: render inside Office.onReady; only src/excel calls Excel.run.)
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createExcelActions } from './excelActions';
import { startupOf } from './startup';
import { memorySettings, readSettings, SettingsStore } from '../app/settings';
import { SCHEMES } from '../core/indicators/schemes';

declare const Office: any;
declare const Excel: any;

const hasRun = (api: { run?: unknown }): boolean => typeof api.run === 'function';

/** The open workbook's file name from its URL or path (a new, unsaved workbook has none). */
function workbookNameOf(url: unknown): string {
  const name = typeof url === 'string' ? decodeURIComponent(url.split(/[\\/]/).pop() ?? '').split('?')[0] : '';
  return name || '当前工作簿';
}

function start(info: { host?: unknown } | undefined): void {
  const office = typeof Office !== 'undefined' ? Office : undefined;
  const excel = typeof Excel !== 'undefined' && hasRun(Excel) ? Excel : null;
  const startup = startupOf(
    office,
    info,
    excel !== null,
    new URL('web.html', window.location.href).href,
    navigator.language,
  );
  const settings: SettingsStore = office?.context?.document?.settings ?? memorySettings();
  const actions = createExcelActions({
    excel: excel ?? { run: () => Promise.reject(new Error('Excel is not available')) },
    isSetSupported: startup.isSetSupported,
    settings,
    lang: startup.lang,
    workbookName: () => workbookNameOf(office?.context?.document?.url),
  });
  createRoot(document.getElementById('root')!).render(
    <App
      actions={actions}
      lang={startup.lang}
      dark={startup.dark}
      initialSettings={readSettings(settings)}
      schemes={Object.keys(SCHEMES)}
      startupProblem={startup.problem}
      startupNotice={startup.notice}
    />,
  );
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') Office.onReady(start);
else start(undefined);
