import ExcelJS from 'exceljs';
import { consolidate, validateReturns } from '../../src/core';
import { renderXlsx } from '../../src/adapters/xlsx';
import { LIMITS } from '../../src/adapters/xlsx/zip-package';
import { readReturnFile } from '../../src/adapters/xlsx/read-return';
import { buildCampaignWorkbooks, buildReportLayout } from '../../src/workbook';
import { smallCampaign, smallCampaignInput } from '../helpers/campaign';
import { Campaign } from '../../src/core';
import { fillReturn, rowsByCode } from '../helpers/fill-return';
import { sheet } from '../helpers/read-xlsx';
import { billionLaughs, hugeSheet, partText, partsOf, sheetPart, withParts, writeZip, zeroBomb } from './build';
import type { Part } from './build';
import { accepted, refusal } from './outcome';

/**
 * A corpus of broken, strange and hostile returns, each built here from a real fill-in file, each
 * with the one issue it must produce. How long each refusal takes is measured by `npm run bench`
 * (case `hostile`), never asserted here.
 */

const campaign = smallCampaign();
const built = buildCampaignWorkbooks(campaign);
const fillIn = built.fillIns.find((f) => f.unit.code === 'XA01');
if (!fillIn) throw new Error('no fill-in for XA01');

const ANSWERS = { TT01: 5, TT02: 120, TT03: 80, AS01: 10, AS04: 25, TC01: 2 } as const;

let filled: Uint8Array;
let parts: Part[];
let reportPart: string;

beforeAll(async () => {
  filled = await fillReturn(await renderXlsx(fillIn.layout), ANSWERS, { reporter: 'Nguyễn Thị Lan', phone: '0912345678' });
  parts = await partsOf(filled);
  reportPart = await sheetPart(filled, 'Báo cáo');
});

const read = (bytes: Uint8Array, name = 'hostile.xlsx') => readReturnFile(bytes, name);
const CONTENT_TYPES = '[Content_Types].xml';

describe('hostile returns: limits before parsing', () => {
  it('should refuse a zip bomb whose part declares 1 GB of zeros packed in 1 MB', async () => {
    const bomb = zeroBomb(1024);
    const bytes = writeZip(withParts(parts, [{ name: 'xl/media/image1.png', deflated: bomb, declaredSize: 1024 * 1024 * 1024 }]));
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const issue = refusal(await read(bytes));
    expect(issue.code).toBe('reader.zipBomb');
    expect(issue.params).toMatchObject({ part: 'xl/media/image1.png' });
  });

  it('should refuse a zip bomb that lies about its size, stopping as soon as it inflates past it', async () => {
    const bytes = writeZip(withParts(parts, [{ name: reportPart, deflated: zeroBomb(1024), declaredSize: 60_000 }]));
    const before = process.memoryUsage().rss;
    const issue = refusal(await read(bytes));
    expect(issue.code).toBe('reader.zipBomb');
    expect(issue.params).toMatchObject({ part: reportPart });
    // Inflating the whole gigabyte would show here; the reader stops after the first chunks.
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
  });

  it('should refuse a large part that lies about its size, streaming it and stopping past the size declared', async () => {
    const bytes = writeZip(withParts(parts, [{ name: reportPart, deflated: zeroBomb(1024), declaredSize: 2 * 1024 * 1024 }]));
    const issue = refusal(await read(bytes));
    expect(issue.code).toBe('reader.zipBomb');
  });

  it('should read a normal return and refuse a huge sheet where the platform has no DecompressionStream (jsdom, old browsers)', async () => {
    const saved = globalThis.DecompressionStream;
    Reflect.deleteProperty(globalThis, 'DecompressionStream');
    try {
      expect(accepted(await read(filled)).rows.length).toBeGreaterThan(0);
      expect(refusal(await read(writeZip(withParts(parts, [{ ...hugeSheet(20_000), name: reportPart }])))).code).toBe('reader.tooManyRows');
    } finally {
      globalThis.DecompressionStream = saved;
    }
  });

  it('should refuse parts that add up to more than the unpacked limit, each under the ratio limit', async () => {
    const mb = zeroBomb(1);
    const many = Array.from({ length: 101 }, (_, i) => ({ name: `xl/media/image${i + 1}.png`, deflated: mb, declaredSize: 1024 * 1024 }));
    const issue = refusal(await read(writeZip(withParts(parts, many))));
    expect(issue.code).toBe('reader.tooLarge');
    expect(Number(issue.params.size)).toBeGreaterThan(100);
  });

  it('should refuse an archive of more parts than a report could have', async () => {
    const many = Array.from({ length: LIMITS.parts + 1 }, (_, i) => ({ name: `xl/media/x${i}.bin`, data: 'x' }));
    const issue = refusal(await read(writeZip(withParts(parts, many))));
    expect(issue.code).toBe('reader.tooManyParts');
    expect(issue.params).toMatchObject({ parts: parts.length + LIMITS.parts + 1, limit: LIMITS.parts });
  });

  it('should refuse billion-laughs XML in the shared strings before any XML parser sees it', async () => {
    const bytes = writeZip(withParts(parts, [{ name: 'xl/sharedStrings.xml', data: billionLaughs('sst') }]));
    const issue = refusal(await read(bytes));
    expect(issue.code).toBe('reader.xmlEntities');
    expect(issue.params).toMatchObject({ part: 'xl/sharedStrings.xml' });
  });

  it('should refuse a DOCTYPE in a worksheet even with no entity in it', async () => {
    const xml = await partText(filled, reportPart);
    const bytes = writeZip(withParts(parts, [{ name: reportPart, data: xml.replace('?>', '?><!DOCTYPE worksheet>') }]));
    expect(refusal(await read(bytes)).code).toBe('reader.xmlEntities');
  });

  it('should refuse a sheet of 1,000,000 rows, counting rows as they inflate', async () => {
    const huge = hugeSheet(1_000_000);
    const bytes = writeZip(withParts(parts, [{ ...huge, name: reportPart }]));
    const issue = refusal(await read(bytes));
    expect(issue.code).toBe('reader.tooManyRows');
    expect(issue.params).toMatchObject({ sheet: 'Báo cáo', limit: LIMITS.sheetRows });
    expect(Number(issue.params.rows)).toBeGreaterThan(LIMITS.sheetRows);
  });

  it('should refuse a sheet wider than a report could be', async () => {
    const bytes = await fillReturn(filled, {}, {}, (wb) => {
      wb.addWorksheet('Rộng').getCell(1, LIMITS.sheetColumns + 1).value = 1;
    });
    const issue = refusal(await read(bytes));
    expect(issue.code).toBe('reader.tooManyColumns');
    expect(issue.params).toMatchObject({ sheet: 'Rộng', columns: LIMITS.sheetColumns + 1 });
  });
});

describe('hostile returns: damaged and disguised packages', () => {
  it('should refuse a truncated zip as damaged', async () => {
    const issue = refusal(await read(filled.subarray(0, Math.floor(filled.length * 0.6))));
    expect(issue.code).toBe('reader.corrupt');
  });

  it('should refuse a package without [Content_Types].xml as damaged', async () => {
    expect(refusal(await read(writeZip(withParts(parts, [], [CONTENT_TYPES])))).code).toBe('reader.corrupt');
  });

  it('should refuse a package whose content types declare a Word document as not a spreadsheet', async () => {
    const word = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
    const bytes = writeZip([{ name: CONTENT_TYPES, data: word }, { name: 'word/document.xml', data: '<w:document/>' }]);
    expect(refusal(await read(bytes)).code).toBe('reader.notSpreadsheet');
  });

  it('should refuse an .xlsm whose content type says macro-enabled', async () => {
    const types = (await partText(filled, CONTENT_TYPES)).replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml');
    const bytes = writeZip(withParts(parts, [{ name: CONTENT_TYPES, data: types }, { name: 'xl/vbaProject.bin', data: 'Attribute VB_Name' }]));
    expect(refusal(await read(bytes, 'bao-cao.xlsm')).code).toBe('reader.macroEnabled');
  });

  it('should attribute a macro-enabled copy only when every other check passes', async () => {
    const types = (await partText(filled, CONTENT_TYPES)).replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml');
    const macro = [{ name: CONTENT_TYPES, data: types }, { name: 'xl/vbaProject.bin', data: 'Attribute VB_Name' }];
    const attributed = await read(writeZip(withParts(parts, macro)), 'bao-cao.xlsm');
    expect(attributed.ok && attributed.value.refused === true && attributed.value.identity.unitCode).toBe('XA01');
    const xml = await partText(filled, reportPart);
    const hostile: Part[][] = [
      [{ name: reportPart, data: xml.replace('?>', '?><!DOCTYPE worksheet>') }],
      [{ name: reportPart, deflated: zeroBomb(1024), declaredSize: 60_000 }],
      [{ name: 'xl/vbaProject.bin', deflated: zeroBomb(2), declaredSize: 1024 }],
    ];
    for (const extra of hostile) {
      const result = await read(writeZip(withParts(parts, [...macro, ...extra])), 'bao-cao.xlsm');
      // Nothing of it is read once it fails a safety check: the refusal alone, whose file unknown.
      expect(result.ok).toBe(false);
      expect(refusal(result).code).toBe('reader.macroEnabled');
    }
  });

  it('should refuse a workbook linking to another file', async () => {
    const link = '<?xml version="1.0"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></externalLink>';
    const bytes = writeZip(withParts(parts, [{ name: 'xl/externalLinks/externalLink1.xml', data: link }]));
    expect(refusal(await read(bytes)).code).toBe('reader.externalLinks');
  });

  it('should refuse a DDE link part', async () => {
    const link = '<?xml version="1.0"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><ddeLink ddeService="cmd" ddeTopic="/C calc"/></externalLink>';
    const bytes = writeZip(withParts(parts, [{ name: 'xl/externalLinks/externalLink1.xml', data: link }]));
    expect(refusal(await read(bytes)).code).toBe('reader.dde');
  });

  it('should refuse a formula that calls another program through DDE', async () => {
    const bytes = await fillReturn(filled, {}, {}, (wb) => {
      const ws = sheet(wb, 'Báo cáo');
      const row = rowsByCode(ws).get('AS01') as number;
      ws.getCell(row, 5).value = { formula: "cmd|' /C calc'!A0", result: 0 };
    });
    expect(refusal(await read(bytes)).code).toBe('reader.dde');
  });

  it('should accept a bar inside a string literal of an ordinary formula', async () => {
    const bytes = await fillReturn(filled, {}, {}, (wb) => {
      const ws = sheet(wb, 'Báo cáo');
      ws.getCell(1, 20).value = { formula: 'LEN("a|b")', result: 3 };
    });
    accepted(await read(bytes));
  });
});

describe('hostile returns: odd but readable workbooks', () => {
  it('should read a 32,767-character answer whole, as Excel allows, and leave its length to validation', async () => {
    const long = 'Đ'.repeat(LIMITS.cellChars);
    const raw = accepted(await read(await fillReturn(filled, { DG01: long })));
    const row = raw.rows.find((r) => r.code === 'DG01');
    expect(row?.result.value).toBe(long);
    expect(raw.readIssues).toEqual([]);
    const checked = validateReturns(campaign, [raw]);
    expect(checked.issues.map((i) => i.code)).toContain('return.textTooLong');
  });

  it('should cut a cell longer than Excel allows to 32,767 characters, with a warning on that cell', async () => {
    const long = 'x'.repeat(LIMITS.cellChars + 5000);
    const raw = accepted(await read(await fillReturn(filled, { DG01: long })));
    const row = raw.rows.find((r) => r.code === 'DG01');
    expect(typeof row?.result.value === 'string' && row.result.value.length).toBe(LIMITS.cellChars);
    expect(raw.readIssues.map((i) => [i.code, i.severity, i.cell, i.indicator, i.params.length])).toEqual([['reader.cellTooLong', 'warning', row?.result.address, 'DG01', LIMITS.cellChars + 5000]]);
  });

  it('should refuse a workbook whose Báo cáo sheet was deleted, still saying whose it is', async () => {
    const bytes = await fillReturn(filled, {}, {}, (wb) => wb.removeWorksheet(sheet(wb, 'Báo cáo').id));
    const result = await read(bytes);
    if (!result.ok) throw new Error('expected a refused return that keeps its identity');
    expect(result.value).toMatchObject({ refused: true, rows: [], identity: { source: 'metadata', unitCode: 'XA01' } });
    expect(result.value.readIssues.map((i) => i.code)).toEqual(['reader.noReportSheet']);
  });

  it('should read an indicator table sorted in another order by code, value for value', async () => {
    const bytes = await fillReturn(filled, {}, {}, (wb) => {
      const ws = sheet(wb, 'Báo cáo');
      const rows = rowsByCode(ws);
      const numeric = ['TT01', 'TT02', 'TT03', 'AS01', 'AS04', 'TC01'].map((code) => rows.get(code) as number);
      const contents = numeric.map((r) => Array.from({ length: 6 }, (_, c) => ws.getCell(r, c + 1).value));
      [...numeric].reverse().forEach((r, i) => contents[i]?.forEach((v, c) => (ws.getCell(r, c + 1).value = v)));
    });
    const raw = accepted(await read(bytes));
    const values = Object.fromEntries(raw.rows.map((r) => [r.code, r.result.value]));
    expect(values).toMatchObject(ANSWERS);
    expect(raw.rows.map((r) => r.code).indexOf('TC01')).toBeLessThan(raw.rows.map((r) => r.code).indexOf('TT01'));
    expect(raw.readIssues).toEqual([]);
  });

  it('should warn about merged cells over answers and not read the covering value twice', async () => {
    const bytes = await fillReturn(filled, {}, {}, (wb) => {
      const ws = sheet(wb, 'Báo cáo');
      const rows = rowsByCode(ws);
      ws.mergeCells(rows.get('TT01') as number, 5, rows.get('TT03') as number, 5);
    });
    const raw = accepted(await read(bytes));
    expect(raw.readIssues.map((i) => [i.code, i.indicator])).toEqual([
      ['reader.mergedAnswer', 'TT02'],
      ['reader.mergedAnswer', 'TT03'],
    ]);
    expect(raw.rows.find((r) => r.code === 'TT02')?.result.value).toBeNull();
  });
});

describe('text from returns written to our workbooks', () => {
  const FORMULA_LIKE = ['=1+1', '+84912345678', '-5 buổi', '@SUM(A1:A2)', "=cmd|' /C calc'!A0", '=HYPERLINK("http://example.com","x")'];

  /** Every cell of every sheet whose text is one of `texts`, with its exceljs type. */
  async function cellsHolding(bytes: Uint8Array, texts: readonly string[]): Promise<{ text: string; type: ExcelJS.ValueType }[]> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
    const found: { text: string; type: ExcelJS.ValueType }[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.master !== cell) return;
          const v = cell.value;
          const formula = typeof v === 'object' && v !== null && 'formula' in v ? String(v.formula) : '';
          const text = typeof v === 'string' ? v : formula;
          const hit = texts.find((t) => text === t || text === t.slice(1) || (formula !== '' && t.includes(formula)));
          if (hit !== undefined) found.push({ text: hit, type: cell.type });
        }),
      ),
    );
    return found;
  }

  it('should write a unit name and contact beginning with = + - @ into the fill-in and master as text', async () => {
    const input = smallCampaignInput();
    const units = (input.units ?? []).map((u, i) => ({ ...u, name: FORMULA_LIKE[i] ?? u.name }));
    const hostileCampaign = Campaign.parse({ ...input, units });
    const workbooks = buildCampaignWorkbooks(hostileCampaign);
    const master = await cellsHolding(await renderXlsx(workbooks.master), FORMULA_LIKE);
    const unitFile = await cellsHolding(await renderXlsx(workbooks.fillIns[0]?.layout ?? fillIn.layout), FORMULA_LIKE);
    expect(master.length).toBeGreaterThan(0);
    expect(unitFile.length).toBeGreaterThan(0);
    for (const cell of [...master, ...unitFile]) expect(cell).toEqual({ text: cell.text, type: ExcelJS.ValueType.String });
  });

  it('should write a returned text answer beginning with = into the district report as text, never a formula', async () => {
    const answer = '=HYPERLINK("http://example.com","x")';
    const raw = accepted(await read(await fillReturn(filled, { DG01: answer })));
    const result = consolidate(campaign, validateReturns(campaign, [raw]), { includeErrors: true });
    const report = await renderXlsx(buildReportLayout({ campaign, consolidation: result, readAt: '2026-01-02T08:00:00Z', includeErrors: true }));
    const cells = await cellsHolding(report, [answer]);
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell.type).toBe(ExcelJS.ValueType.String);
  });
});
