/**
 * Generated valid workbooks for the recalculation tests: a department's tables (T1, T3, T6,
 * T7, P1–P4) in the standard layouts, every total consistent, amounts drawn by a seeded
 * generator. Each workbook varies what real exports vary: sheet names with spaces, brackets
 * and an apostrophe (so formulas must quote them), the unit (元 / 千元 / 万元), numbers typed
 * as text with thousands separators, zeros written as blank or `-`, split or one-column
 * codes, the scoring scheme and the optional profile facts.
 *
 * Amounts are whole cents of the sheet's unit (integers), so every sum here is exact.
 */
import ExcelJS from 'exceljs';
import { gen, Style, sum, t3Leaves } from './generateBase';
import { addT1, addT3, addT6, addT7, t6Items } from './generateTables';
import { addP1, addP2, addP3, addP4 } from './generateOwn';

export { rng, withSeparators } from './generateBase';

/** Sheet-name pools: each has spaces, brackets or an apostrophe; none names another table's keyword. */
const NAMES = {
  t1: ['01 收入支出决算总表', 'Z01 (总表)', "Dept's 总表", '表一（总表） 2022'],
  t3: ['Z03 支出决算表(财决04表)', "O'Brien 表3", '表 三 (支出)', '公开03表 支出'],
  t6: ['公开05表 基本支出', "人员's 公用 表", '表五 (基本)', 'T6 (明细)'],
  t7: ['公开06表 “三公” 经费', "三公's 表", '表六 (三公)', 'T7 三公'],
  p1: ['项目 明细', "项目's 表", 'P1 (项目)', '项目（明细）'],
  p2: ['绩效 自评', "自评's 表", 'P2 (自评)', '自评（表）'],
  p3: ['部门基本情况', '基本 情况 (P3)', "部门's 情况", 'P3 概况'],
  p4: ['报告文字', '报告 文字 (P4)', "文字's 表", 'P4 文字'],
};

export interface Generated {
  readonly workbook: ExcelJS.Workbook;
  readonly description: string;
}

/** A generated department workbook for `seed`. */
export function generateWorkbook(seed: number): Generated {
  const g = gen(seed);
  const unit = g.pick(['元', '千元', '万元'] as const);
  const scale = unit === '元' ? 10_000 : unit === '千元' ? 10 : 1;
  const s: Style = { unit, textShare: g.pick([0, 0.2, 0.5]), zero: g.pick(['blank', 'dash', 'zero'] as const) };
  const names = Object.fromEntries(
    Object.entries(NAMES).map(([k, v]) => [k, v[(seed + k.length) % v.length]]),
  ) as Record<keyof typeof NAMES, string>;
  // Every third workbook is scored by the Hunan scheme (deductions per point, bands).
  const hunan = seed % 3 === 0;
  const wb = new ExcelJS.Workbook();
  const t6 = t6Items(g, scale);
  const basic = sum(t6.map((i) => i.amount).filter((_, i) => t6[i].code.length === 5));
  const leaves = t3Leaves(g, basic, scale, hunan);
  const total = sum(leaves.map((l) => l.basic + l.project));
  const year = g.int(2021, 2024);
  addT1(wb, names.t1, g, s, leaves, total);
  addT3(wb, names.t3, g, s, leaves);
  addT6(wb, names.t6, g, s, t6);
  addT7(wb, names.t7, g, s, scale, hunan);
  const projects = addP1(wb, names.p1, g, s, leaves);
  addP2(wb, names.p2, g, s, total, year);
  addP3(wb, names.p3, g, year, Math.round(total / scale), hunan);
  addP4(wb, names.p4, g);
  const description = `seed ${seed}: unit ${unit}, text ${s.textShare}, zero ${s.zero}, scheme ${hunan ? '湖南部门整体' : '财政部自评'}, ${leaves.length} leaves, ${projects} projects, sheets ${Object.values(names).join(' | ')}`;
  return { workbook: wb, description };
}
