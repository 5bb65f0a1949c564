/** The CLI's Word export: `build … --docx [file]` and `docx in.xlsx [-o file]`. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'zhuhui-2022.xlsx');

function capture() {
  const out: string[] = [];
  return { io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: () => 0 } }, out: () => out.join('') };
}

async function documentText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

let dir: string;
let input: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-cli-docx-'));
  input = path.join(dir, '教育局.xlsx');
  fs.copyFileSync(EXAMPLE, input);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('build --docx writes the Word report beside the output workbook and tells the author about the error left', async () => {
  const c = capture();
  expect(await main(['build', input, '--docx'], c.io)).toBe(0);
  expect(fs.readdirSync(dir).sort()).toEqual(['教育局-报告.docx', '教育局-报告.xlsx', '教育局.xlsx']);
  expect(c.out()).toContain(`Word 报告已写入：${path.join(dir, '教育局-报告.docx')}`);
  expect(c.out()).toContain('注意：审核仍有 1 个错误未解决');
  const text = await documentText(path.join(dir, '教育局-报告.docx'));
  expect(text).toContain('珠晖区教育局2022年部门整体支出绩效自评报告');
  expect(text).toContain('本报告数据取自工作簿“教育局.xlsx”');
  expect(text).not.toContain('审核发现');
});

test('build --docx <file> and --docx=<file> write there; the input right after --docx stays the input', async () => {
  const named = path.join(dir, '上报.docx');
  expect(await main(['build', '--docx', input, '-o', path.join(dir, 'o.xlsx')], capture().io)).toBe(0);
  expect(fs.existsSync(path.join(dir, 'o.docx'))).toBe(true);
  expect(await main(['build', input, '-o', path.join(dir, 'p.xlsx'), '--docx', named], capture().io)).toBe(0);
  expect(fs.existsSync(named)).toBe(true);
  expect(
    await main(['build', input, '-o', path.join(dir, 'q.xlsx'), `--docx=${path.join(dir, 'q2.docx')}`], capture().io),
  ).toBe(0);
  expect(fs.existsSync(path.join(dir, 'q2.docx'))).toBe(true);
});

test('docx writes <in>-报告.docx alone, or -o; a name not ending in .docx is a usage error that writes nothing', async () => {
  expect(await main(['docx', input], capture().io)).toBe(0);
  expect(fs.readdirSync(dir).sort()).toEqual(['教育局-报告.docx', '教育局.xlsx']);
  expect(await main(['docx', input, '-o', path.join(dir, 'x.pdf')], capture().io)).toBe(2);
  expect(await main(['build', input, '--docx=r.doc'], capture().io)).toBe(2);
  expect(fs.readdirSync(dir).sort()).toEqual(['教育局-报告.docx', '教育局.xlsx']);
  const help = capture();
  expect(await main(['docx', '--help'], help.io)).toBe(0);
  expect(help.out()).toContain('审核说明：<位置或代码>');
});
