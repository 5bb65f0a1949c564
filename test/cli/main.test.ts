/** The CLI end to end through `main(argv, io)`: exit codes, files written or not, output lines. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
// ExcelJS's own zip library (a dependency of exceljs), to add parts as Excel writes them.
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { capture } from './capture';
import { loadWorkbookFile } from '../../src/xlsx/exceljsFile';
import { readSnapshot } from '../../src/xlsx/readSnapshot';
import { example, set } from '../corpus/mutate';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'zhuhui-2022.xlsx');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-cli-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('an unknown option exits 2 with one line on stderr and writes nothing', async () => {
  const c = capture();
  const input = path.join(dir, 'in.xlsx');
  fs.copyFileSync(EXAMPLE, input);
  expect(await main(['build', input, '--frobnicate', 'x'], c.io)).toBe(2);
  expect(c.err().trim().split('\n')).toHaveLength(1);
  expect(c.err()).toContain('--frobnicate');
  expect(fs.readdirSync(dir)).toEqual(['in.xlsx']);
});

test('build without a file, or with two, is a usage error', async () => {
  expect(await main(['build'], capture().io)).toBe(2);
  expect(await main(['build', 'a.xlsx', 'b.xlsx'], capture().io)).toBe(2);
  expect(await main(['frob'], capture().io)).toBe(2);
});

test('a missing input exits 2 with a one-line reason naming the file and leaves no output', async () => {
  const c = capture();
  const missing = path.join(dir, '没有.xlsx');
  expect(await main(['build', missing, '-o', path.join(dir, 'out.xlsx')], c.io)).toBe(2);
  expect(c.err()).toMatch(/^perf-report: 找不到文件：.*没有\.xlsx\n$/);
  expect(fs.readdirSync(dir)).toEqual([]);
});

test('a file that is not an .xlsx exits 2 and leaves no output, temporary or final', async () => {
  const c = capture();
  const input = path.join(dir, 'in.xlsx');
  fs.writeFileSync(input, 'not a zip');
  expect(await main(['build', input], c.io)).toBe(2);
  expect(fs.readdirSync(dir)).toEqual(['in.xlsx']);
});

test('--help prints the usage and exits 0', async () => {
  for (const argv of [['--help'], ['build', '--help'], ['check', '-h'], ['template', '--help']]) {
    const c = capture();
    expect(await main(argv, c.io)).toBe(0);
    expect(c.out()).toContain('perf-report');
  }
});

test('template writes the standard workbook with every sheet', async () => {
  const out = path.join(dir, '模板.xlsx');
  expect(await main(['template', '-o', out], capture().io)).toBe(0);
  const names = readSnapshot(await loadWorkbookFile(out)).sheets.map((s) => s.name);
  expect(names).toEqual(
    expect.arrayContaining(['支出决算表', '部门整体支出绩效自评表', '部门基本情况', '报告文字', '评分方案']),
  );
  expect(await main(['template'], capture().io)).toBe(2);
});

test('template never replaces an existing file', async () => {
  const mine = path.join(dir, '我的决算.xlsx');
  fs.copyFileSync(EXAMPLE, mine);
  const c = capture();
  expect(await main(['template', '-o', mine], c.io)).toBe(2);
  expect(c.err()).toContain(`文件已存在：${mine}`);
  expect(fs.readFileSync(mine).equals(fs.readFileSync(EXAMPLE))).toBe(true);
});

test('build refuses to write its output over the input, however the path is written', async () => {
  const input = path.join(dir, 'zhuhui.xlsx');
  fs.copyFileSync(EXAMPLE, input);
  for (const out of [input, path.join(dir, '.', 'sub', '..', 'zhuhui.xlsx')]) {
    fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
    const c = capture();
    expect(await main(['build', input, '-o', out], c.io)).toBe(2);
    expect(c.err()).toContain('-o 不能是输入文件本身');
  }
  expect(fs.readFileSync(input).equals(fs.readFileSync(EXAMPLE))).toBe(true);
});

test('check exits 1 when a table has an error and prints 错误 with the cell', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const p3 = wb.worksheets.find((ws) => ws.name.includes('部门基本情况'))!;
  wb.removeWorksheet(p3.id); // a required table missing is an error
  const input = path.join(dir, 'broken.xlsx');
  await wb.xlsx.writeFile(input);
  const c = capture();
  expect(await main(['check', input], c.io)).toBe(1);
  expect(c.out()).toMatch(/^错误 /m);
});

describe('build on the example workbook', () => {
  test('writes <in>-报告.xlsx next to the input with the report sheet, the JSON, and a summary', async () => {
    const input = path.join(dir, 'zhuhui.xlsx');
    fs.copyFileSync(EXAMPLE, input);
    const json = path.join(dir, 'out.json');
    const c = capture();
    expect(await main(['build', input, '--json', json], c.io)).toBe(0);
    const out = path.join(dir, 'zhuhui-报告.xlsx');
    expect(c.out()).toContain(out);
    expect(c.out()).toMatch(/综合自评得分 [\d.]+ 分，等级“[优良中差]”/);
    const before = readSnapshot(await loadWorkbookFile(input));
    const after = readSnapshot(await loadWorkbookFile(out));
    expect(after.sheets.filter((s) => !s.isReport)).toEqual(before.sheets);
    expect(after.sheets.filter((s) => s.isReport).map((s) => s.name)).toEqual(['绩效自评报告']);
    const doc = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(doc.report.sheet).toBe('绩效自评报告');
    expect(Object.keys(doc)).toEqual([
      'department',
      'year',
      'scheme',
      'tables',
      'figures',
      'indicators',
      'scores',
      'totalScore',
      'grade',
      'findings',
      'report',
    ]);
    expect(doc.figures.expenditureTotal.source).toMatch(/^='.+'!E\d+$/);
    expect(typeof doc.figures.expenditureTotal.value).toBe('number');
    expect(doc.report.sections.map((s: { heading: string }) => s.heading)[0]).toMatch(/^一、/);
    expect(fs.readdirSync(dir).sort()).toEqual(['out.json', 'zhuhui-报告.xlsx', 'zhuhui.xlsx']);
  });

  test('keeps the charts and pivot tables of the input, byte for byte, and warns about nothing', async () => {
    // The example with a chart and a pivot part added, as Excel stores them (ExcelJS reads past them).
    // The old ExcelJS writer dropped them with a warning; the splice writer copies every part.
    const zip = await JSZip.loadAsync(fs.readFileSync(EXAMPLE));
    const chart = '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
    zip.file('xl/charts/chart1.xml', chart);
    zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>');
    const charted = path.join(dir, '带图表.xlsx');
    fs.writeFileSync(charted, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const c = capture();
    const out = path.join(dir, 'out.xlsx');
    expect(await main(['build', charted, '-o', out], c.io)).toBe(0);
    expect(c.out()).not.toContain('注意');
    const written = await JSZip.loadAsync(fs.readFileSync(out));
    expect(await written.file('xl/charts/chart1.xml')!.async('string')).toBe(chart);
    expect(await written.file('xl/pivotTables/pivotTable1.xml')!.async('string')).toBe('<pivotTableDefinition/>');
  });

  test('building from its own output replaces the report instead of adding a second one', async () => {
    const input = path.join(dir, 'a.xlsx');
    fs.copyFileSync(EXAMPLE, input);
    const once = path.join(dir, 'once.xlsx');
    const twice = path.join(dir, 'twice.xlsx');
    expect(await main(['build', input, '-o', once], capture().io)).toBe(0);
    expect(await main(['build', once, '-o', twice], capture().io)).toBe(0);
    const sheets = readSnapshot(await loadWorkbookFile(twice)).sheets;
    expect(sheets.filter((s) => s.isReport)).toHaveLength(1);
    expect(sheets.length).toBe(readSnapshot(await loadWorkbookFile(once)).sheets.length);
  });
});

describe('a row that cannot be computed makes the total provisional (issue 11)', () => {
  test('the summary line and the report status line say 暂计 … 分（1 项待补充）', async () => {
    // The example with the 实际完成值 of 保障在职教职工人数 (G17 of the form) left blank.
    const input = path.join(dir, 'pending.xlsx');
    await set(example(), 'p2', 'G17', null).xlsx.writeFile(input);
    const c = capture();
    expect(await main(['build', input], c.io)).toBe(0);
    expect(c.out()).toMatch(/综合自评得分 暂计 [\d.]+ 分（1 项待补充），等级“[优良中差]”/);
    const report = readSnapshot(await loadWorkbookFile(path.join(dir, 'pending-报告.xlsx'))).sheets.find((s) => s.isReport)!;
    expect(String(report.values[0][0])).toMatch(/^综合自评得分暂计[\d.]+分（1 项待补充），评价等级“/);
  });
});
