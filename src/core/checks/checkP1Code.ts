/** P1.code: a P1 功能分类 code not found in T3 (spec/checks.md). */
import { Finding, atCell, finding } from '../findings/finding';
import { Figures } from '../model/analysis';
import { Model } from '../model/types';

/** A typed code as digits: full-width digits folded, separators (spaces . - ·) dropped, leading digits kept. */
export function codeDigits(text: string): string {
  const halfWidth = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const joined = halfWidth.replace(/^[\s.\-·_]+/, '').replace(/(\d)[\s.\-·_]+(?=\d)/g, '$1');
  return /^\d+/.exec(joined)?.[0] ?? '';
}

/** A warning at each P1 code cell whose code is not a 类/款/项 row of T3 (the project cannot be tied to T3). */
export function checkP1Code(model: Model, _figures: Figures): Finding[] {
  const p1 = model.p1;
  const t3 = model.t3;
  if (!p1 || !t3) return [];
  const known = new Set(t3.rows.map((r) => r.code).filter((c): c is string => c !== null));
  // A T3 read without its 科目 rows (only 合计) cannot tell a wrong code from a right one.
  if (known.size === 0) return [];
  const out: Finding[] = [];
  for (const project of p1.projects) {
    const code = project.code;
    if (!code || code.text.trim() === '') continue;
    const digits = codeDigits(code.text);
    if (digits !== '' && known.has(digits)) continue;
    out.push(
      finding(
        'P1.code',
        'warning',
        atCell(code.ref),
        { code: code.text.trim(), project: project.name.text },
        { related: [project.name.ref], actual: code.text.trim() },
      ),
    );
  }
  return out;
}
