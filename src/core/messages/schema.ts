import type { Catalogue } from './types';

/** Problems in a campaign file, worded for the district officer who edits it. */
export const schemaMessages = {
  'schema.invalidJson': {
    vi: 'Tệp {file} không phải JSON hợp lệ ({detail}). Hãy mở tệp bằng trình soạn thảo văn bản và sửa lỗi cú pháp.',
    en: '{file} is not valid JSON ({detail}). Open it in a text editor and fix the syntax.',
  },
  'schema.missingVersion': {
    vi: 'Tệp chiến dịch thiếu trường "schemaVersion". Hãy thêm "schemaVersion": {supported}.',
    en: 'The campaign file has no "schemaVersion". Add "schemaVersion": {supported}.',
  },
  'schema.unsupportedVersion': {
    vi: 'Tệp chiến dịch có phiên bản "schemaVersion" = {found}, phần mềm này chỉ đọc được phiên bản {supported}. Hãy dùng phiên bản phần mềm phù hợp hoặc tạo lại tệp bằng "danvan init".',
    en: 'The campaign file has "schemaVersion" {found}; this version reads only {supported}. Use a matching release or recreate the file with "danvan init".',
  },
  'schema.notObject': { vi: 'Tệp chiến dịch phải là một đối tượng JSON {…}.', en: 'The campaign file must be a JSON object {…}.' },
  'schema.at': { vi: 'Tại {path}: {message}', en: 'At {path}: {message}' },
  'schema.required': { vi: 'thiếu giá trị bắt buộc (cần {expected}).', en: 'a required value is missing (expected {expected}).' },
  'schema.wrongType': { vi: 'cần {expected} nhưng đang là {received}.', en: 'expected {expected} but found {received}.' },
  'schema.tooSmallString': { vi: 'không được để trống.', en: 'must not be empty.' },
  'schema.tooSmallNumber': { vi: 'phải lớn hơn hoặc bằng {minimum}.', en: 'must be at least {minimum}.' },
  'schema.tooBigNumber': { vi: 'phải nhỏ hơn hoặc bằng {maximum}.', en: 'must be at most {maximum}.' },
  'schema.tooSmallArray': { vi: 'cần ít nhất {minimum} mục.', en: 'needs at least {minimum} items.' },
  'schema.tooBigString': { vi: 'dài quá {maximum} ký tự.', en: 'is longer than {maximum} characters.' },
  'schema.notInteger': { vi: 'phải là số nguyên.', en: 'must be a whole number.' },
  'schema.invalidValue': { vi: 'giá trị "{received}" không hợp lệ; chỉ nhận: {values}.', en: 'value "{received}" is not allowed; use one of: {values}.' },
  'schema.unknownField': { vi: 'có trường lạ không dùng đến: {keys}. Hãy kiểm tra chính tả hoặc xóa đi.', en: 'has unknown fields: {keys}. Check the spelling or remove them.' },
  'schema.noMatch': { vi: 'giá trị không đúng dạng nào được chấp nhận.', en: 'the value matches none of the accepted forms.' },
  'schema.invalidFormat': { vi: 'giá trị "{received}" không đúng định dạng.', en: 'value "{received}" is not in the right format.' },
  'schema.isoDate': { vi: 'ngày phải viết dạng NNNN-TT-NN, ví dụ 2024-12-17.', en: 'dates are written YYYY-MM-DD, e.g. 2024-12-17.' },
  'schema.realDate': { vi: 'ngày này không có trong lịch.', en: 'this date does not exist.' },
  'schema.timeOfDay': { vi: 'giờ phải viết dạng GG:PP, ví dụ 10:00.', en: 'times are written HH:MM, e.g. 10:00.' },
  'schema.indicatorCode': {
    vi: 'mã nội dung gồm chữ in hoa, chữ số hoặc dấu _, bắt đầu bằng chữ, dài 2–16 ký tự (ví dụ TT01).',
    en: 'indicator codes are 2–16 capital letters, digits or _, starting with a letter (e.g. TT01).',
  },
  'schema.unitCode': {
    vi: 'mã đơn vị gồm chữ, chữ số, dấu chấm, gạch ngang hoặc _, tối đa 20 ký tự, không dấu cách (ví dụ XA01).',
    en: 'unit codes are up to 20 letters, digits, dots, dashes or _, without spaces (e.g. XA01).',
  },
  'schema.slug': {
    vi: 'mã chiến dịch gồm chữ thường không dấu, chữ số và gạch ngang (ví dụ dmc-dan-van-dot2-2024).',
    en: 'campaign ids are lower-case letters, digits and dashes (e.g. dmc-dan-van-dot2-2024).',
  },
  'schema.roundId': { vi: 'mã kỳ báo cáo gồm chữ thường không dấu, chữ số và gạch ngang.', en: 'round ids are lower-case letters, digits and dashes.' },
  'schema.periodOrder': { vi: 'ngày kết thúc đứng trước ngày bắt đầu.', en: 'the end date is before the start date.' },
  'schema.deadlineBeforePeriod': { vi: 'hạn báo cáo đứng trước ngày bắt đầu đợt.', en: 'the deadline is before the campaign starts.' },
  'schema.duplicateIndicator': { vi: 'mã nội dung {code} bị trùng.', en: 'indicator code {code} appears twice.' },
  'schema.duplicateUnit': { vi: 'mã đơn vị {code} bị trùng.', en: 'unit code {code} appears twice.' },
  'schema.districtTargetShared': {
    vi: 'nội dung {code} do huyện trực tiếp thực hiện nên chỉ tiêu không phân bổ cho đơn vị; chọn "không phân bổ".',
    en: 'target {code} is the district’s own, so it is not shared among units; choose "not shared".',
  },
  'schema.unitsTargetResult': {
    vi: 'nội dung {code} do các đơn vị thực hiện: kết quả là tổng báo cáo của đơn vị, không nhập tay.',
    en: 'target {code} is reached through the units: its result is the sum of their returns, not typed.',
  },
  'schema.duplicateRound': { vi: 'mã kỳ báo cáo {code} bị trùng.', en: 'round id {code} appears twice.' },
  'schema.duplicateTarget': { vi: 'nội dung {code} được giao chỉ tiêu hai lần.', en: 'indicator {code} has two targets.' },
  'schema.unknownIndicator': { vi: 'không có nội dung mã {code} trong danh sách nội dung theo dõi.', en: 'there is no indicator {code}.' },
  'schema.unknownUnit': { vi: 'không có đơn vị mã {code} trong danh sách đơn vị.', en: 'there is no unit {code}.' },
  'schema.typeString': { vi: 'chuỗi chữ', en: 'text' },
  'schema.typeNumber': { vi: 'số', en: 'a number' },
  'schema.typeBoolean': { vi: 'true/false', en: 'true/false' },
  'schema.typeArray': { vi: 'danh sách [...]', en: 'a list [...]' },
  'schema.typeObject': { vi: 'đối tượng {…}', en: 'an object {…}' },
  'schema.typeNull': { vi: 'null', en: 'null' },
  'schema.typeOther': { vi: 'giá trị khác', en: 'another value' },
  'schema.root': { vi: 'gốc tệp', en: 'the file root' },
  'schema.listItemSeparator': {
    vi: 'lựa chọn "{value}" có dấu phẩy hoặc dấu ngoặc kép, mà Excel dùng để ngăn cách các lựa chọn trong danh sách thả xuống. Hãy viết lại không có dấu phẩy và ngoặc kép (ví dụ dùng dấu gạch ngang).',
    en: 'the choice "{value}" holds a comma or a double quote, which Excel uses to separate the choices of a drop-down list. Write it without commas and quotes (a dash, for example).',
  },
  'schema.listTooLong': {
    vi: 'các lựa chọn dài tổng cộng {length} ký tự (tính cả dấu phẩy ngăn cách), quá {max} ký tự mà danh sách thả xuống của Excel nhận được. Hãy rút gọn hoặc bớt lựa chọn.',
    en: 'the choices come to {length} characters (with the commas between them), more than the {max} characters an Excel drop-down list takes. Shorten them or use fewer.',
  },
} satisfies Catalogue;
