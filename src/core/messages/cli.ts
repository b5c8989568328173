import type { Catalogue } from './types';

/** The command-line twin's words. */
export const cliMessages = {
  'cli.usage': {
    vi: `danvan — báo cáo công tác dân vận (LĐLĐ huyện)

Cách dùng:
  danvan init --list-presets                         liệt kê các mẫu chiến dịch
  danvan init --preset TÊN [--year NĂM] -o campaign.json   tạo chiến dịch từ mẫu
  danvan init --from campaign.json -o campaign.json  kiểm tra và chuẩn hóa tệp chiến dịch
  danvan init --from-plan ke-hoach.txt -o campaign.json   đọc văn bản kế hoạch thành chiến dịch
  danvan generate campaign.json [--units DS.csv|DS.xlsx] -o THƯ_MỤC
                                                     tạo sổ tổng hợp và tệp điền cho từng đơn vị
  danvan validate master.xlsx|campaign.json BÁO_CÁO... [--round KỲ] [--json]
                                                     kiểm tra các tệp báo cáo đơn vị gửi về
  danvan consolidate master.xlsx|campaign.json BÁO_CÁO... -o bao-cao.xlsx [--json tong-hop.json]
                    [--round KỲ] [--include-errors] [--date NNNN-TT-NN]
                                                     tổng hợp thành báo cáo của huyện
  danvan demo [-o THƯ_MỤC]                           chạy thử cả quy trình trên dữ liệu mẫu
  danvan schema                                      in JSON Schema của tệp chiến dịch

Tùy chọn chung: --lang vi|en (ngôn ngữ thông báo), --help
Mã thoát: 0 thành công; 1 có lỗi trong báo cáo; 2 sai cách dùng hoặc không đọc được dữ liệu vào.`,
    en: `danvan — mass-mobilisation campaign reporting (district labour federation)

Usage:
  danvan init --list-presets                         list campaign presets
  danvan init --preset NAME [--year YEAR] -o campaign.json   create a campaign from a preset
  danvan init --from campaign.json -o campaign.json  check and normalise a campaign file
  danvan init --from-plan plan.txt -o campaign.json  read a plan's text into a campaign
  danvan generate campaign.json [--units LIST.csv|LIST.xlsx] -o DIR
                                                     write the master and one fill-in workbook per unit
  danvan validate master.xlsx|campaign.json RETURNS... [--round ROUND] [--json]
                                                     check the returns units sent back
  danvan consolidate master.xlsx|campaign.json RETURNS... -o report.xlsx [--json summary.json]
                    [--round ROUND] [--include-errors] [--date YYYY-MM-DD]
                                                     consolidate into the district report
  danvan demo [-o DIR]                               run the whole chain on sample data
  danvan schema                                      print the campaign file's JSON Schema

Common options: --lang vi|en (message language), --help
Exit codes: 0 success; 1 errors found in returns; 2 usage error or unreadable input.`,
  },
  'cli.unknownCommand': { vi: 'Không có lệnh "{command}". Gõ danvan --help để xem các lệnh.', en: 'There is no command "{command}". Run danvan --help for the list.' },
  'cli.badOption': { vi: 'Tùy chọn không hợp lệ: {detail}', en: 'Invalid option: {detail}' },
  'cli.missingOutput': { vi: 'Thiếu tùy chọn -o (nơi ghi kết quả).', en: 'Missing -o (where to write the result).' },
  'cli.missingCampaign': { vi: 'Thiếu tệp chiến dịch. Ví dụ: danvan generate campaign.json -o so-bao-cao', en: 'Missing the campaign file. Example: danvan generate campaign.json -o out' },
  'cli.initSource': {
    vi: 'Cần đúng một nguồn: --preset TÊN hoặc --from TỆP (hoặc --list-presets).',
    en: 'Give exactly one source: --preset NAME or --from FILE (or --list-presets).',
  },
  'cli.unknownPreset': { vi: 'Không có mẫu "{name}". Các mẫu có: {names}.', en: 'There is no preset "{name}". Presets: {names}.' },
  'cli.badYear': { vi: 'Năm "{value}" không hợp lệ; ví dụ --year 2025.', en: 'Year "{value}" is not valid; e.g. --year 2025.' },
  'cli.cannotRead': { vi: 'Không đọc được tệp {file}: {detail}', en: 'Cannot read {file}: {detail}' },
  'cli.cannotWrite': { vi: 'Không ghi được {file}: {detail}', en: 'Cannot write {file}: {detail}' },
  'cli.campaignInvalid': { vi: 'Tệp chiến dịch {file} có {count} lỗi, chưa tạo gì:', en: 'The campaign file {file} has {count} problems; nothing was written:' },
  'cli.unitsInvalid': { vi: 'Danh sách đơn vị {file} có {count} lỗi, chưa tạo gì:', en: 'The unit list {file} has {count} problems; nothing was written:' },
  'cli.noUnits': {
    vi: 'Chiến dịch chưa có đơn vị nào. Thêm danh sách bằng --units DS.csv (các cột: Mã, Tên đơn vị, Khối, Số đoàn viên, Số CNVCLĐ, Người liên hệ, Điện thoại).',
    en: 'The campaign has no units. Add a list with --units LIST.csv (columns: Mã, Tên đơn vị, Khối, Số đoàn viên, Số CNVCLĐ, Người liên hệ, Điện thoại).',
  },
  'cli.masterUnreadable': { vi: 'Không mở được sổ tổng hợp {file}: {detail}', en: 'Cannot open the master workbook {file}: {detail}' },
  'cli.notMaster': {
    vi: 'Tệp {file} không phải sổ tổng hợp do DanVan tạo (không có định nghĩa chiến dịch nhúng). Dùng master.xlsx hoặc tệp campaign.json.',
    en: '{file} is not a DanVan master workbook (no embedded campaign). Use master.xlsx or campaign.json.',
  },
  'cli.missingReturns': { vi: 'Chưa có tệp báo cáo nào. Ví dụ: danvan validate master.xlsx bao-cao/*.xlsx', en: 'No return files given. Example: danvan validate master.xlsx returns/*.xlsx' },
  'cli.notFound': { vi: 'Không tìm thấy {file}.', en: '{file} not found.' },
  'cli.validateHeading': { vi: 'Kiểm tra {files} tệp báo cáo — {round} (hạn {deadline})', en: 'Checked {files} return files — {round} (due {deadline})' },
  'cli.unreadableHeading': { vi: 'Tệp không dùng được:', en: 'Files that could not be used:' },
  'cli.validateSummary': {
    vi: 'Tổng {units} đơn vị: {onTime} đúng hạn, {late} nộp muộn, {missing} chưa nộp, {rejected} bị trả lại. {errors} lỗi, {warnings} cảnh báo.',
    en: '{units} units: {onTime} on time, {late} late, {missing} missing, {rejected} rejected. {errors} errors, {warnings} warnings.',
  },
  'cli.unknownRound': { vi: 'Chiến dịch không có kỳ báo cáo "{round}". Các kỳ: {rounds}.', en: 'The campaign has no reporting round "{round}". Rounds: {rounds}.' },
  'cli.consolidateDone': {
    vi: 'Đã ghi báo cáo tổng hợp {file}: {counted}/{units} đơn vị được tính ({late} nộp muộn), {missing} chưa nộp, {rejected} bị trả lại; {errors} lỗi, {warnings} cảnh báo.',
    en: 'Wrote the district report {file}: {counted}/{units} units counted ({late} late), {missing} missing, {rejected} rejected; {errors} errors, {warnings} warnings.',
  },
  'cli.summaryWritten': { vi: 'Đã ghi số liệu dạng JSON vào {file}.', en: 'Wrote the JSON summary to {file}.' },
  'cli.headline': { vi: 'Một số kết quả chính:', en: 'Headline figures:' },
  'cli.badDate': { vi: 'Ngày "{value}" không hợp lệ; viết dạng NNNN-TT-NN, ví dụ --date 2026-01-02.', en: 'Date "{value}" is not valid; write YYYY-MM-DD, e.g. --date 2026-01-02.' },
  'cli.demoStart': { vi: 'Chạy thử cả quy trình trên dữ liệu mẫu: "{title}", {units} đơn vị.', en: 'Running the whole chain on sample data: "{title}", {units} units.' },
  'cli.demoWhere': {
    vi: `Kết quả trong {dir}:
  campaign.json            tệp chiến dịch (mẫu "{preset}")
  so/master.xlsx           sổ tổng hợp của LĐLĐ huyện
  so/units/*.xlsx          {fillIns} tệp điền gửi các CĐCS
  bao-cao-don-vi/*.xlsx    {returns} báo cáo các CĐCS gửi về (có đúng hạn, muộn, có lỗi, gửi lại; {missing} đơn vị không gửi)
  bao-cao-tong-hop.xlsx    báo cáo tổng hợp của huyện (mở trang "Báo cáo" để in)
  tong-hop.json            số liệu tổng hợp dạng JSON`,
    en: `Results in {dir}:
  campaign.json            the campaign (preset "{preset}")
  so/master.xlsx           the district's master workbook
  so/units/*.xlsx          {fillIns} fill-in workbooks sent to the unions
  bao-cao-don-vi/*.xlsx    {returns} returns sent back (on time, late, faulty, resent; {missing} units sent none)
  bao-cao-tong-hop.xlsx    the district report (open the "Báo cáo" sheet to print)
  tong-hop.json            the consolidated figures as JSON`,
  },
  'cli.warnings': { vi: 'Lưu ý:', en: 'Notes:' },
  'cli.initDone': {
    vi: 'Đã ghi tệp chiến dịch {file}: "{title}", {units} đơn vị, {indicators} chỉ tiêu, {targets} chỉ tiêu kế hoạch, {rounds} kỳ báo cáo.',
    en: 'Wrote the campaign file {file}: "{title}", {units} units, {indicators} indicators, {targets} targets, {rounds} reporting rounds.',
  },
  'cli.generateDone': {
    vi: 'Đã tạo sổ tổng hợp {master} và {count} tệp điền cho đơn vị trong {dir} ({seconds} giây).',
    en: 'Wrote the master workbook {master} and {count} fill-in workbooks in {dir} ({seconds} s).',
  },
  'cli.generateNext': {
    vi: 'Bước tiếp theo: gửi mỗi đơn vị tệp mang mã của mình; đơn vị điền vào ô nền vàng và gửi lại nguyên tệp.',
    en: 'Next: send each unit the file named with its code; they fill in the yellow cells and send the same file back.',
  },
} satisfies Catalogue;
