/**
 * Chinese quotation marks that nest: the outer pair “…”, quotes inside it become ‘…’
 * (`指标“‘三公经费’变动率”`, not `指标““三公经费”变动率”`). ASCII "…" inside counts as a quote too.
 */
export function quoted(text: string): string {
  return `“${text.replace(/[“"]([^”"]*)[”"]/g, '‘$1’')}”`;
}
