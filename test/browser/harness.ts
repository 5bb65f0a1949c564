/**
 * What the browser tests share: dist/ served on a loopback port, and Debian's Chromium
 * (never a downloaded browser) with a fresh profile, where nothing but that server and — for
 * the task pane — office.js from node_modules (in place of Microsoft's CDN) can be reached.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { chromium, BrowserContext } from 'playwright-core';
import { DIST, ROOT } from './buildDist';

const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
export const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

export interface Browser {
  readonly baseUrl: string;
  readonly context: BrowserContext;
  close(): Promise<void>;
}

function serveDist(): Promise<{ server: http.Server; baseUrl: string }> {
  const server = http.createServer((req, res) => {
    const file = path.join(DIST, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

/**
 * Puts the fake Excel holding `data` into every page before its scripts run, as `Excel` and
 * `window.__fakeExcel`; office.js (which loads later) cannot replace it.
 */
export async function injectFakeExcel(context: BrowserContext, fakeScript: string, data: unknown): Promise<void> {
  await context.addInitScript({
    content: `${fakeScript}
      (function () {
        var book = PerfReportFake.fakeBookFrom(${JSON.stringify(data)});
        var excel = PerfReportFake.createFakeExcel(book);
        window.__fakeExcel = excel;
        Object.defineProperty(window, 'Excel', { get: function () { return excel; }, set: function () {}, configurable: false });
      })();`,
  });
}

/** Serves dist/ and opens Chromium at 350×700 (the task pane's width) in zh-CN (or `locale`). */
export async function openBrowser(locale = 'zh-CN'): Promise<Browser> {
  const { server, baseUrl } = await serveDist();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-report-chromium-'));
  // A fresh profile per run (playwright passes it as --user-data-dir).
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 350, height: 700 },
    locale,
    acceptDownloads: true,
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl)) return route.continue();
    // office.js and the files it loads next (o15apptofilemappingtable.js …) from the npm copy of the CDN.
    const hosted = url.startsWith(OFFICE_CDN)
      ? path.join(OFFICE_DIST, url.slice(OFFICE_CDN.length).split('?')[0])
      : null;
    if (hosted && hosted.startsWith(OFFICE_DIST) && fs.existsSync(hosted))
      return route.fulfill({ path: hosted, contentType: 'text/javascript' });
    return route.fulfill({ status: 404, body: '' });
  });
  return {
    baseUrl,
    context,
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Makes `Office.context.officeTheme` say `bodyBackgroundColor` (Office's 黑色 theme: #262626) in
 * every page: office.js outside Office gives no theme, so its `Office` is seen through a proxy.
 */
export async function injectOfficeTheme(context: BrowserContext, bodyBackgroundColor: string): Promise<void> {
  await context.addInitScript({
    content: `(function () {
      var real;
      var theme = { bodyBackgroundColor: ${JSON.stringify(bodyBackgroundColor)} };
      function themed(ctx) {
        return new Proxy(ctx || {}, { get: function (t, k) { return k === 'officeTheme' ? theme : Reflect.get(t, k); } });
      }
      Object.defineProperty(window, 'Office', {
        configurable: true,
        get: function () {
          return real && new Proxy(real, { get: function (t, k) { return k === 'context' ? themed(Reflect.get(t, k)) : Reflect.get(t, k); } });
        },
        set: function (v) { real = v; },
      });
    })();`,
  });
}
