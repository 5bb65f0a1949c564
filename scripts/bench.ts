/**
 * The performance benchmark (DESIGN.md "Performance budgets"). Prints numbers next to their
 * budgets; asserts nothing (timing on a shared machine is not a test).
 * Run: `npm run bench` (compiles, then runs build/scripts/bench.js).
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { analyse, buildReportSheet } from '../src/core/analyse';
import { WorkbookSnapshot } from '../src/core/grid/snapshot';
import { readSnapshot } from '../src/xlsx/readSnapshot';
import { readWorkbookBytesToSnapshot } from '../src/xlsx/read/readWorkbook';
import { LARGE, buildBenchWorkbook } from './benchWorkbook';
import { packDocx } from '../src/docx/buildDocx';
import { writeBigWorkbook } from './bigWorkbook';
import { VARIANT_NAMES } from './benchLibs';
import { benchRefresh } from './benchRefresh';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'bin', 'perf-report.js');
const EXAMPLE = path.join(ROOT, 'examples', 'zhuhui-2022.xlsx');
const RUNS = 7;
/** Untimed runs first: the budget is for the analysis, not for V8 compiling it on its first calls. */
const WARMUP = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

/**
 * Median time of analyse (and of the report layout) over RUNS runs on one snapshot, after
 * WARMUP untimed runs (the first calls run in V8's interpreter; the CLI line shows cold times).
 */
function coreTimes(snapshot: WorkbookSnapshot): { analyse: number; layout: number } {
  for (let i = 0; i < WARMUP; i++) buildReportSheet(analyse(snapshot));
  const a: number[] = [];
  const l: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const analysis = analyse(snapshot);
    const t1 = performance.now();
    buildReportSheet(analysis);
    l.push(performance.now() - t1);
    a.push(t1 - t0);
  }
  return { analyse: median(a), layout: median(l) };
}

/**
 * ExcelJS alone, as a process like the CLI (node start, require, read, write): the floor any
 * .xlsx tool pays, measured the same way as the CLI so the ratio compares like with like.
 */
function excelJsRoundTrip(file: string, outDir: string): number {
  const script = path.join(outDir, 'exceljs-roundtrip.js');
  fs.writeFileSync(
    script,
    `const ExcelJS = require(${JSON.stringify(require.resolve('exceljs'))});
(async () => { const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(process.argv[2]); await wb.xlsx.writeFile(process.argv[3]); })();`,
  );
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, [script, file, path.join(outDir, 'exceljs-copy.xlsx')], { encoding: 'utf8' });
    times.push(performance.now() - start);
    if (r.status !== 0) throw new Error(`ExcelJS round trip failed: ${r.stderr}`);
  }
  return median(times);
}

/** The CLI as a user runs it (a fresh node process): wall time and the peak RSS it reports. */
function cliRun(
  file: string,
  outDir: string,
  runs = 3,
): { ms: number; maxRssMb: number | null; code: number | null; phases: string } {
  const times: number[] = [];
  let rss: number | null = null;
  let phases = '';
  let code: number | null = null;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, [CLI, 'build', file, '-o', path.join(outDir, 'cli-out.xlsx')], {
      env: { ...process.env, PERF_REPORT_STATS: '1' },
      encoding: 'utf8',
    });
    times.push(performance.now() - start);
    code = r.status;
    const m = /maxRSS_KB=(\d+)/.exec(r.stderr ?? '');
    if (m) rss = Math.max(rss ?? 0, Number(m[1]) / 1024);
    phases = [...(r.stderr ?? '').matchAll(/(\w+)_ms=(\d+)/g)].map((x) => `${x[1]} ${x[2]}`).join(', ');
    if (r.status !== 0) process.stderr.write(r.stderr ?? '');
  }
  return { ms: median(times), maxRssMb: rss, code, phases };
}

async function benchFile(
  label: string,
  file: string,
  outDir: string,
  budgets: { core: number; memoryMb: number },
): Promise<void> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const [{ snapshot }, snapMs] = await timed(() => readWorkbookBytesToSnapshot(bytes));
  const core = coreTimes(snapshot);
  const floor = excelJsRoundTrip(file, outDir);
  const cli = cliRun(file, outDir);
  const ratio = cli.ms / floor;
  const mb = (fs.statSync(file).size / 1024 / 1024).toFixed(2);
  const line = (name: string, value: string, budget: string, ok: boolean) =>
    console.log(`  ${name.padEnd(30)} ${value.padStart(12)}   budget ${budget.padEnd(10)} ${ok ? 'ok' : 'OVER'}`);
  console.log(`\n${label}  (${path.basename(file)}, ${mb} MB)`);
  line('core analyse (warm, median)', `${core.analyse.toFixed(1)} ms`, `< ${budgets.core} ms`, core.analyse < budgets.core);
  console.log(`  ${'report layout (warm, median)'.padEnd(30)} ${`${core.layout.toFixed(1)} ms`.padStart(12)}`);
  console.log(`  ${'snapshot (lean reader)'.padEnd(30)} ${`${snapMs.toFixed(1)} ms`.padStart(12)}`);
  console.log(`  ${'ExcelJS read + write (process)'.padEnd(30)} ${`${floor.toFixed(0)} ms`.padStart(12)}`);
  line('CLI build (wall, median)', `${cli.ms.toFixed(0)} ms`, '', true);
  console.log(`    phases of the last run (ms): ${cli.phases}`);
  line('CLI ÷ ExcelJS read+write', `${ratio.toFixed(2)}×`, '≤ 1.0×', ratio <= 1.0);
  line(
    'CLI peak memory (maxRSS)',
    cli.maxRssMb === null ? 'n/a' : `${cli.maxRssMb.toFixed(0)} MB`,
    `< ${budgets.memoryMb} MB`,
    cli.maxRssMb !== null && cli.maxRssMb < budgets.memoryMb,
  );
  if (cli.code !== 0) console.log(`  CLI exit code ${cli.code}`);
}

/**
 * The Word export of a 300-project, 250-indicator department (DESIGN.md: under 2 s): analysis
 * from the snapshot and the packed .docx, warm median (the CLI adds only the file write).
 */
async function benchDocx(): Promise<void> {
  const wb = buildBenchWorkbook({ ...LARGE, projects: 300, indicators: 250 });
  const snapshot = readSnapshot(wb);
  const made = { at: new Date(), workbookName: 'bench.xlsx' };
  const once = async () => packDocx(analyse(snapshot).report, made);
  for (let i = 0; i < 2; i++) await once();
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const [out, ms] = await timed(once);
    times.push(ms);
    bytes = out.length;
  }
  const ms = median(times);
  console.log('\nWord export (300 projects, 250 indicator rows)');
  console.log(`  ${'analyse + .docx (warm, median)'.padEnd(30)} ${`${ms.toFixed(0)} ms`.padStart(12)}   budget < 2000 ms  ${ms < 2000 ? 'ok' : 'OVER'}`);
  console.log(`  ${'.docx size'.padEnd(30)} ${`${(bytes / 1024).toFixed(0)} KB`.padStart(12)}`);
}

/** The package libraries the writer and reader could use, each in its own process (scripts/benchLibs.ts). */
function benchLibraries(file: string): void {
  const script = path.join(ROOT, 'build', 'scripts', 'benchLibs.js');
  console.log(`\nPackage libraries on the large department (median of 3 processes: wall ms, peak RSS MB)`);
  for (const variant of VARIANT_NAMES) {
    const runs = [0, 1, 2].map(() => spawnSync(process.execPath, [script, variant, file], { encoding: 'utf8' }));
    const failed = runs.find((r) => r.status !== 0);
    if (failed) {
      console.log(`  ${variant.padEnd(22)} failed: ${(failed.stderr ?? '').split('\n')[0]}`);
      continue;
    }
    const ms = median(runs.map((r) => Number(/ms=(\d+)/.exec(r.stdout)?.[1])));
    const rss = median(runs.map((r) => Number(/maxRSS_MB=(\d+)/.exec(r.stdout)?.[1])));
    console.log(`  ${variant.padEnd(22)} ${`${ms} ms`.padStart(10)} ${`${rss} MB`.padStart(10)}`);
  }
}

/** A ~50 MB workbook (the large department plus a big detail sheet) through the CLI once. */
function benchBig(large: string, dir: string): void {
  const big = path.join(dir, 'big-50mb.xlsx');
  const start = performance.now();
  writeBigWorkbook(new Uint8Array(fs.readFileSync(large)), 50, big);
  const mb = fs.statSync(big).size / 1024 / 1024;
  console.log(`\n50 MB workbook (${mb.toFixed(1)} MB, generated in ${(performance.now() - start).toFixed(0)} ms)`);
  const cli = cliRun(big, dir, 1);
  const line = (name: string, value: string, budget: string, ok: boolean) =>
    console.log(`  ${name.padEnd(30)} ${value.padStart(12)}   budget ${budget.padEnd(10)} ${ok ? 'ok' : 'OVER'}`);
  line('CLI build (wall)', `${(cli.ms / 1000).toFixed(1)} s`, '< 60 s', cli.ms < 60_000 && cli.code === 0);
  console.log(`    phases (ms): ${cli.phases}`);
  const rss = cli.maxRssMb;
  line('CLI peak memory (maxRSS)', rss === null ? 'n/a' : `${rss.toFixed(0)} MB`, '< 1024 MB', rss !== null && rss < 1024);
  if (cli.code !== 0) console.log(`  CLI exit code ${cli.code}`);
}

async function run(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'build', 'src', 'cli', 'main.js'))) throw new Error('run npm run build:cli first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-bench-'));
  try {
    console.log(
      `perf-report benchmark — node ${process.version}, ${os.cpus().length} CPUs (timings are medians; nothing is asserted)`,
    );
    if (fs.existsSync(EXAMPLE))
      await benchFile('Seed-sized (examples/zhuhui-2022.xlsx)', EXAMPLE, dir, { core: 20, memoryMb: 200 });
    const large = path.join(dir, 'large-department.xlsx');
    const bench = buildBenchWorkbook();
    const [, genMs] = await timed(() => bench.xlsx.writeFile(large));
    console.log(`\n(generated the large department in ${genMs.toFixed(0)} ms)`);
    await benchFile(
      'Large department (24 sub-units, 5,000 功能分类 rows, 2,000 projects, 200 indicators)',
      large,
      dir,
      { core: 300, memoryMb: 1024 },
    );
    await benchRefresh(bench);
    benchLibraries(large);
    benchBig(large, dir);
    await benchDocx();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

run().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
