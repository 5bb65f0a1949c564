/**
 * The workbook-wide parts the lean reader needs: shared strings (rich runs joined, phonetic
 * guides left out), the number format of each cell format (styles.xml cellXfs), and cell text
 * cleaned as Excel shows it (`_x0001_` escapes decoded, control characters dropped).
 */
import { attributes, findAll, findFirst, unescapeXml } from '../package/xml';

/** Excel's built-in number formats by id (ECMA-376 §18.8.30), the codes ExcelJS reports too. */
const BUILT_IN: Readonly<Record<number, string>> = {
  1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss',
  46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/**
 * Cell text as Excel shows it: `_xHHHH_` (how OOXML stores characters XML cannot hold) decoded,
 * `_x005F_` keeping a literal one, then control characters other than tab and new line dropped.
 */
export function cleanText(text: string): string {
  const decoded = text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
  return decoded.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/** The visible text of an `<si>` or `<is>` body: its `<t>` runs, without `<rPh>` phonetic runs. */
export function runText(inner: string): string {
  const body = inner.includes('rPh') ? inner.replace(/<([\w.-]+:)?rPh[\s>][\s\S]*?<\/([\w.-]+:)?rPh>/g, '') : inner;
  let out = '';
  for (const t of findAll(body, 't')) out += t.inner;
  return cleanText(unescapeXml(out));
}

/** The shared string table. */
export function sharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  return findAll(xml, 'si').map((si) => runText(si.inner));
}

/** Each cellXfs index's number format code (null for General). */
export function cellFormats(xml: string | null): (string | null)[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  for (const f of findAll(xml, 'numFmt')) custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? '');
  const xfs = findFirst(xml, 'cellXfs');
  if (!xfs) return [];
  return findAll(xml, 'xf', xfs.tagEnd, xfs.end).map((xf) => {
    const id = Number(attributes(xml.slice(xf.start, xf.tagEnd)).numFmtId ?? 0);
    const code = custom.get(id) ?? BUILT_IN[id] ?? null;
    return code === null || code === '' || code === 'General' ? null : code;
  });
}
