/**
 * Files LibreOffice itself saved, for the package test: the example re-saved by LibreOffice, and
 * a flat ODF spreadsheet written here (1904 dates, a hidden sheet, a comment, data validation,
 * conditional formatting) converted to .xlsx by LibreOffice.
 */
import fs from 'fs';
import path from 'path';
import { recalcWithLibreOffice } from '../support/libreoffice';
import { EXAMPLE, Fixture } from './fixtures';

const FODS = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
  <style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>
 </office:automatic-styles>
 <office:body><office:spreadsheet>
  <table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>
  <table:content-validations>
   <table:content-validation table:name="val1" table:condition="of:cell-content-is-decimal-number() and cell-content()&gt;=0" table:allow-empty-cell="true" table:base-cell-address="部门基本情况.B4"/>
  </table:content-validations>
  <table:table table:name="部门基本情况" table:style-name="ta1">
   <table:table-row><table:table-cell office:value-type="string"><text:p>部门基本情况</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell office:value-type="string"><text:p>项目</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>内容</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell office:value-type="string"><text:p>部门名称</text:p></table:table-cell><table:table-cell office:value-type="string"><office:annotation><dc:creator>审核</dc:creator><text:p>请核对</text:p></office:annotation><text:p>示例局</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell office:value-type="string"><text:p>年度</text:p></table:table-cell><table:table-cell table:content-validation-name="val1" office:value-type="float" office:value="2022"><text:p>2022</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell office:value-type="string"><text:p>填报日期</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2023-01-15"><text:p>2023-01-15</text:p></table:table-cell></table:table-row>
   <calcext:conditional-formats><calcext:conditional-format calcext:target-range-address="部门基本情况.B4:部门基本情况.B4"><calcext:condition calcext:apply-style-name="Default" calcext:value="&lt;0" calcext:base-cell-address="部门基本情况.B4"/></calcext:conditional-format></calcext:conditional-formats>
  </table:table>
  <table:table table:name="隐藏" table:style-name="ta2">
   <table:table-row><table:table-cell office:value-type="float" office:value="1865.321234"><text:p>1865.321234</text:p></table:table-cell></table:table-row>
  </table:table>
 </office:spreadsheet></office:body>
</office:document>
`;

/** Writes the sources into `dir`, has LibreOffice save them as .xlsx, returns them as fixtures. */
export async function libreOfficeSaved(dir: string): Promise<Fixture[]> {
  fs.mkdirSync(dir, { recursive: true });
  const fods = path.join(dir, 'lo-fods.fods');
  fs.writeFileSync(fods, FODS);
  const example = path.join(dir, 'lo-example.xlsx');
  fs.copyFileSync(EXAMPLE, example);
  const saved = await recalcWithLibreOffice([example, fods], path.join(dir, 'saved'));
  return saved.map((file) => ({ name: `libreoffice-${path.parse(file).name}`, bytes: async () => new Uint8Array(fs.readFileSync(file)) }));
}
