/**
 * Numbers typed into the user's prose (报告文字) that contradict the tables: the text is often
 * last year's report with some numbers changed, so `基本支出31384.87万元` beside a table of
 * 31384.86 would hand in a report that disagrees with itself. A sentence naming a figure
 * directly before an amount is compared with the figure; a different amount is a warning at the
 * 报告文字 cell, which says how to make the number live ({基本支出}).
 */
import Decimal from 'decimal.js';
import { Figures, FigureId } from '../model/analysis';
import { Model } from '../model/types';
import { Finding, atCell, finding } from '../findings/finding';
import { dec, roundHalfAway } from '../money';

/** Figure names as prose writes them, most specific first (人员经费 before 经费 …). */
const NAMES: readonly (readonly [FigureId, RegExp])[] = [
  ['personnelExpenditure', /人员经费(?:支出)?/g],
  ['publicExpenditure', /公用经费(?:支出)?/g],
  ['basicExpenditure', /基本支出/g],
  ['projectExpenditure', /项目支出/g],
  ['expenditureTotal', /(?:部门整体支出|本年支出合计|总支出)/g],
  ['incomeTotal', /(?:本年收入合计|总收入)/g],
];

/** Only these words may stand between the name and the amount (`基本支出共计 31384.86 万元`). */
const LINK = /^(?:共计|合计|总计|总额|决算数|金额|为|计|达|是|[：:\s])*$/;
const AMOUNT = /^(\d+(?:\.\d+)?)\s*(亿元|万元|元)/;
/** A clause about another year, a change or a share is not the figure itself. */
const NOT_THE_FIGURE = /上年|去年|同比|较|比|增加|减少|增长|下降|增幅|降幅|占|约|近|超过|不足|预算/;
/** What may stand before the name: the clause's start, 其中, a year, the department (not a project's name). */
const BEFORE = /(?:^|其中[：:]?|年度?|全年|本年|部门|本部门|单位|本单位|我局|我单位|中|[、：:\s（(])$/;

/** The figure (in 万元) as the prose wrote it: in its unit, to the places it shows. */
function writtenAs(figure: Decimal, digits: string, unit: string): Decimal {
  const places = (digits.split('.')[1] ?? '').length;
  const inUnit = unit === '亿元' ? figure.dividedBy(10000) : unit === '元' ? figure.times(10000) : figure;
  return roundHalfAway(inUnit, places);
}

/** An amount written in `unit`, in 万元. */
function toWan(digits: string, unit: string): Decimal {
  return unit === '亿元' ? dec(digits).times(10000) : unit === '元' ? dec(digits).dividedBy(10000) : dec(digits);
}

/** Each clause of the text (split at 。；，!? and line breaks), with nothing of another year in it. */
function clauses(text: string, year: number | null): string[] {
  return text.split(/[。；;！!？?\r\n，,]/).filter((c) => {
    const years = [...c.matchAll(/(20\d{2})\s*年/g)].map((m) => Number(m[1]));
    return year === null || years.every((y) => y === year);
  });
}

/** `text.figure` warnings for every P4 amount that names a figure and disagrees with it. */
export function findProseFigureFindings(model: Model, figures: Figures): Finding[] {
  const year = model.p3?.year?.value ?? null;
  const out: Finding[] = [];
  for (const s of model.p4?.sections ?? []) {
    for (const clause of clauses(s.cell.text, year)) {
      for (const [id, name] of NAMES) {
        const figure = figures[id];
        if (figure.value === null) continue;
        for (const m of clause.matchAll(name)) {
          const after = clause.slice((m.index ?? 0) + m[0].length);
          const link = /^[^\d]*/.exec(after)![0];
          const amount = AMOUNT.exec(after.slice(link.length));
          if (!amount || !LINK.test(link) || NOT_THE_FIGURE.test(clause.slice(0, m.index) + link)) continue;
          if (!BEFORE.test(clause.slice(0, m.index).trim())) continue;
          if (writtenAs(figure.value, amount[1], amount[2]).equals(dec(amount[1]))) continue;
          const actual = toWan(amount[1], amount[2]);
          const fields = { section: s.key, figure: id, written: amount[0].replace(/\s+/g, '') };
          const sides = { expected: figure.value, actual, difference: actual.minus(figure.value) };
          out.push(finding('text.figure', 'warning', atCell(s.cell.ref), fields, sides));
        }
      }
    }
  }
  return out;
}
