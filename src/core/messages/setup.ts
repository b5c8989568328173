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
  'file.kind.empty': { vi: 'một tệp trống', en: 'an empty file' },
  'file.kind.xlsx': { vi: 'một bảng tính Excel (.xlsx)', en: 'an Excel workbook (.xlsx)' },
  'file.kind.xlsm': { vi: 'một bảng tính Excel có macro (.xlsm)', en: 'a macro-enabled Excel workbook (.xlsm)' },
  'file.kind.xlsb': { vi: 'một bảng tính Excel dạng nhị phân (.xlsb)', en: 'a binary Excel workbook (.xlsb)' },
  'file.kind.ods': { vi: 'một bảng tính LibreOffice (.ods)', en: 'a LibreOffice spreadsheet (.ods)' },
  'file.kind.xls': { vi: 'một bảng tính Excel 97–2003 (.xls)', en: 'an Excel 97–2003 workbook (.xls)' },
  'file.kind.encrypted': { vi: 'một tệp Office đặt mật khẩu', en: 'a password-protected Office file' },
  'file.kind.docx': { vi: 'một văn bản Word (.docx)', en: 'a Word document (.docx)' },
  'file.kind.doc': { vi: 'một văn bản Word 97–2003 (.doc)', en: 'a Word 97–2003 document (.doc)' },
  'file.kind.pptx': { vi: 'một bài trình chiếu PowerPoint (.pptx)', en: 'a PowerPoint presentation (.pptx)' },
  'file.kind.odt': { vi: 'một văn bản LibreOffice (.odt)', en: 'a LibreOffice document (.odt)' },
  'file.kind.zip': { vi: 'một tệp nén (.zip)', en: 'a zip archive' },
  'file.kind.pdf': { vi: 'một tệp PDF', en: 'a PDF file' },
  'file.kind.json': { vi: 'một tệp dữ liệu JSON', en: 'a JSON data file' },
  'file.kind.csv': { vi: 'một bảng CSV', en: 'a CSV table' },
  'file.kind.text': { vi: 'một tệp văn bản thuần', en: 'a plain text file' },
  'file.kind.image': { vi: 'một tệp ảnh', en: 'a picture' },
  'file.kind.other': { vi: 'một tệp không phải văn bản hay bảng tính', en: 'neither a document nor a spreadsheet' },
  'file.wrongKind.campaign': {
    vi: 'Tệp "{file}" là {found}, không phải tệp chiến dịch. Hãy chọn tệp chiến dịch (.json) đã lưu, hoặc sổ tổng hợp (.xlsx) do phần mềm tạo.',
    en: '"{file}" is {found}, not a campaign file. Choose a saved campaign file (.json), or a master workbook (.xlsx) the app made.',
  },
  'file.wrongKind.unitList': {
    vi: 'Tệp "{file}" là {found}, không phải danh sách đơn vị. Hãy chọn danh sách dạng bảng tính Excel (.xlsx) hoặc CSV UTF-8 (.csv).',
    en: '"{file}" is {found}, not a unit list. Choose the list as an Excel workbook (.xlsx) or a UTF-8 CSV (.csv).',
  },
  'file.wrongKind.plan': {
    vi: 'Tệp "{file}" là {found}, không phải văn bản kế hoạch. Hãy chọn kế hoạch dạng Word (.docx), PDF có lớp chữ, hoặc dán nội dung kế hoạch vào ô văn bản.',
    en: '"{file}" is {found}, not a plan. Choose the plan as Word (.docx), a PDF with a text layer, or paste its text.',
  },
  'file.wrongKind.return': {
    vi: 'Tệp "{file}" là {found}, không phải báo cáo của đơn vị. Hãy chọn tệp mẫu báo cáo (.xlsx) đơn vị đã điền và gửi lại.',
    en: '"{file}" is {found}, not a unit\'s return. Choose the filled-in report form (.xlsx) the unit sent back.',
  },
  'file.duplicate': {
    vi: 'Tệp "{file}" đã được chọn (trùng nội dung với "{first}"); chỉ tính một lần.',
    en: '"{file}" was already chosen (same content as "{first}"); it is taken once.',
  },
  'cli.organisationPartial': {
    vi: 'Để tạo chiến dịch mang thông tin của đơn vị mình, cần nhập đủ --org, --place, --signer và --signer-title (--parent nếu có). Còn thiếu: {flags}.',
    en: 'To issue the campaign in your own name, give all of --org, --place, --signer and --signer-title (and --parent if any). Missing: {flags}.',
  },
  'cli.sampleValues': {
    vi: 'Lưu ý: tệp còn {count} mục là giá trị mẫu của mẫu chiến dịch; hãy thay trước khi tạo sổ và báo cáo (hoặc tạo lại với --org, --parent, --place, --signer, --signer-title):',
    en: 'Note: the file still has {count} sample values from the preset; replace them before making the master and the report (or run again with --org, --parent, --place, --signer, --signer-title):',
  },
} satisfies Catalogue;
