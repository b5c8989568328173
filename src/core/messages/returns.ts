import type { Catalogue } from './types';

/**
 * Findings about a unit's return, for the district officer who reads them and calls the unit.
 * Each says what is wrong with the value as typed and what to do.
 */
export const returnsMessages = {
  'return.required': { vi: 'chưa điền "{label}" (bắt buộc). Đề nghị đơn vị điền số liệu, nhập 0 nếu không có.', en: '"{label}" is required but empty. Ask the unit to fill it in (0 if none).' },
  'return.requiredAnswer': { vi: 'chưa điền "{label}" (bắt buộc). Đề nghị đơn vị bổ sung.', en: '"{label}" is required but empty. Ask the unit to add it.' },
  'return.notNumber': { vi: '"{raw}" không phải là số ({label}). Đề nghị đơn vị nhập số, ví dụ 12.', en: '"{raw}" is not a number ({label}). Ask for a number, e.g. 12.' },
  'return.ambiguousNumber': {
    vi: '"{raw}" không rõ là bao nhiêu ({label}): dấu chấm dùng để tách hàng nghìn, dấu phẩy để ghi phần thập phân. Hỏi lại đơn vị, ví dụ 1.000 là một nghìn, 1,5 là một phẩy năm.',
    en: '"{raw}" could mean two values ({label}): a dot separates thousands, a comma marks decimals. Ask the unit; 1.000 is a thousand, 1,5 is one and a half.',
  },
  'return.notInteger': { vi: '"{raw}" không phải số nguyên, mà "{label}" phải là số nguyên. Hỏi lại đơn vị.', en: '"{raw}" is not a whole number, but "{label}" must be one. Ask the unit.' },
  'return.negative': { vi: '"{raw}" là số âm; "{label}" không thể âm. Hỏi lại đơn vị.', en: '"{raw}" is negative; "{label}" cannot be. Ask the unit.' },
  'return.outOfBounds': {
    vi: '{value} {measure} nằm ngoài giới hạn cho phép ({min} – {max}) của "{label}". Kiểm tra lại với đơn vị.',
    en: '{value} {measure} is outside the allowed range ({min} – {max}) for "{label}". Check with the unit.',
  },
  'return.notYesNo': { vi: '"{raw}" không phải "Có" hoặc "Không" ({label}). Hỏi lại đơn vị.', en: '"{raw}" is neither "Có" (yes) nor "Không" (no) ({label}). Ask the unit.' },
  'return.notChoice': { vi: '"{raw}" không có trong danh sách chọn của "{label}": {choices}.', en: '"{raw}" is not one of the choices for "{label}": {choices}.' },
  'return.notDate': { vi: '"{raw}" không phải ngày hợp lệ ({label}). Ngày viết theo ngày/tháng/năm, ví dụ 20/12/2025.', en: '"{raw}" is not a valid date ({label}). Write day/month/year, e.g. 20/12/2025.' },
  'return.dateOutsidePeriod': { vi: 'ngày {date} ({label}) nằm ngoài thời gian đợt ({start} – {end}). Kiểm tra lại.', en: '{date} ({label}) is outside the period ({start} – {end}). Check it.' },
  'return.textTooLong': { vi: '"{label}" dài {length} ký tự, quá {max} ký tự; nội dung vẫn được giữ nguyên để xem.', en: '"{label}" is {length} characters, over {max}; the text is kept for review.' },
  'return.partExceedsWhole': {
    vi: '"{part}" ({partValue}) lớn hơn "{whole}" ({wholeValue}), trong khi đây chỉ là một phần ("trong đó"). Hỏi lại đơn vị.',
    en: '"{part}" ({partValue}) exceeds "{whole}" ({wholeValue}), though it is a part of it. Ask the unit.',
  },
  'return.requiresMissing': { vi: 'có "{when}" ({whenValue}) nhưng chưa có "{then}". Đề nghị đơn vị bổ sung.', en: '"{when}" is given ({whenValue}) but "{then}" is not. Ask the unit to add it.' },
  'return.belowTarget': { vi: '"{label}" đạt {value}/{target} {measure}, bằng {percent} chỉ tiêu giao.', en: '"{label}" reached {value} of {target} {measure}, {percent} of the target.' },
  'return.rateBelowTarget': { vi: '"{label}" đạt {value}, thấp hơn chỉ tiêu {target}.', en: '"{label}" is {value}, below the target of {target}.' },
  'return.farAboveTarget': { vi: '"{label}" = {value} {measure}, gấp hơn {times} lần chỉ tiêu giao ({target}). Kiểm tra lại.', en: '"{label}" = {value} {measure}, over {times} times the target ({target}). Check it.' },
  'return.peerOutlier': {
    vi: '"{label}" = {value} {measure}, gấp hơn {times} lần mức phổ biến của các đơn vị khối "{group}" ({median}). Kiểm tra lại.',
    en: '"{label}" = {value} {measure}, over {times} times the typical figure of "{group}" units ({median}). Check it.',
  },
  'return.late': { vi: 'báo cáo ngày {date}, sau hạn {deadline}: nộp muộn.', en: 'report dated {date}, after the deadline {deadline}: late.' },
  'return.noReportDate': { vi: 'chưa ghi ngày báo cáo nên không xác định được nộp đúng hạn hay không.', en: 'no report date, so timeliness cannot be judged.' },
  'return.noReporter': { vi: 'chưa ghi tên người báo cáo.', en: 'no reporter name.' },
  'return.reportDateOutside': { vi: 'ngày báo cáo {date} nằm trước khi đợt bắt đầu ({start}). Kiểm tra lại.', en: 'report date {date} is before the period starts ({start}). Check it.' },
  'return.otherCampaign': {
    vi: 'tệp này là báo cáo của kế hoạch "{foundTitle}", không phải của kế hoạch "{expectedTitle}" mà sổ này tổng hợp: có thể là tệp của huyện khác hoặc đợt khác. Không dùng số liệu này; hỏi lại đơn vị đã gửi tệp.',
    en: 'this file is a return for "{foundTitle}", not for "{expectedTitle}", which this master consolidates: it may come from another district or another round. Its figures are not used; ask whoever sent it.',
  },
  'return.otherUnit': {
    vi: 'tệp ghi đơn vị "{foundName}" (kế hoạch "{foundTitle}"), nhưng mã {code} trong kế hoạch "{expectedTitle}" của sổ này là "{name}": đây là tệp của đơn vị khác, có thể của huyện khác dùng cùng mẫu. Không dùng số liệu này; hỏi lại người đã gửi tệp.',
    en: 'the file is for "{foundName}" ("{foundTitle}"), but code {code} in this master\'s "{expectedTitle}" is "{name}": the file belongs to another unit, perhaps of another district using the same form. Its figures are not used; ask whoever sent it.',
  },
  'return.otherForm': {
    vi: 'tệp mang mã kế hoạch và mã đơn vị của sổ này, nhưng phần cố định của mẫu (nội dung, đơn vị tính, chỉ tiêu giao) khác với mẫu mà kế hoạch "{expectedTitle}" của sổ này đã làm cho {name}; tệp ghi là mẫu của "{foundTitle}". Có thể chỉ tiêu đã được sửa sau khi gửi mẫu, hoặc tệp là của huyện khác. Không dùng số liệu này; gửi lại mẫu mới cho đơn vị.',
    en: 'the file carries this master\'s campaign and unit codes, but the locked part of its form (labels, units of measure, targets) differs from the form this master\'s "{expectedTitle}" made for {name}; the file says it is a form of "{foundTitle}". Targets may have changed after the forms were sent, or the file is another district\'s. Its figures are not used; send the unit the new form.',
  },
  'return.unknownUnit': { vi: 'mã đơn vị "{code}" không có trong danh sách đơn vị của chiến dịch.', en: 'unit code "{code}" is not in the campaign\'s unit list.' },
  'return.noIdentity': {
    vi: 'không nhận ra tệp này là báo cáo của đơn vị nào (không có thông tin nhúng, không có "Mã đơn vị"). Đề nghị đơn vị điền lại trên tệp mẫu đã gửi.',
    en: 'cannot tell which unit this file is from (no embedded data, no "Mã đơn vị"). Ask the unit to use the form it was sent.',
  },
  'return.tampered': {
    vi: 'phần cố định của mẫu (mã, nội dung, đơn vị tính hoặc chỉ tiêu) đã bị sửa, số liệu có thể nằm sai dòng. Dòng bị thiếu: {missing}. Dòng lặp lại: {duplicated}. Dòng bị chuyển chỗ: {moved}. Đề nghị đơn vị điền lại trên tệp mẫu gốc.',
    en: 'the locked part of the form (codes, labels, units of measure or targets) was changed; figures may be on the wrong rows. Rows missing: {missing}. Rows repeated: {duplicated}. Rows moved: {moved}. Ask the unit to refill the original form.',
  },
  'return.fromHeaderOnly': {
    vi: 'tệp không còn thông tin nhúng của mẫu; đơn vị được nhận ra theo ô "Mã đơn vị" ({code}). Kiểm tra lại tệp có đúng mẫu đã gửi không.',
    en: 'the file lost its embedded data; the unit was recognised from "Mã đơn vị" ({code}). Check it is the form that was sent.',
  },
  'return.missingRow': { vi: 'không tìm thấy dòng "{label}" (mã {code}) trong bảng; có thể dòng đã bị xóa.', en: 'row "{label}" (code {code}) is missing from the table; it may have been deleted.' },
  'return.unknownRow': { vi: 'bảng có dòng mã {code} không thuộc chiến dịch; dòng này bị bỏ qua.', en: 'the table has a row {code} that is not in the campaign; it is ignored.' },
  'return.duplicateRow': { vi: 'mã {code} xuất hiện hai lần trong bảng (ô {other}); chỉ dùng dòng đầu tiên.', en: 'code {code} appears twice in the table (also {other}); only the first row is used.' },
  'return.unknownRound': { vi: 'kỳ báo cáo "{raw}" không khớp kỳ nào của chiến dịch ({rounds}).', en: 'reporting round "{raw}" matches none of the campaign\'s rounds ({rounds}).' },
  'return.otherRound': { vi: 'báo cáo này thuộc kỳ "{found}", không phải kỳ đang kiểm tra ("{expected}"); không tính vào kỳ này.', en: 'this return is for "{found}", not the round being checked ("{expected}"); not counted.' },
  'return.superseded': {
    vi: 'đơn vị đã gửi {count} báo cáo cho kỳ này; dùng báo cáo mới hơn ({kept}), tệp này vẫn được giữ trong danh sách.',
    en: 'the unit sent {count} returns for this round; the later one ({kept}) is used, this file stays listed.',
  },
  'return.missing': { vi: 'chưa nhận được báo cáo của {name}. Liên hệ: {contact}.', en: 'no return from {name} yet. Contact: {contact}.' },
  'return.noContact': { vi: 'chưa có thông tin liên hệ', en: 'no contact details' },
  'status.on-time': { vi: 'đúng hạn', en: 'on time' },
  'status.late': { vi: 'nộp muộn', en: 'late' },
  'status.missing': { vi: 'chưa nộp', en: 'missing' },
  'status.rejected': { vi: 'bị trả lại', en: 'rejected' },
  'return.sentBack.refill.excel': {
    vi: 'báo cáo của {name} ({code}) bị trả lại, tệp {file} không được tính. Báo đơn vị (liên hệ: {contact}): mở lại tệp mẫu gốc đã nhận bằng Excel (có dải vàng "Dạng xem được bảo vệ" thì bấm "Bật chỉnh sửa"), chỉ điền vào ô nền vàng, không thêm, xóa hay sửa dòng trong bảng, bấm Tệp → Lưu rồi gửi lại tệp đó.',
    en: 'the return of {name} ({code}) is sent back; {file} is not counted. Tell the unit (contact: {contact}): open the original form in Excel again (if a yellow "Protected View" bar shows, press "Enable Editing"), fill in only the yellow cells, do not add, delete or edit table rows, press File → Save and send that file.',
  },
  'return.sentBack.refill.libreoffice': {
    vi: 'báo cáo của {name} ({code}) bị trả lại, tệp {file} không được tính. Báo đơn vị (liên hệ: {contact}): mở lại tệp mẫu gốc đã nhận bằng LibreOffice Calc, chỉ điền vào ô nền vàng, không thêm, xóa hay sửa dòng trong bảng, chọn Tệp → Lưu, khi được hỏi định dạng bấm "Dùng định dạng Excel 2007-365!" rồi gửi lại tệp .xlsx đó.',
    en: 'the return of {name} ({code}) is sent back; {file} is not counted. Tell the unit (contact: {contact}): open the original form in LibreOffice Calc again, fill in only the yellow cells, do not add, delete or edit table rows, choose File → Save, answer "Use Excel 2007-365!" when asked about the format, and send that .xlsx file.',
  },
  'return.sentBack.refill.wps': {
    vi: 'báo cáo của {name} ({code}) bị trả lại, tệp {file} không được tính. Báo đơn vị (liên hệ: {contact}): mở lại tệp mẫu gốc đã nhận bằng WPS Spreadsheets, chỉ điền vào ô nền vàng, không thêm, xóa hay sửa dòng trong bảng, chọn Tệp → Lưu thành → "Excel Workbook (*.xlsx)" rồi gửi lại tệp đó.',
    en: 'the return of {name} ({code}) is sent back; {file} is not counted. Tell the unit (contact: {contact}): open the original form in WPS Spreadsheets again, fill in only the yellow cells, do not add, delete or edit table rows, choose File → Save As → "Excel Workbook (*.xlsx)" and send that file.',
  },
  'return.sentBack.refill.other': {
    vi: 'báo cáo của {name} ({code}) bị trả lại, tệp {file} không được tính. Báo đơn vị (liên hệ: {contact}): mở lại tệp mẫu gốc đã nhận bằng Excel, LibreOffice Calc hoặc WPS, chỉ điền vào ô nền vàng, không thêm, xóa hay sửa dòng trong bảng, lưu dạng Excel (.xlsx) rồi gửi lại tệp đó.',
    en: 'the return of {name} ({code}) is sent back; {file} is not counted. Tell the unit (contact: {contact}): open the original form again in Excel, LibreOffice Calc or WPS, fill in only the yellow cells, do not add, delete or edit table rows, save it as Excel (.xlsx) and send that file.',
  },
  'return.sentBack.newForm.excel': {
    vi: 'báo cáo của {name} ({code}) bị trả lại, tệp {file} không được tính vì làm trên mẫu cũ hoặc mẫu khác. Gửi cho đơn vị (liên hệ: {contact}) tệp mẫu mới của đơn vị; đơn vị mở tệp mới đó bằng Excel (có dải vàng "Dạng xem được bảo vệ" thì bấm "Bật chỉnh sửa"), chép số liệu vào các ô nền vàng, bấm Tệp → Lưu rồi gửi lại tệp mới.',
    en: 'the return of {name} ({code}) is sent back; {file} is not counted because it was made on an old or another form. Send the unit (contact: {contact}) its new form; the unit opens that new file in Excel (if a yellow "Protected View" bar shows, press "Enable Editing"), copies its figures into the yellow cells, presses File → Save and sends the new file.',
  },
  'return.sentBack.newForm.libreoffice': {
    vi: 'báo cáo của {name} ({code}) bị trả lại, tệp {file} không được tính vì làm trên mẫu cũ hoặc mẫu khác. Gửi cho đơn vị (liên hệ: {contact}) tệp mẫu mới của đơn vị; đơn vị mở tệp mới đó bằng LibreOffice Calc, chép số liệu vào các ô nền vàng, chọn Tệp → Lưu, khi được hỏi định dạng bấm "Dùng định dạng Excel 2007-365!" rồi gửi lại tệp mới.',
    en: 'the return of {name} ({code}) is sent back; {file} is not counted because it was made on an old or another form. Send the unit (contact: {contact}) its new form; the unit opens that new file in LibreOffice Calc, copies its figures into the yellow cells, chooses File → Save, answers "Use Excel 2007-365!" when asked about the format, and sends the new file.',
  },
  'return.sentBack.newForm.wps': {
    vi: 'báo cáo của {name} ({code}) bị trả lại, tệp {file} không được tính vì làm trên mẫu cũ hoặc mẫu khác. Gửi cho đơn vị (liên hệ: {contact}) tệp mẫu mới của đơn vị; đơn vị mở tệp mới đó bằng WPS Spreadsheets, chép số liệu vào các ô nền vàng, chọn Tệp → Lưu thành → "Excel Workbook (*.xlsx)" rồi gửi lại tệp mới.',
    en: 'the return of {name} ({code}) is sent back; {file} is not counted because it was made on an old or another form. Send the unit (contact: {contact}) its new form; the unit opens that new file in WPS Spreadsheets, copies its figures into the yellow cells, chooses File → Save As → "Excel Workbook (*.xlsx)" and sends the new file.',
  },
  'return.sentBack.newForm.other': {
    vi: 'báo cáo của {name} ({code}) bị trả lại, tệp {file} không được tính vì làm trên mẫu cũ hoặc mẫu khác. Gửi cho đơn vị (liên hệ: {contact}) tệp mẫu mới của đơn vị; đơn vị mở tệp mới đó bằng Excel, LibreOffice Calc hoặc WPS, chép số liệu vào các ô nền vàng, lưu dạng Excel (.xlsx) rồi gửi lại tệp mới.',
    en: 'the return of {name} ({code}) is sent back; {file} is not counted because it was made on an old or another form. Send the unit (contact: {contact}) its new form; the unit opens that new file in Excel, LibreOffice Calc or WPS, copies its figures into the yellow cells, saves it as Excel (.xlsx) and sends the new file.',
  },
  'return.sentBack.correct.excel': {
    vi: 'báo cáo của {name} ({code}) bị trả lại, tệp {file} không được tính. Báo đơn vị (liên hệ: {contact}): mở tệp đã gửi bằng Excel (bấm "Bật chỉnh sửa" nếu có dải vàng), sửa các ô được nêu ở các lỗi trên (bấm vào ô sẽ thấy hướng dẫn nhập), bấm Tệp → Lưu rồi gửi lại.',
    en: 'the return of {name} ({code}) is sent back; {file} is not counted. Tell the unit (contact: {contact}): open the file in Excel (press "Enable Editing" if a yellow bar shows), correct the cells named in the errors above (clicking a cell shows how to fill it in), press File → Save and send it again.',
  },
  'return.sentBack.correct.libreoffice': {
    vi: 'báo cáo của {name} ({code}) bị trả lại, tệp {file} không được tính. Báo đơn vị (liên hệ: {contact}): mở tệp đã gửi bằng LibreOffice Calc, sửa các ô được nêu ở các lỗi trên, chọn Tệp → Lưu, khi được hỏi định dạng bấm "Dùng định dạng Excel 2007-365!" rồi gửi lại.',
    en: 'the return of {name} ({code}) is sent back; {file} is not counted. Tell the unit (contact: {contact}): open the file in LibreOffice Calc, correct the cells named in the errors above, choose File → Save, answer "Use Excel 2007-365!" when asked about the format, and send it again.',
  },
  'return.sentBack.correct.wps': {
    vi: 'báo cáo của {name} ({code}) bị trả lại, tệp {file} không được tính. Báo đơn vị (liên hệ: {contact}): mở tệp đã gửi bằng WPS Spreadsheets, sửa các ô được nêu ở các lỗi trên, chọn Tệp → Lưu (giữ định dạng .xlsx) rồi gửi lại.',
    en: 'the return of {name} ({code}) is sent back; {file} is not counted. Tell the unit (contact: {contact}): open the file in WPS Spreadsheets, correct the cells named in the errors above, choose File → Save (keep the .xlsx format) and send it again.',
  },
  'return.sentBack.correct.other': {
    vi: 'báo cáo của {name} ({code}) bị trả lại, tệp {file} không được tính. Báo đơn vị (liên hệ: {contact}): mở tệp đã gửi bằng Excel, LibreOffice Calc hoặc WPS, sửa các ô được nêu ở các lỗi trên, lưu dạng Excel (.xlsx) rồi gửi lại.',
    en: 'the return of {name} ({code}) is sent back; {file} is not counted. Tell the unit (contact: {contact}): open the file in Excel, LibreOffice Calc or WPS, correct the cells named in the errors above, save it as Excel (.xlsx) and send it again.',
  },
  'reason.noTable': { vi: 'không tìm thấy bảng số liệu (mẫu bị xóa hoặc sửa dòng tiêu đề)', en: 'no indicator table (the form\'s header row was deleted or changed)' },
  'reason.unreadable': { vi: 'tệp không đọc được', en: 'the file cannot be read' },
  'reason.tampered': { vi: 'phần cố định của mẫu bị sửa', en: 'the locked part of the form was changed' },
  'reason.otherForm': { vi: 'không phải mẫu sổ này đã gửi cho đơn vị', en: 'not the form this master sent the unit' },
  'reason.rowsMissing': { vi: 'bảng thiếu dòng bắt buộc', en: 'required rows are missing from the table' },
  'reason.macroEnabled': { vi: 'tệp Excel có chứa macro (.xlsm), bị từ chối để phòng virus', en: 'an Excel file with macros (.xlsm), refused as a virus risk' },
  'reason.externalLinks': { vi: 'tệp có liên kết tới tệp khác (External Links)', en: 'the file links to other files (External Links)' },
  'reason.dde': { vi: 'tệp có liên kết DDE hoặc công thức gọi chương trình khác', en: 'the file has a DDE link or a formula calling another program' },
  'reason.errors': { vi: '{count} lỗi số liệu cần sửa', en: '{count} errors in the figures to correct' },
  'return.otherCampaignSameTitle': {
    vi: 'tệp này là báo cáo của một kế hoạch khác cũng mang tên "{expectedTitle}", không phải kế hoạch mà sổ này tổng hợp: có thể là tệp của huyện khác, hoặc của kế hoạch này trước khi được tạo lại. Không dùng số liệu này; hỏi lại đơn vị đã gửi tệp.',
    en: 'this file is a return for another campaign also called "{expectedTitle}", not the one this master consolidates: it may come from another district, or from this campaign before it was made anew. Its figures are not used; ask whoever sent it.',
  },
} satisfies Catalogue;
