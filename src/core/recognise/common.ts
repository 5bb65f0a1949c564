/**
 * The shared reading toolkit of the table readers (spec/workbook.md "Finding a table"):
 * labels, numbers, amounts in 万元, headers, units, skippable rows and 科目编码.
 * One import for every reader: `import { … } from './common'`.
 */
export type { TableContext } from './context';
export { tableContext, tableInfo, reportMissingHeader } from './context';
export { cellText, labelText, normaliseLabel, stripNumbering, looseLabel, toHalfWidth } from './text';
export type { ParsedNumber } from './numbers';
export { parseNumberCell, parseNumberText, parseQuantityCell, readAmount, readQuantity, toWanYuan } from './numbers';
export type { HeaderColumn, HeaderMatch, HeaderOptions } from './header';
export { findUnit, findHeaderUnit, findUnknownUnit } from './units';
export {
  distinctLabels,
  findHeader,
  firstFilledRow,
  hasNumber,
  headerTexts,
  isBlankRow,
  isColumnNumberRow,
  isNoteRow,
  isRepeatedHeaderRow,
  isSkippableRow,
  isTotalLabel,
  labelAt,
  valueAt,
} from './header';
export { fieldLabel, nextField, rowLabel } from './rowLabel';
export type { ParsedCode } from './codes';
export {
  parseEconomicCode,
  parseFunctionalCode,
  parseSplitEconomicCode,
  parseSplitFunctionalCode,
  splitCodeAndName,
} from './codes';
