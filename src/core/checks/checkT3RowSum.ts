/** T3.rowSum: each 支出决算表 row's 合计 = its parts (spec/checks.md). */
import { Finding } from '../findings/finding';
import { Figures } from '../model/analysis';
import { Model } from '../model/types';
import { checkRowSums } from './spendingChecks';

/** 支出决算表: every row's 本年支出合计 equals 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助. */
export function checkT3RowSum(model: Model, _figures: Figures): Finding[] {
  return model.t3 ? checkRowSums('T3.rowSum', model.t3) : [];
}
