/**
 * perf-report CLI: argv → ExcelJS adapter → core → adapter. Exit codes: 0 done (data problems
 * are findings, never a failure), 1 `check` found errors, 2 bad arguments or an unreadable
 * file (one line on stderr, no output file left behind), 3 an internal error.
 */
import { calendarDay } from '../app/today';
import fs from 'fs';
import path from 'path';
import { analyse, buildReportSheet } from '../core/analyse';
import { Analysis } from '../core/model/analysis';
import { describeFinding, severityWord } from '../core/findings/wording';
import { analysisToJson } from '../core/output/toJson';
import { DEFAULT_REPORT_SHEET } from '../core/report/sheet';
import { readWorkbookBytesToSnapshot } from '../xlsx/read/readWorkbook';
import { computeUncached, NotComputed } from '../xlsx/read/computeUncached';
import { WorkbookReadError } from '../xlsx/read/readError';
import { readWorkbookBytes, writeFileAtomic } from '../xlsx/nodeFile';
import { spliceWorkbook } from '../xlsx/package/splice';
import { editsNotice, reportKeepingEdits } from '../xlsx/keepEdits';
import { parseArgs, UsageError } from './args';
import { readingLines } from '../core/output/reading';
import { checkOutputPaths, OutputPath, placeProblem } from './outputPaths';
import { BUILD_HELP, CHECK_HELP, DOCX_HELP, MAIN_HELP, TEMPLATE_HELP } from './help';
import { packDocx } from '../docx/buildDocx';
import { exportWarning } from '../core/report/handedIn';
import { totalWords } from '../core/indicators/scoring';

export interface Output {
  write(text: string): unknown;
}

export interface CliIO {
  readonly stdout: Output;
  /** The clock (tests fix it): the report's 成文日期 and the Word export's time. */
  readonly now?: () => Date;
  readonly stderr: Output;
}

/** Runs the CLI on `argv` (without node and the script path); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help')
      return say(io.stdout, MAIN_HELP, 0);
    if (command === 'build') return await build(rest, io);
    if (command === 'check') return await check(rest, io);
    if (command === 'template') return await template(rest, io);
    if (command === 'docx') return await docx(rest, io);
    throw new UsageError(`未知命令：${command}（可用 build、check、docx、template，见 perf-report --help）`);
  } catch (err) {
    return failure(err, io, argv.includes('--verbose'));
  }
}

/**
 * An error as the user sees it: our own Chinese message (exit 2 for arguments, files and
 * places; 3 for a bug). The library's own words (English) only with --verbose.
 */
function failure(err: unknown, io: CliIO, verbose: boolean): number {
  const known = err instanceof UsageError || err instanceof WorkbookReadError;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const message = known
    ? err.message
    : typeof code === 'string' && /^E[A-Z]+$/.test(code)
      ? `无法写入输出文件（${placeProblem(code)}）`
      : '内部错误（请把输入文件和加 --verbose 的输出发给维护者）';
  const cause = known ? err.cause : err;
  const detail =
    verbose && cause !== undefined ? `\n  详细：${cause instanceof Error ? cause.message : String(cause)}` : '';
  const exit = known || typeof code === 'string' ? 2 : 3;
  return say(io.stderr, `perf-report: ${message}${detail}`, exit);
}

function say(out: Output, text: string, code: number): number {
  out.write(text.endsWith('\n') ? text : `${text}\n`);
  return code;
}

/** `<dir>/<name>-报告.xlsx` next to the input. */
export function defaultOutput(input: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-报告.xlsx`);
}

/** `<dir>/<name>.docx` for an output `<dir>/<name>.xlsx` (the Word report beside the workbook). */
function docxBeside(xlsx: string): string {
  return xlsx.replace(/\.xlsx$/i, '') + '.docx';
}

const DOCX_VALUE = { docx: /\.docx$/i };

async function build(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args, ['out', 'json', 'sheet', 'scheme', 'docx'], { '-o': 'out' }, DOCX_VALUE);
  if (parsed.help) return say(io.stdout, BUILD_HELP, 0);
  const input = oneInput(parsed.positional, 'build');
  const out = parsed.options.out ?? defaultOutput(input);
  checkXlsxName(out, '-o');
  if (parsed.options.sheet !== undefined) checkSheetName(parsed.options.sheet);
  const docxOut = parsed.options.docx === undefined ? undefined : parsed.options.docx || docxBeside(out);
  if (docxOut !== undefined) checkDocxName(docxOut);
  checkOutputPaths(input, outputsOf({ '-o': out, '--json': parsed.options.json, '--docx': docxOut }));
  const phases = new Phases();
  const bytes = await readWorkbookBytes(input);
  phases.mark('load');
  const { snapshot, notComputed } = await computeUncached(readWorkbookBytesToSnapshot(bytes, input));
  phases.mark('snapshot');
  const analysis = analyse(snapshot, { scheme: parsed.options.scheme, today: calendarDay(io.now?.()) });
  phases.mark('analyse');
  const report = buildReportSheet(analysis, parsed.options.sheet ?? DEFAULT_REPORT_SHEET);
  phases.mark('layout');
  const keeping = reportKeepingEdits(bytes, report);
  const spliced = spliceWorkbook(bytes, keeping.request);
  const sheetName = spliced.sheetName!;
  phases.mark('writeReport');
  await writeFileAtomic(out, spliced.bytes);
  phases.mark('save');
  if (parsed.options.json) await writeJson(parsed.options.json, analysisToJson(analysis, { reportSheet: sheetName }));
  io.stdout.write(summary(analysis, sheetName, out, parsed.options.json));
  const edits = editsNotice(keeping);
  if (edits) io.stdout.write(`${edits}\n`);
  if (docxOut !== undefined) {
    await writeDocx(analysis, input, docxOut, io);
    phases.mark('docx');
  }
  if (notComputed.length > 0) io.stdout.write(`${notComputedNotice(notComputed)}\n`);
  reportStats(io, phases);
  return 0;
}

/** `perf-report docx in.xlsx [-o out.docx]`: the Word report alone (default `<in>-报告.docx`). */
async function docx(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args, ['out', 'scheme'], { '-o': 'out' });
  if (parsed.help) return say(io.stdout, DOCX_HELP, 0);
  const input = oneInput(parsed.positional, 'docx');
  const out = parsed.options.out ?? docxBeside(defaultOutput(input));
  checkDocxName(out);
  checkOutputPaths(input, outputsOf({ '-o': out }));
  const read = readWorkbookBytesToSnapshot(await readWorkbookBytes(input), input);
  const { snapshot, notComputed } = await computeUncached(read);
  const analysis = analyse(snapshot, { scheme: parsed.options.scheme, today: calendarDay(io.now?.()) });
  await writeDocx(analysis, input, out, io);
  if (notComputed.length > 0) io.stdout.write(`${notComputedNotice(notComputed)}\n`);
  reportStats(io);
  return 0;
}

function checkDocxName(out: string): void {
  if (!/\.docx$/i.test(out)) throw new UsageError(`Word 报告的文件名须以 .docx 结尾：${out}`);
}

/** Writes the handed-in .docx (made now, from the input's file name); errors left are said here, not in the document. */
async function writeDocx(analysis: Analysis, input: string, out: string, io: CliIO): Promise<void> {
  const bytes = await packDocx(analysis.report, { at: io.now?.() ?? new Date(), workbookName: path.basename(input) });
  await writeFileAtomic(out, bytes);
  io.stdout.write(`Word 报告已写入：${out}\n`);
  const warning = exportWarning(analysis.findings);
  if (warning) io.stdout.write(`${warning}\n`);
}

async function check(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args, ['json', 'scheme']);
  if (parsed.help) return say(io.stdout, CHECK_HELP, 0);
  const input = oneInput(parsed.positional, 'check');
  checkOutputPaths(input, outputsOf({ '--json': parsed.options.json }));
  const read = readWorkbookBytesToSnapshot(await readWorkbookBytes(input), input);
  const { snapshot, notComputed } = await computeUncached(read);
  const analysis = analyse(snapshot, { scheme: parsed.options.scheme });
  // --verbose: how each table was read, before the findings.
  const reading = parsed.verbose ? analysis.model.tables.flatMap((t) => readingLines(t)).map((l) => `${l}\n`) : [];
  const lines = [...reading, ...analysis.findings.map((f) => `${severityWord(f.severity)} ${describeFinding(f)}\n`)];
  io.stdout.write(lines.join('') + `${countLine(analysis)}\n`);
  if (notComputed.length > 0) io.stdout.write(`${notComputedNotice(notComputed)}\n`);
  if (parsed.options.json) await writeJson(parsed.options.json, analysisToJson(analysis, { reportSheet: null }));
  reportStats(io);
  return analysis.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

async function template(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args, ['out'], { '-o': 'out' });
  if (parsed.help) return say(io.stdout, TEMPLATE_HELP, 0);
  if (parsed.positional.length > 0) throw new UsageError(`多余的参数：${parsed.positional.join(' ')}`);
  const out = parsed.options.out;
  if (!out) throw new UsageError('template 需要 -o <文件.xlsx>');
  checkXlsxName(out, '-o');
  checkOutputPaths(null, outputsOf({ '-o': out }));
  if (fs.existsSync(out))
    throw new UsageError(`文件已存在：${out}（为免覆盖已有的工作簿，请换一个文件名，或先删除该文件）`);
  // ExcelJS (the template's writer) is loaded only here: build and check start without it.
  const [{ buildTemplateWorkbook }, { writeWorkbookFileAtomic }] = await Promise.all([
    import('../xlsx/writeTemplate'),
    import('../xlsx/exceljsFile'),
  ]);
  await writeWorkbookFileAtomic(buildTemplateWorkbook(), out);
  return say(io.stdout, `模板已写入：${out}`, 0);
}

function oneInput(positional: readonly string[], command: string): string {
  if (positional.length === 0)
    throw new UsageError(`${command} 需要一个 .xlsx 文件（见 perf-report ${command} --help）`);
  if (positional.length > 1)
    throw new UsageError(`${command} 只接受一个文件，多余的参数：${positional.slice(1).join(' ')}`);
  return positional[0];
}

function checkXlsxName(file: string, option: string): void {
  if (!/\.xlsx$/i.test(file)) throw new UsageError(`${option} 的文件名须以 .xlsx 结尾：${file}`);
}

/** Excel's sheet-name rules, checked up front so a bad --sheet is a usage error, not a crash. */
function checkSheetName(name: string): void {
  if (name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name) || name.trim() === '') {
    throw new UsageError(`--sheet 不是有效的工作表名（最多31个字符，不含 [ ] : * ? / \\，首尾不能是单引号）：${name}`);
  }
}

/** The outputs named on the command line (absent options left out), for checkOutputPaths. */
function outputsOf(named: Record<string, string | undefined>): OutputPath[] {
  return Object.entries(named)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([option, file]) => ({ option, file }));
}

async function writeJson(file: string, doc: object): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(doc, null, 2)}\n`);
}

/** The formulas without a value that could not be computed either: where, and that their figures are missing. */
function notComputedNotice(list: readonly NotComputed[]): string {
  const shown = list.slice(0, 3).map((n) => `${n.at}（${n.formula === null ? '' : `=${n.formula}：`}${n.reason}）`);
  return (
    `注意：${list.length} 个公式单元格在文件中没有计算结果，也无法自动计算，其数值未计入：${shown.join('、')}${list.length > 3 ? ' 等' : ''}。` +
    '请在 Excel 或 WPS 中打开该文件、保存后再运行'
  );
}

function countLine(a: Analysis): string {
  const n = (s: string) => a.findings.filter((f) => f.severity === s).length;
  return `共 ${a.findings.length} 条：错误 ${n('error')}，警告 ${n('warning')}，提示 ${n('info')}`;
}

function summary(a: Analysis, sheetName: string, out: string, json: string | undefined): string {
  const who = [a.department, a.year !== null ? `${a.year}年` : ''].join('').trim();
  return (
    [
      `${who || '（未填写部门名称）'}：综合自评得分 ${totalWords(a.scoring)}，等级“${a.scoring.grade}”（评分方案：${a.scoring.scheme}）`,
      `审核：${countLine(a)}${a.findings.length > 0 ? '（详见报告附表3，或运行 perf-report check）' : ''}`,
      `报告已写入：${out}（工作表“${sheetName}”）`,
      ...(json ? [`JSON 已写入：${json}`] : []),
    ].join('\n') + '\n'
  );
}

/** Wall time per phase of a build, for PERF_REPORT_STATS. */
class Phases {
  private last = performance.now();
  readonly times: string[] = [];
  mark(name: string): void {
    const now = performance.now();
    this.times.push(`${name}_ms=${Math.round(now - this.last)}`);
    this.last = now;
  }
}

/** PERF_REPORT_STATS=1: peak memory, CPU time and phase times on stderr, for the benchmark. */
function reportStats(io: CliIO, phases?: Phases): void {
  if (process.env.PERF_REPORT_STATS !== '1') return;
  const usage = process.resourceUsage();
  const extra = phases ? ` ${phases.times.join(' ')}` : '';
  io.stderr.write(
    `perf-report-stats maxRSS_KB=${usage.maxRSS} userCPU_us=${usage.userCPUTime} systemCPU_us=${usage.systemCPUTime}${extra}\n`,
  );
}
