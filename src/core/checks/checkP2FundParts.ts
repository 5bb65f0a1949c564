/**
 * P2.fundParts: on the self-evaluation form, 年度资金总额 cannot be less than its 其中 rows
 * (财政拨款 + 上年结转 + 其他资金). A published form (池州 2022) left the total row at 0 while
 * its 财政拨款 row held 90 万元: the execution rate then cannot be computed, and nothing said why.
 * Only a total below the parts is flagged: forms list more 其中 rows than we recognise
 * (单位资金, 财政专户管理资金), so a total above the recognised parts may be right.
 */
import { Finding } from '../findings/finding';
import { TABLE_NAMES } from '../findings/tableNames';
import { Model, P2FundRow } from '../model/types';
import { collect, compareBound, sideOf } from './compare';

const COLUMNS = [
  ['budgetInitial', '年初预算数'],
  ['budgetFinal', '全年预算数'],
  ['executed', '全年执行数'],
] as const;

export function checkP2FundParts(model: Model): Finding[] {
  const p2 = model.p2;
  const total = p2?.funds.find((f) => f.kind === 'total');
  if (!p2 || !total) return [];
  const parts = p2.funds.filter((f) => f.kind !== 'total');
  return collect(
    COLUMNS.map(([key, word]) => {
      const at = total[key];
      const side = sideOf(parts.map((f: P2FundRow) => f[key]));
      if (!at || side.addends === 0) return null;
      return compareBound(
        {
          code: 'P2.fundParts',
          severity: 'warning',
          at,
          atUnit: p2.info.unit,
          other: side,
          otherUnit: p2.info.unit,
          params: { table: 'P2', tableName: TABLE_NAMES.P2, subject: `年度资金总额${word}`, other: `其中各项${word}之和` },
        },
        'atLeast',
      );
    }),
  );
}
