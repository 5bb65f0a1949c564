/** A small hand-written argv parser: one command, positional files, a few named options. */

/** Bad arguments: the CLI prints the message and exits 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Record<string, string>;
  readonly help: boolean;
  /** `--verbose`: show the libraries' own (English) words under our messages. */
  readonly verbose: boolean;
}

/**
 * Parses `args` (after the command) against the option names it may carry. Long options take a
 * value as `--json out.json` or `--json=out.json`; `aliases` maps short forms (`-o` → `out`).
 * An option in `optional` may stand alone (`--docx`, value ''): it takes the next argument only
 * when that matches its pattern (`--docx 报告.docx`), so `--docx in.xlsx` keeps the input.
 */
export function parseArgs(
  args: readonly string[],
  known: readonly string[],
  aliases: Record<string, string> = {},
  optional: Readonly<Record<string, RegExp>> = {},
): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  let help = false;
  let verbose = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '--verbose') {
      verbose = true;
      continue;
    }
    if (arg === '--' || !arg.startsWith('-') || arg === '-') {
      if (arg === '--') positional.push(...args.slice(i + 1));
      else positional.push(arg);
      if (arg === '--') break;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const name = aliases[flag] ?? (flag.startsWith('--') ? flag.slice(2) : '');
    if (!known.includes(name)) throw new UsageError(`未知选项：${flag}`);
    if (name in options) throw new UsageError(`选项 ${flag} 重复`);
    if (eq < 0 && optional[name] && !optional[name].test(args[i + 1] ?? '')) {
      options[name] = '';
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') throw new UsageError(`选项 ${flag} 需要一个值`);
    options[name] = value;
  }
  return { positional, options, help, verbose };
}
