import type { Catalogue } from './types';

/** Problems in a unit list (CSV or xlsx) typed by district staff. */
export const unitMessages = {
  'units.empty': { vi: 'Danh sách đơn vị trống: không có dòng nào dưới dòng tiêu đề.', en: 'The unit list is empty: no rows under the header.' },
  'units.noHeader': {
    vi: 'Không tìm thấy dòng tiêu đề trong {rows} dòng đầu. Dòng tiêu đề cần có các cột: {columns}.',
    en: 'No header row found in the first {rows} rows. The header row needs the columns: {columns}.',
  },
  'units.missingColumn': { vi: 'Thiếu cột bắt buộc "{column}" ở dòng tiêu đề.', en: 'The required column "{column}" is missing from the header.' },
  'units.requiredValue': { vi: 'chưa nhập giá trị. Hãy điền vào ô này.', en: 'is empty. Fill it in.' },
  'units.badCode': {
    vi: 'mã "{value}" không hợp lệ: chỉ dùng chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc _, tối đa 20 ký tự.',
    en: 'code "{value}" is not valid: use letters without accents, digits, dots, dashes or _, at most 20 characters.',
  },
  'units.duplicateCode': { vi: 'mã "{value}" trùng với dòng {other}. Mỗi đơn vị cần một mã riêng.', en: 'code "{value}" repeats row {other}. Each unit needs its own code.' },
  'units.badCount': {
    vi: '"{value}" không phải số nguyên không âm. Hãy nhập số, ví dụ 120 hoặc 1.200.',
    en: '"{value}" is not a whole number of zero or more. Type a number such as 120 or 1200.',
  },
  'units.membersOverWorkforce': {
    vi: 'số đoàn viên ({members}) lớn hơn số CNVCLĐ ({workforce}). Hãy kiểm tra lại.',
    en: 'members ({members}) exceed the workforce ({workforce}). Check the figures.',
  },
  'units.unreadable': {
    vi: 'Không đọc được tệp danh sách đơn vị {file}: tệp bị hỏng, đặt mật khẩu, hoặc không phải bảng tính Excel (.xlsx) hay CSV. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx (hoặc .csv UTF-8) rồi chọn lại.',
    en: 'Cannot read the unit list {file}: it is damaged, password-protected, or neither an Excel workbook (.xlsx) nor CSV. Open it in Excel or LibreOffice, save it as .xlsx (or UTF-8 .csv) and choose it again.',
  },
  'units.unsupportedFile': {
    vi: 'Tệp {file} không phải CSV hay Excel (.xlsx). Hãy lưu danh sách đơn vị dưới dạng .csv hoặc .xlsx.',
    en: '{file} is neither CSV nor Excel (.xlsx). Save the unit list as .csv or .xlsx.',
  },
  'units.allocationNoBasis': {
    vi: 'Không chia được chỉ tiêu {indicator} theo {basis}: chưa đơn vị nào có số liệu này; chỉ tiêu được chia đều.',
    en: 'Cannot share target {indicator} by {basis}: no unit has that figure; it was shared equally.',
  },
  'units.ambiguousCount': {
    vi: '"{value}" hiểu được theo hai cách: không rõ dấu chấm hoặc dấu phẩy là để tách hàng nghìn hay phần thập phân. Hãy nhập số nguyên, tách hàng nghìn bằng dấu chấm, ví dụ 1.200 hoặc 1200.',
    en: '"{value}" can be read two ways: it is unclear whether the dot or comma separates thousands or decimals. Type a whole number without separators, such as 1200.',
  },
  'units.duplicateColumn': {
    vi: 'Cột "{column}" lặp lại một cột đứng trước nó có cùng nội dung; phần mềm chỉ đọc cột đứng trước. Hãy xóa hoặc đổi tên cột thừa.',
    en: 'Column "{column}" repeats an earlier column with the same meaning; only the earlier one is read. Delete or rename the extra column.',
  },
  'units.invalidRow': {
    vi: 'dòng này có dữ liệu không hợp lệ ({detail}). Hãy kiểm tra lại các ô của dòng.',
    en: 'this row has invalid data ({detail}). Check its cells.',
  },
  'units.notUtf8': {
    vi: 'Tệp {file} không lưu theo bảng mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi. Trong Excel, hãy chọn Lưu thành (Save As) → "CSV UTF-8 (Comma delimited)", hoặc lưu dạng .xlsx.',
    en: '{file} is not saved as UTF-8, so Vietnamese letters would be garbled. In Excel use Save As → "CSV UTF-8 (Comma delimited)", or save as .xlsx.',
  },
  'units.noSheet': {
    vi: 'Tệp {file} không có trang tính nào đang hiện. Hãy bỏ ẩn trang chứa danh sách đơn vị rồi lưu lại.',
    en: '{file} has no visible worksheet. Unhide the sheet with the unit list and save again.',
  },
  'units.allocationMissingBasis': {
    vi: 'Chỉ tiêu {indicator} được chia theo {basis}, nhưng {count} đơn vị chưa có số liệu này ({units}) nên được giao 0. Hãy bổ sung số liệu trong danh sách đơn vị.',
    en: 'Target {indicator} is shared by {basis}, but {count} units have no such figure ({units}) and were given 0. Add the figures to the unit list.',
  },
  'units.manualShortfall': {
    vi: 'Tổng chỉ tiêu {indicator} giao cho các đơn vị ({sum}) thấp hơn chỉ tiêu chung ({total}). Hãy giao thêm cho các đơn vị.',
    en: 'The parts of target {indicator} given to units ({sum}) add up to less than the total ({total}). Give units more.',
  },
  'units.rateManualIgnored': {
    vi: 'Chỉ tiêu {indicator} là tỷ lệ nên mọi đơn vị cùng phấn đấu đạt {value}%; các số giao riêng cho từng đơn vị không được dùng. Hãy xóa các số giao riêng, hoặc đặt cách giao là "Chỉ tiêu chung".',
    en: 'Target {indicator} is a rate, so every unit aims for the same {value}%; the figures set per unit are not used. Remove them, or set the allocation to "District total only".',
  },
} satisfies Catalogue;
