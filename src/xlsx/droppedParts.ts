/**
 * What ExcelJS cannot carry from an input file into the workbook it writes: charts, pivot
 * tables, slicers, macros, links to other workbooks, form controls. The output of `build` (and the web page's download) is a copy
 * written by ExcelJS, so the user is told when their file had any — the original is never
 * changed. Found by the part names in the zip's directory, stored as plain ASCII whatever
 * the compression.
 */

const PARTS: readonly (readonly [string, string, string])[] = [
  ['xl/charts/', '图表', 'charts'],
  ['xl/pivotTables/', '数据透视表', 'pivot tables'],
  ['xl/slicers/', '切片器', 'slicers'],
  ['xl/vbaProject.bin', '宏', 'macros'],
  // Links to other workbooks (sub-units' files): the formulas would lose their source.
  ['xl/externalLinks/', '外部工作簿链接', 'links to other workbooks'],
  ['xl/ctrlProps/', '表单控件', 'form controls'],
];

function contains(bytes: Uint8Array, ascii: string): boolean {
  const first = ascii.charCodeAt(0);
  for (let i = bytes.indexOf(first); i !== -1 && i <= bytes.length - ascii.length; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < ascii.length && bytes[i + k] === ascii.charCodeAt(k)) k++;
    if (k === ascii.length) return true;
  }
  return false;
}

/** The kinds of content in the .xlsx `bytes` that the written copy will not have, by part name. */
export function droppedParts(bytes: Uint8Array): string[] {
  return PARTS.filter(([name]) => contains(bytes, name)).map(([name]) => name);
}

/** The sentence telling the user, or null when nothing is dropped. */
export function droppedPartsNotice(parts: readonly string[], lang: 'zh-CN' | 'en-US' = 'zh-CN'): string | null {
  if (parts.length === 0) return null;
  const words = PARTS.filter(([name]) => parts.includes(name));
  return lang === 'zh-CN'
    ? `注意：原工作簿中的${words.map((w) => w[1]).join('、')}不会出现在生成的文件中（原文件未改动）。需要保留时，请在 Excel 中打开原工作簿，用“绩效自评报告助手”加载项直接生成报告`
    : `Note: the ${words.map((w) => w[2]).join(', ')} of the original workbook are not carried into the file written (the original is unchanged). To keep them, open the original in Excel and make the report there with the add-in`;
}
