/** T5.hierarchy: 一般公共预算财政拨款支出决算表 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 (spec/checks.md). */
import { Finding } from '../findings/finding';
import { Figures } from '../model/analysis';
import { Model } from '../model/types';
import { checkHierarchy } from './spendingChecks';

/** 一般公共预算财政拨款支出决算表: each level equals the sum of the level below, per amount column. */
export function checkT5Hierarchy(model: Model, _figures: Figures): Finding[] {
  return model.t5 ? checkHierarchy('T5.hierarchy', model.t5) : [];
}
