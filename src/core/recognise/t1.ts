/**
 * T1 收入支出决算总表 (spec/workbook.md): a 收入 block and a 支出 block side by side, each
 * `项目 | (行次) | 金额` (or several amount columns: 决算数 is taken), read line by line by label.
 */
import { userLabel } from '../findings/labels';
import { SheetSnapshot } from '../grid/snapshot';
import { T1Data, T1Line } from '../model/types';
import {
  HeaderColumn,
  HeaderMatch,
  TableContext,
  findHeader,
  hasNumber,
  isSkippableRow,
  nextField,
  normaliseLabel,
  rowLabel,
  readAmount,
  reportMissingHeader,
  stripNumbering,
  tableInfo,
  valueAt,
} from './common';
import { cellRef } from '../grid/address';
import { vocabulary } from './vocabulary';
import { T1_INCOME_LINES, T1_SPENDING_LINES } from '../tables/synonyms';

const BLOCK: readonly HeaderColumn[] = vocabulary('T1', [
  { key: 'amount', required: true },
  { key: 'label', required: true },
]);

/** A second block's own 项目 column (exact, so the 收入 group over 行次 does not count). */
const [SECOND_LABEL] = vocabulary('T1', [{ key: 'label', from: 'secondLabel', exact: true }]);

interface Block {
  readonly header: HeaderMatch;
  readonly label: number;
  readonly amount: number;
}

/** Reads every labelled line of both blocks (labels without numbering and spaces). */
export function readT1(ctx: TableContext): T1Data {
  const blocks = findBlocks(ctx.sheet);
  if (blocks.length === 0) {
    reportMissingHeader(ctx, ['项目', '金额（决算数）']);
    return { info: tableInfo(ctx, null, ctx.titleCell?.row ?? 0, 0), lines: [] };
  }
  const header = blocks[0].header;
  const lines: T1Line[] = [];
  let lastRow = header.lastRow;
  blocks.forEach((block, i) => {
    // One block only: income lines run down to the first 总计, spending lines follow.
    let side: T1Line['side'] = i === 0 ? 'income' : 'spending';
    for (let r = header.lastRow + 1; r < ctx.sheet.values.length; r++) {
      if (isSkippableRow(ctx.sheet, r, block.header)) continue;
      const label = lineLabel(ctx.sheet, r, block);
      if (label === '' || label === '收入' || label === '支出') continue;
      if (joinWrapped(ctx.sheet, lines, side, r, label)) continue;
      const amount = readAmount(ctx, r, block.amount, userLabel(label));
      lastRow = Math.max(lastRow, r);
      if (amount) lines.push({ side, label, labelRef: cellRef(ctx.sheet.name, r, block.label), amount });
      if (blocks.length === 1 && side === 'income' && label === '总计') side = 'spending';
    }
  });
  const lastCol = Math.max(...blocks.map((b) => b.amount));
  return { info: tableInfo(ctx, [header.firstRow, header.lastRow], lastRow, lastCol, blocks.map((b) => b.header)), lines };
}

/** The lines of spec/workbook.md T1 that are not 功能分类 classes (those all end in 支出). */
const KNOWN_LINES = new Set([...T1_INCOME_LINES, ...T1_SPENDING_LINES]);

/** A line of T1: one of KNOWN_LINES or a 功能分类 class (…支出, but not a cut 本年支出合计). */
function isKnownLine(label: string): boolean {
  return KNOWN_LINES.has(label) || (/支出$/.test(label) && !/^本年/.test(label));
}

/**
 * The line's label; a PDF copy may split it over two cells of the row (`一般公共预算财政` |
 * `拨款收入` in the 行次 column): joined (rowLabel) when only the joined label is a known line.
 */
function lineLabel(sheet: SheetSnapshot, r: number, block: Block): string {
  const label = stripNumbering(normaliseLabel(valueAt(sheet, r, block.label)));
  if (isKnownLine(label)) return label;
  const joined = stripNumbering(normaliseLabel(rowLabel(sheet, r, block.label, nextField(block.header, block.label))));
  return isKnownLine(joined) ? joined : label;
}

/**
 * A PDF copy wraps a long label onto the next row, alone (`一般公共预算财政` | `拨款收入`, no
 * number in the row): joined to the line above when only the joined label is a known line.
 */
function joinWrapped(sheet: SheetSnapshot, lines: T1Line[], side: T1Line['side'], r: number, label: string): boolean {
  const last = lines[lines.length - 1];
  if (!last || last.side !== side || last.labelRef.row !== r - 1 || isKnownLine(label) || isKnownLine(last.label))
    return false;
  if (hasNumber(sheet, r) || !isKnownLine(last.label + label)) return false;
  lines[lines.length - 1] = { ...last, label: last.label + label };
  return true;
}

/** The 收入 block, then the 支出 block to its right when there is one. */
function findBlocks(sheet: SheetSnapshot): Block[] {
  const first = findHeader(sheet, BLOCK);
  if (!first) return [];
  const at = { startRow: first.firstRow, maxRows: 1 };
  const firstLabel = first.columns.get('label')!;
  const firstAmount = first.columns.get('amount')!;
  // A second 项目 between the first label and "its" amount: that amount belongs to the 支出 block.
  const between =
    firstAmount > firstLabel + 1
      ? findHeader(sheet, [SECOND_LABEL], { ...at, left: firstLabel + 1, right: firstAmount - 1 })
      : null;
  if (between) {
    const split = between.columns.get('label')!;
    const income = findHeader(sheet, BLOCK, { ...at, right: split - 1 });
    const spending = findHeader(sheet, BLOCK, { ...at, left: split });
    return [income, spending].filter((h): h is HeaderMatch => h !== null).map(toBlock);
  }
  const second = findHeader(sheet, BLOCK, { ...at, left: Math.max(firstLabel, firstAmount) + 1 });
  return second ? [toBlock(first), toBlock(second)] : [toBlock(first)];
}

function toBlock(header: HeaderMatch): Block {
  return { header, label: header.columns.get('label')!, amount: header.columns.get('amount')! };
}
