import type { Catalogue } from './types';

/**
 * The phone page (dien-bao-cao.html), where a union clerk fills the form the district sent without
 * a spreadsheet program. The clerk reads these, so they speak to the clerk, not to the district.
 */
export const phoneMessages = {
  'phone.title': { vi: 'Điền báo cáo Dân vận', en: 'Fill in the DanVan report' },
  'phone.language': { vi: 'English', en: 'Tiếng Việt' },
  'phone.intro': {
    vi: 'Chọn tệp báo cáo (.xlsx) mà cấp trên gửi cho đơn vị (thường ở mục Tải về hoặc trong Zalo). Trang này biến tệp thành phiếu để điền ngay trên điện thoại, rồi trả lại đúng tệp đó đã điền xong để gửi đi. Tệp không rời khỏi máy của bạn.',
    en: 'Choose the report file (.xlsx) your district sent to your union (usually in Downloads or in Zalo). This page turns it into a form to fill in on the phone, then gives back the same file, filled in, to send. The file never leaves your phone.',
  },
  'phone.choose': { vi: 'Chọn tệp báo cáo', en: 'Choose the report file' },
  'phone.chooseOther': { vi: 'Chọn tệp khác', en: 'Choose another file' },
  'phone.reading': { vi: 'Đang đọc tệp…', en: 'Reading the file…' },
  'phone.cannotOpen': { vi: 'Không mở được tệp {file} để điền báo cáo.', en: '{file} cannot be opened as a report form.' },
  'phone.notFillIn': {
    vi: 'Tệp {file} không phải tệp báo cáo của một đơn vị (có thể là sổ tổng hợp hoặc báo cáo tổng hợp). Hãy chọn đúng tệp báo cáo cấp trên gửi cho đơn vị mình.',
    en: '{file} is not a union\'s report form (it may be a master or a consolidated report). Choose the report form your district sent to your union.',
  },
  'phone.noCampaign': {
    vi: 'Tệp {file} không mang theo nội dung đợt báo cáo nên không điền được trên điện thoại (tệp được tạo bằng phiên bản cũ, hoặc không phải tệp của Báo cáo Dân vận). Hãy điền tệp bằng Excel hoặc WPS, hoặc đề nghị cấp trên gửi lại tệp mới.',
    en: '{file} does not carry its campaign, so it cannot be filled in on a phone (it was made by an older version, or is not a DanVan Report file). Fill it in with Excel or WPS, or ask your district for a new file.',
  },
  'phone.campaign': { vi: 'Đợt báo cáo', en: 'Campaign' },
  'phone.unit': { vi: 'Đơn vị', en: 'Union' },
  'phone.headerSection': { vi: 'Người báo cáo', en: 'Reporter' },
  'phone.reporter': { vi: 'Họ tên người báo cáo', en: 'Reporter\'s name' },
  'phone.phone': { vi: 'Số điện thoại', en: 'Phone number' },
  'phone.reportDate': { vi: 'Ngày báo cáo', en: 'Report date' },
  'phone.round': { vi: 'Kỳ báo cáo', en: 'Reporting round' },
  'phone.required': { vi: 'bắt buộc', en: 'required' },
  'phone.target': { vi: 'Chỉ tiêu: {target}', en: 'Target: {target}' },
  'phone.measure': { vi: 'Đơn vị tính: {measure}', en: 'Unit of measure: {measure}' },
  'phone.computed': { vi: 'Tự tính, không cần điền', en: 'Computed, nothing to type' },
  'phone.computedWaiting': { vi: 'Tự tính khi đã điền đủ số liệu', en: 'Computed once the figures are in' },
  'phone.atDistrict': { vi: 'Cấp trên tính khi tổng hợp', en: 'Computed by the district when consolidating' },
  'phone.choiceNone': { vi: '— Chọn —', en: '— Choose —' },
  'phone.note': { vi: 'Ghi chú', en: 'Note' },
  'phone.summaryTitle': { vi: 'Trước khi tải tệp', en: 'Before you download' },
  'phone.summaryErrors': { vi: 'Còn {count} lỗi cần sửa:', en: '{count} problems to fix:' },
  'phone.summaryWarnings': { vi: 'Cần xem lại {count} điểm:', en: '{count} points to check:' },
  'phone.summaryReady': { vi: 'Đã điền đủ, không có lỗi. Tải tệp rồi gửi cho cấp trên.', en: 'All filled in, no problems. Download the file and send it to your district.' },
  'phone.download': { vi: 'Tải tệp báo cáo', en: 'Download the report file' },
  'phone.share': { vi: 'Gửi qua Zalo / ứng dụng khác', en: 'Send with Zalo / another app' },
  'phone.writing': { vi: 'Đang ghi tệp…', en: 'Writing the file…' },
  'phone.written': { vi: 'Đã tạo tệp {file}. Hãy gửi tệp này cho cấp trên.', en: '{file} is ready. Send this file to your district.' },
  'phone.writeFailed': { vi: 'Không ghi được tệp báo cáo: {detail}. Hãy thử lại, hoặc điền tệp bằng Excel.', en: 'The report file could not be written: {detail}. Try again, or fill the file in with Excel.' },
  'phone.restored': { vi: 'Đã khôi phục số liệu bạn đã điền lần trước cho tệp này.', en: 'The answers you typed earlier for this file were restored.' },
  'phone.saved': { vi: 'Số liệu được lưu ngay trên máy khi bạn điền.', en: 'Answers are kept on this phone as you type.' },
  'phone.field': { vi: '{label}: {message}', en: '{label}: {message}' },
} satisfies Catalogue;
