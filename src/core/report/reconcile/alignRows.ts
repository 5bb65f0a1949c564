/**
 * Lines up the report sheet's rows with the rows we last wrote, by their content prints, so a
 * row the user inserted or deleted in the report does not make every row below it look edited:
 * rows that only moved are ours (and are rewritten in place), a row with no match is the user's.
 */

/** How far a row may have moved (rows inserted or deleted at one place). */
const LOOKAHEAD = 64;

/**
 * For each current row, the index of the stored row with the same print, or null (the user's
 * row). Blank rows match only in place: a cleared cell is an edit, not a moved blank row.
 */
export function alignRows(stored: readonly string[], current: readonly string[], blank: string): (number | null)[] {
  const out: (number | null)[] = [];
  let j = 0;
  for (let i = 0; i < current.length; i++) {
    const p = current[i];
    if (j < stored.length && stored[j] === p) {
      out.push(j++);
      continue;
    }
    const k = p === blank ? -1 : stored.slice(j + 1, j + 1 + LOOKAHEAD).indexOf(p);
    if (k >= 0) {
      j += k + 1;
      out.push(j++);
      continue;
    }
    out.push(null);
    // Edited in place when the next rows still line up; inserted (only this side steps on) otherwise.
    if (j + 1 < stored.length && stored[j + 1] === current[i + 1]) j++;
  }
  return out;
}

/** True when the user's row `r` was inserted: the next row that is ours sits lower than we wrote it. */
export function insertedAt(aligned: readonly (number | null)[], r: number): boolean {
  for (let k = r + 1; k < aligned.length; k++) if (aligned[k] !== null) return aligned[k]! < k;
  return false;
}
