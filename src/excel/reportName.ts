/**
 * Which sheet the report goes to (spec/report.md "Ownership and safety"): the preferred name
 * when it is free or is our own marked sheet; never a user's sheet — then `绩效自评报告 (2)`.
 */

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase(); // Excel compares sheet names case-insensitively

/** The name the new report sheet gets, given the workbook's sheet names and the marked sheet. */
export function chooseReportName(sheetNames: readonly string[], markedSheet: string | null, preferred: string): string {
  const taken = sheetNames.filter((n) => !(markedSheet !== null && same(n, markedSheet)));
  const free = (name: string) => !taken.some((n) => same(n, name));
  if (free(preferred)) return preferred;
  if (markedSheet !== null) return markedSheet;
  for (let i = 2; ; i++) {
    const candidate = `${preferred.slice(0, 31 - ` (${i})`.length)} (${i})`;
    if (free(candidate)) return candidate;
  }
}

/** A name for the sheet being built, not clashing with any existing sheet. */
export function temporaryName(sheetNames: readonly string[]): string {
  for (let i = 1; ; i++) {
    const candidate = `~perf-report-${i}`;
    if (!sheetNames.some((n) => same(n, candidate))) return candidate;
  }
}
