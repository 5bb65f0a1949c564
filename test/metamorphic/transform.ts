/** A metamorphic transformation: what real exports and copies do to a workbook, and what must hold after. */
import { WorkbookSnapshot } from '../../src/core/grid/snapshot';
import { Run } from './baseline';
import { CellKey } from './snapshotEdit';

export interface Transform {
  readonly name: string;
  /**
   * exact: every figure as before, and no new error or warning;
   * explained: a figure may differ only with a new error or warning located at a touched cell;
   * flagged: explained, and such a finding must be there whatever the figures (a genuine ambiguity).
   */
  readonly expect: 'exact' | 'explained' | 'flagged';
  /**
   * Unit conversions keep the figures but not always the check findings: the 尾差 tolerance is one
   * cent of the table's unit (checks/compare.ts), so 0.01 万元 of residue is a real 100 元 in a 元
   * table. Figures only, then.
   */
  readonly figuresOnly?: boolean;
  /** The transformed workbook and the cells it changed (in the new coordinates); null when it does not apply. */
  readonly apply: (r: Run) => { snapshot: WorkbookSnapshot; touched: ReadonlySet<CellKey> | null } | null;
  /** A different baseline to compare with (negatives: the amounts negated, as numbers). */
  readonly negated?: (r: Run) => WorkbookSnapshot;
}
