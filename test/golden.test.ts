/**
 * Golden zh-CN `check` output: every finding line the CLI prints and the findings of its --json,
 * for the example workbook and each bad-input corpus case, compared with test/golden/check/*.txt.
 * A refactor of findings or their wording must keep these identical. Regenerate only on purpose:
 * `UPDATE_GOLDEN=1 npx jest test/golden.test.ts`, then review the diff.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../src/cli/main';
import { corpusCases } from './corpus/cases';

const GOLDEN_DIR = path.join(__dirname, 'golden', 'check');
const EXAMPLE = path.join(__dirname, '..', 'examples', 'zhuhui-2022.xlsx');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-golden-'));
  if (UPDATE) fs.mkdirSync(GOLDEN_DIR, { recursive: true });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** `perf-report check <file> --json <out>` as text: exit code, stdout, the JSON's findings. */
async function checkOutput(name: string, file: string): Promise<string> {
  const json = path.join(dir, 'out.json');
  const out: string[] = [];
  const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: () => undefined } };
  const code = await main(['check', file, '--json', json], io);
  const findings = (JSON.parse(fs.readFileSync(json, 'utf8')) as { findings: unknown[] }).findings;
  return [
    `# ${name}`,
    `exit ${code}`,
    '## stdout',
    out.join('').trimEnd(),
    '## --json findings',
    JSON.stringify(findings, null, 2),
    '',
  ].join('\n');
}

function compareGolden(file: string, actual: string): void {
  const target = path.join(GOLDEN_DIR, file);
  if (UPDATE) fs.writeFileSync(target, actual, 'utf8');
  expect(fs.existsSync(target)).toBe(true);
  expect(actual).toBe(fs.readFileSync(target, 'utf8'));
}

test('the example workbook', async () => {
  compareGolden('example.txt', await checkOutput('examples/zhuhui-2022.xlsx', EXAMPLE));
});

describe.each(corpusCases.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => {
  test(
    'gives the golden zh-CN check output',
    async () => {
      const file = path.join(dir, `case-${i}.xlsx`);
      await c.build().xlsx.writeFile(file);
      compareGolden(`corpus-${String(i).padStart(2, '0')}.txt`, await checkOutput(c.name, file));
    },
    c.slow ? 300_000 : 60_000,
  );
});
