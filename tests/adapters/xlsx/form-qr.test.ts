/**
 * The fill-in's Hướng dẫn sheet carries the phone form page's address as a link and its QR code
 * as a picture (issue 17, point 5). The code is read back with jsQR, an independent decoder: from
 * the PNG in the package (decoded by pngjs) and from LibreOffice's printed page (pdftoppm's
 * greyscale raster). The form, its fingerprint and the reader are the same with or without it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { validateReturns } from '../../../src/core';
import { renderXlsx } from '../../../src/adapters/xlsx';
import { readReturnFile } from '../../../src/adapters/xlsx/read-return';
import { buildCampaignWorkbooks, expectedFingerprints } from '../../../src/workbook';
import type { FillInLayout } from '../../../src/workbook';
import { smallCampaign } from '../../helpers/campaign';
import { fillReturn } from '../../helpers/fill-return';
import { PDFTOTEXT, SOFFICE, sofficeConvert } from '../../helpers/libreoffice';
import { loadWorkbook, sheet } from '../../helpers/read-xlsx';
import { describeWith, needsCommand } from '../../helpers/requires';

const PDFTOPPM = needsCommand('pdftoppm', 'poppler-utils');
const FORM_URL = 'https://ldld-hoathanh.example.vn/danvan/dien-bao-cao.html';
const GUIDE = 'Hướng dẫn';

const campaign = smallCampaign();
const withQr = buildCampaignWorkbooks(campaign, { formUrl: FORM_URL });
const without = buildCampaignWorkbooks(campaign);
const layoutOf = (built: typeof withQr, code: string): FillInLayout => {
  const found = built.fillIns.find((f) => f.unit.code === code);
  if (found === undefined) throw new Error(`no fill-in for ${code}`);
  return found.layout;
};

function decodeRgba(data: Uint8Array | Uint8ClampedArray, width: number, height: number): string | undefined {
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), width, height)?.data;
}

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await renderXlsx(layoutOf(withQr, 'XA01'));
});

describe('the fill-in’s QR code and address', () => {
  it('should put one PNG in the package whose code reads back as the form’s address', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const media = zip.file(/^xl\/media\//).map((f) => f.name);
    expect(media).toHaveLength(1);
    const png = PNG.sync.read(Buffer.from(await (zip.file(media[0] as string) as JSZip.JSZipObject).async('uint8array')));
    expect(decodeRgba(png.data, png.width, png.height)).toBe(FORM_URL);
  });

  it('should anchor the picture at B7 of Hướng dẫn under the address, a link in B6, and leave the other sheets without drawings', async () => {
    const wb = await loadWorkbook(bytes);
    const guide = sheet(wb, GUIDE);
    expect(guide.getCell('A4').value).toBe('Điền trên điện thoại');
    expect(guide.getCell('B6').value).toEqual({ text: FORM_URL, hyperlink: FORM_URL });
    const images = guide.getImages();
    expect(images).toHaveLength(1);
    expect([images[0]?.range.tl.nativeCol, images[0]?.range.tl.nativeRow]).toEqual([1, 6]);
    for (const other of wb.worksheets.filter((ws) => ws.name !== GUIDE)) expect(other.getImages()).toEqual([]);
    // Named and described for screen readers, as the Office.js edge does (exceljs writes "Picture 1" and no description).
    const drawing = (await (await JSZip.loadAsync(bytes)).file('xl/drawings/drawing1.xml')?.async('string')) ?? '';
    expect(drawing).toContain(`<xdr:cNvPr id="1" name="QR" descr="Mã QR mở trang điền báo cáo trên điện thoại: ${FORM_URL}"`);
    // The steps follow the phone block: their heading moved from row 4 to row 9.
    expect(guide.getCell('A9').value).toBe('Các bước');
  });

  it('should leave the form, its fingerprint and what the reader reads unchanged', async () => {
    const a = layoutOf(withQr, 'XA01');
    const b = layoutOf(without, 'XA01');
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.sheets.filter((s) => s.name !== GUIDE)).toEqual(b.sheets.filter((s) => s.name !== GUIDE));
    const plain = (await readReturnFile(await renderXlsx(b), 'XA01.xlsx')) as { ok: true; value: unknown };
    const read = await readReturnFile(bytes, 'XA01.xlsx');
    if (!read.ok || !plain.ok) throw new Error('unreadable fill-in');
    expect({ ...read.value, sha256: '' }).toEqual({ ...(plain.value as object), sha256: '' });
  });

  it('should read, filled in, with its answers and no tamper finding', async () => {
    const filled = await fillReturn(bytes, { TT01: 4, TT02: 250 }, { reporter: 'Nguyễn Thị Lan', phone: '0912345678', reportDate: { date: '2025-12-31' } });
    const read = await readReturnFile(filled, 'XA01.xlsx');
    if (!read.ok) throw new Error('unreadable return');
    expect(read.value.computedFingerprint).toBe(read.value.identity.fingerprint);
    const result = validateReturns(campaign, [read.value], [], { expectedFingerprints: expectedFingerprints(campaign) });
    expect(result.issues.map((i) => i.code)).not.toContain('return.tampered');
    expect(read.value.rows.find((r) => r.code === 'TT01')?.result.value).toBe(4);
  });
});

/** A binary PGM (P5) as pdftoppm -gray writes it: grey bytes after a three-field header. */
function readPgm(file: string): { width: number; height: number; grey: Uint8Array } {
  const data = readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (header === null) throw new Error(`${file} is not a binary PGM`);
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, grey: data.subarray(header[0].length, header[0].length + width * height) };
}

describeWith([SOFFICE, PDFTOTEXT, PDFTOPPM], 'the fill-in’s guide printed by LibreOffice', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'danvan-qr-'));
    writeFileSync(join(dir, 'XA01.xlsx'), bytes);
    sofficeConvert(join(dir, 'XA01.xlsx'), 'pdf', dir);
  }, 120000);

  it('should print the address and a QR code that reads back as it on the first page', () => {
    const pdf = join(dir, 'XA01.pdf');
    const words = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(words).toContain('Điền trên điện thoại');
    expect(words).toContain(FORM_URL);
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '110', '-gray', pdf, join(dir, 'page')]);
    const { width, height, grey } = readPgm(join(dir, 'page-1.pgm'));
    const rgba = new Uint8ClampedArray(width * height * 4);
    grey.forEach((v, i) => rgba.set([v, v, v, 255], i * 4));
    expect(decodeRgba(rgba, width, height)).toBe(FORM_URL);
  }, 60000);
});
