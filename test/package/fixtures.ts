/**
 * Workbooks as other writers save them, for the package test: each is the example workbook with
 * the parts a real file carries (charts, pivot caches, images, VBA, comments, validation,
 * conditional formatting, 1904 dates, defined names, hidden sheets, strict OOXML, prefixed XML,
 * data-descriptor zips), written here by hand the way Excel, WPS or the Open XML SDK lay them
 * out, plus files LibreOffice itself saved. They need not be the user's data problems (the
 * corpus does that): they carry the parts a writer must not lose.
 */
import fs from 'fs';
import path from 'path';
import JSZip from 'jszip';

export const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'zhuhui-2022.xlsx');

const CT = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  pivotCache: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
  pivotRecords: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml',
  macroBook: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  vba: 'application/vnd.ms-office.vbaProject',
};
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

type Edit = string | Uint8Array | null | ((old: string) => string);

/** The example with entries replaced, edited, added or (null) removed. */
export async function editExample(edits: Record<string, Edit>, options: { streamFiles?: boolean } = {}): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fs.readFileSync(EXAMPLE));
  for (const [name, edit] of Object.entries(edits)) {
    if (edit === null) zip.remove(name);
    else if (typeof edit === 'function') zip.file(name, edit(await zip.file(name)!.async('string')));
    else zip.file(name, edit);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles: options.streamFiles ?? false });
}

const override = (part: string, type: string) => (ct: string) =>
  ct.replace('</Types>', `<Override PartName="${part}" ContentType="${type}"/></Types>`);
const rel = (id: string, type: string, target: string) => (rels: string) =>
  rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/></Relationships>`);
const chain = (...fs: ((s: string) => string)[]) => (s: string) => fs.reduce((acc, f) => f(acc), s);

/** Sheet 1 with a drawing holding a chart and a picture (Excel's layout of the parts). */
function chartAndImage(): Record<string, Edit> {
  const anchor = (inner: string) =>
    `<xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${inner}<xdr:clientData/></xdr:twoCellAnchor>`;
  const chartFrame = `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
  const pic = `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="图片 2"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`;
  const drawing = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">${anchor(chartFrame)}${anchor(pic)}</xdr:wsDr>`;
  const chart = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'Z01 收入支出决算总表'!$C$6:$C$9</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;
  return {
    'xl/drawings/drawing1.xml': drawing,
    'xl/drawings/_rels/drawing1.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/><Relationship Id="rId2" Type="${R}/image" Target="../media/image1.png"/></Relationships>`,
    'xl/charts/chart1.xml': chart,
    'xl/media/image1.png': PNG,
    'xl/worksheets/_rels/sheet1.xml.rels': rel('rId90', 'drawing', '../drawings/drawing1.xml'),
    'xl/worksheets/sheet1.xml': (x) => x.replace('<legacyDrawing', '<drawing r:id="rId90"/><legacyDrawing'),
    '[Content_Types].xml': chain(
      override('/xl/drawings/drawing1.xml', CT.drawing),
      override('/xl/charts/chart1.xml', CT.chart),
      (ct) => ct.replace('<Default ', '<Default Extension="png" ContentType="image/png"/><Default '),
    ),
  };
}

function pivotCache(): Record<string, Edit> {
  const def = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}" r:id="rId1" refreshOnLoad="0" recordCount="1"><cacheSource type="worksheet"><worksheetSource ref="A5:C9" sheet="项目支出明细表"/></cacheSource><cacheFields count="1"><cacheField name="项目名称" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`;
  return {
    'xl/pivotCache/pivotCacheDefinition1.xml': def,
    'xl/pivotCache/pivotCacheRecords1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1"><r><s v="学前教育发展资金"/></r></pivotCacheRecords>`,
    'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`,
    'xl/_rels/workbook.xml.rels': rel('rId90', 'pivotCacheDefinition', 'pivotCache/pivotCacheDefinition1.xml'),
    'xl/workbook.xml': (x) => x.replace('<calcPr', '<calcPr').replace('</workbook>', '<pivotCaches><pivotCache cacheId="1" r:id="rId90"/></pivotCaches></workbook>'),
    '[Content_Types].xml': chain(
      override('/xl/pivotCache/pivotCacheDefinition1.xml', CT.pivotCache),
      override('/xl/pivotCache/pivotCacheRecords1.xml', CT.pivotRecords),
    ),
  };
}

/** Data validation, conditional formatting and an x14 extLst (sparkline group) on sheet 2. */
function validationAndFormatting(): Record<string, Edit> {
  const dv = '<dataValidations count="1"><dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" sqref="E7:E23"><formula1>0</formula1></dataValidation></dataValidations>';
  const cf = '<conditionalFormatting sqref="E7:E23"><cfRule type="cellIs" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>';
  const ext = '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>\'Z03 支出决算表(财决04表)\'!E7:G7</xm:f><xm:sqref>K7</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>';
  return {
    'xl/worksheets/sheet2.xml': (x) =>
      x.replace('</mergeCells>', `</mergeCells>${cf}${dv}`).replace('</worksheet>', `${ext}</worksheet>`),
  };
}

function names(): Record<string, Edit> {
  const list =
    '<definedNames>' +
    '<definedName name="项目执行">OFFSET(项目支出明细表!$F$5,0,0,COUNTA(项目支出明细表!$A:$A)-3,1)</definedName>' +
    // A sheet-scoped name of ours, as Excel leaves one when a user copies a marked sheet: the user's, not our mark.
    '<definedName name="PerfReport_Owner" localSheetId="0">\'Z01 收入支出决算总表\'!$A$1</definedName>' +
    '<definedName name="_xlnm.Print_Area" localSheetId="1">\'Z03 支出决算表(财决04表)\'!$A$1:$J$23</definedName>' +
    '<definedName name="单位" comment="用户的名称">\'部门基本情况\'!$B$3</definedName>' +
    '</definedNames>';
  return { 'xl/workbook.xml': (x) => x.replace('</sheets>', `</sheets>${list}`) };
}

/** The example in Strict Open XML (ISO/IEC 29500 strict namespaces), as Excel's "Strict" save writes it. */
function strict(): (x: string) => string {
  return (x) =>
    x
      .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, 'http://purl.oclc.org/ooxml/spreadsheetml/main')
      .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, 'http://purl.oclc.org/ooxml/officeDocument/relationships')
      .replace(/<workbook /, '<workbook conformance="strict" ');
}

/** Every element of the workbook, styles and sheets with an `x:` prefix (Open XML SDK writers). */
function prefixed(x: string): string {
  return x
    .replace(/<(\/?)([A-Za-z]\w*)(?=[\s/>])/g, (m, slash: string, name: string) => (name === 'xml' ? m : `<${slash}x:${name}`))
    .replace(/xmlns="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/, 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"');
}

export interface Fixture {
  readonly name: string;
  readonly bytes: () => Promise<Uint8Array>;
}

const sheetParts = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `xl/worksheets/sheet${n}.xml`);

export const handWritten: readonly Fixture[] = [
  { name: 'example', bytes: async () => new Uint8Array(fs.readFileSync(EXAMPLE)) },
  { name: 'chart-and-image', bytes: () => editExample(chartAndImage()) },
  { name: 'pivot-cache', bytes: () => editExample(pivotCache()) },
  { name: 'validation-cf-extlst', bytes: () => editExample(validationAndFormatting()) },
  {
    name: 'vba-xlsm',
    bytes: () =>
      editExample({
        'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]),
        'xl/_rels/workbook.xml.rels': (x) =>
          x.replace('</Relationships>', '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'),
        '[Content_Types].xml': chain(
          (ct) => ct.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', CT.macroBook),
          (ct) => ct.replace('<Default ', `<Default Extension="bin" ContentType="${CT.vba}"/><Default `),
        ),
      }),
  },
  { name: 'date1904', bytes: () => editExample({ 'xl/workbook.xml': (x) => x.replace('<workbookPr ', '<workbookPr date1904="1" ') }) },
  { name: 'defined-names', bytes: () => editExample(names()) },
  {
    name: 'hidden-sheets',
    bytes: () =>
      editExample({
        'xl/workbook.xml': (x) =>
          x.replace('name="报告文字" state="visible"', 'name="报告文字" state="hidden"').replace('name="部门基本情况" state="visible"', 'name="部门基本情况" state="veryHidden"'),
      }),
  },
  {
    name: 'strict',
    bytes: async () => {
      const zip = await JSZip.loadAsync(fs.readFileSync(EXAMPLE));
      const edits: Record<string, Edit> = {};
      for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) edits[name] = strict();
      return editExample(edits);
    },
  },
  {
    name: 'prefixed-x',
    bytes: () => editExample(Object.fromEntries(['xl/workbook.xml', 'xl/styles.xml', ...sheetParts].map((p) => [p, prefixed]))),
  },
  { name: 'data-descriptors', bytes: () => editExample({}, { streamFiles: true }) },
  { name: 'no-app-xml', bytes: () => editExample({ 'docProps/app.xml': null, '[Content_Types].xml': (ct) => ct.replace(/<Override PartName="\/docProps\/app\.xml"[^>]*\/>/, '') }) },
  {
    name: 'links-controls-slicers',
    bytes: () =>
      editExample({
        'xl/externalLinks/externalLink1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook xmlns:r="${R}" r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>`,
        'xl/ctrlProps/ctrlProp1.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" objectType="CheckBox"/>',
        'customXml/item1.xml': '<?xml version="1.0" encoding="UTF-8"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>',
      }),
  },
];

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Sheet XML of a minimal writer: rows and cells without numbers, inline and rich strings, shared formulas, overlapping merges. */
const MINIMAL_SHEET =
  `<worksheet xmlns="${MAIN}"><sheetData>` +
  '<row><c t="inlineStr"><is><t>部门名称</t></is></c><c t="s"><v>0</v></c></row>' +
  '<row><c t="inlineStr"><is><r><t>单位：</t></r><r><rPr><b/></rPr><t>万元</t></r></is></c><c t="s"><v>1</v></c></row>' +
  '<row r="4"><c r="A4"><v>1865.321234</v></c><c r="B4"><f t="shared" ref="B4:B5" si="0">A4*2</f><v>3730.642468</v></c></row>' +
  '<row><c r="A5"><v>1</v></c><c r="B5"><f t="shared" si="0"/><v>2</v></c><c r="C5"><f>A5+B5</f></c><c r="D5" t="b"><v>1</v></c><c r="E5" t="e"><v>#DIV/0!</v></c></row>' +
  '<row r="7"><c r="A7" t="inlineStr"><is><t>合并</t></is></c><c r="B7" t="inlineStr"><is><t>被覆盖</t></is></c></row>' +
  '</sheetData><mergeCells count="2"><mergeCell ref="A7:B8"/><mergeCell ref="B7:C7"/></mergeCells></worksheet>';

/** A workbook a minimal writer (or WPS-like tool) saves: odd sheet names, no styles, no docProps, 1904 dates. */
export async function minimalWriterBook(): Promise<Uint8Array> {
  const zip = new JSZip();
  const names = ['数据[1]', 'a*b?c', 'x:y/z\\w'];
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr date1904="true"/><sheets>` +
      names.map((n, i) => `<sheet name="${n.replace(/&/g, '&amp;')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">` +
      names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId9" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  zip.file(
    'xl/sharedStrings.xml',
    `<sst xmlns="${MAIN}" count="2" uniqueCount="2"><si><r><t>珠晖区</t></r><r><t>教育局_x0001_</t></r><rPh sb="0" eb="1"><t>ズ</t></rPh></si><si><t>万元_x0007_</t></si></sst>`,
  );
  names.forEach((_, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, i === 0 ? MINIMAL_SHEET : `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Every writer-shaped file: the example's variants and the minimal writer's book. */
export const writerShaped: readonly Fixture[] = [...handWritten, { name: 'minimal-writer', bytes: minimalWriterBook }];
