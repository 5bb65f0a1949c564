/**
 * The example's Word report as a reader gets it: the .docx opened by LibreOffice Writer and
 * printed to PDF. Every heading, the title, the appendix tables and the seed sentences are in
 * the PDF's text, every page is A4, and the package carries the GB/T 9704 settings.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { analyse } from '../../src/core/analyse';
import { Analysis } from '../../src/core/model/analysis';
import { packDocx } from '../../src/docx/buildDocx';
import { describeFinding } from '../../src/core/findings/wording';
import { pdfWithLibreOffice } from '../support/libreoffice';
import { snapshotOfFile } from '../support/workbookIO';
import { docxPart } from '../support/docxText';
import { SEED_PROSE, SEED_SENTENCES } from '../support/seedSentences';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'zhuhui-2022.xlsx');
const ARTIFACTS = path.join(__dirname, '..', 'artifacts');
const MADE = { at: new Date(2026, 11, 1, 9, 30), workbookName: 'zhuhui-2022.xlsx' };
const squeeze = (s: string): string => s.replace(/\s+/g, '');

let analysis: Analysis;
let bytes: Uint8Array;
let pages: string[];
let dir: string;
let pdf: string;

beforeAll(async () => {
  analysis = analyse(await snapshotOfFile(EXAMPLE));
  bytes = await packDocx(analysis.report, MADE);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-docx-'));
  const docx = path.join(dir, 'zhuhui-2022-报告.docx');
  fs.writeFileSync(docx, bytes);
  pdf = await pdfWithLibreOffice(docx, dir);
  pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
}, 180_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the example report printed from its .docx by LibreOffice', () => {
  test('shows the title, every heading and every appendix table', () => {
    const text = squeeze(pages.join(''));
    expect(text).toContain(squeeze(analysis.report.title));
    const headings = analysis.report.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings.length).toBeGreaterThan(15);
    for (const h of headings) expect(text).toContain(squeeze(h));
    for (const t of ['附表1部门整体支出绩效自评表', '附表2主要财务指标', '一级指标', '三级指标', '计算公式或来源']) expect(text).toContain(t);
  });

  test('gives number columns room for their longest number: none is wrapped inside its cell', () => {
    const raw = pages.join('\n');
    for (const n of ['31985.20', '32025.54', '26833.46', '100.00', '88.00']) expect(raw).toContain(n);
  });

  test('carries the sentences of the seed report and the closing line, not the findings list', () => {
    const text = squeeze(pages.join(''));
    for (const s of [...SEED_SENTENCES, ...SEED_PROSE]) expect(text).toContain(squeeze(s));
    expect(text).toContain('本报告数据取自工作簿“zhuhui-2022.xlsx”，于2026年12月1日09:30导出。');
    // The example has one error; the document that is handed in does not list it.
    expect(analysis.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(text).not.toContain('审核发现');
    for (const f of analysis.findings) expect(text).not.toContain(squeeze(describeFinding(f)).split('：').slice(1).join('：'));
  });

  test('prints every page on A4 with a page number — n — at its foot', () => {
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(sizes.length).toBe(pages.length);
    for (const [w, h] of sizes) {
      expect(Math.abs(w - 595.3)).toBeLessThan(1);
      expect(Math.abs(h - 841.9)).toBeLessThan(1);
    }
    pages.forEach((p, i) => expect(p).toMatch(new RegExp(`—\\s*${i + 1}\\s*—`)));
  });

  test('keeps PNGs of page 1 and of the first appendix page in test/artifacts', () => {
    const appendix = pages.findIndex((p) => squeeze(p).includes('附表1部门整体支出绩效自评表')) + 1;
    expect(appendix).toBeGreaterThan(1);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    for (const [page, name] of [[1, 'docx-page1'], [appendix, 'docx-appendix']] as const) {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', '-f', String(page), '-l', String(page), pdf, path.join(ARTIFACTS, name)]);
      expect(fs.statSync(path.join(ARTIFACTS, `${name}.png`)).size).toBeGreaterThan(10_000);
    }
  });
});

describe('the .docx package', () => {
  test('sets A4 and the GB/T 9704 margins 37/35/28/26 mm', async () => {
    const doc = await docxPart(bytes, 'word/document.xml');
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // 37 mm = 2098 twips, 35 mm = 1984, 28 mm = 1587, 26 mm = 1474.
    for (const [side, twips] of [['top', 2098], ['bottom', 1984], ['left', 1587], ['right', 1474]] as const) {
      expect(doc).toMatch(new RegExp(`<w:pgMar[^>]* w:${side}="${twips}"`));
    }
  });

  test('names the fonts and sizes of each level, the 28 pt pitch and the 2-character indent', async () => {
    const styles = await docxPart(bytes, 'word/styles.xml');
    const style = (id: string): string => {
      const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles);
      if (!m) throw new Error(`no style ${id}`);
      return m[0];
    };
    expect(style('GwTitle')).toMatch(/w:eastAsia="方正小标宋简体"[\s\S]*<w:sz w:val="44"\/>/);
    expect(style('GwTitle')).toContain('<w:jc w:val="center"/>');
    expect(style('GwHeading1')).toMatch(/w:eastAsia="黑体"[\s\S]*<w:sz w:val="32"\/>/);
    expect(style('GwHeading2')).toMatch(/w:eastAsia="楷体_GB2312"[\s\S]*<w:sz w:val="32"\/>/);
    expect(style('GwBody')).toMatch(/w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>/);
    expect(style('GwBody')).toMatch(/<w:spacing [^>]*w:line="560" w:lineRule="exact"/);
    expect(style('GwBody')).toMatch(/<w:ind w:firstLine="640"\/>/);
    for (const id of ['GwHeading1', 'GwHeading2', 'GwHeading3', 'GwTableTitle']) expect(style(id)).toContain('<w:keepNext/>');
  });

  test('marks the appendix header rows to repeat and no row to split', async () => {
    const doc = await docxPart(bytes, 'word/document.xml');
    const tables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables.length).toBe(3);
    for (const t of tables) {
      const rows = [...t.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
      for (const r of rows) expect(r).toContain('<w:cantSplit/>');
      expect(t).toMatch(/<w:tblBorders>[\s\S]*<w:insideH w:val="single"/);
    }
  });

  test('gives the GB fonts their Windows names as fallbacks', async () => {
    const fonts = await docxPart(bytes, 'word/fontTable.xml');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="黑体"/>');
  });
});
