/** P1.overBudget: a project's 执行数 > 全年预算数 (spec/checks.md). */
import { Finding } from '../findings/finding';
import { joined, label, userLabel } from '../findings/labels';
import { Figures } from '../model/analysis';
import { Model } from '../model/types';
import { compareBound, sideOf } from './compare';

/** A warning at each project's 执行数 above its 全年预算数 (no 全年预算数: not checked). */
export function checkP1OverBudget(model: Model, _figures: Figures): Finding[] {
  const p1 = model.p1;
  if (!p1) return [];
  const out: Finding[] = [];
  for (const project of p1.projects) {
    if (!project.executed || !project.budgetFinal) continue;
    const name = project.name.text;
    const f = compareBound(
      {
        code: 'P1.overBudget',
        severity: 'warning',
        at: project.executed,
        atUnit: p1.info.unit,
        other: sideOf([project.budgetFinal]),
        otherUnit: p1.info.unit,
        fields: {
          table: 'P1',
          subject: joined([userLabel(name), label('p1.executed')]),
          other: label('p1.budgetFinal'),
          project: name,
        },
      },
      'atMost',
    );
    if (f) out.push(f);
  }
  return out;
}
