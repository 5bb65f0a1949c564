/** T3.hierarchy: 支出决算表 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 (spec/checks.md). */
import { Finding } from '../findings/finding';
import { Figures } from '../model/analysis';
import { Model } from '../model/types';
import { checkHierarchy } from './spendingChecks';

/** 支出决算表: each level equals the sum of the level below, per amount column. */
export function checkT3Hierarchy(model: Model, _figures: Figures): Finding[] {
  return model.t3 ? checkHierarchy('T3.hierarchy', model.t3) : [];
}
