import type { Catalogue } from './types';

/** Problems in a unit list (CSV or xlsx) typed by district staff. */
export const unitMessages = {
  'units.empty': { vi: 'Danh sách đơn vị trống: không có dòng nào dưới dòng tiêu đề.', en: 'The unit list is empty: no rows under the header.' },
  'units.noHeader': {
    vi: 'Không tìm thấy dòng tiêu đề. Dòng đầu tiên cần có các cột: {columns}.',
    en: 'No header row found. The first row must have the columns: {columns}.',
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
    en: '"{value}" is not a whole number of zero or more. Type a number such as 120 or 1,200.',
  },
  'units.membersOverWorkforce': {
    vi: 'số đoàn viên ({members}) lớn hơn số CNVCLĐ ({workforce}). Hãy kiểm tra lại.',
    en: 'members ({members}) exceed the workforce ({workforce}). Check the figures.',
  },
  'units.unreadable': { vi: 'Không đọc được tệp danh sách đơn vị {file}: {detail}', en: 'Cannot read the unit list {file}: {detail}' },
  'units.unsupportedFile': {
    vi: 'Tệp {file} không phải CSV hay Excel (.xlsx). Hãy lưu danh sách đơn vị dưới dạng .csv hoặc .xlsx.',
    en: '{file} is neither CSV nor Excel (.xlsx). Save the unit list as .csv or .xlsx.',
  },
  'units.allocationNoBasis': {
    vi: 'Không chia được chỉ tiêu {indicator} theo {basis}: chưa đơn vị nào có số liệu này; chỉ tiêu được chia đều.',
    en: 'Cannot share target {indicator} by {basis}: no unit has that figure; it was shared equally.',
  },
} satisfies Catalogue;
