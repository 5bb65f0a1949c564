/**
 * Request size of our writes as office.js serializes them (measured with its own serializer,
 * test/excel/payload.test.ts): every proxy (getRange, format, font, a border) is an object path
 * plus an action that instantiates it, every property set or method call is an action, each
 * carrying its arguments as JSON. Excel on the web refuses a request over 5 MB, so the writer
 * syncs before the next step would pass the budget; the estimate must never be below the real size.
 */
import { CellStyle } from '../core/report/sheet';
import { utf8Length } from './writePlan';

/** An object path with its instantiating action, without its arguments (measured: 130–150). */
const PATH_BYTES = 170;
/** A property set or method call, without its arguments (measured: 80–110, growing with path depth). */
const ACTION_BYTES = 130;

const json = (x: unknown): number => utf8Length(JSON.stringify(x));

/** Office.js proxies and calls of one step. */
function cost(paths: readonly unknown[], actions: readonly unknown[]): number {
  let n = 0;
  for (const p of paths) n += PATH_BYTES + json(p);
  for (const a of actions) n += ACTION_BYTES + json(a);
  return n;
}

/** Border edges set on a styled range (see applyStyle). */
const EDGES = 6;

export const requestBytes = {
  /** getRange(address) with numberFormat and formulas set. */
  grid(address: string, formulas: unknown, numberFormat: unknown): number {
    return cost([address], [formulas, numberFormat]);
  },
  /** getRange(address) with one write of `cells` (a formulas array). */
  cells(cells: unknown): number {
    return cost(['A1'], [cells]);
  },
  /** getRange(address).unmerge() and .clear('Formats'). */
  clear(address: string): number {
    return cost([address], [[], ['Formats']]);
  },
  /** getRange(address).merge(false). */
  merge(address: string): number {
    return cost([address], [[false]]);
  },
  /** getRange(address).format.<property> = value. */
  property(address: string, value: unknown): number {
    return cost([address, null], [[value]]);
  },
  /** getRanges(address).format with every setter of applyStyle. */
  style(address: string, style: CellStyle): number {
    const setters = Object.values(style).map((v) => [v]);
    const paths = [address, null, null, null, ...new Array(EDGES).fill('InsideHorizontal')];
    const borderSets = style.border ? new Array(EDGES * 2).fill(['Continuous']) : [];
    return cost(paths, [...setters, [false], ...borderSets]);
  },
  /** Page layout, panes, gridlines, tab colour: a fixed set of about 20 calls. */
  sheetSettings(settings: unknown): number {
    return cost(new Array(6).fill(null), [...new Array(20).fill([0]), settings]);
  },
};
