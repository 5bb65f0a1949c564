/** P1.T3.project: Σ P1 执行数 = T3 项目支出合计 (spec/checks.md; the seed's 549.89 vs 640.68). */
import { Finding } from '../findings/finding';
import { joined, label } from '../findings/labels';
import { Figures } from '../model/analysis';
import { Model } from '../model/types';
import { compareAmounts, sideOf } from './compare';

/** Located at T3's 合计 项目支出 cell, every P1 执行数 cell related. */
export function checkP1T3Project(model: Model, _figures: Figures): Finding[] {
  const p1 = model.p1;
  const t3 = model.t3;
  const project = t3?.totalRow?.amounts.project;
  if (!p1 || !t3 || !project) return [];
  const executed = p1.projects.map((p) => p.executed);
  if (!executed.some((a) => a)) return [];
  const f = compareAmounts({
    code: 'P1.T3.project',
    at: project,
    atUnit: t3.info.unit,
    other: sideOf(executed),
    otherUnit: p1.info.unit,
    fields: {
      table: 'T3',
      subject: joined([label('col.project'), label('total')]),
      other: label('p1.executedSum'),
    },
  });
  return f ? [f] : [];
}
