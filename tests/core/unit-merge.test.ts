import { describeUnitListMerge, mergeUnitLists, parseUnitTable } from '../../src/core';
import type { Unit } from '../../src/core';

const HEADER = ['Mã', 'Tên đơn vị', 'Khối', 'Số đoàn viên'];

const current: Unit[] = [
  { code: 'XA01', name: 'CĐCS xã An Phú', group: 'Xã', members: 20 },
  { code: 'XA02', name: 'CĐCS xã Bình Hòa', group: 'Xã', members: 30 },
  { code: 'GD01', name: 'CĐCS Trường THCS An Phú', group: 'Giáo dục', members: 40 },
];

/** XA01 unchanged, XA02 grew to 35, GD01 absent, YT01 new. */
const clean = parseUnitTable([HEADER, ['XA01', 'CĐCS xã An Phú', 'Xã', 20], ['XA02', 'CĐCS xã Bình Hòa', 'Xã', 35], ['YT01', 'CĐCS Trạm Y tế', 'Y tế', 12]], 'don-vi.xlsx');

/** The same list with GD01's row typed badly (row 4: "bốn mươi" members) and row 5 without a name. */
const withBadRows = parseUnitTable(
  [HEADER, ['XA01', 'CĐCS xã An Phú', 'Xã', 20], ['XA02', 'CĐCS xã Bình Hòa', 'Xã', 35], ['GD01', 'CĐCS Trường THCS An Phú', 'Giáo dục', 'bốn mươi'], ['YT01', '', 'Y tế', 12]],
  'don-vi.xlsx',
);

const codes = (units: readonly Unit[]) => units.map((u) => u.code);

describe('mergeUnitLists', () => {
  it('should replace the list, counting added, kept, updated and dropped units', () => {
    const merge = mergeUnitLists(current, clean, 'replace');
    expect(codes(merge.units)).toEqual(['XA01', 'XA02', 'YT01']);
    expect(merge).toMatchObject({ added: ['YT01'], kept: ['XA01'], updated: ['XA02'], dropped: ['GD01'], heldBack: [], skipped: [], refused: false });
    expect(merge.units.find((u) => u.code === 'XA02')?.members).toBe(35);
    expect(describeUnitListMerge(merge)).toEqual(['Đã thêm 1 đơn vị, giữ nguyên 1, cập nhật 1, bỏ 1.']);
  });

  it('should merge into the list, keeping units the file does not name, in the campaign order', () => {
    const merge = mergeUnitLists(current, clean, 'merge');
    expect(codes(merge.units)).toEqual(['XA01', 'XA02', 'GD01', 'YT01']);
    expect(merge).toMatchObject({ added: ['YT01'], kept: ['XA01', 'GD01'], updated: ['XA02'], dropped: [] });
  });

  it('should never shrink the list when the file has bad rows, and say which rows were skipped and why', () => {
    const merge = mergeUnitLists(current, withBadRows, 'replace');
    expect(codes(merge.units)).toEqual(['XA01', 'XA02', 'GD01']);
    expect(merge).toMatchObject({ added: [], kept: ['XA01', 'GD01'], updated: ['XA02'], dropped: [], heldBack: ['GD01'] });
    expect(merge.skipped.map((s) => [s.row, s.unit, s.issues.map((i) => i.code)])).toEqual([
      [4, 'GD01', ['units.badCount']],
      [5, 'YT01', ['units.requiredValue']],
    ]);
    expect(describeUnitListMerge(merge)).toEqual([
      'Đã thêm 0 đơn vị, giữ nguyên 2, cập nhật 1, bỏ 0.',
      'Danh sách mới có dòng lỗi nên 1 đơn vị không có trong danh sách mới vẫn được giữ lại (GD01). Sửa các dòng lỗi rồi nạp lại tệp nếu muốn thay hẳn danh sách.',
      'Bỏ qua 2 dòng có lỗi; đơn vị ở các dòng này chưa được nạp:',
      'Dòng 4, cột "Số đoàn viên": "bốn mươi" không phải số nguyên không âm. Hãy nhập số, ví dụ 120 hoặc 1.200.',
      'Dòng 5, cột "Tên đơn vị": chưa nhập giá trị. Hãy điền vào ô này.',
    ]);
  });

  it('should leave the list unchanged when the file is not a unit list at all', () => {
    const noName = parseUnitTable([['Mã', 'Khối'], ['XA01', 'Xã']], 'sai.xlsx');
    const merge = mergeUnitLists(current, noName, 'replace');
    expect(merge.units).toBe(current);
    expect(merge).toMatchObject({ refused: true, added: [], dropped: [] });
    expect(describeUnitListMerge(merge)[0]).toBe(
      'Không nạp được danh sách đơn vị từ tệp này; danh sách hiện có (3 đơn vị) giữ nguyên. Sửa các lỗi dưới đây rồi chọn lại tệp.',
    );
    expect(describeUnitListMerge(merge)[1]).toContain('Tên đơn vị');
  });

  it('should take every unit of a first list as added', () => {
    const merge = mergeUnitLists([], clean, 'merge');
    expect(merge).toMatchObject({ added: ['XA01', 'XA02', 'YT01'], kept: [], updated: [], dropped: [] });
  });
});
