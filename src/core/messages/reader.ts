import type { Catalogue } from './types';

/**
 * Reading a returned file, before any value is interpreted: the file's type, the report sheet, the
 * indicator table. A district officer reads these, so each says what happened in plain words and
 * what to ask the unit to do.
 */
export const readerMessages = {
  'reader.empty': {
    vi: 'Tệp {file} trống, không có nội dung: có thể tệp chưa tải về xong hoặc bị gửi nhầm. Hãy tải lại tệp, hoặc đề nghị đơn vị gửi lại tệp báo cáo.',
    en: '{file} is empty: it may not have finished downloading or was sent by mistake. Download it again, or ask the unit to send the report again.',
  },
  'reader.legacyXls': {
    vi: 'Tệp {file} được lưu theo định dạng Excel 5.0/95 (.xls), quá cũ nên phần mềm không đọc được. Hãy đề nghị đơn vị điền vào tệp mẫu gốc (.xlsx) đã gửi, hoặc mở tệp này, chọn Lưu thành (Save As) → "Excel Workbook (.xlsx)" rồi gửi lại.',
    en: '{file} is in the Excel 5.0/95 format (.xls), too old to be read. Ask the unit to fill in the original form (.xlsx), or to open this file, choose Save As → "Excel Workbook (.xlsx)" and send it again.',
  },
  'reader.encrypted': {
    vi: 'Tệp {file} đã được đặt mật khẩu nên phần mềm không mở được. Hãy đề nghị đơn vị gỡ mật khẩu (trong Excel: Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu rồi bấm OK), lưu lại và gửi lại tệp.',
    en: '{file} is protected with a password, so it cannot be opened. Ask the unit to remove the password (in Excel: File → Info → Protect Workbook → Encrypt with Password, clear it and press OK), save and send the file again.',
  },
  'reader.macroEnabled': {
    vi: 'Tệp {file} là tệp Excel có chứa macro (.xlsm) nên bị từ chối để phòng virus. Hãy đề nghị đơn vị điền vào tệp mẫu gốc (.xlsx) đã gửi, hoặc chọn Lưu thành (Save As) → "Excel Workbook (.xlsx)" rồi gửi lại.',
    en: '{file} is an Excel file with macros (.xlsm) and is refused as a virus risk. Ask the unit to fill in the original form (.xlsx), or to choose Save As → "Excel Workbook (.xlsx)" and send it again.',
  },
  'reader.ods': {
    vi: 'Tệp {file} được lưu theo định dạng riêng của LibreOffice (.ods). Hãy đề nghị đơn vị mở tệp, chọn Tệp → Lưu thành → "Excel 2007-365 (.xlsx)" → "Dùng định dạng Excel 2007-365!" rồi gửi lại.',
    en: '{file} is in LibreOffice\'s own format (.ods). Ask the unit to open it, choose File → Save As → "Excel 2007-365 (.xlsx)" → "Use Excel 2007-365!" and send it again.',
  },
  'reader.xlsb': {
    vi: 'Tệp {file} được lưu theo định dạng Excel nhị phân (.xlsb) nên phần mềm không đọc được. Hãy đề nghị đơn vị chọn Lưu thành (Save As) → "Excel Workbook (.xlsx)" rồi gửi lại.',
    en: '{file} is in the Excel binary format (.xlsb), which cannot be read. Ask the unit to choose Save As → "Excel Workbook (.xlsx)" and send it again.',
  },
  'reader.strictXlsx': {
    vi: 'Tệp {file} được lưu theo dạng "Strict Open XML" mà phần mềm chưa đọc được. Hãy đề nghị đơn vị chọn Lưu thành (Save As) → "Excel Workbook (.xlsx)" (không chọn "Strict Open XML") rồi gửi lại.',
    en: '{file} is saved as "Strict Open XML", which cannot be read yet. Ask the unit to choose Save As → "Excel Workbook (.xlsx)" (not "Strict Open XML") and send it again.',
  },
  'reader.notSpreadsheet': {
    vi: 'Tệp {file} không phải tệp Excel (.xlsx): có thể là ảnh, tệp PDF, tệp Word hoặc tệp gửi nhầm. Hãy đề nghị đơn vị gửi lại đúng tệp báo cáo Excel đã điền.',
    en: '{file} is not an Excel file (.xlsx): it may be a picture, a PDF, a Word file or a file sent by mistake. Ask the unit to send the filled-in Excel report.',
  },
  'reader.corrupt': {
    vi: 'Tệp {file} bị hỏng hoặc chưa tải về đủ nên không mở được. Hãy tải lại tệp; nếu vẫn lỗi, đề nghị đơn vị mở tệp trên máy của mình, lưu lại dạng .xlsx rồi gửi lại.',
    en: '{file} is damaged or was not fully downloaded, so it cannot be opened. Download it again; if that fails, ask the unit to open it, save it again as .xlsx and resend it.',
  },
  'reader.tooLarge': {
    vi: 'Tệp {file} quá lớn (khoảng {size} MB) so với một tệp báo cáo (thường dưới 1 MB), có thể có ảnh hoặc dữ liệu thừa. Hãy đề nghị đơn vị điền vào tệp mẫu gốc, không chèn ảnh, rồi gửi lại.',
    en: '{file} is too large (about {size} MB) for a report (usually under 1 MB); it may hold pictures or extra data. Ask the unit to fill in the original form without pictures and send it again.',
  },
  'reader.unreadable': {
    vi: 'Phần mềm không đọc được nội dung tệp {file}: bên trong tệp có phần không đúng cấu trúc của một tệp Excel. Hãy đề nghị đơn vị mở tệp bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi gửi lại.',
    en: 'The contents of {file} cannot be read: part of it is not laid out as an Excel file is. Ask the unit to open it in Excel or LibreOffice, save it again as .xlsx and resend it.',
  },
  'reader.notFillIn': {
    vi: 'Tệp {file} là sổ tổng hợp của cấp huyện, không phải tệp báo cáo của một đơn vị. Hãy chọn tệp báo cáo do đơn vị gửi về.',
    en: '{file} is the district master workbook, not a unit\'s report. Choose the report file the unit sent back.',
  },
  'reader.noReportSheet': {
    vi: 'Không tìm thấy bảng số liệu trong tệp {file}: không có trang "Báo cáo" nào có dòng tiêu đề gồm cột "Mã" và cột "Kết quả". Có thể đơn vị đã dùng mẫu khác hoặc xóa dòng tiêu đề. Hãy đề nghị đơn vị điền vào tệp mẫu gốc đã gửi rồi gửi lại.',
    en: 'No indicator table in {file}: no "Báo cáo" sheet has a header row with the columns "Mã" and "Kết quả". The unit may have used another form or deleted the header row. Ask the unit to fill in the original form and send it again.',
  },
  'reader.sheetRenamed': {
    vi: 'Trang "Báo cáo" đã bị đổi tên thành "{sheet}"; số liệu được đọc từ trang này. Hãy mở tệp xem lại, và nhắc đơn vị không đổi tên trang.',
    en: 'The "Báo cáo" sheet was renamed "{sheet}"; the figures were read from it. Check the file, and remind the unit not to rename sheets.',
  },
  'reader.columnMissing': {
    vi: 'Dòng tiêu đề bảng ở trang "{sheet}" (dòng {row}) thiếu cột "{column}" nên cột này được coi là để trống. Hãy đề nghị đơn vị dùng đúng tệp mẫu gốc.',
    en: 'The table header on sheet "{sheet}" (row {row}) has no "{column}" column, so that column is taken as empty. Ask the unit to use the original form.',
  },
  'reader.mergedAnswer': {
    vi: 'ô này đã bị gộp (merge) vào ô {master}, nên nội dung gõ vào vùng gộp nằm ở ô {master} chứ không ở ô này; ô này được coi là để trống. Hãy mở tệp kiểm tra, bỏ gộp ô và đề nghị đơn vị điền lại nếu cần.',
    en: 'this cell was merged into {master}, so anything typed in the merged area is stored in {master}, not here; this cell is taken as empty. Open the file, unmerge the cells and ask the unit to fill it in again if needed.',
  },
  'reader.zipBomb': {
    vi: 'Tệp {file} có cấu trúc bất thường: phần "{part}" khi giải nén lớn gấp hàng trăm lần dung lượng nén, điều hiếm gặp ở một tệp báo cáo (thường do có rất nhiều ô chữ lặp lại, hoặc tệp đã bị hỏng). Để an toàn, phần mềm không mở tệp này. Hãy đề nghị đơn vị điền vào tệp mẫu gốc đã gửi, xóa các dòng, cột thừa rồi gửi lại.',
    en: '{file} is unusual: its part "{part}" unpacks to hundreds of times its compressed size, which a report rarely does (usually a great deal of repeated text, or damage). To be safe it is not opened. Ask the unit to fill in the original form, delete any extra rows and columns, and send it again.',
  },
  'reader.tooManyParts': {
    vi: 'Tệp {file} chứa tới {parts} phần bên trong (giới hạn {limit}), quá nhiều so với một tệp báo cáo, nên bị từ chối. Hãy đề nghị đơn vị điền vào tệp mẫu gốc đã gửi rồi gửi lại.',
    en: '{file} holds {parts} parts inside (limit {limit}), far too many for a report, so it is refused. Ask the unit to fill in the original form and send it again.',
  },
  'reader.tooManyRows': {
    vi: 'Trang "{sheet}" trong tệp {file} có hơn {limit} dòng (đã đếm tới {rows}), quá lớn so với một tệp báo cáo, nên tệp bị từ chối. Có thể đơn vị đã dán dữ liệu khác vào. Hãy đề nghị đơn vị xóa các dòng thừa hoặc điền vào tệp mẫu gốc rồi gửi lại.',
    en: 'Sheet "{sheet}" in {file} has more than {limit} rows (counted {rows}), far too many for a report, so the file is refused. The unit may have pasted other data into it. Ask the unit to delete the extra rows or fill in the original form and send it again.',
  },
  'reader.tooManyColumns': {
    vi: 'Trang "{sheet}" trong tệp {file} dùng tới cột thứ {columns} (giới hạn {limit}), quá rộng so với một tệp báo cáo, nên tệp bị từ chối. Hãy đề nghị đơn vị xóa các cột thừa hoặc điền vào tệp mẫu gốc rồi gửi lại.',
    en: 'Sheet "{sheet}" in {file} uses up to column {columns} (limit {limit}), far too wide for a report, so the file is refused. Ask the unit to delete the extra columns or fill in the original form and send it again.',
  },
  'reader.xmlEntities': {
    vi: 'Tệp {file} có phần "{part}" chứa khai báo DOCTYPE/ENTITY mà Excel không bao giờ ghi ra — dấu hiệu tệp bị sửa có chủ đích để làm treo máy — nên bị từ chối. Hãy đề nghị đơn vị điền vào tệp mẫu gốc đã gửi rồi gửi lại.',
    en: '{file} has a part "{part}" with a DOCTYPE/ENTITY declaration that Excel never writes — a sign of a file crafted to hang the computer — so it is refused. Ask the unit to fill in the original form and send it again.',
  },
  'reader.externalLinks': {
    vi: 'Tệp {file} có liên kết tới tệp khác (External Links) nên bị từ chối: số liệu báo cáo phải nằm ngay trong tệp. Hãy đề nghị đơn vị vào Dữ liệu → Sửa liên kết → Ngắt liên kết (Data → Edit Links → Break Link), lưu lại rồi gửi lại.',
    en: '{file} links to other files (External Links), so it is refused: the report figures must be in the file itself. Ask the unit to use Data → Edit Links → Break Link, save and send it again.',
  },
  'reader.dde': {
    vi: 'Tệp {file} có liên kết DDE hoặc công thức gọi chương trình khác (dạng =ứng_dụng|...), có thể chạy lệnh trên máy khi mở, nên bị từ chối. Hãy đề nghị đơn vị xóa các công thức đó, chỉ nhập số liệu, rồi gửi lại.',
    en: '{file} has a DDE link or a formula that calls another program (like =app|...), which could run commands when opened, so it is refused. Ask the unit to remove those formulas, type the figures only, and send it again.',
  },
  'reader.cellTooLong': {
    vi: 'ô này chứa {length} ký tự, dài hơn mức Excel cho phép ({limit}); chỉ {limit} ký tự đầu được đọc. Hãy mở tệp kiểm tra và đề nghị đơn vị rút gọn nội dung.',
    en: 'this cell holds {length} characters, more than Excel allows ({limit}); only the first {limit} were read. Open the file to check it, and ask the unit to shorten the text.',
  },
  'reader.tooManyCells': {
    vi: 'Trang "{sheet}" trong tệp {file} chứa hơn {limit} ô (kể cả ô trống đã định dạng), quá lớn so với một tệp báo cáo, nên tệp bị từ chối. Hãy đề nghị đơn vị xóa các dòng, cột thừa (hoặc bỏ định dạng cả dòng, cả cột) rồi gửi lại.',
    en: 'Sheet "{sheet}" in {file} holds more than {limit} cells (empty formatted cells included), far too many for a report, so the file is refused. Ask the unit to delete the extra rows and columns (or clear whole-row and whole-column formatting) and send it again.',
  },
  'reader.numbers': {
    vi: 'Tệp {file} là bảng tính Apple Numbers (.numbers), không phải tệp Excel. Hãy đề nghị đơn vị mở tệp bằng ứng dụng Numbers trên iPhone, iPad hoặc máy Mac, chọn Chia sẻ/Xuất → Excel (.xlsx), rồi gửi lại tệp .xlsx đó.',
    en: '{file} is an Apple Numbers spreadsheet (.numbers), not an Excel file. Ask the unit to open it in Numbers on an iPhone, iPad or Mac, choose Share/Export → Excel (.xlsx), and send that .xlsx file.',
  },
  'reader.csv': {
    vi: 'Tệp {file} là tệp văn bản dạng CSV (các giá trị cách nhau bằng dấu phẩy), không phải tệp Excel, nên không có các ô của mẫu báo cáo. Hãy đề nghị đơn vị điền vào tệp mẫu gốc (.xlsx) bằng Excel, LibreOffice Calc hoặc WPS; nếu đã điền vào tệp này thì mở nó bằng Excel, chọn Lưu thành (Save As) → "Excel Workbook (.xlsx)" rồi gửi lại.',
    en: '{file} is a CSV text file (values separated by commas), not an Excel file, so it has none of the report form\'s cells. Ask the unit to fill in the original form (.xlsx) in Excel, LibreOffice Calc or WPS; if they filled in this file, to open it in Excel, choose Save As → "Excel Workbook (.xlsx)" and send it again.',
  },
  'reader.fods': {
    vi: 'Tệp {file} là bảng tính LibreOffice dạng XML phẳng (.fods), không phải tệp Excel. Hãy đề nghị đơn vị mở tệp bằng LibreOffice Calc, chọn Tệp → Lưu thành → "Excel 2007-365 (.xlsx)" → "Dùng định dạng Excel 2007-365!" rồi gửi lại.',
    en: '{file} is a flat XML LibreOffice spreadsheet (.fods), not an Excel file. Ask the unit to open it in LibreOffice Calc, choose File → Save As → "Excel 2007-365 (.xlsx)" → "Use Excel 2007-365!" and send it again.',
  },
  'reader.insertedRow': {
    vi: 'dòng {row} được chèn thêm vào bảng và không có mã ở cột "Mã", nên "{text}" không được tính vào nội dung nào. Hãy xem lại: nếu đó là số liệu của một nội dung, đề nghị đơn vị ghi vào ô "Kết quả" của đúng dòng đó (giải thích thì ghi ở cột "Ghi chú"), không chèn dòng.',
    en: 'row {row} was inserted into the table and has no indicator code, so "{text}" counts towards no indicator. Check it: if it is a figure of an indicator, ask the unit to put it in that indicator\'s "Kết quả" cell (explanations go in "Ghi chú"), without inserting rows.',
  },
} satisfies Catalogue;
