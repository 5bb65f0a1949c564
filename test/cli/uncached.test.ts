/**
 * Source formulas without a cached value (issue 13): computed as Excel would, or — where they
 * cannot be — the figure reported missing at its cell, never read as 0.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { capture } from './capture';
import { editExample } from '../package/fixtures';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-uncached-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The example with 支出决算表's 合计 (E6) as a formula saved without its value, as other tools write. */
async function withTotalFormula(formula: string): Promise<string> {
  const bytes = await editExample({
    'xl/worksheets/sheet2.xml': (x) =>
      x.replace(/<c r="E6"( s="\d+")?( t="n")?><v>[^<]*<\/v><\/c>/, `<c r="E6"$1><f>${formula}</f></c>`),
  });
  const file = path.join(dir, 'in.xlsx');
  fs.writeFileSync(file, bytes);
  return file;
}

test('a total saved as a formula without its value is computed: the report says 32025.54, not 0', async () => {
  const input = await withTotalFormula('F6+G6');
  const json = path.join(dir, 'a.json');
  const c = capture();
  expect(await main(['build', input, '--json', json], c.io)).toBe(0);
  const doc = JSON.parse(fs.readFileSync(json, 'utf8'));
  expect(doc.figures.expenditureTotal.value).toBe(32025.54);
  expect(JSON.stringify(doc.report)).toContain('部门整体支出32025.54万元');
  expect(c.out()).not.toContain('没有计算结果');
});

test('a formula that cannot be computed is a located finding saying the figure is missing and why', async () => {
  const input = await withTotalFormula('NOSUCHFUNCTION(F6)');
  const c = capture();
  await main(['check', input], c.io);
  expect(c.out()).toMatch(
    /错误 Z03 支出决算表\(财决04表\)!E6：.*是公式，文件中没有计算结果，公式含本工具无法计算的函数或名称，该值缺失、未计入/,
  );
  expect(c.out()).toContain(
    '注意：1 个公式单元格在文件中没有计算结果，也无法自动计算，其数值未计入：Z03 支出决算表(财决04表)!E6（=NOSUCHFUNCTION(F6)：含本工具无法计算的函数或名称）',
  );
  expect(c.out()).not.toMatch(/部门整体支出0万元/);
});

test('an amount of 1e308, or text that reads as Infinity, is an error at its cell and never reaches the report', async () => {
  const bytes = await editExample({
    'xl/worksheets/sheet2.xml': (x) =>
      x
        .replace(/<c r="F6"( s="\d+")?><v>[^<]*<\/v><\/c>/, '<c r="F6"$1><v>1e308</v></c>')
        .replace(/<c r="G6"( s="\d+")?><v>[^<]*<\/v><\/c>/, '<c r="G6"$1 t="inlineStr"><is><t>1e309</t></is></c>'),
  });
  const input = path.join(dir, 'huge.xlsx');
  fs.writeFileSync(input, bytes);
  const c = capture();
  const out = path.join(dir, 'out.xlsx');
  expect(await main(['build', input, '-o', out], c.io)).toBe(0);
  const check = capture();
  await main(['check', input], check.io);
  expect(check.out()).toMatch(
    /错误 Z03 支出决算表\(财决04表\)!F6：.*为 1e\+308，超出合理范围（绝对值达到 10¹² 万元），该值未计入/,
  );
  expect(check.out()).toMatch(/错误 Z03 支出决算表\(财决04表\)!G6：.*为 1e\+309，超出合理范围/);
  const { entryMap, textOf } = await import('../package/packageCheck');
  const report = [...entryMap(new Uint8Array(fs.readFileSync(out))).entries()].find(
    ([n]) => n === 'xl/worksheets/sheet9.xml',
  )!;
  const values = [...textOf(report[1]).matchAll(/<v>([^<]*)<\/v>/g)].map((m) => m[1]);
  expect(values.filter((v) => /Infinity|NaN|e\+30[89]/.test(v))).toEqual([]);
});
