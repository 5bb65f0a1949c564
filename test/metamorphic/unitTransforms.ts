/**
 * Unit transformations: the unit line written another way (`金额单位：元`, `单位:万元`,
 * `（单位：元）` in the title, `金额（元）` in the header cells), a department line that starts
 * like a unit (`单位：元阳县…`), and tables converted to another unit, all of them or one alone.
 */
import Decimal from 'decimal.js';
import { CellValue, SheetSnapshot } from '../../src/core/grid/snapshot';
import { TableInfo, Unit } from '../../src/core/model/types';
import { Run, accountTables, amountCells } from './baseline';
import { editSheet, insertRows, keyOf, mapCells } from './snapshotEdit';
import { Transform } from './transform';

const UNIT_TEXT = /^[（(]?(?:金额)?单位\s*[:：(（]*\s*(?:人民币)?[（(]?(亿元|万元|千元|元)[)）]*$/;

/** The unit line cell of a table (row, col), in the rows above its header. */
function unitCell(s: SheetSnapshot, t: TableInfo): [number, number] | null {
  for (let r = 0; r <= t.headerRows[1]; r++) {
    const row = s.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && UNIT_TEXT.test(v.trim())) return [r, c];
    }
  }
  return null;
}

/** For every account table with a unit line: the sheet edited by `edit(sheet, table, [row, col])`. */
function withUnitLine(
  name: string,
  edit: (s: SheetSnapshot, t: TableInfo, at: [number, number], r: Run) => SheetSnapshot,
  figuresOnly = false,
): Transform {
  return {
    name,
    expect: 'exact',
    figuresOnly,
    apply: (r) => {
      let snapshot = r.snapshot;
      let any = false;
      for (const t of accountTables(r)) {
        const s = snapshot.sheets.find((x) => x.name === t.sheet)!;
        const at = unitCell(s, t);
        if (!at) continue;
        any = true;
        snapshot = editSheet(snapshot, t.sheet, (x) => edit(x, t, at, r));
      }
      return any ? { snapshot, touched: null } : null;
    },
  };
}

const setCell = (s: SheetSnapshot, [row, col]: [number, number], value: CellValue): SheetSnapshot =>
  mapCells(s, (v, r, c) => (r === row && c === col ? value : v));

function unitForm(name: string, text: (u: Unit) => string): Transform {
  return withUnitLine(name, (s, t, at) => setCell(s, at, text(t.unit)));
}

const FACTOR: Record<Unit, Decimal> = {
  元: new Decimal(1),
  千元: new Decimal(1000),
  万元: new Decimal(10000),
  亿元: new Decimal('1e8'),
};

/** The table converted to `to`: its amounts scaled exactly and its unit line rewritten. */
function convert(s: SheetSnapshot, t: TableInfo, at: [number, number], r: Run, to: Unit): SheetSnapshot {
  const cells = new Set(
    amountCells(r)
      .filter((c) => c.table === t)
      .map((c) => keyOf(t.sheet, c.ref.row, c.ref.col)),
  );
  const f = FACTOR[t.unit].div(FACTOR[to]);
  const scaled = mapCells(s, (v, row, col) => {
    const n =
      typeof v === 'number'
        ? v
        : typeof v === 'string' && /^-?[\d,]+(\.\d+)?$/.test(v.trim())
          ? Number(v.replace(/,/g, ''))
          : null;
    return n !== null && cells.has(keyOf(t.sheet, row, col)) ? new Decimal(n).times(f).toNumber() : v;
  });
  return setCell(scaled, at, `金额单位：${to}`);
}

/** Only the i-th account table converted to 元 (tables of one workbook in different units). */
function oneTableIn(i: number, to: Unit): Transform {
  return {
    name: `table #${i + 1} alone in ${to}`,
    expect: 'exact',
    figuresOnly: true,
    apply: (r) => {
      const t = accountTables(r)[i];
      const s = t && r.snapshot.sheets.find((x) => x.name === t.sheet);
      const at = s && unitCell(s, t);
      if (!t || !at || t.unit === to) return null;
      return { snapshot: editSheet(r.snapshot, t.sheet, (x) => convert(x, t, at, r, to)), touched: null };
    },
  };
}

/** The unit moved into the amount header cells (`决算数（万元）`, no unit line), or another unit there (`conflict`). */
function unitInHeader(s: SheetSnapshot, t: TableInfo, at: [number, number], conflict = false): SheetSnapshot {
  const amountCols = new Set(
    (t.columns ?? [])
      .filter((c) => !['code', 'lei', 'kuan', 'xiang', 'name', 'label'].includes(c.field))
      .map((c) => c.col),
  );
  const headerCell = (col: number): number | null => {
    for (let row = t.headerRows[1]; row >= t.headerRows[0]; row--)
      if (typeof s.values[row]?.[col] === 'string') return row;
    return null;
  };
  const cells = new Set([...amountCols].map((col) => keyOf(t.sheet, headerCell(col) ?? -1, col)));
  const unit = conflict ? (t.unit === '万元' ? '元' : '万元') : t.unit;
  const moved = mapCells(s, (v, row, col) => (cells.has(keyOf(t.sheet, row, col)) ? `${String(v)}（${unit}）` : v));
  return conflict ? moved : setCell(moved, at, null);
}

/** The unit appended to the title cell (`收入支出决算总表（单位：万元）`), no unit line. */
function unitInTitle(s: SheetSnapshot, t: TableInfo, at: [number, number]): SheetSnapshot {
  if (!t.titleCell) return s;
  const { row, col } = t.titleCell;
  const titled = mapCells(s, (v, r, c) => (r === row && c === col ? `${String(v)}（单位：${t.unit}）` : v));
  return at[0] === row && at[1] === col ? titled : setCell(titled, at, null);
}

export const UNIT_TRANSFORMS: readonly Transform[] = [
  unitForm('unit line 金额单位：X', (u) => `金额单位：${u}`),
  unitForm('unit line 单位:X', (u) => `单位:${u}`),
  unitForm('unit line 单位 ： X (spaces)', (u) => `单位 ： ${u}`),
  unitForm('unit line （单位：X）', (u) => `（单位：${u}）`),
  unitForm('unit line 单位（X）', (u) => `单位（${u}）`),
  unitForm('unit line 单位：人民币X', (u) => `单位：人民币${u}`),
  unitForm('unit line 单位：（X）', (u) => `单位：（${u}）`),
  withUnitLine('unit in the title （单位：X）', unitInTitle),
  withUnitLine('unit in the amount headers 决算数（X）', (s, t, at) => unitInHeader(s, t, at)),
  {
    ...withUnitLine('amount headers say another unit than the unit line (元 under 单位：万元)', (s, t, at) =>
      unitInHeader(s, t, at, true),
    ),
    expect: 'flagged',
  },
  withUnitLine('department line 单位：元阳县… above the unit line', (s, _t, at) =>
    insertRows(s, at[0], [['单位：元阳县教育体育局']]),
  ),
  withUnitLine('department line 编制单位：元谋县… beside the unit line', (s, _t, at) =>
    at[1] > 0 && (s.values[at[0]]?.[0] ?? null) === null
      ? setCell(s, [at[0], 0], '编制单位：元谋县财政局')
      : insertRows(s, at[0], [['编制单位：元谋县财政局']]),
  ),
  withUnitLine('every table in 元', (s, t, at, r) => convert(s, t, at, r, '元'), true),
  withUnitLine('every table in 千元', (s, t, at, r) => convert(s, t, at, r, '千元'), true),
  withUnitLine('every table in 亿元', (s, t, at, r) => convert(s, t, at, r, '亿元'), true),
  ...[0, 1, 2, 3, 4].map((i) => oneTableIn(i, '元')),
];
