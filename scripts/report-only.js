#!/usr/bin/env node
// Usage: node scripts/report-only.js <in.xlsx> <out.xlsx> [sheet]
// Writes a copy of the workbook in which every sheet but the report (default 绩效自评报告) is
// hidden, so LibreOffice's PDF export prints the report alone. The hidden sheets stay in the
// copy, so the report's formulas still find their source cells. Only xl/workbook.xml changes:
// a round trip through ExcelJS would drop the report's page breaks and rewrite its print area
// as $A2:$H164, which LibreOffice prints from row 1 (the status line).
'use strict';
const fs = require('fs');
const JSZip = require('jszip');

async function main([input, output, sheet = '绩效自评报告']) {
  if (!input || !output) throw new Error('usage: report-only.js <in.xlsx> <out.xlsx> [sheet]');
  const zip = await JSZip.loadAsync(fs.readFileSync(input));
  const xml = await zip.file('xl/workbook.xml').async('string');
  const escaped = sheet.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const tags = xml.match(/<sheet [^>]*\/>/g) || [];
  const index = tags.findIndex((t) => t.includes(` name="${escaped}"`));
  if (index < 0) throw new Error(`no sheet named ${sheet} in ${input}`);
  let i = 0;
  let out = xml.replace(/<sheet [^>]*\/>/g, (tag) => {
    const bare = tag.replace(/ state="[^"]*"/, '');
    return i++ === index ? bare : bare.replace('<sheet ', '<sheet state="hidden" ');
  });
  // The active sheet cannot be hidden (LibreOffice shows it, and prints it): make it the report.
  const view = `activeTab="${index}" firstSheet="${index}"`;
  if (/<workbookView\b/.test(out)) {
    out = out.replace(/<workbookView\b([^>]*?)(\/?)>/, (_m, attrs, close) => `<workbookView${attrs.replace(/ (activeTab|firstSheet)="\d+"/g, '')} ${view}${close}>`);
  } else {
    out = out.replace('<sheets>', `<bookViews><workbookView ${view}/></bookViews><sheets>`);
  }
  zip.file('xl/workbook.xml', out);
  fs.writeFileSync(output, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

main(process.argv.slice(2)).catch((err) => {
  process.stderr.write(`report-only: ${err.message}\n`);
  process.exit(1);
});
