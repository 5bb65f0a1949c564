/** The moment every captured CLI run takes as now (its report's 成文日期: 2026年1月5日). */
export const TEST_NOW = new Date(2026, 0, 5, 14, 7);

/** A CliIO that keeps what the CLI printed, for the CLI tests. */
export function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: { write: (t: string) => out.push(t) },
      stderr: { write: (t: string) => err.push(t) },
      now: () => TEST_NOW,
    },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
