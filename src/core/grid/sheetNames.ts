/**
 * Sheet names we choose (spec/report.md "Ownership and safety"): a sheet we add never takes
 * the name of a sheet that is there — the report goes to `绩效自评报告 (2)` rather than over a
 * user's sheet, and so does an inserted template sheet.
 */

/** Excel compares sheet names case-insensitively. */
export const sameSheetName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Excel's limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;

/** `preferred` when no sheet has it, else `preferred (2)`, `(3)` … (kept within 31 characters). */
export function freeSheetName(preferred: string, taken: readonly string[]): string {
  const free = (name: string) => !taken.some((n) => sameSheetName(n, name));
  if (free(preferred)) return preferred;
  for (let i = 2; ; i++) {
    const candidate = `${preferred.slice(0, MAX_SHEET_NAME - ` (${i})`.length)} (${i})`;
    if (free(candidate)) return candidate;
  }
}

/** The name the new report sheet gets, given the workbook's sheet names and the marked sheet. */
export function chooseReportName(sheetNames: readonly string[], markedSheet: string | null, preferred: string): string {
  const taken = sheetNames.filter((n) => !(markedSheet !== null && sameSheetName(n, markedSheet)));
  if (!taken.some((n) => sameSheetName(n, preferred))) return preferred;
  if (markedSheet !== null) return markedSheet;
  return freeSheetName(preferred, taken);
}

/** A name for the sheet being built, not clashing with any existing sheet. */
export function temporaryName(sheetNames: readonly string[]): string {
  for (let i = 1; ; i++) {
    const candidate = `~perf-report-${i}`;
    if (!sheetNames.some((n) => sameSheetName(n, candidate))) return candidate;
  }
}
