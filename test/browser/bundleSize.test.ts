import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { DIST, ensureProductionBuild } from './buildDist';

const BUDGET_BYTES = 300 * 1024; // DESIGN.md: production JS under 300 KB gzipped at first load

beforeAll(() => ensureProductionBuild(), 600_000);

describe('the production task pane', () => {
  it('loads less than 300 KB of gzipped JavaScript from taskpane.html', () => {
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const local = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)]
      .map((m) => m[1])
      .filter((src) => !/^https?:/.test(src));
    expect(local.length).toBeGreaterThan(0);
    const gz = local.reduce(
      (n, src) => n + zlib.gzipSync(fs.readFileSync(path.join(DIST, src.replace(/^\//, '')))).length,
      0,
    );
    expect(gz).toBeLessThan(BUDGET_BYTES);
  });

  it('takes Office.js from the Microsoft CDN and leaves ExcelJS out', () => {
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    expect(html).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
    const js = fs.readFileSync(path.join(DIST, 'taskpane.js'), 'utf8');
    expect(js).not.toMatch(/exceljs|JSZip|ExcelJS/);
  });

  it('builds the web page from the same template, without Office.js', () => {
    const html = fs.readFileSync(path.join(DIST, 'web.html'), 'utf8');
    expect(html).toContain('<title>绩效自评报告助手（网页版）</title>');
    expect(html).not.toContain('office.js');
    expect(html).toMatch(/<script[^>]*src="?web\.js"?/);
  });

  it('ships the manifest, its icons and help page', () => {
    for (const f of [
      'manifest.xml',
      'help.html',
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
      'assets/icon-128.png',
    ]) {
      expect(fs.existsSync(path.join(DIST, f))).toBe(true);
    }
  });
});
