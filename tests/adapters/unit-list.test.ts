import ExcelJS from 'exceljs';
import { readUnitList, readUnitListRows } from '../../src/adapters/unit-list';
import { describeIssue } from '../../src/core/describe-issue';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

async function xlsxBytes(fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readUnitListRows', () => {
  it('should read a CSV with a BOM and ";" delimiters, keeping quoted fields and blank rows', async () => {
    const csv = [
      'Mã;Tên đơn vị;Khối;Số đoàn viên;Số CNVCLĐ;Người liên hệ;Điện thoại',
      'XA01;"CĐCS xã Mường So; Phong Thổ";Xã - thị trấn;35;40;Lò Văn A;0912345678',
      '',
      'DN01;CĐCS Công ty Nậm Na;Doanh nghiệp;1.200;1.350',
      '',
    ].join('\r\n');

    const result = await readUnitListRows(withBom(csv), 'don-vi.csv');

    expect(result).toEqual({
      ok: true,
      value: [
        ['Mã', 'Tên đơn vị', 'Khối', 'Số đoàn viên', 'Số CNVCLĐ', 'Người liên hệ', 'Điện thoại'],
        ['XA01', 'CĐCS xã Mường So; Phong Thổ', 'Xã - thị trấn', '35', '40', 'Lò Văn A', '0912345678'],
        [],
        ['DN01', 'CĐCS Công ty Nậm Na', 'Doanh nghiệp', '1.200', '1.350'],
      ],
    });
  });

  it.each([
    ['tab', '\t'],
    ['comma', ','],
  ])('should detect a %s delimiter from the header line under a title', async (_name, delimiter) => {
    const csv = ['Danh sách đơn vị', ['Mã', 'Tên đơn vị', 'Khối'].join(delimiter), ['XA01', 'CĐCS xã Mường So', 'Xã'].join(delimiter)].join('\n');

    const result = await readUnitListRows(utf8(csv), 'ds.csv');

    expect(result.ok && result.value[2]).toEqual(['XA01', 'CĐCS xã Mường So', 'Xã']);
  });

  it('should read the first visible sheet of an xlsx, with rich text, formulas, hyperlinks and merged titles', async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet('Cũ', { state: 'hidden' }).getCell('A1').value = 'Không đọc trang này';
      const sheet = workbook.addWorksheet('Đơn vị');
      sheet.getCell('A1').value = 'DANH SÁCH ĐƠN VỊ';
      sheet.mergeCells('A1:G1');
      sheet.getRow(2).values = ['Mã', 'Tên đơn vị', 'Khối', 'Số đoàn viên', 'Số CNVCLĐ', 'Người liên hệ', 'Điện thoại'];
      sheet.getRow(3).values = ['XA01', { richText: [{ text: 'CĐCS xã ', font: { bold: true } }, { text: 'Mường So' }] }, 'Xã - thị trấn', 35, 40, 'Lò Văn A', 912345678];
      sheet.getRow(4).values = ['DN01', { text: 'CĐCS Công ty Nậm Na', hyperlink: 'https://example.vn' }, 'Doanh nghiệp', { formula: '100+20', result: 120 }, 300];
      sheet.getCell('A6').value = 'HC01';
      sheet.getCell('B6').value = 'CĐCS Phòng Nội vụ';
      sheet.getCell('C6').value = 'HCSN';
      sheet.getCell('D6').value = new Date(Date.UTC(2024, 11, 17));
    });

    const result = await readUnitListRows(bytes, 'DonVi.XLSX');

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual([
      ['DANH SÁCH ĐƠN VỊ'],
      ['Mã', 'Tên đơn vị', 'Khối', 'Số đoàn viên', 'Số CNVCLĐ', 'Người liên hệ', 'Điện thoại'],
      ['XA01', 'CĐCS xã Mường So', 'Xã - thị trấn', 35, 40, 'Lò Văn A', 912345678],
      ['DN01', 'CĐCS Công ty Nậm Na', 'Doanh nghiệp', 120, 300],
      [],
      ['HC01', 'CĐCS Phòng Nội vụ', 'HCSN', new Date(Date.UTC(2024, 11, 17))],
    ]);
  });

  it.each([
    ['hop-dong.docx', 'Tệp hop-dong.docx không phải CSV hay Excel (.xlsx). Hãy lưu danh sách đơn vị dưới dạng .csv hoặc .xlsx.'],
    ['danh-sach', 'Tệp danh-sach không phải CSV hay Excel (.xlsx). Hãy lưu danh sách đơn vị dưới dạng .csv hoặc .xlsx.'],
  ])('should refuse %s as an unsupported file', async (name, message) => {
    const result = await readUnitListRows(utf8('anything'), name);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((i) => [i.severity, i.code, i.file])).toEqual([['error', 'units.unsupportedFile', name]]);
    expect(result.error.map((i) => describeIssue(i))).toEqual([message]);
  });

  it('should report an xlsx that is not a workbook as unreadable', async () => {
    const result = await readUnitListRows(utf8('not a zip'), 'ds.xlsx');

    expect(!result.ok && result.error.map((i) => [i.code, i.file])).toEqual([['units.unreadable', 'ds.xlsx']]);
  });

  it('should ask for UTF-8 when a CSV is in a legacy code page', async () => {
    // "Mã" in Windows-1258 is 4D E3; E3 alone is not valid UTF-8.
    const result = await readUnitListRows(new Uint8Array([0x4d, 0xe3, 0x3b, 0x54, 0x0a]), 'ds.csv');

    expect(!result.ok && result.error.map((i) => i.code)).toEqual(['units.notUtf8']);
  });

  it('should read UTF-16 text with a BOM, as Excel saves "Unicode Text"', async () => {
    const text = 'Mã\tTên đơn vị\tKhối\r\nXA01\tCĐCS xã Mường So\tXã\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);

    const result = await readUnitListRows(bytes, 'ds.txt');

    expect(result.ok && result.value).toEqual([
      ['Mã', 'Tên đơn vị', 'Khối'],
      ['XA01', 'CĐCS xã Mường So', 'Xã'],
    ]);
  });
});

describe('readUnitList', () => {
  it('should give units from an xlsx, restoring the leading zero of a phone typed as a number', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('Đơn vị');
      sheet.addRow(['Mã', 'Tên đơn vị', 'Khối', 'Số đoàn viên', 'Số CNVCLĐ', 'Người liên hệ', 'Điện thoại']);
      sheet.addRow(['XA01', 'CĐCS xã Mường So', 'Xã - thị trấn', 35, 40, 'Lò Văn A', 912345678]);
    });

    const { units, issues } = await readUnitList(bytes, 'don-vi.xlsx');

    expect(issues).toEqual([]);
    expect(units).toEqual([
      { code: 'XA01', name: 'CĐCS xã Mường So', group: 'Xã - thị trấn', members: 35, workforce: 40, contact: { name: 'Lò Văn A', phone: '0912345678' } },
    ]);
  });

  it('should read bytes that are a view into a larger buffer, as Node gives them', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('Đơn vị');
      sheet.addRow(['Mã', 'Tên đơn vị', 'Khối']);
      sheet.addRow(['XA01', 'CĐCS xã Mường So', 'Xã']);
    });
    const view = Buffer.concat([Buffer.from('padding'), Buffer.from(bytes), Buffer.from('tail')]).subarray(7, 7 + bytes.length);

    const { units, issues } = await readUnitList(view, 'ds.xlsx');

    expect(issues).toEqual([]);
    expect(units.map((u) => u.code)).toEqual(['XA01']);
  });

  it('should report bad rows of a CSV by the row numbers the user sees', async () => {
    const csv = '\uFEFFMã;Tên đơn vị;Khối;Số đoàn viên\nXA01;CĐCS xã Mường So;Xã;35\n\nXA01;CĐCS xã Dào San;Xã;1,000\n';

    const { units, issues } = await readUnitList(utf8(csv), 'ds.csv');

    expect(units.map((u) => u.code)).toEqual(['XA01']);
    expect(issues.map((i) => describeIssue(i).split(':')[0])).toEqual(['Dòng 4, cột "Mã"', 'Dòng 4, cột "Số đoàn viên"']);
    expect(issues.every((i) => i.file === 'ds.csv')).toBe(true);
  });

  it('should pass file problems through as issues', async () => {
    const { units, issues } = await readUnitList(utf8(''), 'ds.pdf');

    expect(units).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['units.unsupportedFile']);
  });
});
