/**
 * How a table was read, in words (CLI `check --verbose`, the pane's 数据 tab): the sheet, the
 * header rows, which column was taken for which field and on what header text, the unit, the
 * rows read and the rows skipped with why. Pure text from TableInfo; `--json` gives the same as data.
 */
import { a1, columnLetters } from '../grid/address';
import { TableInfo, RowSkipped, ColumnTaken } from '../model/types';
import { tableName } from '../findings/tableNames';
import { fieldName } from '../tables/fieldNames';
import { tableSpec } from '../tables/registry';

export type ReadingLang = 'zh-CN' | 'en-US';

const REASON: Readonly<Record<ReadingLang, Readonly<Record<RowSkipped['reason'], string>>>> = {
  'zh-CN': {
    note: '注释行',
    header: '表头或栏次行',
    total: '合计行（未取用）',
    detail: '明细行（已取其合计或上级项目）',
    count: '数量行（车辆数、批次、人次，不是金额）',
    text: '文字行（无金额）',
    noData: '有数字但无科目编码或可识别的项目名称',
  },
  'en-US': {
    note: 'a note',
    header: 'a header or column-number row',
    total: 'a total row (not used)',
    detail: 'a detail row (its total or parent item was taken)',
    count: 'a count (vehicles, visits, persons), not an amount',
    text: 'text only (no amount)',
    noData: 'numbers without a code or a known item name',
  },
};

/** At most this many skipped rows are named one by one. */
const LISTED = 8;

/** The reading of one table as a few lines (first line: table, sheet, header rows, unit). */
export function readingLines(info: TableInfo, lang: ReadingLang = 'zh-CN'): string[] {
  const zh = lang === 'zh-CN';
  const [first, last] = info.headerRows;
  const rows = first === last ? `${first + 1}` : `${first + 1}–${last + 1}`;
  const assumed = zh ? `${info.unit}（未找到单位行，假定）` : `${info.unit} (no unit line, assumed)`;
  const unitWords = info.unitAssumed ? assumed : info.unit;
  const unit = !tableSpec(info.id).amounts ? '' : zh ? `，单位 ${unitWords}` : `, unit ${unitWords}`;
  const head = zh
    ? `${info.id} ${tableName(info.id)}：工作表“${info.sheet}”，表头第 ${rows} 行${unit}`
    : `${info.id} ${tableName(info.id)}: sheet "${info.sheet}", header row${first === last ? '' : 's'} ${rows}${unit}`;
  const out = [head];
  if (info.columns && info.columns.length > 0) out.push(columnsLine(info, info.columns, zh));
  if (info.rowsRead !== undefined) out.push(rowsLine(info.rowsRead, info.skipped ?? [], lang));
  return out;
}

function columnsLine(info: TableInfo, columns: readonly ColumnTaken[], zh: boolean): string {
  const parts = columns.map((c) => {
    const lane = !c.lane ? '' : zh ? `（${laneWord(info, c.lane)}）` : ` (${info.id === 'T1' ? ['income', 'spending'][c.lane - 1] : `lane ${c.lane}`})`;
    const weak = c.weak ? (zh ? '（部分吻合，请核对）' : ' (partial match, please check)') : '';
    const header = c.header === '' ? '' : zh ? `←“${c.header}”` : ` ← "${c.header}"`;
    return `${columnLetters(c.col)} ${fieldName(info.id, c.field, zh ? 'zh-CN' : 'en-US')}${lane}${header}${weak}`;
  });
  return (zh ? '  列：' : '  columns: ') + parts.join(zh ? '；' : '; ');
}

/** T1's blocks are 收入 and 支出; other tables' lanes are numbered. */
function laneWord(info: TableInfo, lane: number): string {
  return info.id === 'T1' ? (['收入', '支出'][lane - 1] ?? `第${lane}栏`) : `第${lane}栏`;
}

function rowsLine(read: number, skipped: readonly RowSkipped[], lang: ReadingLang): string {
  const zh = lang === 'zh-CN';
  const named = skipped.slice(0, LISTED).map((s) =>
    zh ? `第 ${s.row + 1} 行${REASON[lang][s.reason]}` : `row ${s.row + 1} ${REASON[lang][s.reason]}`,
  );
  const more = skipped.length > LISTED ? (zh ? ` 等 ${skipped.length} 行` : ` and ${skipped.length - LISTED} more`) : '';
  if (zh) return `  读取 ${read} 行；跳过 ${skipped.length} 行${named.length ? `：${named.join('，')}${more}` : ''}`;
  return `  ${read} ${read === 1 ? 'row' : 'rows'} read; ${skipped.length} skipped${named.length ? `: ${named.join(', ')}${more}` : ''}`;
}

/** The reading as JSON data (rows and columns as the sheet shows them: 1-based rows, column letters). */
export function readingJson(info: TableInfo): object {
  return {
    headerRows: [info.headerRows[0] + 1, info.headerRows[1] + 1],
    unitAssumed: info.unitAssumed,
    columns: (info.columns ?? []).map((c) => ({
      field: c.field,
      name: fieldName(info.id, c.field),
      ...(c.lane ? { lane: c.lane } : {}),
      column: columnLetters(c.col),
      header: c.header,
      weak: c.weak,
    })),
    rowsRead: info.rowsRead ?? null,
    skipped: (info.skipped ?? []).map((s) => ({ row: s.row + 1, cell: a1(s.row, 0), reason: s.reason, why: REASON['zh-CN'][s.reason] })),
  };
}
