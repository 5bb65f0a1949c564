/** The metamorphic relation: the same figures, or a located finding at a changed cell that says why not. */
import { Finding } from '../../src/core/findings/finding';
import { FigureId } from '../../src/core/model/analysis';
import { Run, figureValues } from './baseline';
import { CellKey, keyOf } from './snapshotEdit';
import { Transform } from './transform';

const loud = (f: Finding): boolean => f.severity !== 'info';
const located = (f: Finding): f is Finding & { at: { sheet: string; row: number; col: number } } =>
  f.at.sheet !== null && f.at.row !== null && f.at.col !== null;
const findingKey = (f: Finding): string => `${f.code} ${f.severity} ${f.at.sheet}!${f.at.row},${f.at.col}`;

/** What went wrong, one line each ([] when the relation holds). */
export function violations(t: Transform, before: Run, after: Run, touched: ReadonlySet<CellKey> | null): string[] {
  const was = figureValues(before.figures);
  const now = figureValues(after.figures);
  const changed = (Object.keys(was) as FigureId[]).filter((id) => was[id] !== now[id]);
  const old = new Set(before.findings.map(findingKey));
  const added = after.findings.filter((f) => loud(f) && !old.has(findingKey(f)));
  if (t.expect === 'exact') {
    const kinds = (fs: readonly Finding[]) =>
      fs
        .filter(loud)
        .map((f) => `${f.code} ${f.severity}`)
        .sort()
        .join('; ');
    const out = changed.map((id) => `${id}: ${was[id] || '∅'} → ${now[id] || '∅'}`);
    if (!t.figuresOnly && kinds(before.findings) !== kinds(after.findings))
      out.push(
        `findings changed: ${added.slice(0, 3).map(findingKey).join('; ') || '(fewer)'}${added.length > 3 ? ` … ${added.length} new` : ''}`,
      );
    return out;
  }
  const explains = added.some(
    (f) => located(f) && (touched === null || touched.has(keyOf(f.at.sheet, f.at.row, f.at.col))),
  );
  if (t.expect === 'flagged' && !explains) return ['no new finding at a changed cell'];
  return explains
    ? []
    : changed.map((id) => `${id}: ${was[id] || '∅'} → ${now[id] || '∅'} with no finding at a changed cell`);
}
