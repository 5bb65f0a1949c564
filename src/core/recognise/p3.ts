/**
 * P3 部门基本情况 (ours, spec/workbook.md): two columns `项目 | 内容`, keys in any order.
 * 主要职能 may be one multi-line cell or several rows with the same key.
 */
import { LabelId, userLabel } from '../findings/labels';
import { cellRef } from '../grid/address';
import { rawAt } from '../grid/snapshot';
import { atCell, atSheet, finding } from '../findings/finding';
import { P3Data, P3NumberKey, Quantity, TextCell } from '../model/types';
import {
  HeaderColumn,
  TableContext,
  cellText,
  findHeader,
  isBlankRow,
  isNoteRow,
  looseLabel,
  parseQuantityCell,
  readQuantity,
  stripNumbering,
  tableInfo,
  toWanYuan,
  valueAt,
} from './common';
import { vocabulary } from './vocabulary';

type TextKey = 'departmentName' | 'year' | 'duties' | 'internalOrgs' | 'schemeName' | 'reportTitle';
type Key = TextKey | P3NumberKey;

/** Key words (quotes, spaces and numbering ignored) → key. */
const KEYS: readonly (readonly [Key, readonly string[]])[] = [
  ['departmentName', ['部门名称', '单位名称', '部门']],
  ['year', ['年度', '预算年度', '决算年度', '评价年度']],
  ['duties', ['主要职能', '部门职能', '职能']],
  ['internalOrgs', ['内设机构', '内设机构名称']],
  ['subUnitCount', ['二级预算单位数', '二级预算单位', '二级单位数', '下属单位数']],
  ['staffAuthorized', ['编制数', '核定编制数', '编制人数']],
  ['staffActual', ['年末在职人员数', '在职人员数', '年末实有人数']],
  ['threePublicActualPrior', ['上年三公经费决算数', '上年三公经费']],
  ['carryoverEndPrior', ['上年年末结转和结余', '上年结转和结余', '上年年末结转结余']],
  ['expenditureTotalPrior', ['上年本年支出合计', '上年支出合计', '上年支出总额']],
  ['schemeName', ['评分方案']],
  ['reportTitle', ['报告标题']],
];

/** Amount keys are in 万元 (converted when the sheet states another unit); the rest are plain counts. */
const AMOUNT_KEYS = new Set<Key>(['threePublicActualPrior', 'carryoverEndPrior', 'expenditureTotalPrior']);

const COLUMNS: readonly HeaderColumn[] = vocabulary('P3', [
  { key: 'key', required: true },
  { key: 'value', required: true },
]);

/** A key cell → key: `编制数（人）：` → staffAuthorized; null when unknown. */
export function p3Key(label: string): Key | null {
  const text = stripNumbering(looseLabel(label))
    .replace(/[:：]$/, '')
    .replace(/\((人|个|万元|元)\)$/, '');
  for (const [key, words] of KEYS) if (words.includes(text)) return key;
  return null;
}

interface Collected {
  texts: Partial<Record<TextKey, TextCell[]>>;
  numbers: Partial<Record<P3NumberKey, Quantity>>;
}

/** Reads the profile; missing 部门名称/年度, or a 年度 that is not a year, is a P3.required error. */
export function readP3(ctx: TableContext): P3Data {
  const header = findHeader(ctx.sheet, COLUMNS);
  const keyCol = header?.columns.get('key') ?? 0;
  const valueCol = header?.columns.get('value') ?? 1;
  const start = header ? header.lastRow + 1 : (ctx.titleCell?.row ?? -1) + 1;
  const got: Collected = { texts: {}, numbers: {} };
  let lastRow = start;
  for (let r = start; r < ctx.sheet.values.length; r++) {
    if (isBlankRow(ctx.sheet, r) || isNoteRow(ctx.sheet, r)) continue;
    const label = cellText(valueAt(ctx.sheet, r, keyCol));
    if (label === '') continue;
    lastRow = r;
    const key = p3Key(label);
    if (!key) {
      // The unit line, a repeated title or a remark (备注) is not a key the user meant.
      if (!/单位[:：]|部门基本情况|^(备注|说明|填表说明)[:：]?$/.test(label))
        ctx.findings.push(finding('P3.unknownKey', 'info', atCell(cellRef(ctx.sheet.name, r, keyCol)), { key: label }));
      continue;
    }
    collect(ctx, got, key, r, valueCol, label);
  }
  const info = tableInfo(ctx, header ? [header.firstRow, header.lastRow] : null, lastRow, Math.max(keyCol, valueCol), header ? [header] : []);
  const first = (k: TextKey): TextCell | null => got.texts[k]?.[0] ?? null;
  const orgs = got.texts.internalOrgs ?? [];
  return {
    info,
    departmentName: required(ctx, first('departmentName'), 'p3.departmentName'),
    year: readYear(ctx, first('year')),
    duties: (got.texts.duties ?? []).flatMap(splitDuties),
    internalOrgs: orgs.flatMap((c) =>
      c.text
        .split(/[、，,；;\r\n]+/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
    internalOrgsRef: orgs[0]?.ref ?? null,
    numbers: got.numbers,
    schemeName: first('schemeName'),
    reportTitle: first('reportTitle'),
  };
}

function collect(ctx: TableContext, got: Collected, key: Key, r: number, valueCol: number, label: string): void {
  const ref = cellRef(ctx.sheet.name, r, valueCol);
  const raw = rawAt(ctx.sheet, r, valueCol);
  if (isNumberKey(key)) {
    // First value wins; a blank value is "not filled in", not 0.
    if (got.numbers[key] || parseQuantityCell(raw).kind === 'blank') return;
    const q = readQuantity(ctx, r, valueCol, userLabel(label));
    if (!q) return;
    got.numbers[key] = AMOUNT_KEYS.has(key) ? { ref: q.ref, ...toWanYuan(q.expr, q.value, ctx.unit) } : q;
    return;
  }
  const text = cellText(raw);
  if (text === '') return;
  (got.texts[key] ??= []).push({ ref, text });
}

function isNumberKey(key: Key): key is P3NumberKey {
  return !['departmentName', 'year', 'duties', 'internalOrgs', 'schemeName', 'reportTitle'].includes(key);
}

function required<T>(ctx: TableContext, value: T | null, key: LabelId): T | null {
  if (value === null) ctx.findings.push(finding('P3.required', 'error', whereMissing(ctx), { key, found: null }));
  return value;
}

function whereMissing(ctx: TableContext) {
  return ctx.titleCell ? atCell(ctx.titleCell) : atSheet(ctx.sheet.name);
}

/** 年度: 2022, `2022`, `2022年`, `2022年度`; anything else is a P3.required error at the cell. */
function readYear(ctx: TableContext, cell: TextCell | null): P3Data['year'] {
  if (!required(ctx, cell, 'p3.year')) return null;
  const m = /^(\d{4})(年度?)?$/.exec(cell!.text.replace(/\s+/g, ''));
  const year = m ? Number(m[1]) : NaN;
  if (year >= 1900 && year <= 2200) return { ref: cell!.ref, value: year };
  ctx.findings.push(finding('P3.required', 'error', atCell(cell!.ref), { key: 'p3.year', found: cell!.text }));
  return null;
}

// The report numbers the duties itself (1）…), so the user's own numbering is dropped.
const DUTY_NUMBER =
  /^\s*(?:[(（]?\d+[)）]|\d+[、.．]|[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|[\u2460-\u2473])\s*/;

/** One duty per line of a cell. */
function splitDuties(cell: TextCell): TextCell[] {
  return cell.text
    .split(/\r?\n/)
    .map((line) => line.replace(DUTY_NUMBER, '').trim())
    .filter((line) => line !== '')
    .map((text) => ({ ref: cell.ref, text }));
}
