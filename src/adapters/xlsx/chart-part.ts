import JSZip from 'jszip';
import { FONT_NAME, columnLetter } from '../../workbook';
import type { BarChart, Cell, Merge, Sheet, WorkbookLayout } from '../../workbook';
import { WORKSHEET_REL, parseRelationships, relationshipsPartName, resolveTarget, workbookPartName } from './package-paths';

/**
 * exceljs writes no charts: each sheet's bar charts are added to the package it wrote, as
 * ECMA-376 Part 1 lays them out (§21.2 chart, §20.5 spreadsheet drawing): one drawing part per
 * sheet, a `twoCellAnchor` graphic frame per chart, one chart part per chart with its values
 * cached, so a reader that does not compute (a previewer, the PDF of LibreOffice) still draws it.
 */
export async function addCharts(bytes: Uint8Array, layout: WorkbookLayout): Promise<Uint8Array> {
  const charted = layout.sheets.filter((s) => (s.charts ?? []).length > 0);
  if (charted.length === 0) return bytes;
  const { zip, text, partOf } = await openSheets(bytes);
  let types = await text('[Content_Types].xml');
  let chartNumber = 0;
  // Drawings exceljs wrote for pictures on other sheets keep their numbers; the charts' come after.
  const pictureDrawings = zip.file(/^xl\/drawings\/drawing\d+\.xml$/).length;
  for (const [at, sheet] of charted.entries()) {
    const index = at + pictureDrawings;
    const part = partOf(sheet.name);
    const drawing = `xl/drawings/drawing${index + 1}.xml`;
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    for (const [i, chart] of (sheet.charts ?? []).entries()) {
      chartNumber += 1;
      const chartPart = `xl/charts/chart${chartNumber}.xml`;
      zip.file(chartPart, chartXml(chart, sheet), { createFolders: false });
      drawingRels.push(relationship(`rId${i + 1}`, 'chart', `../charts/chart${chartNumber}.xml`));
      anchors.push(anchorXml(chart, i + 2, `rId${i + 1}`));
      types = override(types, chartPart, 'drawingml.chart+xml');
    }
    zip.file(drawing, `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join('')}</xdr:wsDr>`, { createFolders: false });
    zip.file(relationshipsPartName(drawing), relationshipsXml(drawingRels), { createFolders: false });
    types = override(types, drawing, 'drawing+xml');

    const sheetRelsPart = relationshipsPartName(part);
    const sheetRels = await text(sheetRelsPart);
    const id = `rIdDrawing${index + 1}`;
    const drawingRel = relationship(id, 'drawing', `../drawings/drawing${index + 1}.xml`);
    zip.file(sheetRelsPart, sheetRels === '' ? relationshipsXml([drawingRel]) : sheetRels.replace('</Relationships>', `${drawingRel}</Relationships>`), { createFolders: false });
    zip.file(part, withDrawing(await text(part), id), { createFolders: false });
  }
  zip.file('[Content_Types].xml', types, { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
};

/** A written package opened for editing: its parts as text, and each sheet's part by the sheet's name. */
export async function openSheets(bytes: Uint8Array): Promise<{ zip: JSZip; text: (name: string) => Promise<string>; partOf: (sheet: string) => string }> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const workbookPart = workbookPartName(await text('_rels/.rels'));
  const workbook = await text(workbookPart);
  const rels = parseRelationships(await text(relationshipsPartName(workbookPart)));
  const partOf = (sheet: string) => {
    const part = sheetPart(workbook, rels, workbookPart, sheet);
    if (part === undefined) throw new Error(`no worksheet part for "${sheet}"`);
    return part;
  };
  return { zip, text, partOf };
}

function sheetPart(workbook: string, rels: ReturnType<typeof parseRelationships>, workbookPart: string, name: string): string | undefined {
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const attributes = m[1] ?? '';
    if (!attributes.includes(`name="${escapeXml(name)}"`)) continue;
    const id = /r:id="([^"]+)"/.exec(attributes)?.[1];
    const rel = rels.find((r) => r.id === id && WORKSHEET_REL.test(r.type));
    return rel ? resolveTarget(workbookPart, rel.target) : undefined;
  }
  return undefined;
}

/** `<drawing>` goes after the page setup and before what CT_Worksheet puts later (§18.3.1.99). */
function withDrawing(xml: string, id: string): string {
  const element = `<drawing r:id="${id}"/>`;
  const later = /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/.exec(xml);
  const at = later?.index ?? xml.length;
  const withNs = xml.includes(`xmlns:r="${NS.r}"`) ? xml : xml.replace('<worksheet ', `<worksheet xmlns:r="${NS.r}" `);
  const shift = withNs.length - xml.length;
  return withNs.slice(0, at + shift) + element + withNs.slice(at + shift);
}

function override(types: string, part: string, kind: string): string {
  return types.replace('</Types>', `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${kind}"/></Types>`);
}

function relationship(id: string, kind: string, target: string): string {
  return `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}" Target="${target}"/>`;
}

function relationshipsXml(items: readonly string[]): string {
  return `${XML_HEAD}<Relationships xmlns="${NS.rels}">${items.join('')}</Relationships>`;
}

/** From the top-left cell of the anchor to the bottom-right corner of its last cell (markers are 0-based). */
function anchorXml(chart: BarChart, shapeId: number, relId: string): string {
  const marker = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  const a = chart.anchor;
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(a.left - 1, a.top - 1)}</xdr:from><xdr:to>${marker(a.right, a.bottom)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(chart.name)}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
    '<xdr:clientData/></xdr:twoCellAnchor>'
  );
}

const CATEGORY_AXIS = 500100;
const VALUE_AXIS = 500200;

function chartXml(chart: BarChart, sheet: Sheet): string {
  const cells = new Map(sheet.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const column = (range: Merge) => Array.from({ length: range.bottom - range.top + 1 }, (_, i) => cells.get(`${range.top + i}:${range.left}`));
  const ref = (range: Merge) => `'${sheet.name.replace(/'/g, "''")}'!$${columnLetter(range.left)}$${range.top}:$${columnLetter(range.right)}$${range.bottom}`;
  const labels = column(chart.categories).map((c) => String(plain(c) ?? ''));
  const points = (values: readonly (string | number)[]) => values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`).join('');
  const series = chart.series.map((s, i) => {
    const values = column(s.values).map((c) => plain(c));
    const numbers = values.flatMap((v, idx) => (typeof v === 'number' ? [`<c:pt idx="${idx}"><c:v>${v}</c:v></c:pt>`] : []));
    return (
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
      `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
      `<c:dLbls><c:numFmt formatCode="${escapeXml(chart.valueFormat)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(900)}` +
      '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
      `<c:cat><c:strRef><c:f>${escapeXml(ref(chart.categories))}</c:f><c:strCache><c:ptCount val="${labels.length}"/>${points(labels)}</c:strCache></c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${escapeXml(ref(s.values))}</c:f><c:numCache><c:formatCode>${escapeXml(chart.valueFormat)}</c:formatCode><c:ptCount val="${values.length}"/>${numbers.join('')}</c:numCache></c:numRef></c:val></c:ser>`
    );
  });
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    `${title(chart.title, 1200)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join('')}<c:gapWidth val="60"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    // Categories read top to bottom as in the table; the value axis stays below them.
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(900)}<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>${title(chart.valueAxisTitle, 1000)}` +
    `<c:numFmt formatCode="${escapeXml(chart.valueFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(900)}<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>${textProps(900)}</c:chartSpace>`
  );
}

/**
 * The report's font for every text of the chart: without it Excel draws the theme's (Calibri) and
 * LibreOffice its twin, Carlito. Latin, East Asian and complex-script slots alike (§21.1.2.3), so
 * no script falls back to the theme.
 */
const FONT = `<a:latin typeface="${FONT_NAME}"/><a:ea typeface="${FONT_NAME}"/><a:cs typeface="${FONT_NAME}"/>`;

function title(text: string, size: number): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1">${FONT}</a:defRPr></a:pPr><a:r><a:rPr lang="vi-VN" sz="${size}" b="1">${FONT}</a:rPr><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

function textProps(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}">${FONT}</a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
}

function plain(cell: Cell | undefined): string | number | null {
  const v = cell?.value;
  if (v === undefined || v === null || typeof v === 'boolean') return null;
  if (typeof v === 'object') return 'formula' in v ? (v.result ?? null) : v.date;
  return v;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
