/**
 * Value-level transformations of real exports and PDF copies: the same amount written another way
 * (text with separators, full-width digits, padded, dashes for zero, negatives in brackets, a
 * unit in the cell). `exact`: the figures must not change; `explained`: a figure may change only
 * with a finding located at a transformed cell.
 */
import Decimal from 'decimal.js';
import { CellValue } from '../../src/core/grid/snapshot';
import { Run, amountCells } from './baseline';
import { CellKey, editSheet, keyOf, mapCells, setFormats } from './snapshotEdit';
import { Transform } from './transform';

/** Decimal text with thousands separators: 1234.5 → `1,234.50` (two decimals when it has any). */
function grouped(v: Decimal, sep: string): string {
  const fixed = v.decimalPlaces() > 0 ? v.toFixed(Math.max(2, v.decimalPlaces())) : v.toFixed(0);
  const [int, frac] = fixed.replace('-', '').split('.');
  const withSep = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${v.isNegative() ? '-' : ''}${withSep}${frac ? `.${frac}` : ''}`;
}

function fullWidth(text: string): string {
  return text.replace(/[0-9.,\-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/** Rewrites every amount cell read by `pick`, through `write(value, cellValue)` (undefined: leave it). */
function rewrite(
  r: Run,
  write: (v: Decimal, raw: CellValue, unit: string) => CellValue | undefined,
  keepNilTables = false,
): { snapshot: Run['snapshot']; touched: Set<CellKey> } {
  const touched = new Set<CellKey>();
  let snapshot = r.snapshot;
  const all = amountCells(r);
  // A table with every amount blank is one not filled in (table.empty, by design): keep nil tables as they are.
  const nil = new Set(
    all
      .map((c) => c.table)
      .filter((t) =>
        all.every(
          (c) =>
            c.table !== t ||
            numberOf(
              r.snapshot.sheets.find((s) => s.name === t.sheet)!.values[c.ref.row]?.[c.ref.col] ?? null,
            )?.isZero(),
        ),
      ),
  );
  const cells = keepNilTables ? all.filter((c) => !nil.has(c.table)) : all;
  for (const sheet of new Set(cells.map((c) => c.ref.sheet))) {
    const mine = new Map(
      cells.filter((c) => c.ref.sheet === sheet).map((c) => [keyOf(sheet, c.ref.row, c.ref.col), c]),
    );
    snapshot = editSheet(snapshot, sheet, (s) =>
      mapCells(s, (v, row, col) => {
        const c = mine.get(keyOf(sheet, row, col));
        const value = c ? numberOf(v) : null;
        if (!c || value === null) return v;
        const out = write(value, v, c.table.unit);
        if (out === undefined) return v;
        touched.add(keyOf(sheet, row, col));
        return out;
      }),
    );
  }
  return { snapshot, touched };
}

/** The number a cell holds (blank and dash → 0); null for text that is not a plain number. */
function numberOf(v: CellValue): Decimal | null {
  if (v === null || v === '' || v === '-' || v === '—') return new Decimal(0);
  if (typeof v === 'number') return new Decimal(v);
  // PDF copies keep amounts as text: `1,865.32`.
  return typeof v === 'string' && /^-?[\d,]+(\.\d+)?$/.test(v.trim()) ? new Decimal(v.trim().replace(/,/g, '')) : null;
}

const nonZero = (write: (v: Decimal) => CellValue) => (v: Decimal) => (v.isZero() ? undefined : write(v));
const zeroOnly = (mark: CellValue) => (v: Decimal) => (v.isZero() ? mark : undefined);

function valueTransform(
  name: string,
  expect: Transform['expect'],
  write: (v: Decimal, raw: CellValue, unit: string) => CellValue | undefined,
  keepNilTables = false,
): Transform {
  return { name, expect, apply: (r) => rewrite(r, write, keepNilTables) };
}

/** Negatives: the baseline itself has the amounts negated (numbers), the variant writes them as text. */
function negativeTransform(
  name: string,
  expect: Transform['expect'],
  writer: () => (abs: string) => string,
): Transform {
  return {
    name,
    expect,
    negated: (r) => rewrite(r, (v) => (v.isZero() ? undefined : v.negated().toNumber())).snapshot,
    apply: (r) => {
      const write = writer();
      return rewrite(r, (v) => (v.isZero() ? undefined : write(v.abs().toFixed(2))));
    },
  };
}

/** Forms cycled over the cells (one run for many forms): `writer` makes a fresh writer per case. */
function cycledTransform(name: string, writer: () => (v: Decimal) => CellValue | undefined): Transform {
  return { name, expect: 'exact', apply: (r) => rewrite(r, writer()) };
}

/** The amount stored `factor` times larger and shown as before by the number format `format`. */
function scaledFormat(name: string, factor: number, format: string): Transform {
  return {
    name,
    expect: 'exact',
    apply: (r) => {
      const { snapshot, touched } = rewrite(
        r,
        nonZero((v) => v.times(factor).toNumber()),
      );
      const sheets = snapshot.sheets.map((s) =>
        setFormats(s, (row, col) => touched.has(keyOf(s.name, row, col)), format),
      );
      return { snapshot: { sheets }, touched };
    },
  };
}

/** The same non-zero amount written another way. */
const NON_ZERO_FORMS: readonly [string, (v: Decimal) => CellValue][] = [
  ['number as text 1234.56', (v) => v.toFixed()],
  ['thousands 1,234.56', (v) => grouped(v, ',')],
  ['full-width comma １，２３４', (v) => grouped(v, '，')],
  ['space thousands 1 234.56', (v) => grouped(v, ' ')],
  ['NBSP thousands 1\u00a0234.56', (v) => grouped(v, '\u00a0')],
  ['full-width digits １２３４．５６', (v) => fullWidth(grouped(v, ','))],
  ['padded spaces and NBSP', (v) => ` \u00a0${v.toFixed()}\u00a0 `],
  ['zero-width space around', (v) => `\u200b${v.toFixed()}\ufeff`],
  ['currency sign ¥1,234.56', (v) => `¥${grouped(v, ',')}`],
  ['full-width currency sign ￥1,234.56', (v) => `￥${grouped(v, ',')}`],
  ['PDF line break 1,865.\\n32', (v) => grouped(v, ',').replace('.', '.\n')],
];

/** Zero written as a dash, a zero text or a spaced dash. */
const ZERO_MARKS: readonly string[] = ['-', '—', '－', '–', '——', '0.00', ' - ', '－－', '— —'];

/** Negative amounts as text: `exact` forms are read, the others are no 部门决算 convention. */
const NEGATIVE_FORMS: readonly [string, Transform['expect'], (abs: string) => string][] = [
  ['-12.00 text', 'exact', (a) => `-${a}`],
  ['(12.00)', 'exact', (a) => `(${a})`],
  ['（12.00） full-width', 'exact', (a) => `（${a}）`],
  ['−12.00 (U+2212)', 'exact', (a) => `\u2212${a}`],
  ['－12.00 full-width', 'exact', (a) => `－${a}`],
  ['△12.00', 'explained', (a) => `△${a}`],
  ['▲12.00', 'explained', (a) => `▲${a}`],
  ['12.00- trailing', 'explained', (a) => `${a}-`],
];

export const VALUE_TRANSFORMS: readonly Transform[] = [
  ...NON_ZERO_FORMS.map(([name, write]) => valueTransform(name, 'exact', nonZero(write))),
  cycledTransform(`zero as ${ZERO_MARKS.map((m) => `"${m}"`).join(' ')} (cycled over the cells)`, () => {
    let i = 0;
    return (v) => (v.isZero() ? ZERO_MARKS[i++ % ZERO_MARKS.length] : undefined);
  }),
  valueTransform('zero as blank (tables with some amount)', 'exact', zeroOnly(null), true),
  valueTransform('amount with the table unit 12.5万元', 'exact', (v, _raw, unit) =>
    v.isZero() ? undefined : `${v.toFixed()}${unit}`,
  ),
  valueTransform('amount in 元 in a 万元 table 125000元', 'exact', (v, _raw, unit) =>
    v.isZero() || unit !== '万元' ? undefined : `${v.times(10000).toFixed()}元`,
  ),
  scaledFormat('stored ×10000, shown by the 万元 format 0!.0000', 10000, '0!.0000'),
  scaledFormat('stored ×1000, shown by the format #,##0.00,', 1000, '#,##0.00,'),
  valueTransform(
    'percent text 98.5%',
    'explained',
    nonZero((v) => `${v.toFixed()}%`),
  ),
  ...(['exact', 'explained'] as const).map((expect) => {
    const forms = NEGATIVE_FORMS.filter((f) => f[1] === expect);
    return negativeTransform(`negative ${forms.map((f) => f[0]).join(', ')} (cycled)`, expect, () => {
      let i = 0;
      return (a) => forms[i++ % forms.length][2](a);
    });
  }),
];
