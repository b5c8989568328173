import type { Catalogue } from './types';

/** What the Office.js edge tells people: Excel errors and read findings. */
export const officeMessages = {
  'office.error.cellEditMode': {
    vi: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.',
    en: 'Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.',
  },
  'office.error.apiNotSupported': {
    vi: 'Phiên bản Excel này không hỗ trợ thao tác cần dùng ({detail}). Hãy cập nhật Excel hoặc dùng Excel trên web.',
    en: 'This version of Excel does not support a needed operation ({detail}). Update Excel or use Excel on the web.',
  },
  'office.error.accessDenied': {
    vi: 'Excel từ chối thao tác: trang tính hoặc sổ đang được bảo vệ hay chỉ cho đọc ({detail}). Bỏ bảo vệ hoặc mở bản được sửa rồi thử lại.',
    en: 'Excel refused: the sheet or workbook is protected or read-only ({detail}). Unprotect it or open an editable copy, then try again.',
  },
  'office.error.itemNotFound': {
    vi: 'Không tìm thấy trang tính hoặc vùng cần dùng ({detail}). Có thể trang đã bị đổi tên hay xóa.',
    en: 'A needed sheet or range was not found ({detail}). It may have been renamed or deleted.',
  },
  'office.error.itemAlreadyExists': {
    vi: 'Đã có một trang tính hoặc tên trùng ({detail}). Đổi tên trang cũ rồi thử lại.',
    en: 'A sheet or name with this name already exists ({detail}). Rename the old one and try again.',
  },
  'office.error.payloadTooLarge': {
    vi: 'Lượng dữ liệu gửi một lần vượt giới hạn của Excel ({detail}). Hãy thử lại với ít đơn vị hơn.',
    en: 'Too much data was sent to Excel at once ({detail}). Try again with fewer units.',
  },
  'office.error.invalidArgument': {
    vi: 'Excel không nhận một giá trị được ghi ({detail}).',
    en: 'Excel rejected a value that was written ({detail}).',
  },
  'office.error.office': {
    vi: 'Excel báo lỗi {officeCode}: {message}',
    en: 'Excel reported {officeCode}: {message}',
  },
  'office.error.notInExcel': {
    vi: 'Chức năng này chỉ dùng được khi bổ trợ chạy trong Excel.',
    en: 'This works only when the add-in runs inside Excel.',
  },
  'office.error.unexpected': {
    vi: 'Có lỗi không lường trước khi làm việc với Excel: {detail}',
    en: 'Unexpected error while working with Excel: {detail}',
  },
  'office.read.sheetMissing': {
    vi: 'Không có trang tính "{sheet}" trong sổ. Kiểm tra lại tên trang.',
    en: 'There is no sheet "{sheet}" in the workbook. Check the sheet name.',
  },
  'office.read.noTable': {
    vi: 'Trang "{sheet}" không có bảng nội dung báo cáo (dòng tiêu đề có cột "Mã" và "Kết quả"). Dùng đúng mẫu báo cáo đã gửi.',
    en: 'Sheet "{sheet}" has no indicator table (a header row with "Mã" and "Kết quả"). Use the report template that was sent.',
  },
  'office.notMaster': {
    vi: 'Sổ đang mở không phải sổ tổng hợp của Báo cáo Dân vận (không có trang ẩn _danvan chứa định nghĩa chiến dịch). Hãy mở sổ tổng hợp đã tạo bằng bảng điều khiển rồi bấm Tổng hợp.',
    en: 'The open workbook is not a DanVan master workbook (no hidden _danvan sheet with the campaign). Open the master made from the pane, then press Consolidate.',
  },
  'office.campaignInvalid': { vi: 'Định nghĩa chiến dịch trong sổ bị hỏng: {detail}', en: 'The campaign stored in the workbook is damaged: {detail}' },
  'office.consolidated': {
    vi: 'Đã tổng hợp {counted}/{units} đơn vị ({late} nộp muộn, {missing} chưa nộp, {rejected} bị trả lại): xem các trang Tổng hợp, Kiểm tra và Báo cáo.',
    en: 'Consolidated {counted}/{units} units ({late} late, {missing} missing, {rejected} rejected): see the Tổng hợp, Kiểm tra and Báo cáo sheets.',
  },
  'office.command.working': {
    vi: 'Đang tổng hợp… Nếu bạn đang sửa một ô, hãy nhấn Enter hoặc Esc để Excel chạy tiếp. Nút Tổng hợp trên dải băng chỉ được chạy tối đa 5 phút.',
    en: 'Consolidating… If you are editing a cell, press Enter or Esc so that Excel can go on. The ribbon\'s Tổng hợp button may run for 5 minutes at most.',
  },
  'office.command.stopping': {
    vi: 'Tổng hợp đã chạy {minutes} phút mà chưa xong. Excel dừng nút trên dải băng sau 5 phút, nên các trang báo cáo có thể chưa được ghi đủ. Hãy mở Bảng điều khiển (nhóm Dân vận) và bấm Tổng hợp ở đó: ở đó không giới hạn thời gian.',
    en: 'Tổng hợp has run for {minutes} minutes and is not done. Excel stops a ribbon button after 5 minutes, so the report sheets may be incomplete. Open Bảng điều khiển (the Dân vận group) and press Tổng hợp there: it has no time limit.',
  },
  'office.refused.intro': {
    vi: 'Sổ đã được ghi, nhưng Excel không nhận một số thiết lập hiển thị và in nên phần sau bị bỏ qua (có thể chỉnh tay trong Excel):',
    en: 'The workbook was written, but Excel refused some view and print settings, so the following was skipped (you can set them by hand in Excel):',
  },
  'office.refused.freezePanes': { vi: 'cố định dòng tiêu đề (Excel báo lỗi {code})', en: 'frozen header rows (Excel reported {code})' },
  'office.refused.gridlines': { vi: 'ẩn đường lưới (Excel báo lỗi {code})', en: 'hidden gridlines (Excel reported {code})' },
  'office.refused.pageLayout': {
    vi: 'thiết lập in khổ A4, hướng giấy, tỉ lệ in và dòng, cột tiêu đề lặp lại (Excel báo lỗi {code})',
    en: 'A4 print setup, orientation, print scale and repeated title rows and columns (Excel reported {code})',
  },
  'office.refused.autoFilter': { vi: 'nút lọc ở dòng tiêu đề bảng (Excel báo lỗi {code})', en: 'filter buttons on the table header row (Excel reported {code})' },
} satisfies Catalogue;
