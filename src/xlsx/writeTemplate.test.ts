import ExcelJS from 'exceljs';
import { analyse } from '../core/analyse';
import { loadWorkbookBuffer, readSnapshot } from './readSnapshot';
import { buildTemplateWorkbook } from './writeTemplate';

async function templateSnapshot() {
  const wb = await loadWorkbookBuffer((await buildTemplateWorkbook().xlsx.writeBuffer()) as ArrayBuffer);
  return readSnapshot(wb);
}

test('the template has every sheet of the standard workbook, each with a title and a 注： row', async () => {
  const snap = await templateSnapshot();
  expect(snap.sheets.map((s) => s.name)).toEqual([
    '收入支出决算总表',
    '支出决算表',
    '一般公共预算财政拨款支出决算表',
    '一般公共预算财政拨款基本支出决算表',
    '“三公”经费支出决算表',
    '项目支出明细表',
    '部门整体支出绩效自评表',
    '部门基本情况',
    '报告文字',
    '评分方案',
  ]);
  for (const sheet of snap.sheets) {
    expect(sheet.values[0][0]).toBe(sheet.name);
    expect(sheet.values.some((row) => typeof row[0] === 'string' && row[0].startsWith('注：'))).toBe(true);
  }
});

test('评分方案 holds the default scheme rows under its header', async () => {
  const s = (await templateSnapshot()).sheets.find((x) => x.name === '评分方案')!;
  const header = s.values.findIndex((r) => r[0] === '一级指标');
  expect(s.values[header]).toEqual(['一级指标', '二级指标', '指标', '分值', '规则', '参数']);
  const rows = s.values.slice(header + 2);
  expect(rows).toEqual([
    ['预算执行', '预算执行率', '预算执行率', '按自评表', '执行率'],
    ['产出/效益/满意度', '绩效指标', '绩效指标表', '按自评表'],
  ]);
});

test('every table of the template is recognised; only the empty required facts are reported', async () => {
  const analysis = analyse(await templateSnapshot());
  const ids = analysis.model.tables.map((t) => t.id);
  expect(ids).toEqual(expect.arrayContaining(['T1', 'T3', 'T6', 'T7', 'P1', 'P2', 'P3', 'P4']));
  expect(
    analysis.findings.filter((f) =>
      ['table.missing', 'table.header', 'table.duplicate', 'scheme.row', 'scheme.unknown'].includes(f.code),
    ),
  ).toEqual([]);
});

test('the template workbook is a fresh object each time (callers may fill it in)', () => {
  const a: ExcelJS.Workbook = buildTemplateWorkbook();
  a.getWorksheet('部门基本情况')!.getCell('B5').value = '改过';
  expect(buildTemplateWorkbook().getWorksheet('部门基本情况')!.getCell('B5').value).toBeNull();
});
