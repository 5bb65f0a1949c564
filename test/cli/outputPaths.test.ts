/** Each output-path problem of issue 13: exit 2, its Chinese message, nothing written or left behind. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { capture } from './capture';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'zhuhui-2022.xlsx');

let dir: string;
let input: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-paths-'));
  input = path.join(dir, 'in.xlsx');
  fs.copyFileSync(EXAMPLE, input);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI, expects exit 2 with `message` as the one stderr line, the folder unchanged and the input whole. */
async function refused(argv: string[], message: string | RegExp): Promise<string> {
  const before = fs.readdirSync(dir).sort();
  const c = capture();
  expect(await main(argv, c.io)).toBe(2);
  expect(c.err()).toMatch(typeof message === 'string' ? `perf-report: ${message}` : message);
  expect(c.err().trim().split('\n')).toHaveLength(1);
  expect(c.out()).not.toContain('已写入');
  expect(fs.readdirSync(dir).sort()).toEqual(before);
  expect(fs.readFileSync(input).equals(fs.readFileSync(EXAMPLE))).toBe(true);
  return c.err();
}

test('--json naming the input is refused, for build and for check', async () => {
  await refused(['build', input, '--json', input], `--json 不能是输入文件本身：${input}`);
  await refused(['check', input, '--json', input], `--json 不能是输入文件本身：${input}`);
});

test('-o or --json reaching the input through a symlink, or a symlinked folder, is refused', async () => {
  const link = path.join(dir, 'link.xlsx');
  fs.symlinkSync(input, link);
  const linkedDir = path.join(dir, 'same');
  fs.symlinkSync(dir, linkedDir);
  await refused(['build', input, '-o', link], `-o 不能是输入文件本身：${link}`);
  await refused(['build', link, '-o', path.join(linkedDir, 'in.xlsx')], '-o 不能是输入文件本身');
  await refused(['check', link, '--json', input], '--json 不能是输入文件本身');
});

test('-o and --json on one file is refused (the JSON would land in the workbook)', async () => {
  const out = path.join(dir, 'out.xlsx');
  await refused(['build', input, '-o', out, '--json', out], `-o 和 --json 不能是同一个文件：${out}`);
});

test('an output that is a folder is refused with a clear message', async () => {
  const folder = path.join(dir, 'results');
  fs.mkdirSync(folder);
  await refused(['build', input, '--json', folder], `--json 指向一个文件夹，不是文件：${folder}`);
  const xlsxFolder = path.join(dir, 'out.xlsx');
  fs.mkdirSync(xlsxFolder);
  await refused(['build', input, '-o', xlsxFolder], `-o 指向一个文件夹，不是文件：${xlsxFolder}`);
});

test('an output folder that does not exist is refused', async () => {
  const missing = path.join(dir, 'nope', 'out.xlsx');
  await refused(['build', input, '-o', missing], `输出文件夹不存在：${path.dirname(missing)}`);
});

test('a place that cannot be written is refused before any work, not an EACCES internal error', async () => {
  // Root writes through directory modes, so a root run uses /sys, which no one may create files in.
  let place = '/sys';
  if (process.getuid?.() !== 0) {
    place = path.join(dir, 'locked');
    fs.mkdirSync(place);
    fs.chmodSync(place, 0o555);
  }
  const text = await refused(
    ['build', input, '-o', path.join(place, 'out.xlsx')],
    `无法在此写入 -o 的文件：${place}（`,
  );
  expect(text).not.toMatch(/EACCES|内部错误/);
  await refused(['check', input, '--json', path.join(place, 'a.json')], /无法在此写入 --json 的文件/);
  await refused(['template', '-o', path.join(place, 't.xlsx')], /无法在此写入 -o 的文件/);
});

test('our own temporary files left by a killed run are removed; a running process’s are kept', async () => {
  const out = path.join(dir, 'out.xlsx');
  const dead = path.join(dir, '.out.xlsx.999999999.tmp');
  const alive = path.join(dir, `.out.xlsx.${process.ppid}.tmp`);
  const other = path.join(dir, '.other.xlsx.999999999.tmp');
  for (const f of [dead, alive, other]) fs.writeFileSync(f, 'half');
  expect(await main(['build', input, '-o', out], capture().io)).toBe(0);
  expect(fs.readdirSync(dir).sort()).toEqual(
    ['.other.xlsx.999999999.tmp', path.basename(alive), 'in.xlsx', 'out.xlsx'].sort(),
  );
});

test('a corrupt file is refused in Chinese; the zip library’s English words only with --verbose', async () => {
  const cut = path.join(dir, 'cut.xlsx');
  fs.writeFileSync(cut, fs.readFileSync(EXAMPLE).subarray(0, 300));
  const plain = capture();
  expect(await main(['check', cut], plain.io)).toBe(2);
  expect(plain.err()).toMatch(/^perf-report: 无法读取 .*cut\.xlsx：不是有效的 \.xlsx 文件或文件已损坏\n$/);
  const verbose = capture();
  expect(await main(['check', cut, '--verbose'], verbose.io)).toBe(2);
  const detail = /\n {2}详细：(.*[A-Za-z].*)\n$/.exec(verbose.err())?.[1];
  expect(detail).toBeDefined();
  expect(verbose.err().startsWith(plain.err().trimEnd())).toBe(true);
  expect(plain.err()).not.toContain(detail);
});
