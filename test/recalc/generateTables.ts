/** The standard disclosure tables of a generated workbook: T1, T3, T6 (two lanes) and T7 (wide layout). */
import ExcelJS from 'exceljs';
import { amount, Cell, CLASSES, Gen, header, Leaf, put, Style, sum } from './generateBase';

export function addT1(wb: ExcelJS.Workbook, name: string, g: Gen, s: Style, leaves: Leaf[], total: number): void {
  const ws = wb.addWorksheet(name);
  header(ws, '收入支出决算总表', s.unit, 6);
  put(ws, 3, ['收入', null, null, '支出']);
  ws.mergeCells(3, 1, 3, 3);
  ws.mergeCells(3, 4, 3, 6);
  put(ws, 4, ['项目', '行次', '金额', '项目', '行次', '金额']);
  const carryEnd = g.int(0, Math.floor(total / 20));
  const carryBegin = g.int(0, Math.floor(total / 20));
  const other = g.chance(0.5) ? g.int(0, Math.floor(total / 50)) : 0;
  const grand = total + carryEnd;
  const general = grand - carryBegin - other;
  const classes = CLASSES.filter(([c]) => leaves.some((l) => l.code.startsWith(c)));
  const classAmount = (c: string): number =>
    sum(leaves.filter((l) => l.code.startsWith(c)).map((l) => l.basic + l.project));
  const income: [string, number][] = [
    ['一、一般公共预算财政拨款收入', general],
    ['二、政府性基金预算财政拨款收入', 0],
    ['三、上级补助收入', 0],
    ['四、其他收入', other],
  ];
  const lines: [string, number, string, number | null][] = income.map(([label, v], i) => [
    label,
    v,
    classes[i] ? `${'一二三四五'[i]}、${classes[i][1]}` : '',
    classes[i] ? classAmount(classes[i][0]) : null,
  ]);
  lines.push(['本年收入合计', general + other, '本年支出合计', total]);
  lines.push(['使用非财政拨款结余', 0, '结余分配', 0]);
  lines.push(['年初结转和结余', carryBegin, '年末结转和结余', carryEnd]);
  lines.push(['总计', grand, '总计', grand]);
  lines.forEach(([a, x, b, y], i) =>
    put(ws, 5 + i, [a, i + 1, amount(g, s, x), b || null, b ? 30 + i : null, y === null ? null : amount(g, s, y)]),
  );
}

export function addT3(wb: ExcelJS.Workbook, name: string, g: Gen, s: Style, leaves: Leaf[]): void {
  const ws = wb.addWorksheet(name);
  const splitCodes = g.chance(0.5);
  const width = splitCodes ? 7 : 5;
  header(ws, '支出决算表', s.unit, width);
  const heads = ['本年支出合计', '基本支出', '项目支出'];
  if (splitCodes) {
    put(ws, 3, ['科目编码', null, null, '科目名称', ...heads]);
    put(ws, 4, ['类', '款', '项']);
    ws.mergeCells(3, 1, 3, 3);
    for (let c = 4; c <= 7; c++) ws.mergeCells(3, c, 4, c);
  } else {
    put(ws, 3, ['科目编码', '科目名称', ...heads]);
  }
  const rows: [string, string, Leaf[]][] = [];
  for (const [cls, clsName] of CLASSES) {
    const inClass = leaves.filter((l) => l.code.startsWith(cls));
    if (inClass.length === 0) continue;
    rows.push([cls, clsName, inClass]);
    for (const kuan of [...new Set(inClass.map((l) => l.code.slice(0, 5)))]) {
      const inKuan = inClass.filter((l) => l.code.startsWith(kuan));
      rows.push([kuan, `款${kuan}`, inKuan]);
      for (const l of inKuan) rows.push([l.code, l.name, [l]]);
    }
  }
  const amounts = (ls: Leaf[]): Cell[] => {
    const b = sum(ls.map((l) => l.basic));
    const p = sum(ls.map((l) => l.project));
    return [amount(g, s, b + p), amount(g, s, b), amount(g, s, p)];
  };
  let row = splitCodes ? 5 : 4;
  put(ws, row++, splitCodes ? ['合计', null, null, null, ...amounts(leaves)] : ['合计', null, ...amounts(leaves)]);
  for (const [code, label, ls] of rows) {
    const codeCells: Cell[] = splitCodes
      ? [code.slice(0, 3), code.slice(3, 5) || null, code.slice(5, 7) || null]
      : [code];
    put(ws, row++, [...codeCells, label, ...amounts(ls)]);
  }
}

export interface Item {
  readonly code: string;
  readonly name: string;
  readonly amount: number;
}

/** T6 items: per 类 its 款 items (drawn) after the 类 row (their sum). */
export function t6Items(g: Gen, scale: number): Item[] {
  const groups: [string, string, [string, string][]][] = [
    [
      '301',
      '工资福利支出',
      [
        ['30101', '基本工资'],
        ['30102', '津贴补贴'],
        ['30107', '绩效工资'],
        ['30108', '机关事业单位基本养老保险缴费'],
        ['30113', '住房公积金'],
      ],
    ],
    [
      '303',
      '对个人和家庭的补助',
      [
        ['30305', '生活补助'],
        ['30309', '奖励金'],
      ],
    ],
    [
      '302',
      '商品和服务支出',
      [
        ['30201', '办公费'],
        ['30205', '水费'],
        ['30206', '电费'],
        ['30211', '差旅费'],
        ['30213', '维修（维护）费'],
        ['30299', '其他商品和服务支出'],
      ],
    ],
    ['310', '资本性支出', [['31002', '办公设备购置']]],
  ];
  const out: Item[] = [];
  for (const [code, name, kids] of groups) {
    const items = kids.map(([c, n]) => ({ code: c, name: n, amount: g.chance(0.15) ? 0 : g.int(1, 200_000 * scale) }));
    out.push({ code, name, amount: sum(items.map((i) => i.amount)) }, ...items);
  }
  return out;
}

export function addT6(wb: ExcelJS.Workbook, name: string, g: Gen, s: Style, items: Item[]): void {
  const ws = wb.addWorksheet(name);
  header(ws, '一般公共预算财政拨款基本支出决算表', s.unit, 6);
  put(ws, 3, ['人员经费', null, null, '公用经费']);
  ws.mergeCells(3, 1, 3, 3);
  ws.mergeCells(3, 4, 3, 6);
  put(ws, 4, ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数']);
  const personnel = items.filter((i) => i.code.startsWith('301') || i.code.startsWith('303'));
  const others = items.filter((i) => !personnel.includes(i));
  const n = Math.max(personnel.length, others.length);
  for (let i = 0; i < n; i++) {
    const p = personnel[i];
    const q = others[i];
    put(ws, 5 + i, [
      p?.code ?? null,
      p?.name ?? null,
      p ? amount(g, s, p.amount) : null,
      q?.code ?? null,
      q?.name ?? null,
      q ? amount(g, s, q.amount) : null,
    ]);
  }
  const lane = (xs: Item[]): number => sum(xs.filter((i) => i.code.length === 5).map((i) => i.amount));
  put(ws, 5 + n, [
    '人员经费合计',
    null,
    amount(g, s, lane(personnel)),
    '公用经费合计',
    null,
    amount(g, s, lane(others)),
  ]);
}

/** The wide official 三公 layout: 预算数 and 决算数 groups, all zero in some workbooks (never when `needBudget`). */
export function addT7(wb: ExcelJS.Workbook, name: string, g: Gen, s: Style, scale: number, needBudget: boolean): void {
  const ws = wb.addWorksheet(name);
  header(ws, '一般公共预算财政拨款“三公”经费支出决算表', s.unit, 12);
  put(ws, 3, ['预算数', null, null, null, null, null, '决算数']);
  ws.mergeCells(3, 1, 3, 6);
  ws.mergeCells(3, 7, 3, 12);
  for (const left of [1, 7]) {
    ws.getCell(4, left).value = '合计';
    ['因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'].forEach(
      (v, j) => v && (ws.getCell(4, left + 1 + j).value = v),
    );
    ['小计', '公务用车购置费', '公务用车运行费'].forEach((v, j) => (ws.getCell(5, left + 2 + j).value = v));
    ws.mergeCells(4, left, 5, left);
    ws.mergeCells(4, left + 1, 5, left + 1);
    ws.mergeCells(4, left + 2, 4, left + 4);
    ws.mergeCells(4, left + 5, 5, left + 5);
  }
  const none = !needBudget && g.chance(0.3);
  const draw = (): number => (none || g.chance(0.3) ? 0 : g.int(1, 3_000 * scale));
  const budget = [draw(), draw(), draw(), draw()];
  if (needBudget && budget[3] === 0) budget[3] = g.int(1, 3_000 * scale);
  const actual = budget.map((b) => (g.chance(0.2) ? b + g.int(0, 500 * scale) : Math.floor(b * g.r())));
  const group = ([abroad, buy, run, meet]: number[]): Cell[] =>
    [abroad + buy + run + meet, abroad, buy + run, buy, run, meet].map((v) => amount(g, s, v));
  put(ws, 6, [...group(budget), ...group(actual)]);
}
