#!/usr/bin/env node
// Usage: node scripts/report-only.js <in.xlsx> <out.xlsx> [sheet]
// Writes a copy of the workbook in which every sheet but the report (default 绩效自评报告) is
// hidden, so LibreOffice's PDF export prints the report alone. The hidden sheets stay in the
// copy, so the report's formulas still find their source cells.
'use strict';
const ExcelJS = require('exceljs');

async function main([input, output, sheet = '绩效自评报告']) {
  if (!input || !output) throw new Error('usage: report-only.js <in.xlsx> <out.xlsx> [sheet]');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const index = wb.worksheets.findIndex((ws) => ws.name === sheet);
  if (index < 0) throw new Error(`no sheet named ${sheet} in ${input}`);
  wb.worksheets.forEach((ws, i) => {
    if (i !== index) ws.state = 'hidden';
  });
  wb.views = [{ activeTab: index, firstSheet: index, visibility: 'visible', x: 0, y: 0, width: 10000, height: 20000 }];
  await wb.xlsx.writeFile(output);
}

main(process.argv.slice(2)).catch((err) => {
  process.stderr.write(`report-only: ${err.message}\n`);
  process.exit(1);
});
