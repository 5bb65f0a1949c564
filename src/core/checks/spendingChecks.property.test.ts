/**
 * Properties of T3.rowSum and T3.hierarchy: a random consistent 支出决算表 gives no findings;
 * changing exactly one 项 amount gives exactly the findings the rules define for it — the
 * row's 合计 (T3.rowSum) and the parent 款's cell in the changed column (T3.hierarchy).
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { checkT3RowSum } from './checkT3RowSum';
import { checkT3Hierarchy } from './checkT3Hierarchy';
import { RowSpec, brief, figuresWith, modelOf, spendingTable } from '../../../test/support/testModel';
import { a1 } from '../grid/address';
import { Dec, sum } from '../money';
import { SpendingColumn } from '../model/types';

const S = '支出决算表';
const COLUMNS: SpendingColumn[] = ['total', 'basic', 'project', 'upper'];
const FIRST_ROW = 4;
const figures = figuresWith();

/** 基本 | 项目 | 上缴上级 in cents. */
type Parts = readonly [number, number, number];
interface Kuan {
  readonly own: Parts;
  readonly items: readonly Parts[];
}
interface Lei {
  readonly own: Parts;
  readonly kuans: readonly Kuan[];
}

const cents = fc.integer({ min: 0, max: 10_000_000 });
const parts: fc.Arbitrary<Parts> = fc.tuple(cents, cents, cents);
const kuan: fc.Arbitrary<Kuan> = fc.record({ own: parts, items: fc.array(parts, { maxLength: 3 }) });
const lei: fc.Arbitrary<Lei> = fc.record({ own: parts, kuans: fc.array(kuan, { maxLength: 3 }) });
const tree = fc.array(lei, { minLength: 1, maxLength: 3 });

const wan = (c: number): Decimal => new Dec(c).div(100);
const addParts = (list: readonly Decimal[][]): Decimal[] => [0, 1, 2].map((i) => sum(list.map((p) => p[i])));
/** 合计 column first, then the parts. */
const withTotal = (p: Decimal[]): Decimal[] => [sum(p), ...p];

interface Built {
  readonly rows: RowSpec[];
  readonly xiang: { readonly index: number; readonly parentIndex: number }[];
}

/** Rows in sheet order (合计, 类, 款, 项 …) with every parent the exact sum of its children. */
function build(leis: readonly Lei[]): Built {
  const body: { code: string; values: Decimal[] }[] = [];
  const xiang: { index: number; parentIndex: number }[] = [];
  const leiParts = leis.map((l, i) => {
    const code = String(201 + i);
    const at = body.push({ code, values: [] }) - 1;
    const kuanParts = l.kuans.map((k, j) => {
      const kCode = `${code}${String(j + 1).padStart(2, '0')}`;
      const kAt = body.push({ code: kCode, values: [] }) - 1;
      const items = k.items.map((p, n) => {
        const values = p.map(wan);
        xiang.push({
          index: body.push({ code: `${kCode}${String(n + 1).padStart(2, '0')}`, values: withTotal(values) }) - 1,
          parentIndex: kAt,
        });
        return values;
      });
      const own = items.length > 0 ? addParts(items) : k.own.map(wan);
      body[kAt].values = withTotal(own);
      return own;
    });
    const own = kuanParts.length > 0 ? addParts(kuanParts) : l.own.map(wan);
    body[at].values = withTotal(own);
    return own;
  });
  const total: RowSpec = { code: null, values: withTotal(addParts(leiParts)).map(String) };
  const rows = [total, ...body.map((r) => ({ code: r.code, values: r.values.map(String) }))];
  // Sheet rows: index i in `rows` is row FIRST_ROW + i; body index b is rows index b + 1.
  return { rows, xiang: xiang.map((x) => ({ index: x.index + 1, parentIndex: x.parentIndex + 1 })) };
}

const modelFor = (rows: RowSpec[]) => modelOf({ t3: spendingTable('T3', S, COLUMNS, rows, '万元', FIRST_ROW) });
const place = (index: number, column: number) => `${S}!${a1(FIRST_ROW + index, 2 + column)}`;

describe('T3 properties', () => {
  it('a random consistent table gives no T3.rowSum or T3.hierarchy finding', () => {
    fc.assert(
      fc.property(tree, (leis) => {
        const model = modelFor(build(leis).rows);
        expect(checkT3RowSum(model, figures)).toEqual([]);
        expect(checkT3Hierarchy(model, figures)).toEqual([]);
      }),
    );
  });

  it('shuffled rows change nothing: the hierarchy follows the codes, not the order', () => {
    const shuffled = tree.chain((leis) => {
      const rows = build(leis).rows;
      return fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length });
    });
    fc.assert(
      fc.property(shuffled, (rows) => {
        const model = modelFor(rows);
        expect(checkT3RowSum(model, figures)).toEqual([]);
        expect(checkT3Hierarchy(model, figures)).toEqual([]);
      }),
    );
  });

  it('changing one 项 amount gives one rowSum at its 合计 and one hierarchy at its 款, same column', () => {
    const bigDelta = fc.integer({ min: 5, max: 10_000_000 }).chain((d) => fc.constantFrom(d, -d));
    fc.assert(
      fc.property(
        tree,
        fc.nat(),
        fc.integer({ min: 0, max: COLUMNS.length - 1 }),
        bigDelta,
        (leis, pick, column, deltaCents) => {
          const built = build(leis);
          fc.pre(built.xiang.length > 0);
          const { index, parentIndex } = built.xiang[pick % built.xiang.length];
          const delta = wan(deltaCents);
          const rows = built.rows.map((r, i) =>
            i === index
              ? {
                  ...r,
                  values: r.values.map((v, c) => (c === column ? new Dec(v as string).plus(delta).toString() : v)),
                }
              : r,
          );
          const model = modelFor(rows);
          // 合计 − (parts): +delta when the 合计 itself changed, −delta when a part did.
          const rowDifference = column === 0 ? delta : delta.negated();
          expect(checkT3RowSum(model, figures).map(brief)).toEqual([
            { code: 'T3.rowSum', severity: 'error', at: place(index, 0), difference: rowDifference.toString() },
          ]);
          expect(checkT3Hierarchy(model, figures).map(brief)).toEqual([
            {
              code: 'T3.hierarchy',
              severity: 'error',
              at: place(parentIndex, column),
              difference: delta.negated().toString(),
            },
          ]);
        },
      ),
    );
  });

  it('changing one 项 amount by a cent is 尾差: the same places, severity info', () => {
    fc.assert(
      fc.property(
        tree,
        fc.nat(),
        fc.integer({ min: 0, max: COLUMNS.length - 1 }),
        fc.constantFrom(1, -1),
        (leis, pick, column, sign) => {
          const built = build(leis);
          fc.pre(built.xiang.length > 0);
          const { index, parentIndex } = built.xiang[pick % built.xiang.length];
          const rows = built.rows.map((r, i) =>
            i === index
              ? {
                  ...r,
                  values: r.values.map((v, c) => (c === column ? new Dec(v as string).plus(wan(sign)).toString() : v)),
                }
              : r,
          );
          const model = modelFor(rows);
          const found = [...checkT3RowSum(model, figures), ...checkT3Hierarchy(model, figures)];
          expect(found.map((f) => [f.code, f.severity, brief(f).at])).toEqual([
            ['T3.rowSum', 'info', place(index, 0)],
            ['T3.hierarchy', 'info', place(parentIndex, column)],
          ]);
        },
      ),
    );
  });
});
