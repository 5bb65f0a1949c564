/**
 * Findings in words, per language: `支出决算表!E7：项目支出合计 640.68 万元，…`. Findings stay
 * data everywhere else; faces call describeFinding at the edge.
 */
import { cellRef, displayRef } from '../grid/address';
import { Finding, Location, Severity, Unavailable } from './finding';
import { FindingCode } from './catalogue';
import { Wording } from './wordingParts';
import { WORDING_EN_US } from './wording.en-US';
import { WORDING_ZH_CN } from './wording.zh-CN';

export type Lang = 'zh-CN' | 'en-US';

export const WORDINGS: Readonly<Record<Lang, Wording>> = { 'zh-CN': WORDING_ZH_CN, 'en-US': WORDING_EN_US };

const SEVERITY_WORDS: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  'en-US': { error: 'error', warning: 'warning', info: 'info' },
};

/** 错误 / 警告 / 提示 (zh-CN, the report's words too) or error / warning / info (en-US). */
export function severityWord(severity: Severity, lang: Lang = 'zh-CN'): string {
  return SEVERITY_WORDS[lang][severity];
}

/** Where a finding points, for people: `支出决算表!E7`, `支出决算表!第5行`, `支出决算表`, or 工作簿 (the whole workbook). */
export function formatLocation(at: Location, lang: Lang = 'zh-CN'): string {
  if (at.sheet === null) return lang === 'zh-CN' ? '工作簿' : 'workbook';
  if (at.row === null) return at.sheet;
  if (at.col === null) return lang === 'zh-CN' ? `${at.sheet}!第${at.row + 1}行` : `${at.sheet}!row ${at.row + 1}`;
  return displayRef(cellRef(at.sheet, at.row, at.col));
}

/** The finding as one sentence: its location, then what is wrong with both sides and the difference. */
export function describeFinding(f: Finding, lang: Lang = 'zh-CN'): string {
  const message = WORDINGS[lang].messages[f.code] as (f: Finding) => string;
  const body = message(f);
  return `${formatLocation(f.at, lang)}${lang === 'zh-CN' ? '：' : ': '}${body}`;
}

/** Why a figure or indicator is not available, in words (the report and --json use zh-CN). */
export function unavailableText(u: Unavailable, lang: Lang = 'zh-CN'): string {
  return WORDINGS[lang].unavailable(u);
}

/** How to fix findings of `code`. */
export function fixText(code: FindingCode, lang: Lang = 'zh-CN'): string {
  return WORDINGS[lang].fixes[code];
}
