/** The web page's entry: no Office, the .xlsx adapter in the browser. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { WebApp } from './WebApp';
import { uiLang } from '../taskpane/strings';
import { memorySettings } from '../app/settings';
import { SCHEMES } from '../core/indicators/schemes';

createRoot(document.getElementById('root')!).render(
  <WebApp lang={uiLang(navigator.language)} settings={memorySettings()} schemes={Object.keys(SCHEMES)} />,
);
