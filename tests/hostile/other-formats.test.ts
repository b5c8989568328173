import { readReturnFile } from '../../src/adapters/xlsx/read-return';
import { openXls } from '../../src/adapters/xlsx/xls-workbook';
import { openOds } from '../../src/adapters/xlsx/ods-workbook';
import { rawValue } from '../../src/adapters/xlsx/cell-value';
import type { ModelWorkbook } from '../../src/adapters/xlsx/sheet-model';
import { LIMITS } from '../../src/adapters/xlsx/zip-package';
import { biffRecord, biffWorkbook, billionLaughs, hugeOdsContent, odsContent, odsNumber, odsParts, odsText, writeCfb, writeCfbMini, writeZip, zeroBomb } from './build';
import type { BiffSheet } from './build';
import { accepted, refusal } from './outcome';

/**
 * Broken and hostile .ods and .xls returns: the limits of .xlsx hold for them too (size, ratio,
 * parts, rows, columns, XML entities), and a compound file whose chains loop or whose sizes run
 * past the end of the file is damaged, never a hang or a crash.
 */

const cell = (workbook: ModelWorkbook, sheet: string, address: string) => {
  const ws = workbook.worksheets.find((w) => w.name === sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  return rawValue(ws.getCell(address));
};

const ROWS = `<table:table-row>${odsText('Mã')}${odsText('Kết quả')}</table:table-row><table:table-row>${odsText('TT01')}${odsNumber(5)}</table:table-row>`;

describe('hostile .ods returns', () => {
  const readOds = (content: Parameters<typeof odsParts>[0]) => readReturnFile(writeZip(odsParts(content)), 'hostile.ods');

  it('should read a small hand-written .ods, empty rows and columns repeated to the sheet edge included', async () => {
    const edge = `<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>`;
    const opened = await openOds(writeZip(odsParts(odsContent(`${ROWS}<table:table-row>${odsText('x', ' table:number-columns-repeated="2"')}<table:table-cell table:number-columns-repeated="16382"/></table:table-row>${edge}`))));
    if ('kind' in opened) throw new Error(`refused: ${opened.kind}`);
    expect([cell(opened.workbook, 'Báo cáo', 'A2'), cell(opened.workbook, 'Báo cáo', 'B2'), cell(opened.workbook, 'Báo cáo', 'B3'), cell(opened.workbook, 'Báo cáo', 'C3')]).toEqual(['TT01', 5, 'x', null]);
    // Not a fill-in of ours, but read for what it holds: no identity, the one row of its table.
    const read = accepted(await readOds(odsContent(ROWS)));
    expect(read.identity.source).toBe('none');
    expect(read.rows.map((r) => [r.code, r.result])).toEqual([['TT01', { address: 'B2', value: 5 }]]);
  });

  it('should refuse a zip bomb in content.xml: 1 GB of zeros packed in 1 MB', async () => {
    const issue = refusal(await readOds({ name: 'content.xml', deflated: zeroBomb(1024), declaredSize: 1024 * 1024 * 1024 }));
    expect(issue.code).toBe('reader.zipBomb');
    expect(issue.params).toMatchObject({ part: 'content.xml' });
  });

  it('should refuse a content.xml that lies about its size, stopping as soon as it inflates past it', async () => {
    const before = process.memoryUsage().rss;
    const issue = refusal(await readOds({ name: 'content.xml', deflated: zeroBomb(1024), declaredSize: 60_000 }));
    expect(issue.code).toBe('reader.zipBomb');
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
  });

  it('should refuse billion-laughs entities in content.xml before any XML parser sees them', async () => {
    const xml = billionLaughs('office:document-content');
    const issue = refusal(await readOds(xml));
    expect(issue.code).toBe('reader.xmlEntities');
    expect(issue.params).toMatchObject({ part: 'content.xml' });
  });

  it('should refuse a DOCTYPE in content.xml even with no entity in it', async () => {
    expect(refusal(await readOds(odsContent(ROWS).replace('?>', '?><!DOCTYPE office:document-content>'))).code).toBe('reader.xmlEntities');
  });

  it('should refuse a sheet of 300,000 rows, counting rows as they inflate', async () => {
    const issue = refusal(await readOds(hugeOdsContent(300_000)));
    expect(issue.code).toBe('reader.tooManyRows');
    expect(issue.params).toMatchObject({ sheet: 'Báo cáo', rows: LIMITS.sheetRows + 1, limit: LIMITS.sheetRows });
  });

  it('should refuse a row holding a value repeated a million times, without making a million rows', async () => {
    const issue = refusal(await readOds(odsContent(`${ROWS}<table:table-row table:number-rows-repeated="1000000">${odsNumber(1)}</table:table-row>`)));
    expect(issue.code).toBe('reader.tooManyRows');
  });

  it('should refuse a value repeated across every column of the sheet', async () => {
    const issue = refusal(await readOds(odsContent(`${ROWS}<table:table-row>${odsNumber(1, ' table:number-columns-repeated="16384"')}</table:table-row>`)));
    expect(issue.code).toBe('reader.tooManyColumns');
    expect(issue.params).toMatchObject({ sheet: 'Báo cáo', columns: LIMITS.sheetColumns + 1, limit: LIMITS.sheetColumns });
  });

  it('should cut a cell whose few bytes of text:s stand for a billion spaces, with a warning, never making them', async () => {
    const spaces = '<text:s text:c="1000000000"/>'.repeat(1000);
    const rows = `<table:table-row>${odsText('Mã')}${odsText('Kết quả')}</table:table-row><table:table-row>${odsText('TT01')}${odsText(spaces)}</table:table-row>`;
    const read = accepted(await readOds(odsContent(rows)));
    const result = read.rows[0]?.result.value;
    expect(typeof result === 'string' && result.length).toBe(LIMITS.cellChars);
    // The hand-written table has only Mã and Kết quả: the other columns are said to be missing.
    expect(read.readIssues.filter((i) => i.code !== 'reader.columnMissing').map((i) => [i.code, i.cell, i.params.length])).toEqual([['reader.cellTooLong', 'B2', 2 * LIMITS.cellChars + 1]]);
  });

  it('should refuse more parts than a report could have, and parts adding up past the unpacked limit', async () => {
    const many = Array.from({ length: LIMITS.parts + 1 }, (_, i) => ({ name: `Pictures/x${i}.png`, data: 'x' }));
    expect(refusal(await readReturnFile(writeZip([...odsParts(odsContent(ROWS)), ...many]), 'a.ods')).code).toBe('reader.tooManyParts');
    const mb = zeroBomb(1);
    const big = Array.from({ length: 101 }, (_, i) => ({ name: `Pictures/p${i}.png`, deflated: mb, declaredSize: 1024 * 1024 }));
    expect(refusal(await readReturnFile(writeZip([...odsParts(odsContent(ROWS)), ...big]), 'a.ods')).code).toBe('reader.tooLarge');
    const sheets = odsContent(ROWS).replace('</office:spreadsheet>', `${'<table:table table:name="x"/>'.repeat(LIMITS.parts)}</office:spreadsheet>`);
    expect(refusal(await readOds(sheets))).toMatchObject({ code: 'reader.tooManyParts', params: { parts: LIMITS.parts + 1 } });
  });

  it('should refuse a password-protected .ods as encrypted, not damaged', async () => {
    const parts = odsParts({ name: 'content.xml', data: new Uint8Array(512).map((_, i) => (i * 37) % 251) });
    const manifest = parts.find((p) => p.name === 'META-INF/manifest.xml') as { name: string; data: string };
    const encrypted = manifest.data.replace('manifest:media-type="text/xml"/>', 'manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AA=="/></manifest:file-entry>');
    expect(encrypted).not.toBe(manifest.data);
    expect(refusal(await readReturnFile(writeZip(parts.map((p) => (p === manifest ? { name: p.name, data: encrypted } : p))), 'a.ods')).code).toBe('reader.encrypted');
  });

  it('should refuse LibreOffice Basic macros, DDE links and sheets linked to other files', async () => {
    const basic = { name: 'Basic/Standard/Module1.xml', data: '<script:module/>' };
    expect(refusal(await readReturnFile(writeZip([...odsParts(odsContent(ROWS)), basic]), 'a.ods')).code).toBe('reader.macroEnabled');
    const dde = odsContent(ROWS).replace('<office:body>', '<office:body><table:dde-links><table:dde-link><office:dde-source office:dde-application="cmd" office:dde-topic="/C calc" office:dde-item="x"/></table:dde-link></table:dde-links>');
    expect(refusal(await readOds(dde)).code).toBe('reader.dde');
    const linked = odsContent(ROWS).replace('</table:table>', '<table:table-source xlink:href="file:///etc/passwd" xmlns:xlink="http://www.w3.org/1999/xlink"/></table:table>');
    expect(refusal(await readOds(linked)).code).toBe('reader.externalLinks');
    const ddeFormula = (formula: string) => odsContent(`${ROWS}<table:table-row><table:table-cell table:formula="${formula}" office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell></table:table-row>`);
    expect(refusal(await readOds(ddeFormula('of:=DDE(&quot;cmd&quot;;&quot;/C calc&quot;;&quot;A0&quot;)'))).code).toBe('reader.dde');
    accepted(await readOds(ddeFormula('of:=LEN(&quot;DDE(x)&quot;)')));
  });

  it('should refuse content.xml that is not well formed, or cut short, as damaged', async () => {
    expect(refusal(await readOds(odsContent(ROWS).replace('<table:table-row>', '<table:table-row><x:y>'))).code).toBe('reader.corrupt');
    expect(refusal(await readOds(odsContent(ROWS).slice(0, 400))).code).toBe('reader.corrupt');
    expect(refusal(await readReturnFile(writeZip(odsParts(odsContent(ROWS)).filter((p) => p.name !== 'content.xml')), 'a.ods')).code).toBe('reader.corrupt');
  });
});

const SHEETS: BiffSheet[] = [
  {
    name: 'Báo cáo',
    cells: [
      [0, 0, 'Mã'],
      [0, 1, 'Kết quả'],
      [1, 0, 'TT01'],
      [1, 1, 5],
    ],
  },
];

describe('hostile .xls returns', () => {
  const workbook = () => biffWorkbook(SHEETS);
  const xls = (data = workbook()) => writeCfb([{ name: 'Workbook', data }]);
  const damaged = (edit: (view: DataView, layout: ReturnType<typeof xls>) => void, data?: Buffer) => {
    const layout = xls(data);
    edit(new DataView(layout.bytes.buffer, layout.bytes.byteOffset, layout.bytes.byteLength), layout);
    return readReturnFile(layout.bytes, 'hostile.xls');
  };

  it('should read a small hand-written .xls', async () => {
    const opened = openXls(xls().bytes);
    if ('kind' in opened) throw new Error(`refused: ${opened.kind}`);
    expect([cell(opened.workbook, 'Báo cáo', 'A2'), cell(opened.workbook, 'Báo cáo', 'B2')]).toEqual(['TT01', 5]);
    const read = accepted(await readReturnFile(xls().bytes, 'a.xls'));
    expect(read.rows.map((r) => [r.code, r.result])).toEqual([['TT01', { address: 'B2', value: 5 }]]);
  });

  it('should read a workbook small enough to live in the mini stream, and refuse one whose mini chain loops', async () => {
    const small = workbook();
    expect(small.length).toBeLessThan(4096);
    expect(accepted(await readReturnFile(writeCfbMini('Workbook', small).bytes, 'a.xls')).rows.map((r) => r.code)).toEqual(['TT01']);
    const looping = writeCfbMini('Workbook', small);
    new DataView(looping.bytes.buffer).setUint32(looping.miniFatEntry(1), 0, true);
    expect(refusal(await readReturnFile(looping.bytes, 'a.xls')).code).toBe('reader.corrupt');
  });

  it('should refuse a stream whose sector chain comes back on itself', async () => {
    const issue = refusal(await damaged((view, { fatEntry, starts }) => view.setUint32(fatEntry((starts[0] as number) + 3), starts[0] as number, true)));
    expect(issue.code).toBe('reader.corrupt');
  });

  it('should refuse a directory whose chain comes back on itself', async () => {
    expect(refusal(await damaged((view, { fatEntry }) => view.setUint32(fatEntry(1), 1, true))).code).toBe('reader.corrupt');
  });

  it('should refuse a chain that points past the end of the file', async () => {
    expect(refusal(await damaged((view, { fatEntry, starts }) => view.setUint32(fatEntry(starts[0] as number), 100_000, true))).code).toBe('reader.corrupt');
  });

  it('should refuse a stream whose size runs past its chain and the end of the file', async () => {
    expect(refusal(await damaged((view, { directoryEntry }) => view.setUint32(directoryEntry(1) + 0x78, 10 * 1024 * 1024, true))).code).toBe('reader.corrupt');
  });

  it('should refuse a file claiming more FAT sectors than it holds, or a FAT sector past its end', async () => {
    expect(refusal(await damaged((view) => view.setUint32(0x2c, 5000, true))).code).toBe('reader.corrupt');
    expect(refusal(await damaged((view) => view.setUint32(0x4c, 5000, true))).code).toBe('reader.corrupt');
  });

  it('should refuse a file cut short', async () => {
    const { bytes } = xls();
    expect(refusal(await readReturnFile(bytes.subarray(0, bytes.length - 2000), 'a.xls')).code).toBe('reader.corrupt');
  });

  it('should refuse BIFF records that run past the stream, and a shared string that is not there', async () => {
    const cut = workbook();
    cut.writeUInt16LE(8000, cut.indexOf(Buffer.from([0x0a, 0x00, 0x00, 0x00]), 4) + 2);
    expect(refusal(await readReturnFile(xls(cut).bytes, 'a.xls')).code).toBe('reader.corrupt');
    const missing = biffWorkbook([{ name: 'Báo cáo', cells: [], extra: [biffRecord(0x00fd, Buffer.from([0, 0, 0, 0, 15, 0, 99, 0, 0, 0]))] }]);
    expect(refusal(await readReturnFile(xls(missing).bytes, 'a.xls')).code).toBe('reader.corrupt');
  });

  it('should refuse a sheet longer or wider than a report could be', async () => {
    const long = refusal(await readReturnFile(xls(biffWorkbook([{ name: 'Dài', cells: [[LIMITS.sheetRows, 0, 1]] }])).bytes, 'a.xls'));
    expect(long).toMatchObject({ code: 'reader.tooManyRows', params: { sheet: 'Dài', rows: LIMITS.sheetRows + 1 } });
    const wide = refusal(await readReturnFile(xls(biffWorkbook([{ name: 'Rộng', cells: [[0, LIMITS.sheetColumns, 1]] }])).bytes, 'a.xls'));
    expect(wide).toMatchObject({ code: 'reader.tooManyColumns', params: { sheet: 'Rộng', columns: LIMITS.sheetColumns + 1 } });
  });

  it('should refuse more sheets than an .xlsx could have parts', async () => {
    const many = biffWorkbook(Array.from({ length: LIMITS.parts + 1 }, (_, i) => ({ name: `S${i}`, cells: [] })));
    const bytes = writeCfb([{ name: 'Workbook', data: many }]).bytes;
    expect(refusal(await readReturnFile(bytes, 'a.xls'))).toMatchObject({ code: 'reader.tooManyParts', params: { parts: LIMITS.parts + 1 } });
  });

  it('should refuse a VBA project, an encrypted workbook and a link to another file', async () => {
    const vba = writeCfb([{ name: 'Workbook', data: workbook() }, { name: '_VBA_PROJECT_CUR', data: Buffer.from('x') }]);
    expect(refusal(await readReturnFile(vba.bytes, 'a.xls')).code).toBe('reader.macroEnabled');
    const filepass = biffWorkbook(SHEETS, [biffRecord(0x002f, [0, 0])]);
    expect(refusal(await readReturnFile(xls(filepass).bytes, 'a.xls')).code).toBe('reader.encrypted');
    const link = Buffer.concat([Buffer.from([1, 0, 9, 0, 0]), Buffer.from('C:\\a.xls', 'latin1')]);
    const external = biffWorkbook(SHEETS, [biffRecord(0x01ae, link)]);
    expect(refusal(await readReturnFile(xls(external).bytes, 'a.xls')).code).toBe('reader.externalLinks');
  });

  it('should take a SupBook naming no file (same-sheet 0x00, unused 0x20, as Excel 2011 writes) for no link', async () => {
    for (const char of [0x00, 0x20]) accepted(await readReturnFile(xls(biffWorkbook(SHEETS, [biffRecord(0x01ae, [1, 0, 1, 0, 0, char])])).bytes, 'a.xls'));
    const oneLetter = biffWorkbook(SHEETS, [biffRecord(0x01ae, [1, 0, 1, 0, 0, 0x41])]);
    expect(refusal(await readReturnFile(xls(oneLetter).bytes, 'a.xls')).code).toBe('reader.externalLinks');
  });

  it('should refuse a file larger than a report could be before reading it', async () => {
    const bytes = new Uint8Array(LIMITS.fileBytes + 1);
    bytes.set(xls().bytes);
    expect(refusal(await readReturnFile(bytes, 'a.xls')).code).toBe('reader.tooLarge');
  });
});
