import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..');
const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const { rewriteManifestUrls } = require('../scripts/manifest-url.js');

const urls = (text: string) =>
  [...text.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|<AppDomain>([^<]+)</g)].map((m) => m[1] ?? m[2]);

describe('the add-in manifest', () => {
  it('validates against the add-in manifest schema', () => {
    const run = spawnSync(
      'bash',
      [path.join(root, '..', 'shared', 'tools', 'validate-manifest.sh'), path.join(root, 'manifest.xml')],
      { encoding: 'utf8' },
    );
    expect({ status: run.status, out: run.stdout + run.stderr }).toEqual({
      status: 0,
      out: expect.stringMatching(/validates/),
    });
  });

  it('has a fixed GUID as its id', () => {
    expect(manifest).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/Id>/);
  });

  it('is a Workbook task pane that needs ExcelApi 1.9 and may read and write the document', () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it('is named in Chinese by default with an English override', () => {
    expect(manifest).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(manifest).toMatch(/<DisplayName DefaultValue="绩效自评报告助手">\s*<Override Locale="en-US"/);
    expect(manifest).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US"/);
  });

  it('uses only https URLs', () => {
    const all = urls(manifest);
    expect(all.length).toBeGreaterThan(5);
    for (const url of all) expect(url).toMatch(/^https:\/\//);
  });

  it('points at icon files that exist, in every size Office asks for', () => {
    const icons = urls(manifest).filter((u) => u.includes('/assets/'));
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const url of icons) expect(fs.existsSync(path.join(root, new URL(url).pathname))).toBe(true);
    for (const size of [16, 32, 64, 80, 128]) {
      const png = fs.readFileSync(path.join(root, 'assets', `icon-${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('moves every URL to the production base in one place', () => {
    const prod = rewriteManifestUrls(manifest, 'https://addin.example.gov.cn/perf/');
    expect(prod).not.toMatch(/localhost/);
    for (const url of urls(prod)) expect(url).toMatch(/^https:\/\/addin\.example\.gov\.cn(\/perf\/|$)/);
    expect(prod).toMatch(/<AppDomain>https:\/\/addin\.example\.gov\.cn<\/AppDomain>/);
    expect(prod).toMatch(/"https:\/\/addin\.example\.gov\.cn\/perf\/taskpane\.html"/);
    expect(() => rewriteManifestUrls(manifest, 'http://insecure.example')).toThrow(/https/);
  });
});
