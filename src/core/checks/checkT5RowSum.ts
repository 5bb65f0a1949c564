/** T5.rowSum: each 一般公共预算财政拨款支出决算表 row's 合计 = its parts (spec/checks.md). */
import { Finding } from '../findings/finding';
import { Figures } from '../model/analysis';
import { Model } from '../model/types';
import { checkRowSums } from './spendingChecks';

/** 一般公共预算财政拨款支出决算表: every row's 合计 equals 基本 + 项目 (+ the other part columns present). */
export function checkT5RowSum(model: Model, _figures: Figures): Finding[] {
  return model.t5 ? checkRowSums('T5.rowSum', model.t5) : [];
}
