/**
 * A large synthetic department for the benchmark (DESIGN.md "Performance budgets"): 24
 * sub-units, 5,000 功能分类 rows in 支出决算表, 2,000 projects, 200 indicator rows, in the
 * standard layouts of spec/workbook.md. Amounts are whole 分 so every total adds up exactly.
 */
import ExcelJS from 'exceljs';
import { P1_HEADER, P2_INDICATOR_HEADER } from '../src/core/template/templateSheets';

export interface BenchSize {
  readonly classes: number;
  readonly kuanPerClass: number;
  readonly xiangPerKuan: number;
  readonly projects: number;
  readonly indicators: number;
}

/** 10 类 × 10 款 × 49 项 + the 类/款 rows = 5,000 功能分类 rows. */
export const LARGE: BenchSize = { classes: 10, kuanPerClass: 10, xiangPerKuan: 49, projects: 2000, indicators: 200 };

interface Line {
  code: string;
  name: string;
  basic: number; // 分
  project: number; // 分
}

/** A deterministic pseudo-random generator (the benchmark must measure the same file every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const yuan = (fen: number): number => fen / 100;

/** The synthetic department's workbook. */
export function buildBenchWorkbook(size: BenchSize = LARGE): ExcelJS.Workbook {
  const rand = rng(20221231);
  const leaves: Line[] = [];
  const rows: Line[] = [];
  for (let c = 0; c < size.classes; c++) {
    const cls: Line = { code: String(201 + c), name: `功能分类类${c + 1}`, basic: 0, project: 0 };
    rows.push(cls);
    for (let k = 0; k < size.kuanPerClass; k++) {
      const kuan: Line = {
        code: `${cls.code}${String(k + 1).padStart(2, '0')}`,
        name: `款${c + 1}-${k + 1}`,
        basic: 0,
        project: 0,
      };
      rows.push(kuan);
      for (let x = 0; x < size.xiangPerKuan; x++) {
        const leaf: Line = {
          code: `${kuan.code}${String(x + 1).padStart(2, '0')}`,
          name: `项${c + 1}-${k + 1}-${x + 1}`,
          basic: Math.floor(rand() * 500000),
          project: 0,
        };
        if (leaves.length < size.projects) leaf.project = Math.floor(rand() * 300000);
        leaves.push(leaf);
        rows.push(leaf);
        kuan.basic += leaf.basic;
        kuan.project += leaf.project;
      }
      cls.basic += kuan.basic;
      cls.project += kuan.project;
    }
  }
  const classes = rows.filter((r) => r.code.length === 3);
  const basic = classes.reduce((a, r) => a + r.basic, 0);
  const project = classes.reduce((a, r) => a + r.project, 0);
  const wb = new ExcelJS.Workbook();
  addT1(wb, classes, basic + project);
  addT3(wb, rows, basic, project);
  addT6(wb, basic, rand);
  addT7(wb);
  addP1(wb, leaves.slice(0, size.projects));
  addP2(wb, basic + project, size.indicators);
  addP3(wb);
  addP4(wb);
  return wb;
}

function head(ws: ExcelJS.Worksheet, title: string, unit: string | null): void {
  ws.addRow([title]);
  ws.addRow(unit ? ['编制单位：示例区教育局', null, null, null, unit] : []);
}

function addT1(wb: ExcelJS.Workbook, classes: Line[], total: number): void {
  const ws = wb.addWorksheet('Z01 收入支出决算总表');
  head(ws, '收入支出决算总表', '单位：万元');
  ws.addRow(['项目', '行次', '金额', '项目', '行次', '金额']);
  const carry = 1234567;
  const income: [string, number][] = [
    ['一般公共预算财政拨款收入', total],
    ['本年收入合计', total],
    ['年初结转和结余', carry],
    ['总计', total + carry],
  ];
  const spending: [string, number][] = [
    ...classes.map((c): [string, number] => [c.name, c.basic + c.project]),
    ['本年支出合计', total],
    ['年末结转和结余', carry],
    ['总计', total + carry],
  ];
  const n = Math.max(income.length, spending.length);
  for (let i = 0; i < n; i++) {
    const a = income[i];
    const b = spending[i];
    ws.addRow([
      a?.[0] ?? null,
      a ? i + 1 : null,
      a ? yuan(a[1]) : null,
      b?.[0] ?? null,
      b ? 30 + i : null,
      b ? yuan(b[1]) : null,
    ]);
  }
}

function addT3(wb: ExcelJS.Workbook, rows: Line[], basic: number, project: number): void {
  const ws = wb.addWorksheet('Z03 支出决算表');
  head(ws, '支出决算表', '单位：万元');
  ws.addRow(['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出']);
  ws.addRow(['合计', null, yuan(basic + project), yuan(basic), yuan(project)]);
  for (const r of rows) ws.addRow([r.code, r.name, yuan(r.basic + r.project), yuan(r.basic), yuan(r.project)]);
}

function addT6(wb: ExcelJS.Workbook, basic: number, rand: () => number): void {
  const ws = wb.addWorksheet('公开05表 基本支出决算表');
  head(ws, '一般公共预算财政拨款基本支出决算表', '单位：万元');
  ws.addRow(['人员经费', null, null, '公用经费']);
  ws.addRow(['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数']);
  const personnelCodes = ['30101', '30102', '30103', '30107', '30108', '30112', '30113', '30199', '30302', '30305'];
  const publicCodes = ['30201', '30202', '30205', '30206', '30207', '30211', '30213', '30216', '30228', '30299'];
  const personnel = Math.floor(basic * 0.85);
  const split = (totalFen: number, count: number): number[] => {
    const parts = Array.from({ length: count }, () => 1 + rand());
    const sumParts = parts.reduce((a, b) => a + b, 0);
    const out = parts.map((p) => Math.floor((totalFen * p) / sumParts));
    out[count - 1] += totalFen - out.reduce((a, b) => a + b, 0);
    return out;
  };
  const pe = split(personnel, personnelCodes.length);
  const pu = split(basic - personnel, publicCodes.length);
  for (let i = 0; i < personnelCodes.length; i++) {
    ws.addRow([
      personnelCodes[i],
      `人员经费项目${i + 1}`,
      yuan(pe[i]),
      publicCodes[i],
      `公用经费项目${i + 1}`,
      yuan(pu[i]),
    ]);
  }
  ws.addRow(['人员经费合计', null, yuan(personnel), '公用经费合计', null, yuan(basic - personnel)]);
}

function addT7(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('公开06表 三公经费');
  head(ws, '“三公”经费支出决算表', '单位：万元');
  ws.addRow(['项目', '预算数', '决算数']);
  const items: [string, number, number][] = [
    ['合计', 60, 45.5],
    ['因公出国（境）费', 10, 0],
    ['公务用车购置及运行费', 30, 28],
    ['公务用车购置费', 0, 0],
    ['公务用车运行费', 30, 28],
    ['公务接待费', 20, 17.5],
  ];
  for (const it of items) ws.addRow(it);
}

function addP1(wb: ExcelJS.Workbook, leaves: Line[]): void {
  const ws = wb.addWorksheet('项目支出明细表');
  head(ws, '项目支出明细表', '单位：万元');
  ws.addRow([...P1_HEADER]);
  leaves.forEach((l, i) => {
    const budget = l.project + (i % 7) * 100;
    ws.addRow([
      `项目${i + 1}`,
      l.code,
      l.name,
      yuan(budget),
      yuan(budget),
      yuan(l.project),
      i % 10 === 0 ? '是' : '否',
      `用于示例用途${i + 1}`,
    ]);
  });
}

function addP2(wb: ExcelJS.Workbook, total: number, indicators: number): void {
  const ws = wb.addWorksheet('部门整体支出绩效自评表');
  head(ws, '部门整体支出绩效自评表', '单位：万元');
  ws.addRow(['项目', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  ws.addRow(['年度资金总额', yuan(Math.round(total * 0.95)), yuan(Math.round(total * 1.01)), yuan(total), 10]);
  ws.addRow([]);
  ws.addRow([...P2_INDICATOR_HEADER]);
  const weight = 90 / indicators;
  for (let i = 0; i < indicators; i++) {
    const level1 = ['产出指标', '效益指标', '满意度指标'][i % 3];
    if (i % 5 === 4)
      ws.addRow([
        level1,
        '质量指标',
        `定性指标${i + 1}`,
        '定性',
        '达到要求',
        null,
        '达到要求',
        weight,
        '达成年度指标',
        weight,
        null,
      ]);
    else
      ws.addRow([
        level1,
        '数量指标',
        `数量指标${i + 1}`,
        '≥',
        100,
        '人',
        95 + (i % 10),
        weight,
        null,
        null,
        i % 10 < 5 ? '受疫情影响' : null,
      ]);
  }
}

function addP3(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('部门基本情况');
  head(ws, '部门基本情况', null);
  ws.addRow(['项目', '内容']);
  const rows: [string, string | number][] = [
    ['部门名称', '示例区教育局'],
    ['年度', 2022],
    ['主要职能', '贯彻执行教育方针政策。\n统筹管理全区各级各类教育。'],
    ['内设机构', '办公室、计划财务股、人事股、基础教育股'],
    ['二级预算单位数', 24],
    ['编制数', 1300],
    ['年末在职人员数', 1225],
  ];
  for (const r of rows) ws.addRow(r);
}

function addP4(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('报告文字');
  head(ws, '报告文字', null);
  ws.addRow(['章节', '内容']);
  for (const key of ['项目组织情况', '项目管理情况', '资产管理情况', '绩效情况', '存在问题', '改进措施'])
    ws.addRow([key, `${key}：示例文字，基本支出{基本支出}万元。`]);
}
