/** `check --verbose` and `--json` say how each table was read (issue 14: no silent guesses). */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'zhuhui-2022.xlsx');

test('check --verbose lists each table read, its columns and rows, before the findings', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-verbose-'));
  try {
    const out: string[] = [];
    const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: () => undefined } };
    const json = path.join(dir, 'a.json');
    await main(['check', EXAMPLE, '--verbose', '--json', json], io);
    const lines = out.join('').split('\n');
    const t3 = lines.findIndex((l) => l.startsWith('T3 支出决算表：工作表'));
    expect(t3).toBeGreaterThanOrEqual(0);
    expect(lines[t3]).toMatch(/表头第 \d+(–\d+)? 行，单位 万元/);
    expect(lines[t3 + 1]).toMatch(/^ {2}列：.*本年支出合计←“/);
    expect(lines[t3 + 2]).toMatch(/^ {2}读取 \d+ 行；跳过 \d+ 行/);
    const doc = JSON.parse(fs.readFileSync(json, 'utf8'));
    const table = doc.tables.find((t: { id: string }) => t.id === 'T3');
    expect(table.reading.columns.map((c: { field: string }) => c.field)).toEqual(expect.arrayContaining(['total', 'basic', 'project']));
    expect(typeof table.reading.rowsRead).toBe('number');
    // Without --verbose the output is the findings only.
    const plain: string[] = [];
    await main(['check', EXAMPLE], { stdout: { write: (t: string) => plain.push(t) }, stderr: { write: () => undefined } });
    expect(plain.join('')).not.toContain('工作表“');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
