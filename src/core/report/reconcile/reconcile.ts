/**
 * Refresh = reconcile (spec: Ownership and safety): the new layout is compared row by row
 * with what we last wrote; only rows whose layout changed are rewritten, in the existing
 * sheet. A row whose cells differ from what we wrote was edited by the user: when our layout
 * there is unchanged the edit stays where it is; when the layout moved on (its section moved)
 * the edited text is taken out to 报告文字 before the row is rewritten — never dropped.
 */
import { a1 } from '../../grid/address';
import { alignRows, insertedAt } from './alignRows';
import {
  CellEntry,
  LayoutRows,
  WrittenPrints,
  WrittenState,
  contentPrint,
  normaliseEntry,
  printAt,
  rowCount,
} from './fingerprint';

/** A cell of the report the user changed since our last write. */
export interface UserEdit {
  readonly row: number;
  readonly col: number;
  /** 'B12' on the report sheet. */
  readonly address: string;
  /** What the cell holds now ('' when the user cleared it). */
  readonly text: string;
  /** The 报告文字 section it belongs to (the 一、…七、 heading above it). */
  readonly section: string;
}

export interface ReconcilePlan {
  /** Runs of rows [top, bottom] rewritten whole (cleared past the new layout's end). */
  readonly rewrite: readonly (readonly [number, number])[];
  /** Edits kept in place: our layout there did not change. */
  readonly kept: readonly UserEdit[];
  /** Edits whose place the new layout takes: their text goes to 报告文字. */
  readonly moved: readonly UserEdit[];
  /** Page setup, panes, tab colour or column widths changed. */
  readonly sheetSettings: boolean;
  /** Rows written by this plan's layout, including rows to clear. */
  readonly extent: number;
}

/** The P4 section for text found under each 一级 heading (spec/report.md outline). */
const SECTION_OF_HEADING: Readonly<Record<string, string>> = {
  一: '支出主要内容',
  二: '项目资金管理',
  三: '项目组织情况',
  四: '资产管理情况',
  五: '绩效情况',
  六: '存在问题',
  七: '改进措施',
};

function sectionAbove(current: readonly (readonly (CellEntry | null)[])[], row: number): string {
  for (let r = row; r >= 0; r--) {
    for (const cell of current[r] ?? []) {
      const m = typeof cell === 'string' ? /^[\s\u3000]*([一二三四五六七])、/.exec(cell) : null;
      if (m) return SECTION_OF_HEADING[m[1]];
    }
  }
  return SECTION_OF_HEADING['一'];
}

const text = (e: CellEntry | null | undefined): string =>
  e === null || e === undefined ? '' : typeof e === 'string' ? e.replace(/^'/, '') : String(e);

/** Which stored prints the row's content matches: the last write, the one under way, or none (a user edit). */
function ourPrints(
  state: WrittenState | null,
  r: number,
  print: string,
  empty: string,
): WrittenPrints | 'none' | 'new' | 'discarded' {
  for (const p of [state?.done, state?.pending]) {
    if (!p) continue;
    const stored = printAt(p.content, r);
    if (stored === print) return p;
    if (stored === null && print === empty && r >= rowCount(p)) return 'new';
  }
  return state?.done || state?.pending ? 'none' : 'new';
}

function editsOf(
  row: readonly (CellEntry | null)[],
  next: readonly CellEntry[] | undefined,
  r: number,
  cols: number,
  section: string,
): UserEdit[] {
  const out: UserEdit[] = [];
  for (let c = 0; c < cols; c++) {
    if (normaliseEntry(row[c]) === normaliseEntry(next?.[c])) continue;
    out.push({ row: r, col: c, address: a1(r, c), text: text(row[c]), section });
  }
  return out;
}

const splitPrints = (joined: string): string[] =>
  Array.from({ length: joined.length / 7 }, (_v, i) => joined.slice(i * 7, i * 7 + 7));

/** Marks every row of a tall merge when any of its rows is marked, until nothing changes. */
function takeMergesWhole(marked: boolean[], merges: readonly string[]): void {
  const rects = merges.map((m) => m.split(',').map(Number));
  for (let changed = true; changed;) {
    changed = false;
    for (const [top, , bottom] of rects) {
      const hit = marked.slice(top, bottom + 1).some(Boolean);
      for (let r = top; hit && r <= bottom; r++) if (!marked[r]) changed = marked[r] = true;
    }
  }
}

function runsOf(marked: readonly boolean[]): [number, number][] {
  const runs: [number, number][] = [];
  marked.forEach((m, r) => {
    if (!m) return;
    const last = runs[runs.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else runs.push([r, r]);
  });
  return runs;
}

/** Rows whose edits the user chose to give up (放弃修改) or to move into 报告文字 (移入报告文字). */
export interface EditChoices {
  readonly discard?: ReadonlySet<number>;
  readonly move?: ReadonlySet<number>;
}

/**
 * The plan for one refresh. `current` is the report sheet as `range.formulas` reads it (rows
 * from the top, at least the stored columns).
 */
export function planReconcile(
  next: LayoutRows,
  state: WrittenState | null,
  current: readonly (readonly (CellEntry | null)[])[],
  choices: EditChoices = {},
): ReconcilePlan {
  const discard = choices.discard ?? new Set<number>();
  const last = state?.done ?? state?.pending ?? null;
  const cols = Math.max(next.cols, last?.cols ?? 0);
  const empty = contentPrint([], cols);
  const prints = current.map((row) => contentPrint(row, cols));
  const aligned = last ? alignRows(splitPrints(last.content), prints, empty) : [];
  const oldRows = Math.max(state?.done ? rowCount(state.done) : 0, state?.pending ? rowCount(state.pending) : 0);
  // Rows of ours pushed down by a row the user inserted must be cleared where they now are.
  const lastOurs = aligned.reduce<number>((m, a, r) => (a !== null ? r : m), -1);
  const extent = Math.max(next.entries.length, oldRows, lastOurs + 1);
  const shiftedUp = aligned.some((a, r) => a !== null && a > r);
  const marked = new Array<boolean>(extent).fill(false);
  const kept: UserEdit[] = [];
  const moved: UserEdit[] = [];
  for (let r = 0; r < extent; r++) {
    const row = current[r] ?? [];
    let ours: ReturnType<typeof ourPrints> = discard.has(r)
      ? 'discarded'
      : ourPrints(state, r, prints[r] ?? empty, empty);
    // Ours, only moved by a row the user inserted or deleted above it: rewritten where it is.
    if (ours === 'none' && aligned[r] !== null && aligned[r] !== undefined) ours = 'discarded';
    // Blank rows left at the end when the user deleted rows of ours above them: ours too.
    if (ours === 'none' && r > lastOurs && shiftedUp && (prints[r] ?? empty) === empty) ours = 'discarded';
    const newLayout = next.layout[r] ?? null;
    const oldLayout = ours !== 'none' && ours !== 'new' && ours !== 'discarded' ? printAt(ours.layout, r) : null;
    if (ours === 'none') {
      const edits = editsOf(row, next.entries[r], r, cols, sectionAbove(current, r));
      const inPlace = !insertedAt(aligned, r) && !choices.move?.has(r);
      const sameLayout = inPlace && last !== null && printAt(last.layout, r) === newLayout && newLayout !== null;
      if (sameLayout) kept.push(...edits);
      else {
        moved.push(...edits.filter((e) => e.text.trim() !== ''));
        marked[r] = true;
      }
    } else if (ours === 'new' || ours === 'discarded' || oldLayout !== newLayout) marked[r] = true;
  }
  takeMergesWhole(marked, [...(last?.tallMerges ?? []), ...next.tallMerges]);
  // A kept edit inside a merge that must be rewritten whole cannot stay: it moves too.
  const stay = kept.filter((e) => !marked[e.row]);
  moved.push(...kept.filter((e) => marked[e.row] && e.text.trim() !== ''));
  return {
    rewrite: runsOf(marked),
    kept: stay,
    moved,
    sheetSettings: last === null || last.sheetPrint !== next.sheetPrint,
    extent,
  };
}
