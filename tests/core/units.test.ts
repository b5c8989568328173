import fc from 'fast-check';
import { describeIssue } from '../../src/core/describe-issue';
import { Unit } from '../../src/core/schema/unit';
import type { CellValue } from '../../src/core/units';
import { headerKey, parseUnitTable } from '../../src/core/units';

const HEADER = ['Mã', 'Tên đơn vị', 'Khối', 'Số đoàn viên', 'Số CNVCLĐ', 'Người liên hệ', 'Điện thoại'];

describe('parseUnitTable', () => {
  it('should turn a clean table into units, reading Vietnamese numbers and keeping phones as text', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['XA01', ' Công đoàn xã Mường So ', 'Xã - thị trấn', 35, '40', 'Lò Văn A', '0912 345 678'],
      ['DN01', 'CĐCS Công ty Thủy điện Nậm Na', 'Doanh nghiệp', '1.200', '1.350', '', 912345678],
      ['GD01', 'CĐCS Trường THCS Dào San', 'Giáo dục', '', null, null, null],
    ];

    const { units, issues } = parseUnitTable(rows, 'don-vi.xlsx');

    expect(issues).toEqual([]);
    expect(units).toEqual([
      { code: 'XA01', name: 'Công đoàn xã Mường So', group: 'Xã - thị trấn', members: 35, workforce: 40, contact: { name: 'Lò Văn A', phone: '0912 345 678' } },
      { code: 'DN01', name: 'CĐCS Công ty Thủy điện Nậm Na', group: 'Doanh nghiệp', members: 1200, workforce: 1350, contact: { phone: '0912345678' } },
      { code: 'GD01', name: 'CĐCS Trường THCS Dào San', group: 'Giáo dục' },
    ]);
    for (const unit of units) expect(Unit.safeParse(unit).success).toBe(true);
  });

  it('should find the header under a title block and match common variants of the column names', () => {
    const rows: CellValue[][] = [
      ['DANH SÁCH CÔNG ĐOÀN CƠ SỞ TRỰC THUỘC LĐLĐ HUYỆN PHONG THỔ'],
      [],
      ['STT', 'Mã ĐV', 'TÊN CĐCS', 'khối', 'Số ĐV', 'CNVCLĐ', 'SĐT'],
      [1, 'XA01', 'CĐCS xã Mường So', 'Xã - thị trấn', 35, 40, '0912345678'],
      [],
      [2, 'HC01', 'CĐCS Phòng Giáo dục', 'HCSN', 12, 15, null],
    ];

    const { units, issues } = parseUnitTable(rows);

    expect(issues).toEqual([]);
    expect(units.map((u) => [u.code, u.members, u.workforce, u.contact?.phone])).toEqual([
      ['XA01', 35, 40, '0912345678'],
      ['HC01', 12, 15, undefined],
    ]);
  });

  it.each([
    ['Mã đơn vị', 'madonvi'],
    ['Số điện thoại', 'sodienthoai'],
    ['  Số  CNVCLĐ (người) ', 'socnvcld'],
    ['Tên Đơn Vị*', 'tendonvi'],
  ])('should fold the header %j to %j', (header, key) => {
    expect(headerKey(header)).toBe(key);
  });

  it('should report every problem of every bad row, each with its row and column as the user sees them', () => {
    const rows: CellValue[][] = [
      ['Danh sách đơn vị'],
      HEADER,
      ['XA01', 'CĐCS xã Mường So', 'Xã - thị trấn', 35, 40, '', ''],
      ['XA02', 'CĐCS xã Dào San', 'Xã - thị trấn', 'ba mươi', 40, '', ''],
      ['', 'CĐCS xã Sì Lở Lầu', '', '20', '1,5', '', ''],
      ['XA 04', 'CĐCS xã Vàng Ma Chải', 'Xã - thị trấn', '1,200', '-3', '', ''],
      ['xa01', 'CĐCS xã Mồ Sì San', 'Xã - thị trấn', 50, 30, '', ''],
      ['HC01', 'CĐCS Phòng Nội vụ', 'HCSN', 50, 30, '', ''],
    ];

    const { units, issues } = parseUnitTable(rows, 'don-vi.csv');

    expect(issues.map((issue) => describeIssue(issue))).toEqual([
      'Dòng 4, cột "Số đoàn viên": "ba mươi" không phải số nguyên không âm. Hãy nhập số, ví dụ 120 hoặc 1.200.',
      'Dòng 5, cột "Mã": chưa nhập giá trị. Hãy điền vào ô này.',
      'Dòng 5, cột "Khối": chưa nhập giá trị. Hãy điền vào ô này.',
      'Dòng 5, cột "Số CNVCLĐ": "1,5" không phải số nguyên không âm. Hãy nhập số, ví dụ 120 hoặc 1.200.',
      'Dòng 6, cột "Mã": mã "XA 04" không hợp lệ: chỉ dùng chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc _, tối đa 20 ký tự.',
      'Dòng 6, cột "Số đoàn viên": "1,200" hiểu được theo hai cách: không rõ dấu chấm hoặc dấu phẩy là để tách hàng nghìn hay phần thập phân. Hãy nhập số nguyên, tách hàng nghìn bằng dấu chấm, ví dụ 1.200 hoặc 1200.',
      'Dòng 6, cột "Số CNVCLĐ": "-3" không phải số nguyên không âm. Hãy nhập số, ví dụ 120 hoặc 1.200.',
      'Dòng 7, cột "Mã": mã "xa01" trùng với dòng 3. Mỗi đơn vị cần một mã riêng.',
      'Dòng 7, cột "Số đoàn viên": số đoàn viên (50) lớn hơn số CNVCLĐ (30). Hãy kiểm tra lại.',
      'Dòng 8, cột "Số đoàn viên": số đoàn viên (50) lớn hơn số CNVCLĐ (30). Hãy kiểm tra lại.',
    ]);
    expect(issues.map((i) => [i.severity, i.code, i.row, i.column, i.file])).toEqual([
      ['error', 'units.badCount', 4, 'Số đoàn viên', 'don-vi.csv'],
      ['error', 'units.requiredValue', 5, 'Mã', 'don-vi.csv'],
      ['error', 'units.requiredValue', 5, 'Khối', 'don-vi.csv'],
      ['error', 'units.badCount', 5, 'Số CNVCLĐ', 'don-vi.csv'],
      ['error', 'units.badCode', 6, 'Mã', 'don-vi.csv'],
      ['error', 'units.ambiguousCount', 6, 'Số đoàn viên', 'don-vi.csv'],
      ['error', 'units.badCount', 6, 'Số CNVCLĐ', 'don-vi.csv'],
      ['error', 'units.duplicateCode', 7, 'Mã', 'don-vi.csv'],
      ['warning', 'units.membersOverWorkforce', 7, 'Số đoàn viên', 'don-vi.csv'],
      ['warning', 'units.membersOverWorkforce', 8, 'Số đoàn viên', 'don-vi.csv'],
    ]);
    // Rows with errors are left out; a warning keeps the unit.
    expect(units.map((u) => u.code)).toEqual(['XA01', 'HC01']);
  });

  it('should quote the header as the user wrote it', () => {
    const rows: CellValue[][] = [
      ['Mã ĐV', 'Tên CĐCS', 'Khối', 'Số ĐV'],
      ['XA01', 'CĐCS xã Mường So', 'Xã - thị trấn', 'nhiều'],
    ];

    const [issue] = parseUnitTable(rows).issues;

    expect(issue && describeIssue(issue)).toBe('Dòng 2, cột "Số ĐV": "nhiều" không phải số nguyên không âm. Hãy nhập số, ví dụ 120 hoặc 1.200.');
    expect(issue && describeIssue(issue, 'en')).toBe('Row 2, column "Số ĐV": "nhiều" is not a whole number of zero or more. Type a number such as 120 or 1200.');
  });

  it('should report each missing required column once, and still check the other cells', () => {
    const rows: CellValue[][] = [
      ['Mã', 'Tên đơn vị', 'Số đoàn viên'],
      ['XA01', 'CĐCS xã Mường So', 35],
      ['XA02', 'CĐCS xã Dào San', 'x'],
      ['XA03', 'CĐCS xã Sì Lở Lầu', 20],
    ];

    const { units, issues } = parseUnitTable(rows, 'ds.xlsx');

    expect(units).toEqual([]);
    expect(issues.map((i) => [i.code, i.row, i.column, i.params])).toEqual([
      ['units.missingColumn', 1, '', { column: 'Khối' }],
      ['units.badCount', 3, 'Số đoàn viên', { value: 'x' }],
    ]);
    expect(describeIssue(issues[0]!)).toBe('Dòng 1: Thiếu cột bắt buộc "Khối" ở dòng tiêu đề.');
  });

  it('should say so when no header row can be found', () => {
    const { units, issues } = parseUnitTable([['Danh sách'], ['XA01', 'CĐCS xã Mường So', 'Xã']], 'ds.csv');

    expect(units).toEqual([]);
    expect(issues.map((i) => describeIssue(i))).toEqual([
      'Không tìm thấy dòng tiêu đề trong 10 dòng đầu. Dòng tiêu đề cần có các cột: Mã, Tên đơn vị, Khối.',
    ]);
  });

  it('should say so when there are no rows under the header', () => {
    const { issues } = parseUnitTable([HEADER, [], ['', null, '  ']]);

    expect(issues.map((i) => i.code)).toEqual(['units.empty']);
  });

  it('should warn about a repeated column and read the first one', () => {
    const rows: CellValue[][] = [
      ['Mã', 'Tên đơn vị', 'Khối', 'Số đoàn viên', 'Đoàn viên'],
      ['XA01', 'CĐCS xã Mường So', 'Xã', 35, 99],
    ];

    const { units, issues } = parseUnitTable(rows);

    expect(units.map((u) => u.members)).toEqual([35]);
    expect(issues.map((i) => [i.severity, i.code, i.column])).toEqual([['warning', 'units.duplicateColumn', 'Đoàn viên']]);
  });

  it('should read cells of any type without throwing', () => {
    const rows: CellValue[][] = [
      HEADER,
      [101, 'CĐCS A', 'Doanh nghiệp', true, new Date(Date.UTC(2024, 11, 17)), 'Lò Văn A', 2123456789],
    ];

    const { units, issues } = parseUnitTable(rows);

    expect(issues.map((i) => [i.code, i.column, i.params])).toEqual([
      ['units.badCount', 'Số đoàn viên', { value: 'TRUE' }],
      ['units.badCount', 'Số CNVCLĐ', { value: '2024-12-17' }],
    ]);
    expect(units).toEqual([]);
  });

  it('should restore the leading zero of a landline typed as a number', () => {
    const { units } = parseUnitTable([HEADER, ['HC01', 'CĐCS A', 'HCSN', 1, 2, '', 2133876543]]);

    expect(units[0]?.contact).toEqual({ phone: '02133876543' });
  });

  it('should never throw, and build only units the schema accepts, whatever the cells hold', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.constantFrom('XA01', 'xa01', '1.200', '1,5', '-', 'Xã'),
      fc.double(),
      fc.boolean(),
      fc.date({ noInvalidDate: false }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), (body) => {
        const { units, issues } = parseUnitTable([HEADER, ...body]);
        for (const unit of units) expect(Unit.safeParse(unit).success).toBe(true);
        for (const issue of issues) expect(issue.row === undefined || issue.row >= 1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
