import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import fc from 'fast-check';
import JSZip from 'jszip';
import type ExcelJS from 'exceljs';
import { describeIssue } from '../../../src/core';
import type { Issue, RawReturn, RawValue, Result } from '../../../src/core';
import { renderXlsx } from '../../../src/adapters/xlsx';
import { readReturnFile } from '../../../src/adapters/xlsx/read-return';
import { buildCampaignWorkbooks } from '../../../src/workbook';
import { smallCampaign } from '../../helpers/campaign';
import { fillReturn, insertColumn, insertRows, rowsByCode } from '../../helpers/fill-return';
import type { FillValue } from '../../helpers/fill-return';
import { SOFFICE, sofficeConvert } from '../../helpers/libreoffice';
import { describeWith } from '../../helpers/requires';
import { sheet } from '../../helpers/read-xlsx';

const campaign = smallCampaign();
const built = buildCampaignWorkbooks(campaign);
const fillIn = built.fillIns.find((f) => f.unit.code === 'XA01');
if (!fillIn) throw new Error('no fill-in for XA01');
const layout = fillIn.layout;

const CODES = ['TT01', 'TT02', 'TT03', 'AS01', 'AS02', 'AS03', 'AS04', 'AS05', 'AS06', 'TC01', 'TC02', 'TC03', 'NT01', 'DG01'];

const ANSWERS: Record<string, FillValue> = {
  TT01: 5,
  TT02: 120,
  TT03: 80,
  AS01: 10,
  AS02: 2.5,
  AS03: 'Có',
  AS04: 25,
  AS06: 150.5,
  TC01: 2,
  TC02: 'Hoàn thành tốt nhiệm vụ',
  NT01: { date: '2025-12-20' },
  DG01: 'Đơn vị tổ chức tốt các buổi tuyên truyền.',
};
const HEADER = { reporter: 'Nguyễn Thị Lan', phone: '0912345678', reportDate: { date: '2025-12-31' } };

let template: Uint8Array;
let filled: Uint8Array;

beforeAll(async () => {
  template = await renderXlsx(layout);
  filled = await fillReturn(template, ANSWERS, HEADER);
});

function expectOk(result: Result<RawReturn, Issue[]>): RawReturn {
  if (!result.ok) throw new Error(`expected a return, got ${result.error.map((i) => describeIssue(i)).join(' | ')}`);
  return result.value;
}

function expectFailure(result: Result<RawReturn, Issue[]>): Issue {
  if (result.ok) throw new Error('expected issues, got a return');
  expect(result.error).toHaveLength(1);
  const issue = result.error[0] as Issue;
  expect(issue.severity).toBe('error');
  return issue;
}

/** A file refused yet still saying whose it is: a return marked refused, its one error, no figures. */
function expectRefusedOf(result: Result<RawReturn, Issue[]>, unitCode: string): RawReturn {
  if (!result.ok) throw new Error(`expected a refused return, got ${result.error.map((i) => i.code).join(', ')}`);
  expect(result.value).toMatchObject({ refused: true, rows: [], identity: { unitCode, source: 'metadata' } });
  expect(result.value.readIssues.map((i) => i.severity)).toEqual(['error']);
  return result.value;
}

const valuesByCode = (raw: RawReturn): Record<string, RawValue> => Object.fromEntries(raw.rows.map((r) => [r.code, r.result.value]));
const row = (raw: RawReturn, code: string) => {
  const found = raw.rows.find((r) => r.code === code);
  if (!found) throw new Error(`no row ${code}`);
  return found;
};
const edit = async (mutate: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void, answers = ANSWERS) =>
  fillReturn(template, answers, HEADER, (wb) => mutate(sheet(wb, 'Báo cáo'), wb));

/** A compound file (OLE2) with a valid header, one FAT sector and one directory sector. */
function compoundFile(names: readonly string[]): Uint8Array {
  const bytes = new Uint8Array(512 * 3);
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory in sector 1
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, 0xfffffffe, true);
  view.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i += 1) view.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  for (let i = 0; i < 128; i += 1) view.setUint32(512 + i * 4, i === 0 ? 0xfffffffd : i === 1 ? 0xfffffffe : 0xffffffff, true);
  ['Root Entry', ...names].slice(0, 4).forEach((name, i) => {
    const at = 1024 + i * 128;
    for (let c = 0; c < name.length; c += 1) view.setUint16(at + c * 2, name.charCodeAt(c), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    view.setUint8(at + 0x42, i === 0 ? 5 : 2);
  });
  return bytes;
}

/** Deterministic noise, so a failure can be replayed. */
function noise(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

async function rezip(bytes: Uint8Array, change: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await change(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('readReturnFile: a filled-in return', () => {
  it('should read values, header, identity and a fingerprint that matches the embedded one', async () => {
    const raw = expectOk(await readReturnFile(filled, 'XA01.xlsx'));
    expect(raw.file).toBe('XA01.xlsx');
    expect(raw.sha256).toBe(bytesToHex(sha256(filled)));
    expect(raw.sheet).toBe('Báo cáo');
    expect(raw.identity).toEqual({ campaignId: campaign.id, unitCode: 'XA01', templateVersion: 1, fingerprint: layout.fingerprint, source: 'metadata', campaignTitle: campaign.title, organization: 'Liên đoàn Lao động huyện Hòa Thành' });
    expect(raw.computedFingerprint).toBe(raw.identity.fingerprint);
    expect(raw.header).toEqual({
      unitName: { address: 'C5', value: 'CĐCS xã Trường Hòa' },
      unitCode: { address: 'C6', value: 'XA01' },
      reporter: { address: 'C8', value: 'Nguyễn Thị Lan' },
      phone: { address: 'F8', value: '0912345678' },
      reportDate: { address: 'C9', value: { date: '2025-12-31' } },
      round: { address: 'F9', value: 'Báo cáo kết thúc đợt' },
    });
    expect(raw.rows.map((r) => r.code)).toEqual(CODES);
    expect(valuesByCode(raw)).toEqual({
      TT01: 5,
      TT02: 120,
      TT03: 80,
      AS01: 10,
      AS02: 2.5,
      AS03: 'Có',
      AS04: 25,
      AS05: null,
      AS06: 150.5,
      TC01: 2,
      TC02: 'Hoàn thành tốt nhiệm vụ',
      TC03: 'Tính khi tổng hợp',
      NT01: { date: '2025-12-20' },
      DG01: 'Đơn vị tổ chức tốt các buổi tuyên truyền.',
    });
    expect(row(raw, 'TT01')).toEqual({
      code: 'TT01',
      label: 'Số buổi tuyên truyền (*)',
      measure: 'buổi',
      target: '3',
      result: { address: layout.answerCells.get('TT01'), value: 5 },
      note: { address: layout.answerCells.get('TT01')?.replace('E', 'F'), value: null },
    });
    expect(row(raw, 'AS05').result).toMatchObject({ formula: true });
    expect(row(raw, 'AS05').target).toBe('≥ 90%');
    expect(row(raw, 'DG01').note).toEqual({ address: layout.answerCells.get('DG01')?.replace('E', 'F'), value: null });
    expect(raw.readIssues).toEqual([]);
  });

  it('should read an empty form as empty answers, not as an error', async () => {
    const raw = expectOk(await readReturnFile(template, 'XA01.xlsx'));
    expect(raw.rows.filter((r) => r.result.value !== null).map((r) => r.code)).toEqual(['TC03']);
    expect(raw.header.reporter).toEqual({ address: 'C8', value: null });
    expect(raw.computedFingerprint).toBe(layout.fingerprint);
  });

  it('should read a note, a hyperlink as its text, rich text joined, an error value as its text and booleans', async () => {
    const bytes = await edit(
      (ws) => {
        const rows = rowsByCode(ws);
        ws.getCell(rows.get('TT01') ?? 0, 6).value = { text: 'xem ảnh', hyperlink: 'https://zalo.me/abc' };
        ws.getCell(rows.get('TT02') ?? 0, 6).value = { richText: [{ text: 'Gồm ' }, { font: { bold: true }, text: 'CNLĐ' }] };
        ws.getCell('C8').value = { richText: [{ text: 'Trần ' }, { text: 'Văn Bình' }] };
      },
      { ...ANSWERS, TT03: { error: '#N/A' }, AS03: true, AS01: 0 },
    );
    const raw = expectOk(await readReturnFile(bytes, 'XA01.xlsx'));
    expect(row(raw, 'TT01').note.value).toBe('xem ảnh');
    expect(row(raw, 'TT02').note.value).toBe('Gồm CNLĐ');
    expect(raw.header.reporter?.value).toBe('Trần Văn Bình');
    expect(valuesByCode(raw)).toMatchObject({ TT03: '#N/A', AS03: true, AS01: 0 });
  });

  it('should read a formula answer as its cached result, marked as a formula, never evaluated', async () => {
    const bytes = await fillReturn(template, { ...ANSWERS, TT02: { formula: 'SUM(100,20)', result: 120 }, AS01: { formula: 'SUM(1,1)', result: 999 } }, HEADER);
    const raw = expectOk(await readReturnFile(bytes, 'XA01.xlsx'));
    expect(row(raw, 'TT02').result).toEqual({ address: layout.answerCells.get('TT02'), value: 120, formula: true });
    expect(row(raw, 'AS01').result).toEqual({ address: layout.answerCells.get('AS01'), value: 999, formula: true });
  });

  it('should read a date answer as its calendar day, whatever the time zone', async () => {
    const bytes = await fillReturn(template, { NT01: { date: '2025-12-16' }, TT01: new Date(Date.UTC(2025, 11, 30, 23, 59, 0)) }, { reportDate: { date: '2026-01-02' } });
    const raw = expectOk(await readReturnFile(bytes, 'XA01.xlsx'));
    expect(row(raw, 'NT01').result.value).toEqual({ date: '2025-12-16' });
    expect(raw.header.reportDate?.value).toEqual({ date: '2026-01-02' });
    // TT01 is a number cell: the serial number is what Excel stores.
    expect(typeof row(raw, 'TT01').result.value).toBe('number');
  });

  it('should keep text that looks like a formula as text', async () => {
    const bytes = await fillReturn(template, { TT01: '=1+1', TT02: '+84 912 345 678', TT03: '-5', AS03: '@Có', DG01: '=HYPERLINK("http://x","bấm")' }, { reporter: '=cmd|" /C calc"!A0' });
    const raw = expectOk(await readReturnFile(bytes, 'XA01.xlsx'));
    expect(valuesByCode(raw)).toMatchObject({ TT01: '=1+1', TT02: '+84 912 345 678', TT03: '-5', AS03: '@Có', DG01: '=HYPERLINK("http://x","bấm")' });
    expect(row(raw, 'TT01').result.formula).toBeUndefined();
    expect(raw.header.reporter).toEqual({ address: 'C8', value: '=cmd|" /C calc"!A0' });
  });
});

describe('readReturnFile: a form the unit has changed', () => {
  it('should find the table and the header block below rows inserted above them', async () => {
    const bytes = await edit((ws) => insertRows(ws, 4, 3));
    const raw = expectOk(await readReturnFile(bytes, 'XA01.xlsx'));
    expect(raw.header.reporter).toEqual({ address: 'C11', value: 'Nguyễn Thị Lan' });
    expect(raw.header.unitCode).toEqual({ address: 'C9', value: 'XA01' });
    expect(row(raw, 'TT01').result).toEqual({ address: 'E16', value: 5 });
    expect(valuesByCode(raw)).toMatchObject({ TT02: 120, NT01: { date: '2025-12-20' } });
    expect(raw.computedFingerprint).toBe(raw.identity.fingerprint);
    expect(raw.readIssues).toEqual([]);
  });

  it('should read a renamed report sheet and warn that it was renamed', async () => {
    const bytes = await edit((ws) => {
      ws.name = 'BC đợt II';
    });
    const raw = expectOk(await readReturnFile(bytes, 'XA01.xlsx'));
    expect(raw.sheet).toBe('BC đợt II');
    expect(valuesByCode(raw)).toMatchObject({ TT01: 5 });
    expect(raw.readIssues.map((i) => [i.severity, i.code, i.sheet, i.unit])).toEqual([['warning', 'reader.sheetRenamed', 'BC đợt II', 'XA01']]);
    expect(describeIssue(raw.readIssues[0] as Issue)).toBe(
      'Trang "Báo cáo" đã bị đổi tên thành "BC đợt II"; số liệu được đọc từ trang này. Hãy mở tệp xem lại, và nhắc đơn vị không đổi tên trang.',
    );
  });

  it('should read through hidden columns', async () => {
    const bytes = await edit((ws) => {
      for (const c of [1, 3, 4, 6]) ws.getColumn(c).hidden = true;
    });
    const raw = expectOk(await readReturnFile(bytes, 'XA01.xlsx'));
    expect(raw.rows.map((r) => r.code)).toEqual(CODES);
    expect(valuesByCode(raw)).toMatchObject({ TT01: 5, AS02: 2.5 });
    expect(raw.computedFingerprint).toBe(raw.identity.fingerprint);
    expect(raw.readIssues).toEqual([]);
  });

  it('should locate columns by header text when a column is inserted between Nội dung and ĐVT', async () => {
    const bytes = await edit((ws) => insertColumn(ws, 3));
    const raw = expectOk(await readReturnFile(bytes, 'XA01.xlsx'));
    expect(row(raw, 'TT01')).toMatchObject({ measure: 'buổi', target: '3', result: { address: 'F13', value: 5 }, note: { address: 'G13', value: null } });
    expect(raw.header.reporter).toEqual({ address: 'D8', value: 'Nguyễn Thị Lan' });
    expect(raw.header.phone).toEqual({ address: 'G8', value: '0912345678' });
    expect(raw.computedFingerprint).toBe(raw.identity.fingerprint);
    expect(raw.readIssues).toEqual([]);
  });

  it('should fall back to the header block when the _danvan sheet was deleted', async () => {
    const bytes = await edit((_ws, wb) => wb.removeWorksheet(sheet(wb, '_danvan').id));
    const raw = expectOk(await readReturnFile(bytes, 'XA01.xlsx'));
    expect(raw.identity).toEqual({ campaignId: '', unitCode: 'XA01', templateVersion: null, fingerprint: '', source: 'header' });
    expect(raw.computedFingerprint).toBe('');
    expect(valuesByCode(raw)).toMatchObject({ TT01: 5 });
  });

  it('should report no identity when both the _danvan sheet and the unit code label are gone', async () => {
    const bytes = await edit((ws, wb) => {
      wb.removeWorksheet(sheet(wb, '_danvan').id);
      ws.getCell('B6').value = null;
    });
    const raw = expectOk(await readReturnFile(bytes, 'XA01.xlsx'));
    expect(raw.identity.source).toBe('none');
    expect(raw.header.unitCode).toBeNull();
  });

  it('should expose both fingerprints when a locked label was edited', async () => {
    const bytes = await edit((ws) => {
      ws.getCell(rowsByCode(ws).get('TT01') ?? 0, 2).value = 'Số buổi tuyên truyền miệng';
    });
    const raw = expectOk(await readReturnFile(bytes, 'XA01.xlsx'));
    expect(row(raw, 'TT01').label).toBe('Số buổi tuyên truyền miệng');
    expect(raw.identity.fingerprint).toBe(layout.fingerprint);
    expect(raw.computedFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(raw.computedFingerprint).not.toBe(raw.identity.fingerprint);
  });

  it('should warn about an answer cell covered by a merge and not copy the covering value into it', async () => {
    const answer = layout.answerCells.get('TT01') ?? '';
    const target = answer.replace('E', 'D');
    const bytes = await edit((ws) => ws.mergeCells(`${target}:${answer}`));
    const raw = expectOk(await readReturnFile(bytes, 'XA01.xlsx'));
    expect(row(raw, 'TT01').result).toEqual({ address: answer, value: null });
    expect(raw.readIssues.map((i) => [i.severity, i.code, i.cell, i.indicator])).toEqual([['warning', 'reader.mergedAnswer', answer, 'TT01']]);
    expect(describeIssue(raw.readIssues[0] as Issue)).toBe(
      `Trang "Báo cáo", ô ${answer}: ô này đã bị gộp (merge) vào ô ${target}, nên nội dung gõ vào vùng gộp nằm ở ô ${target} chứ không ở ô này; ô này được coi là để trống. Hãy mở tệp kiểm tra, bỏ gộp ô và đề nghị đơn vị điền lại nếu cần.`,
    );
  });

  it('should warn about a table header without the Ghi chú column', async () => {
    const bytes = await edit((ws) => {
      ws.getCell('F11').value = null;
    });
    const raw = expectOk(await readReturnFile(bytes, 'XA01.xlsx'));
    expect(row(raw, 'TT01').note).toEqual({ address: '', value: null });
    expect(raw.readIssues.map((i) => [i.code, i.params])).toEqual([['reader.columnMissing', { sheet: 'Báo cáo', column: 'Ghi chú', row: 11 }]]);
  });

  it('should refuse a workbook whose table header row is gone, still saying whose it is', async () => {
    const bytes = await edit((ws) => {
      ws.getCell('E11').value = 'Thực hiện';
    });
    const raw = expectOk(await readReturnFile(bytes, 'XA01.xlsx'));
    expect(raw).toMatchObject({ refused: true, rows: [], app: 'excel', identity: { source: 'metadata', unitCode: 'XA01', campaignId: campaign.id } });
    expect(raw.readIssues.map((i) => [i.severity, i.code, i.file])).toEqual([['error', 'reader.noReportSheet', 'XA01.xlsx']]);
  });

  it('should refuse a workbook with neither its table nor its identity as an unreadable file', async () => {
    const bytes = await edit((ws, wb) => {
      ws.getCell('E11').value = 'Thực hiện';
      wb.removeWorksheet(sheet(wb, '_danvan').id);
    });
    expect(expectFailure(await readReturnFile(bytes, 'XA01.xlsx'))).toMatchObject({ code: 'reader.noReportSheet', file: 'XA01.xlsx' });
  });

  it('should refuse the district master workbook given as a return', async () => {
    const master = await renderXlsx(built.master);
    expect(expectFailure(await readReturnFile(master, 'tong-hop.xlsx'))).toMatchObject({ code: 'reader.notFillIn', file: 'tong-hop.xlsx' });
  });
});

describe('readReturnFile: files that are not a readable .xlsx', () => {
  it('should refuse an Excel 5.0/95 workbook (its stream is named Book)', async () => {
    const issue = expectFailure(await readReturnFile(compoundFile(['Book', '\u0005SummaryInformation']), 'XA01.xlsx'));
    expect(issue).toMatchObject({ code: 'reader.legacyXls', file: 'XA01.xlsx' });
    expect(describeIssue(issue)).toBe(
      'Tệp XA01.xlsx được lưu theo định dạng Excel 5.0/95 (.xls), quá cũ nên phần mềm không đọc được. Hãy đề nghị đơn vị điền vào tệp mẫu gốc (.xlsx) đã gửi, hoặc mở tệp này, chọn Lưu thành (Save As) → "Excel Workbook (.xlsx)" rồi gửi lại.',
    );
  });

  it('should refuse a compound file whose directory cannot be followed, or whose Workbook stream is empty, as damaged', async () => {
    const bytes = new Uint8Array(600);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(expectFailure(await readReturnFile(bytes, 'a.xls')).code).toBe('reader.corrupt');
    expect(expectFailure(await readReturnFile(compoundFile(['Workbook']), 'a.xls')).code).toBe('reader.corrupt');
  });

  it('should refuse a password-protected workbook', async () => {
    const issue = expectFailure(await readReturnFile(compoundFile(['EncryptionInfo', 'EncryptedPackage']), 'XA01.xlsx'));
    expect(issue).toMatchObject({ code: 'reader.encrypted', file: 'XA01.xlsx' });
    expect(describeIssue(issue)).toBe(
      'Tệp XA01.xlsx đã được đặt mật khẩu nên phần mềm không mở được. Hãy đề nghị đơn vị gỡ mật khẩu (trong Excel: Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu rồi bấm OK), lưu lại và gửi lại tệp.',
    );
  });

  it('should recognise a password-protected workbook even when its directory is damaged', async () => {
    const bytes = new Uint8Array(1024);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    [...'EncryptionInfo'].forEach((ch, i) => (bytes[700 + i * 2] = ch.charCodeAt(0)));
    expect(expectFailure(await readReturnFile(bytes, 'XA01.xlsx')).code).toBe('reader.encrypted');
  });

  it('should refuse a macro-enabled workbook (.xlsm)', async () => {
    const xlsm = await rezip(filled, async (zip) => {
      const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
      zip.file(
        '[Content_Types].xml',
        types
          .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
          .replace('<Default ', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default '),
      );
      zip.file('xl/vbaProject.bin', noise(2048));
    });
    const raw = expectRefusedOf(await readReturnFile(xlsm, 'XA01.xlsm'), 'XA01');
    const issue = raw.readIssues[0] as Issue;
    expect(issue).toMatchObject({ code: 'reader.macroEnabled', file: 'XA01.xlsm' });
    expect(describeIssue(issue)).toBe(
      'Tệp XA01.xlsm là tệp Excel có chứa macro (.xlsm) nên bị từ chối để phòng virus. Hãy đề nghị đơn vị điền vào tệp mẫu gốc (.xlsx) đã gửi, hoặc chọn Lưu thành (Save As) → "Excel Workbook (.xlsx)" rồi gửi lại.',
    );
  });

  it('should refuse a workbook carrying a macro project even under an .xlsx content type', async () => {
    const bytes = await rezip(filled, (zip) => {
      zip.file('xl/vbaProject.bin', noise(512));
    });
    expect(expectRefusedOf(await readReturnFile(bytes, 'XA01.xlsx'), 'XA01').readIssues.map((i) => i.code)).toEqual(['reader.macroEnabled']);
  });

  it('should refuse an empty file', async () => {
    const issue = expectFailure(await readReturnFile(new Uint8Array(0), 'XA01.xlsx'));
    expect(issue).toMatchObject({ code: 'reader.empty', file: 'XA01.xlsx' });
    expect(describeIssue(issue)).toBe(
      'Tệp XA01.xlsx trống, không có nội dung: có thể tệp chưa tải về xong hoặc bị gửi nhầm. Hãy tải lại tệp, hoặc đề nghị đơn vị gửi lại tệp báo cáo.',
    );
    expect(expectFailure(await readReturnFile(new TextEncoder().encode(' \r\n\t '), 'XA01.xlsx')).code).toBe('reader.empty');
  });

  it('should refuse a truncated download as damaged', async () => {
    const issue = expectFailure(await readReturnFile(filled.slice(0, Math.floor(filled.length / 2)), 'XA01.xlsx'));
    expect(issue).toMatchObject({ code: 'reader.corrupt', file: 'XA01.xlsx' });
    expect(describeIssue(issue)).toBe(
      'Tệp XA01.xlsx bị hỏng hoặc chưa tải về đủ nên không mở được. Hãy tải lại tệp; nếu vẫn lỗi, đề nghị đơn vị mở tệp trên máy của mình, lưu lại dạng .xlsx rồi gửi lại.',
    );
  });

  it('should refuse a zip whose parts are damaged as damaged', async () => {
    const bytes = filled.slice();
    // Overwrite the middle of the compressed data, leaving the directory at the end intact.
    bytes.set(noise(2000, 3), 2000);
    expect(expectFailure(await readReturnFile(bytes, 'XA01.xlsx')).code).toBe('reader.corrupt');
  });

  it('should refuse random bytes, a PDF and a picture as not a spreadsheet', async () => {
    const issue = expectFailure(await readReturnFile(noise(5000), 'XA01.xlsx'));
    expect(issue).toMatchObject({ code: 'reader.notSpreadsheet', file: 'XA01.xlsx' });
    expect(describeIssue(issue)).toBe(
      'Tệp XA01.xlsx không phải tệp Excel (.xlsx): có thể là ảnh, tệp PDF, tệp Word hoặc tệp gửi nhầm. Hãy đề nghị đơn vị gửi lại đúng tệp báo cáo Excel đã điền.',
    );
    expect(expectFailure(await readReturnFile(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'XA01.xlsx')).code).toBe('reader.notSpreadsheet');
    expect(expectFailure(await readReturnFile(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), 'XA01.xlsx')).code).toBe('reader.notSpreadsheet');
  });

  it('should refuse a Word document by its contents, and an OpenDocument spreadsheet without our table as no report', async () => {
    const docx = new JSZip();
    docx.file('[Content_Types].xml', '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    docx.file('word/document.xml', '<w:document/>');
    expect(expectFailure(await readReturnFile(await docx.generateAsync({ type: 'uint8array' }), 'XA01.xlsx')).code).toBe('reader.notSpreadsheet');

    const ods = new JSZip();
    ods.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
    ods.file('content.xml', '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>');
    expect(expectFailure(await readReturnFile(await ods.generateAsync({ type: 'uint8array' }), 'XA01.xlsx')).code).toBe('reader.noReportSheet');
    ods.file('content.xml', '<office:document-content/>');
    expect(expectFailure(await readReturnFile(await ods.generateAsync({ type: 'uint8array' }), 'XA01.xlsx')).code).toBe('reader.corrupt');
  });

  it('should refuse a Strict Open XML workbook with its own advice', async () => {
    const bytes = await rezip(filled, async (zip) => {
      const wb = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
      zip.file('xl/workbook.xml', wb.replace('http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'));
    });
    expect(expectFailure(await readReturnFile(bytes, 'XA01.xlsx')).code).toBe('reader.strictXlsx');
  });

  it('should refuse a file too large to be a report before unpacking it', async () => {
    const bytes = new Uint8Array(21 * 1024 * 1024);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const issue = expectFailure(await readReturnFile(bytes, 'XA01.xlsx'));
    expect(issue).toMatchObject({ code: 'reader.tooLarge', params: { file: 'XA01.xlsx', size: 21 } });
  });

  it('should never throw and always answer with a return or with issues on the file', async () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('=1+1', '+84', '-', '@', '=HYPERLINK("a")', '#N/A', '1.000.000', '12,5', ' ', 'Có', 'không'),
      fc.string({ minLength: 5000, maxLength: 40000, unit: 'grapheme-ascii' }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.date({ noInvalidDate: false }),
      fc.constant(null),
    );
    const valueCodes = ['TT01', 'AS02', 'AS03', 'NT01', 'DG01'] as const;
    await fc.assert(
      fc.asyncProperty(fc.tuple(...valueCodes.map(() => cell)), cell, async (values, reporter) => {
        const answers = Object.fromEntries(valueCodes.map((code, i) => [code, values[i] as FillValue]));
        const bytes = await fillReturn(template, answers, { reporter });
        const result = await readReturnFile(bytes, 'XA01.xlsx');
        if (result.ok) {
          expect(result.value.rows.map((r) => r.code)).toEqual(CODES);
          values.forEach((v, i) => {
            const code = valueCodes[i] as string;
            const got = row(result.value, code).result.value;
            // NT01 is date-formatted: a number typed there is a date, as the spreadsheet shows it.
            if (typeof v === 'boolean' || (code !== 'NT01' && typeof v === 'number' && Number.isFinite(v) && v !== 0)) expect(got).toBe(v);
          });
        } else {
          expect(result.error.length).toBeGreaterThan(0);
          for (const issue of result.error) expect(issue).toMatchObject({ severity: 'error', file: 'XA01.xlsx', code: expect.stringMatching(/^reader\./) });
        }
      }),
      // Each run writes a workbook: a failure's shrinking is bounded so the report comes back.
      { numRuns: 100, interruptAfterTimeLimit: 40000, markInterruptAsFailure: true },
    );
  });

  it('should never throw on arbitrary bytes, zip-looking or not', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), async (tail, zipLike) => {
        const bytes = zipLike ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]) : tail;
        const result = await readReturnFile(bytes, 'x.xlsx');
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describeWith([SOFFICE], 'readReturnFile: returns saved by LibreOffice Calc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-read-'));
  const source = join(dir, 'XA01.xlsx');

  beforeAll(() => {
    writeFileSync(source, filled);
  });

  it('should read a copy re-saved as .xlsx exactly as the original', async () => {
    const outDir = mkdtempSync(join(dir, 'xlsx-'));
    sofficeConvert(source, 'xlsx:Calc MS Excel 2007 XML', outDir);
    const resaved = readFileSync(join(outDir, 'XA01.xlsx'));
    const original = expectOk(await readReturnFile(filled, 'XA01.xlsx'));
    const raw = expectOk(await readReturnFile(resaved, 'XA01.xlsx'));
    expect(raw.identity).toEqual(original.identity);
    expect(raw.computedFingerprint).toBe(raw.identity.fingerprint);
    expect(raw.header).toEqual(original.header);
    expect(valuesByCode(raw)).toEqual({ ...valuesByCode(original), AS05: expect.anything() });
    expect(raw.rows.map((r) => [r.code, r.result.address, r.note.address])).toEqual(original.rows.map((r) => [r.code, r.result.address, r.note.address]));
    expect(raw.readIssues).toEqual([]);
  });

  // Copies saved as .ods and .xls are read like their .xlsx: tests/adapters/xlsx/other-formats.test.ts.
});
