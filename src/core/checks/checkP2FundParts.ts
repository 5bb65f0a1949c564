/**
 * P2.fundParts: on the self-evaluation form, 年度资金总额 cannot be less than its 其中 rows
 * (财政拨款 + 上年结转 + 其他资金). A published form (池州 2022) left the total row at 0 while
 * its 财政拨款 row held 90 万元: the execution rate then cannot be computed, and nothing said why.
 * Only a total below the parts is flagged: forms list more 其中 rows than we recognise
 * (单位资金, 财政专户管理资金), so a total above the recognised parts may be right.
 */
import { Finding } from '../findings/finding';
import { joined, label, sumLabel, userThen } from '../findings/labels';
import { Model, P2FundRow } from '../model/types';
import { collect, compareBound, sideOf } from './compare';

const COLUMNS = [
  ['budgetInitial', 'p2.budgetInitial'],
  ['budgetFinal', 'p2.budgetFinal'],
  ['executed', 'p2.executed'],
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
          // 年度资金总额 全年预算数 0 万元，其中各行 全年预算数之和 90 万元 …
          fields: { table: 'P2', subject: userThen(total.label.text, word), other: sumLabel(joined([label('p2.fundParts'), label(word)], ' ')) },
        },
        'atLeast',
      );
    }),
  );
}
