/**
 * The chart of achievement against targets in the report file: exceljs writes no charts, so the
 * chart part is added to its package (src/adapters/xlsx/chart-part.ts). The package is checked
 * as written, then drawn by LibreOffice and by Gnumeric and measured in the printed page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { consolidate, validateReturns } from '../../../src/core';
import { renderXlsx } from '../../../src/adapters/xlsx';
import { checkPackage } from '../../../src/adapters/xlsx/zip-package';
import { parseRelationships, relationshipsPartName, resolveTarget } from '../../../src/adapters/xlsx/package-paths';
import { buildReportLayout } from '../../../src/workbook';
import { smallCampaign } from '../../helpers/campaign';
import { GOOD_ANSWERS, rawReturnFor } from '../../helpers/raw-return';
import { PDFTOTEXT, SOFFICE, SSCONVERT, sofficeConvert } from '../../helpers/libreoffice';
import { describeWith, needsCommand } from '../../helpers/requires';

const PDFTOPPM = needsCommand('pdftoppm', 'poppler-utils');

/**
 * Two units: TT01 3 + 4 = 7 of 12 sessions (58.33 %); AS05 (30 + 50) / (31 + 55) = 93.02 % against
 * ≥ 90 % (103.36 %); TC01 2 + 2 = 4 of 20 new members (20 %). No other indicator has a target.
 */
async function report(): Promise<Uint8Array> {
  const campaign = smallCampaign();
  const raws = [rawReturnFor(campaign, 'XA01', { ...GOOD_ANSWERS, TT01: 3, AS04: 30 }), rawReturnFor(campaign, 'GD02', { ...GOOD_ANSWERS, TT01: 4, AS04: 50 })];
  const consolidation = consolidate(campaign, validateReturns(campaign, raws));
  return renderXlsx(buildReportLayout({ campaign, consolidation, includeErrors: false, readAt: '2026-01-02T03:00:00Z', reportDate: '2026-01-02' }));
}

function wellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

describe('the report’s chart part', () => {
  let zip: JSZip;
  let bytes: Uint8Array;
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  beforeAll(async () => {
    bytes = await report();
    zip = await JSZip.loadAsync(bytes);
  });

  it('should draw a clustered bar chart of the share reached, one bar per indicator with a target, values cached', async () => {
    const chart = await part('xl/charts/chart1.xml');
    wellFormed(chart);
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(chart).toContain("<c:f>'Biểu đồ'!$B$5:$B$7</c:f>");
    expect(chart).toContain("<c:f>'Biểu đồ'!$E$5:$E$7</c:f>");
    const labels = [...chart.matchAll(/<c:strCache>.*?<\/c:strCache>/g)].flatMap((m) => [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1]));
    expect(labels).toEqual(['TT01. Số buổi tuyên truyền', 'AS05. Tỷ lệ CNVCLĐ ủng hộ quỹ', 'TC01. Số đoàn viên kết nạp mới']);
    const values = [...(/<c:numCache>.*?<\/c:numCache>/.exec(chart)?.[0] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1]));
    expect(values).toHaveLength(3);
    [7 / 12, 93.0233 / 90, 4 / 20].forEach((want, i) => expect(values[i]).toBeCloseTo(want, 3));
    expect(chart).toContain('<a:srgbClr val="2E75B6"/>');
    expect(chart).toContain('Tỷ lệ đạt so với chỉ tiêu (%)');
  });

  it('should anchor the chart on the Biểu đồ sheet through a drawing, with relationships and content types', async () => {
    const workbook = await part('xl/workbook.xml');
    const element = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((e) => e.includes('name="Biểu đồ"')) ?? '';
    const id = /r:id="([^"]+)"/.exec(element)?.[1];
    const target = parseRelationships(await part('xl/_rels/workbook.xml.rels')).find((r) => r.id === id)?.target ?? '';
    const sheetPart = resolveTarget('xl/workbook.xml', target);
    const sheet = await part(sheetPart);
    wellFormed(sheet);
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheet)?.[1];
    expect(drawingId).toBeDefined();
    expect(await part(relationshipsPartName(sheetPart))).toContain(`Id="${drawingId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`);
    const drawing = await part('xl/drawings/drawing1.xml');
    wellFormed(drawing);
    // From G4 (0-based col 6, row 3) over nine columns and rows 4–20.
    expect(drawing).toMatch(/<xdr:from><xdr:col>6<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>3<\/xdr:row>.*<xdr:to><xdr:col>15<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>20<\/xdr:row>/);
    expect(await part('xl/drawings/_rels/drawing1.xml.rels')).toContain('Target="../charts/chart1.xml"');
    const types = await part('[Content_Types].xml');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    // Only the parts themselves: no folder entries of our own.
    expect(Object.keys(zip.files).filter((n) => /^xl\/(charts|drawings)\/$/.test(n))).toEqual([]);
  });

  it('should pass our own package limits, drawing and chart parts included', async () => {
    expect(await checkPackage(bytes)).toBeUndefined();
  });
});

/** The lengths in pixels of the bars of one colour, top to bottom, from a binary PPM (P6) page. */
function barLengths(ppm: Buffer, rgb: readonly [number, number, number]): number[] {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (header === null) throw new Error('not a P6 image');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  const close = (i: number) => rgb.every((c, k) => Math.abs((ppm[start + i * 3 + k] ?? 0) - c) <= 24);
  const runs = Array.from({ length: height }, (_, y) => {
    let best = 0;
    let run = 0;
    for (let x = 0; x < width; x++) {
      run = close(y * width + x) ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  });
  // A bar is a band of consecutive rows with a long run; the legend's key is a few pixels wide.
  const bars: number[] = [];
  let current = 0;
  for (const length of [...runs, 0]) {
    if (length > 20) current = Math.max(current, length);
    else if (current > 0) {
      bars.push(current);
      current = 0;
    }
  }
  return bars;
}

function pageWith(pdf: string, text: string): number {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  for (let p = 1; p <= pages; p++) {
    if (execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).includes(text)) return p;
  }
  throw new Error(`no page of ${pdf} shows "${text}"`);
}

describeWith([SOFFICE, PDFTOTEXT, PDFTOPPM], 'the report’s chart drawn by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-chart-'));
  let pdf: string;
  beforeAll(async () => {
    writeFileSync(join(dir, 'bao-cao.xlsx'), await report());
    sofficeConvert(join(dir, 'bao-cao.xlsx'), 'pdf', dir);
    pdf = join(dir, 'bao-cao.pdf');
  }, 120000);

  it('should print the chart’s axis title, legend and data labels on the Biểu đồ page', () => {
    const page = pageWith(pdf, 'Tỷ lệ đạt so với chỉ tiêu (%)');
    const text = execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
    // Data labels as the chart's own format (0%), after each category label, and the axis ticks.
    expect(text).toMatch(/TT01\. Số buổi tuyên truyền\s+58%/);
    expect(text).toMatch(/AS05\. Tỷ lệ CNVCLĐ ủng hộ quỹ\s+103%/);
    expect(text).toMatch(/TC01\. Số đoàn viên kết nạp mới\s+20%/);
    expect(text).toMatch(/0%\s+20%\s+40%\s+60%\s+80%\s+100%/);
  });

  it('should draw three bars in the chart’s colour, top to bottom as in the table, as long as the shares', () => {
    const page = pageWith(pdf, 'Tỷ lệ đạt so với chỉ tiêu (%)');
    execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '100', pdf, join(dir, 'page')]);
    const image = readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.ppm'));
    const bars = barLengths(readFileSync(join(dir, image ?? '')), [0x2e, 0x75, 0xb6]);
    expect(bars).toHaveLength(3);
    const [tt01 = 0, as05 = 0, tc01 = 0] = bars;
    // 58.33 % : 103.36 % : 20 %, within a few pixels of rounding.
    expect(tt01 / as05).toBeCloseTo(0.5833 / 1.0336, 1);
    expect(tc01 / as05).toBeCloseTo(0.2 / 1.0336, 1);
  });
});

describeWith([SOFFICE, PDFTOTEXT], 'the report’s chart in the report’s font', () => {
  it('should name Times New Roman for every text of the chart, and LibreOffice should print it in that font’s twin, not Carlito', async () => {
    const chart = (await (await JSZip.loadAsync(await report())).file('xl/charts/chart1.xml')?.async('string')) ?? '';
    // Titles, axes, data labels and the chart's own default (the legend takes it).
    expect(chart.match(/<a:latin typeface="Times New Roman"\/>/g)).toHaveLength(8);
    expect(chart).not.toMatch(/<a:defRPr[^>]*\/>/);
    // Only the chart's sheet, so the fonts printed are the chart's and its table's (Times New Roman).
    const dir = mkdtempSync(join(tmpdir(), 'danvan-chart-font-'));
    const campaign = smallCampaign();
    const raws = [rawReturnFor(campaign, 'XA01', { ...GOOD_ANSWERS, TT01: 3, AS04: 30 }), rawReturnFor(campaign, 'GD02', { ...GOOD_ANSWERS, TT01: 4, AS04: 50 })];
    const layout = buildReportLayout({ campaign, consolidation: consolidate(campaign, validateReturns(campaign, raws)), includeErrors: false, readAt: '2026-01-02T03:00:00Z' });
    writeFileSync(join(dir, 'bieu-do.xlsx'), await renderXlsx({ ...layout, sheets: layout.sheets.filter((s) => s.name === 'Biểu đồ') }));
    sofficeConvert(join(dir, 'bieu-do.xlsx'), 'pdf', dir);
    const fonts = execFileSync('pdffonts', [join(dir, 'bieu-do.pdf')], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f?.startsWith('LiberationSerif'))).toBe(true);
  }, 120000);
});

describeWith([SSCONVERT, PDFTOTEXT], 'the report with its chart opened by Gnumeric', () => {
  it('should open and print the Biểu đồ sheet with the chart’s axis title', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-chart-gnumeric-'));
    writeFileSync(join(dir, 'bao-cao.xlsx'), await report());
    execFileSync('ssconvert', [join(dir, 'bao-cao.xlsx'), join(dir, 'bao-cao.pdf')], { stdio: 'pipe', timeout: 60000 });
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'bao-cao.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('TỶ LỆ ĐẠT SO VỚI CHỈ TIÊU');
    expect(text).toContain('Tỷ lệ đạt so với chỉ tiêu (%)');
  }, 60000);
});
