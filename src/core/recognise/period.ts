/**
 * Whose tables, and of which year: a 决算 table copied from last year's file, or a subordinate
 * unit's table in place of the department's, carries right-looking numbers that are wrong for
 * this report. The title block says which — `2021年度`, `编制单位：某某学校` — so it is compared
 * with the profile's 年度 and 部门名称, and a difference is a warning at that cell.
 */
import { CellRef, cellRef } from '../grid/address';
import { SheetSnapshot } from '../grid/snapshot';
import { Finding, atCell, atSheet, finding } from '../findings/finding';
import { Model, TableId, TableInfo } from '../model/types';
import { normaliseLabel } from './text';

/** The tables whose numbers the report uses (listed tables and our own profile sheets are not). */
const CHECKED: readonly TableId[] = ['T1', 'T3', 'T5', 'T6', 'T7', 'P1', 'P2'];

/** `2022年度`, or `2022年` not followed by a month (`2023年3月15日` is the date it was made). */
const YEAR = /(20\d{2})\s*年(?:度|(?!\s*[\d一二三四五六七八九十]{1,2}\s*月))/;
/** `编制单位：X`, up to a wide gap, a year or the unit line. */
const ENTITY = /(?:编制单位|填报单位|单位名称|部门名称|编报单位)(?:[（(][^）)]*[）)])?[:：]\s*(.+?)(?=\s{2,}|\s*20\d{2}\s*年|\s*(?:金额)?单位[:：]|$)/;

interface TitleText {
  readonly text: string;
  readonly at: CellRef | null;
}

/** The sheet name, then each text cell above the header. */
function titleBlock(sheet: SheetSnapshot, info: TableInfo): TitleText[] {
  const texts: TitleText[] = [{ text: sheet.name, at: null }];
  for (let r = 0; r < info.headerRows[0]; r++) {
    (sheet.values[r] ?? []).forEach((v, c) => {
      if (typeof v === 'string' && v.trim() !== '') texts.push({ text: v, at: cellRef(sheet.name, r, c) });
    });
  }
  return texts;
}

/** Two names of one body: the same once spaces and brackets go, or one inside the other (衡阳市珠晖区教育局 / 珠晖区教育局). */
function sameBody(a: string, b: string): boolean {
  const norm = (s: string) => normaliseLabel(s).replace(/[()（）[\]【】"“”]/g, '');
  const x = norm(a);
  const y = norm(b);
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
}

/** Year and department findings for every read table whose title block disagrees with the profile. */
export function checkPeriod(
  sheets: readonly { readonly id: TableId; readonly sheet: SheetSnapshot }[],
  tables: readonly TableInfo[],
  p3: Model['p3'],
): Finding[] {
  const year = p3?.year?.value ?? null;
  const department = p3?.departmentName?.text.trim() ?? '';
  const findings: Finding[] = [];
  for (const { id, sheet } of sheets) {
    const info = tables.find((t) => t.id === id && t.sheet === sheet.name);
    if (!CHECKED.includes(id) || !info) continue;
    const block = titleBlock(sheet, info);
    const dated = year === null ? null : block.find((t) => YEAR.test(t.text));
    const found = dated ? Number(YEAR.exec(dated.text)![1]) : null;
    if (dated && found !== null && found !== year) {
      const at = dated.at ? atCell(dated.at) : atSheet(sheet.name);
      findings.push(finding('table.year', 'warning', at, { table: id, found, year: year! }));
    }
    const named = department === '' ? undefined : block.find((t) => ENTITY.test(t.text.trim()));
    const entity = named ? ENTITY.exec(named.text.trim())![1].trim() : '';
    if (named?.at && entity !== '' && !sameBody(entity, department)) {
      findings.push(finding('table.entity', 'warning', atCell(named.at), { table: id, found: entity, department }));
    }
  }
  return findings;
}
