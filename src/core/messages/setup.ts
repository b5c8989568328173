import type { Catalogue } from './types';

/** Setting a campaign up: the organisation, sample values to replace, targets typed, unit lists loaded. */
export const setupMessages = {
  'target.input.empty': { vi: 'Chưa nhập chỉ tiêu. Nhập số không âm, ví dụ {example}.', en: 'No target yet. Type a number of zero or more, for example {example}.' },
  'target.input.notNumber': { vi: '"{raw}" không phải là số. Nhập số không âm, ví dụ {example}.', en: '"{raw}" is not a number. Type a number of zero or more, for example {example}.' },
  'target.input.notAmount': {
    vi: '"{raw}" không phải là số tiền. Nhập số tiền tính bằng {measure}, ví dụ {example}; có thể ghi "2 tỷ" hoặc "500.000đ".',
    en: '"{raw}" is not an amount. Type it in {measure}, for example {example}; "2 tỷ" or "500.000đ" are understood too.',
  },
  'target.input.negative': { vi: 'Chỉ tiêu không thể là số âm. Nhập số không âm, ví dụ {example}.', en: 'A target cannot be negative. Type a number of zero or more, for example {example}.' },
  'target.input.notWhole': {
    vi: '"{raw}" có phần lẻ, mà "{label}" là số đếm. Nhập số nguyên không âm, ví dụ {example}; tách hàng nghìn bằng dấu chấm, ví dụ 1.200.',
    en: '"{raw}" has a fraction, but "{label}" is a count. Type a whole number of zero or more, for example {example}; thousands may be grouped as 1.200.',
  },
  'target.input.ambiguous': {
    vi: '"{raw}" hiểu được theo hai cách. Dùng dấu phẩy cho phần lẻ và dấu chấm để tách hàng nghìn, ví dụ {example} hoặc 1.200.',
    en: '"{raw}" can be read two ways. Use a comma for the fraction and dots to group thousands, for example {example} or 1.200.',
  },
  'target.input.rateOver100': { vi: '{raw}% lớn hơn 100%. Nhập tỷ lệ phần trăm từ 0 đến 100, ví dụ {example}.', en: '{raw}% is more than 100%. Type a percentage from 0 to 100, for example {example}.' },
  'units.merge.summary': {
    vi: 'Đã thêm {added} đơn vị, giữ nguyên {kept}, cập nhật {updated}, bỏ {dropped}.',
    en: '{added} units added, {kept} kept, {updated} updated, {dropped} dropped.',
  },
  'units.merge.heldBack': {
    vi: 'Danh sách mới có dòng lỗi nên {count} đơn vị không có trong danh sách mới vẫn được giữ lại ({units}). Sửa các dòng lỗi rồi nạp lại tệp nếu muốn thay hẳn danh sách.',
    en: 'The new list has rows in error, so {count} units missing from it are kept ({units}). Correct those rows and load the file again to replace the list outright.',
  },
  'units.merge.skipped': {
    vi: 'Bỏ qua {count} dòng có lỗi; đơn vị ở các dòng này chưa được nạp:',
    en: '{count} rows with errors were skipped; their units were not loaded:',
  },
  'units.merge.refused': {
    vi: 'Không nạp được danh sách đơn vị từ tệp này; danh sách hiện có ({count} đơn vị) giữ nguyên. Sửa các lỗi dưới đây rồi chọn lại tệp.',
    en: 'No unit list could be loaded from this file; the current list ({count} units) is unchanged. Correct the problems below and choose the file again.',
  },
  'sample.field': {
    vi: '"{field}" vẫn là giá trị mẫu ("{value}"). Thay bằng thông tin của đơn vị mình ở mục "{section}".',
    en: '"{field}" still holds a sample value ("{value}"). Replace it with your own under "{section}".',
  },
  'sample.units': {
    vi: 'Danh sách còn {count} đơn vị mẫu của huyện Thanh Lâm ({units}). Nạp danh sách đơn vị của huyện mình ở mục "Đơn vị", hoặc bỏ các đơn vị mẫu.',
    en: 'The list still has {count} sample units of the invented Thanh Lâm district ({units}). Load your own unit list under "Units", or remove the sample units.',
  },
} satisfies Catalogue;
