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
  isSkippableRow,
  normaliseLabel,
  readAmount,
  reportMissingHeader,
  stripNumbering,
  tableInfo,
  valueAt,
} from './common';
import { cellRef } from '../grid/address';

const BLOCK: readonly HeaderColumn[] = [
  { key: 'amount', words: ['决算数', '本年决算数', '金额', '决算', '本年数'], required: true },
  { key: 'label', words: ['项目', '收入项目', '支出项目', '科目名称', '项目名称', '收入', '支出'], required: true },
];

/** A second block's own 项目 column (exact, so the 收入 group over 行次 does not count). */
const SECOND_LABEL: HeaderColumn = {
  key: 'label',
  words: ['项目', '支出项目', '项目名称', '科目名称', '支出'],
  exact: true,
};

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
      const label = stripNumbering(normaliseLabel(valueAt(ctx.sheet, r, block.label)));
      if (label === '' || label === '收入' || label === '支出') continue;
      const amount = readAmount(ctx, r, block.amount, userLabel(label));
      lastRow = Math.max(lastRow, r);
      if (amount) lines.push({ side, label, labelRef: cellRef(ctx.sheet.name, r, block.label), amount });
      if (blocks.length === 1 && side === 'income' && label === '总计') side = 'spending';
    }
  });
  const lastCol = Math.max(...blocks.map((b) => b.amount));
  return { info: tableInfo(ctx, [header.firstRow, header.lastRow], lastRow, lastCol), lines };
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
