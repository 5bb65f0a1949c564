/** The 中文 titles of the standard tables (spec/workbook.md), for findings and their wording. */
import { TableId } from '../model/types';

/** Table id → the title a finance officer knows it by. */
export const TABLE_NAMES: Readonly<Record<TableId, string>> = {
  T1: '收入支出决算总表',
  T2: '收入决算表',
  T3: '支出决算表',
  T4: '财政拨款收入支出决算总表',
  T5: '一般公共预算财政拨款支出决算表',
  T6: '一般公共预算财政拨款基本支出决算表',
  T7: '"三公"经费支出决算表',
  T8: '政府性基金预算财政拨款收入支出决算表',
  T9: '国有资本经营预算财政拨款支出决算表',
  P1: '项目支出明细表',
  P2: '部门整体支出绩效自评表',
  P3: '部门基本情况',
  P4: '报告文字',
  S: '评分方案',
};

/** The title of a table id, or the id itself when it is not a known table. */
export function tableName(id: string): string {
  return (TABLE_NAMES as Record<string, string>)[id] ?? id;
}
