/**
 * T7 "三公"经费支出决算表 (spec/workbook.md): the official wide layout (one data row under
 * column groups 预算数 / 决算数, each 合计 | 因公出国（境）费 | 公务用车购置及运行费{小计 |
 * 购置费 | 运行费} | 公务接待费) or a long layout (one row per item, 预算数 | 决算数 columns).
 */
import { Label, LabelId, joined, label } from '../findings/labels';
import { SheetSnapshot, colCount, rowCount } from '../grid/snapshot';
import { Amount, T7Data, ThreePublicItem } from '../model/types';
import {
  HeaderMatch,
  TableContext,
  findHeader,
  isSkippableRow,
  normaliseLabel,
  readAmount,
  rowLabel,
  reportMissingHeader,
  stripNumbering,
  tableInfo,
  valueAt,
} from './common';
import { looseLabel } from './text';
import { vocabulary } from './vocabulary';
import { Others, classifyOther, withOthers } from './t7Others';
import { WideNames, readWide } from './t7Wide';

type Side = 'budget' | 'actual';

const COUNT_WORDS = /车辆数|保有量|批次|人次|人数|团组|次数|\((?:辆|个|人|次)\)|其他资料/;

const LONG_HEADER = vocabulary('T7', [{ key: 'budget', required: true }, { key: 'actual', required: true }, { key: 'label' }]);

/** Each item as the row or column is headed, by label id (for cell.value findings). */
const ITEM_NAMES: Readonly<Record<ThreePublicItem, LabelId>> = {
  total: 'total',
  abroad: 't7.abroad',
  vehicleSubtotal: 't7.vehicle',
  vehiclePurchase: 'tp.vehiclePurchase',
  vehicleOperation: 'tp.vehicleOperation',
  reception: 'tp.reception',
};
const LANE: Readonly<Record<Side, LabelId>> = { budget: 'lane.budget', actual: 'lane.actual' };
const OTHER_NAMES: Readonly<Record<'meeting' | 'training', LabelId>> = { meeting: 't7.meeting', training: 't7.training' };
const WIDE_NAMES: WideNames = { classify: (t) => classifyThreePublic(t), item: { ...ITEM_NAMES, ...OTHER_NAMES } };
const cellName = (side: Side, item: ThreePublicItem): Label =>
  joined([label(LANE[side]), label(ITEM_NAMES[item])], ' ');

/** Which 三公 item a header or row label names (公务用车购置及运行费 is the subtotal, not 购置费). */
export function classifyThreePublic(label: string): ThreePublicItem | null {
  const text = stripNumbering(looseLabel(label));
  // Counts below the money (车辆数, 接待批次, 人次, 团组数) are no amounts.
  if (COUNT_WORDS.test(text)) return null;
  // The official name is 公务用车购置及运行维护费; older tables say 购置及运行费.
  const rest = text.replace(/公务用车购置及运行(?:维护)?费/, '');
  const hadVehicleGroup = rest !== text;
  if (/购置费|购置$/.test(rest)) return 'vehiclePurchase';
  if (/运行费|运行维护费|运行$/.test(rest)) return 'vehicleOperation';
  if (hadVehicleGroup) return 'vehicleSubtotal';
  if (/出国|出境/.test(rest)) return 'abroad';
  if (/接待/.test(rest)) return 'reception';
  if (/合计|总计|三公经费$|小计/.test(rest)) return 'total';
  return null;
}

/** Reads T7 in either layout; the wide one is tried first. */
export function readT7(ctx: TableContext): T7Data {
  return readWide(ctx, WIDE_NAMES) ?? readLong(ctx) ?? missing(ctx);
}

function missing(ctx: TableContext): T7Data {
  reportMissingHeader(ctx, ['预算数', '决算数', '因公出国（境）费', '公务用车购置及运行费', '公务接待费']);
  return { info: tableInfo(ctx, null, ctx.titleCell?.row ?? 0, 0), budget: {}, actual: {} };
}

function readLong(ctx: TableContext): T7Data | null {
  const header = findHeader(ctx.sheet, LONG_HEADER);
  if (!header) return null;
  const budget: Partial<Record<ThreePublicItem, Amount>> = {};
  const actual: Partial<Record<ThreePublicItem, Amount>> = {};
  const others: Others = { budget: {}, actual: {} };
  const details: number[] = [];
  let lastRow = header.lastRow;
  const labelCol = header.columns.get('label') ?? 0;
  const cols = { budget: header.columns.get('budget')!, actual: header.columns.get('actual')! };
  for (let r = header.lastRow + 1; r < rowCount(ctx.sheet); r++) {
    if (isSkippableRow(ctx.sheet, r, header)) continue;
    const firstAmountCol = Math.min(cols.budget, cols.actual);
    const text = normaliseLabel(rowLabel(ctx.sheet, r, labelCol, firstAmountCol));
    const other = classifyOther(text);
    const item = other ? null : rowItem(ctx.sheet, r, text, firstAmountCol);
    if ((item && (budget[item] || actual[item])) || (other && others.actual[other])) details.push(r);
    if (!(other ?? item) || (item && (budget[item] || actual[item])) || (other && others.actual[other])) continue;
    for (const side of ['budget', 'actual'] as const) {
      const name = other ? joined([label(LANE[side]), label(OTHER_NAMES[other])], ' ') : cellName(side, item!);
      const amount = readAmount(ctx, r, cols[side], name);
      if (amount && other) others[side][other] = amount;
      else if (amount && item) (side === 'budget' ? budget : actual)[item] = amount;
    }
    lastRow = r;
  }
  const info = tableInfo(ctx, [header.firstRow, header.lastRow], lastRow, lastColOf(header, ctx.sheet), [header]);
  return {
    info: { ...info, detailRows: details },
    ...withOthers(budget, actual, others),
  };
}

/** The item a long-layout row names, from its (joined) label (or any text cell left of the amounts). */
function rowItem(sheet: SheetSnapshot, r: number, label: string, firstAmountCol: number): ThreePublicItem | null {
  const direct = classifyThreePublic(label);
  if (direct) return direct;
  for (let c = 0; c < firstAmountCol; c++) {
    const item = classifyThreePublic(normaliseLabel(valueAt(sheet, r, c)));
    if (item) return item;
  }
  return null;
}

function lastColOf(header: HeaderMatch, sheet: SheetSnapshot): number {
  return Math.min(Math.max(...header.columns.values()), colCount(sheet) - 1);
}
