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
  danvan validate master.xlsx|campaign.json BÁO_CÁO... [--round KỲ] [--json TỆP|-]
                                                     kiểm tra các tệp báo cáo đơn vị gửi về
  danvan consolidate master.xlsx|campaign.json BÁO_CÁO... -o bao-cao.xlsx [--json tong-hop.json|-]
                    [--round KỲ] [--include-errors] [--date NNNN-TT-NN]
                                                     tổng hợp thành báo cáo của huyện
  danvan demo [-o THƯ_MỤC]                           chạy thử cả quy trình trên dữ liệu mẫu
  danvan schema                                      in JSON Schema của tệp chiến dịch

Tùy chọn chung (đặt trước hay sau tên lệnh đều được): --lang vi|en (ngôn ngữ thông báo), --help
--json TỆP ghi dữ liệu JSON vào TỆP; --json - (hoặc --json ở cuối) in ra màn hình.
Mã thoát: 0 thành công; 1 có lỗi trong báo cáo; 2 sai cách dùng hoặc không đọc được dữ liệu vào.`,
    en: `danvan — mass-mobilisation campaign reporting (district labour federation)

Usage:
  danvan init --list-presets                         list campaign presets
  danvan init --preset NAME [--year YEAR] -o campaign.json   create a campaign from a preset
  danvan init --from campaign.json -o campaign.json  check and normalise a campaign file
  danvan init --from-plan plan.txt -o campaign.json  read a plan's text into a campaign
  danvan generate campaign.json [--units LIST.csv|LIST.xlsx] -o DIR
                                                     write the master and one fill-in workbook per unit
  danvan validate master.xlsx|campaign.json RETURNS... [--round ROUND] [--json FILE|-]
                                                     check the returns units sent back
  danvan consolidate master.xlsx|campaign.json RETURNS... -o report.xlsx [--json summary.json|-]
                    [--round ROUND] [--include-errors] [--date YYYY-MM-DD]
                                                     consolidate into the district report
  danvan demo [-o DIR]                               run the whole chain on sample data
  danvan schema                                      print the campaign file's JSON Schema

Common options (before or after the command's name): --lang vi|en (message language), --help
--json FILE writes the JSON to FILE; --json - (or --json last) prints it.
Exit codes: 0 success; 1 errors found in returns; 2 usage error or unreadable input.`,
  },
  'cli.help.init': {
    vi: `danvan init — tạo tệp chiến dịch

  danvan init --list-presets
      Liệt kê các mẫu chiến dịch, mỗi dòng một mẫu, tên mẫu đứng đầu.
  danvan init --preset TÊN [--year NĂM] [--units DS.csv|DS.xlsx] -o campaign.json
      Tạo chiến dịch từ mẫu (đợt 15 ngày, kế hoạch năm, "Dân vận khéo").
      Thông tin đơn vị của mình: --org "TÊN ĐƠN VỊ" --place "ĐỊA DANH" --signer "HỌ TÊN" --signer-title "CHỨC VỤ"
      [--parent "CẤP TRÊN"] (nhập đủ cả bốn, hoặc không nhập). Không nhập thì tệp mang thông tin mẫu
      (huyện Thanh Lâm) và danvan liệt kê từng mục mẫu cần thay trước khi tạo sổ và báo cáo.
  danvan init --from campaign.json|master.xlsx [--units DS] -o campaign.json
      Kiểm tra một tệp chiến dịch (hoặc chiến dịch nhúng trong sổ tổng hợp), điền giá trị mặc định và ghi lại.
  danvan init --from-plan ke-hoach.docx|.pdf|.txt [--units DS] -o campaign.json
      Đọc văn bản kế hoạch (Word, PDF có chữ, hoặc văn bản dán từ Word/PDF) thành chiến dịch; in ra những gì tìm thấy kèm câu gốc.
      Điều văn bản thiếu thì nhập bằng tùy chọn (không sửa văn bản): --org "TÊN ĐƠN VỊ", --parent "CẤP TRÊN",
      --number SỐ, --date NGÀY, --deadline NGÀY (kế hoạch năm: --deadline 6-thang=NGÀY --deadline ca-nam=NGÀY);
      ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd. Trên cửa sổ lệnh, danvan hỏi từng mục còn thiếu.

  --units  danh sách đơn vị (cột: Mã, Tên đơn vị, Khối, Số đoàn viên, Số CNVCLĐ, Người liên hệ, Điện thoại)
  --parent-from tinh-gui.xlsx  (dùng kèm --preset, --from hoặc --from-plan) mẫu báo cáo LĐLĐ tỉnh gửi cho huyện:
      báo cáo tổng hợp của huyện sẽ là báo cáo nộp cho kế hoạch của tỉnh, không cần nhập mã.
  Mã thoát: 0 thành công; 2 sai cách dùng hoặc dữ liệu vào có lỗi (không ghi gì).`,
    en: `danvan init — create a campaign file

  danvan init --list-presets
      List the campaign presets, one a line, its name first.
  danvan init --preset NAME [--year YEAR] [--units LIST.csv|LIST.xlsx] -o campaign.json
      Create a campaign from a preset (15-day round, year plan, "Dân vận khéo").
      Your own identity: --org "BODY" --place "PLACE" --signer "FULL NAME" --signer-title "TITLE"
      [--parent "PARENT"] (all four, or none). Without them the file carries the sample identity
      (Thanh Lâm district) and danvan lists each sample value to replace before the master and report.
  danvan init --from campaign.json|master.xlsx [--units LIST] -o campaign.json
      Check a campaign file (or the campaign a master carries), fill its defaults and write it back.
  danvan init --from-plan plan.docx|.pdf|.txt [--units LIST] -o campaign.json
      Read a plan (Word, PDF with text, or text pasted from Word/PDF) into a campaign; print what was found with its sentence.
      What the text lacks is given by flags (the plan is never edited): --org "BODY", --parent "PARENT",
      --number NUMBER, --date DATE, --deadline DATE (year plan: --deadline 6-thang=DATE --deadline ca-nam=DATE);
      dates as dd/mm/yyyy or yyyy-mm-dd. On a terminal, danvan asks for each missing item.

  --units  unit list (columns: Mã, Tên đơn vị, Khối, Số đoàn viên, Số CNVCLĐ, Người liên hệ, Điện thoại)
  --parent-from tinh-gui.xlsx  (with --preset, --from or --from-plan) the fill-in form the province sent the district:
      the district's consolidated report becomes its return to the province's campaign; no codes to type.
  Exit codes: 0 success; 2 usage error or bad input (nothing written).`,
  },
  'cli.help.generate': {
    vi: `danvan generate — tạo sổ tổng hợp và tệp điền cho từng đơn vị

  danvan generate campaign.json [--units DS.csv|DS.xlsx] [--form-url ĐỊA_CHỈ] -o THƯ_MỤC
      Ghi THƯ_MỤC/master.xlsx (sổ tổng hợp) và THƯ_MỤC/units/<mã>.xlsx (tệp điền của từng CĐCS).
      Tệp được ghi vào thư mục tạm rồi mới đổi tên, nên không bao giờ có tệp ghi dở;
      các tệp khác đã có trong THƯ_MỤC được giữ nguyên.
  --form-url https://…/dien-bao-cao.html  địa chỉ trang điền báo cáo trên điện thoại: trang "Hướng dẫn"
      của mỗi tệp điền ghi địa chỉ này và mã QR của nó. Mặc định: trang của máy chủ mà bản
      danvan.cjs này được tải về (bản build có --env publicUrl); chạy từ mã nguồn thì không có.
  Mã thoát: 0 thành công; 2 sai cách dùng hoặc dữ liệu vào có lỗi.`,
    en: `danvan generate — write the master and one fill-in workbook per unit

  danvan generate campaign.json [--units LIST.csv|LIST.xlsx] [--form-url URL] -o DIR
      Writes DIR/master.xlsx and DIR/units/<code>.xlsx. Files are written to a temporary folder
      and renamed into place, so none is ever half-written; other files in DIR are kept.
  --form-url https://…/dien-bao-cao.html  the phone form page's address: each fill-in's "Hướng dẫn"
      sheet shows it and its QR code. Default: the page on the server this danvan.cjs was
      downloaded from (a build with --env publicUrl); none when run from the sources.
  Exit codes: 0 success; 2 usage error or bad input.`,
  },
  'cli.help.validate': {
    vi: `danvan validate — kiểm tra báo cáo đơn vị gửi về

  danvan validate master.xlsx|campaign.json BÁO_CÁO... [--round KỲ] [--json TỆP|-]
      BÁO_CÁO là các tệp .xlsx, .ods, .xls hoặc thư mục chứa chúng. Tệp được nhận ra theo thông tin nhúng,
      không theo tên tệp. In bảng theo đơn vị (tình trạng, từng lỗi và cảnh báo với trang, ô
      và cách sửa); --json TỆP ghi dữ liệu cho chương trình khác vào TỆP, --json - in dữ liệu đó
      ra màn hình thay cho bảng.
      --round  kỳ báo cáo (mã hoặc tên); mặc định là kỳ mà đa số báo cáo ghi.
  Mã thoát: 0 không có lỗi; 1 có lỗi trong báo cáo; 2 sai cách dùng hoặc không đọc được dữ liệu vào.`,
    en: `danvan validate — check the returns units sent back

  danvan validate master.xlsx|campaign.json RETURNS... [--round ROUND] [--json FILE|-]
      RETURNS are .xlsx, .ods or .xls files or folders of them, recognised by their embedded data, not their
      names. Prints a table by unit (status, each error and warning with sheet, cell and fix);
      --json FILE writes data for other programs to FILE, --json - prints it instead of the table.
      --round  reporting round (id or label); by default the one most returns declare.
  Exit codes: 0 no errors; 1 errors found in returns; 2 usage error or unreadable input.`,
  },
  'cli.help.consolidate': {
    vi: `danvan consolidate — tổng hợp thành báo cáo của huyện

  danvan consolidate master.xlsx|campaign.json BÁO_CÁO... -o bao-cao.xlsx [--json tong-hop.json|-]
                     [--docx bao-cao.docx] [--round KỲ] [--include-errors] [--date NNNN-TT-NN]
      Ghi báo cáo gồm các trang Tổng hợp, Chi tiết, Tình hình nộp, Kiểm tra, Báo cáo (văn bản
      in A4 để ký), Ý kiến đơn vị và Nguồn dữ liệu. Báo cáo có lỗi không được tính, trừ khi có
      --include-errors (vẫn đánh dấu). --date là ngày ghi trên văn bản. --docx ghi văn bản báo
      cáo thành tệp Word để sửa, ký và gửi (thể thức theo Nghị định 30/2020/NĐ-CP). --json ghi số
      liệu tổng hợp (--json - in ra màn hình); cùng dữ liệu vào cho cùng một tệp JSON.
  Mã thoát: 0 không có lỗi; 1 có lỗi trong báo cáo; 2 sai cách dùng hoặc không đọc được dữ liệu vào.`,
    en: `danvan consolidate — consolidate into the district report

  danvan consolidate master.xlsx|campaign.json RETURNS... -o report.xlsx [--json summary.json|-]
                     [--docx report.docx] [--round ROUND] [--include-errors] [--date YYYY-MM-DD]
      Writes a report with the sheets Tổng hợp, Chi tiết, Tình hình nộp, Kiểm tra, Báo cáo (the
      written report, A4, ready to sign), Ý kiến đơn vị and Nguồn dữ liệu. Returns with errors are
      left out unless --include-errors (still flagged). --date is the date on the document. --docx
      writes the written report as a Word document to edit, sign and send (laid out per Decree
      30/2020). --json writes the figures (--json - prints them); the same inputs give the same
      JSON byte for byte.
  Exit codes: 0 no errors; 1 errors found in returns; 2 usage error or unreadable input.`,
  },
  'cli.help.demo': {
    vi: `danvan demo — chạy thử cả quy trình trên dữ liệu mẫu

  danvan demo [-o THƯ_MỤC]
      Tạo chiến dịch mẫu 30 CĐCS, sổ tổng hợp, tệp điền, các báo cáo gửi về (đúng hạn, muộn,
      có lỗi, gửi lại, thiếu) và báo cáo tổng hợp của huyện trong THƯ_MỤC (mặc định danvan-demo).`,
    en: `danvan demo — run the whole chain on sample data

  danvan demo [-o DIR]
      Makes a sample campaign of 30 unions, the master and fill-in workbooks, returns (on time,
      late, faulty, resent, missing) and the district report in DIR (default danvan-demo).`,
  },
  'cli.help.schema': {
    vi: `danvan schema — in JSON Schema của tệp chiến dịch

  danvan schema > campaign.schema.json
      Sinh từ lược đồ zod mà chương trình dùng để kiểm tra, nên luôn khớp.`,
    en: `danvan schema — print the campaign file's JSON Schema

  danvan schema > campaign.schema.json
      Generated from the zod schema the program checks with, so the two always agree.`,
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
  'cli.masterUnreadable': {
    vi: 'Không mở được sổ tổng hợp {file}: tệp không phải sổ Excel (.xlsx) đọc được (có thể bị hỏng, đặt mật khẩu hoặc lưu ở định dạng khác). Hãy mở tệp bằng Excel, lưu lại dạng "Excel Workbook (.xlsx)" rồi chạy lại, hoặc dùng tệp campaign.json.',
    en: 'Cannot open the master workbook {file}: it is not an Excel workbook (.xlsx) that can be read (it may be damaged, password-protected or in another format). Open it in Excel, save it as "Excel Workbook (.xlsx)" and run again, or use campaign.json.',
  },
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
  'cli.documentWritten': { vi: 'Đã ghi văn bản báo cáo (Word) vào {file}.', en: 'Wrote the written report (Word) to {file}.' },
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
  bao-cao-tong-hop.docx    văn bản báo cáo (Word) để sửa, ký và gửi
  tong-hop.json            số liệu tổng hợp dạng JSON`,
    en: `Results in {dir}:
  campaign.json            the campaign (preset "{preset}")
  so/master.xlsx           the district's master workbook
  so/units/*.xlsx          {fillIns} fill-in workbooks sent to the unions
  bao-cao-don-vi/*.xlsx    {returns} returns sent back (on time, late, faulty, resent; {missing} units sent none)
  bao-cao-tong-hop.xlsx    the district report (open the "Báo cáo" sheet to print)
  bao-cao-tong-hop.docx    the written report (Word) to edit, sign and send
  tong-hop.json            the consolidated figures as JSON`,
  },
  'cli.warnings': { vi: 'Lưu ý:', en: 'Notes:' },
  'cli.initDone': {
    vi: 'Đã ghi tệp chiến dịch {file}: "{title}", {units} đơn vị, {indicators} nội dung theo dõi, {targets} chỉ tiêu, {rounds} kỳ báo cáo.',
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
  'cli.badLang': { vi: 'Không có ngôn ngữ "{value}"; dùng --lang vi hoặc --lang en.', en: 'There is no language "{value}"; use --lang vi or --lang en.' },
  'cli.option.unknown': { vi: 'Không có tùy chọn {option}. Gõ danvan --help để xem các tùy chọn.', en: 'There is no option {option}. Run danvan --help for the options.' },
  'cli.option.needsValue': { vi: 'Tùy chọn {option} cần một giá trị đi sau, ví dụ -o bao-cao.xlsx.', en: 'Option {option} needs a value after it, e.g. -o report.xlsx.' },
  'cli.option.takesNoValue': { vi: 'Tùy chọn {option} không nhận giá trị; bỏ phần sau dấu "=".', en: 'Option {option} takes no value; drop what follows "=".' },
  'cli.jsonIsWorkbook': {
    vi: '--json {file}: đây là tên một sổ tính, không ghi JSON đè lên được. Viết --json tong-hop.json để ghi vào tệp, hoặc --json - để in ra màn hình.',
    en: '--json {file}: that names a workbook, which JSON must not overwrite. Write --json summary.json for a file, or --json - to print it.',
  },
  'cli.emptyFolder': {
    vi: 'Thư mục {folder} không có tệp báo cáo nào (.xlsx, .xls, .ods). Kiểm tra lại đường dẫn, hoặc chép các tệp đơn vị gửi về vào thư mục đó.',
    en: 'The folder {folder} holds no return files (.xlsx, .xls, .ods). Check the path, or copy the files the units sent into it.',
  },
  'cli.fs.ENOENT': { vi: 'không có tệp hay thư mục này', en: 'the file or folder does not exist' },
  'cli.fs.EISDIR': { vi: 'đây là một thư mục, cần tên một tệp', en: 'this is a folder; a file is needed' },
  'cli.fs.ENOTDIR': { vi: 'một phần của đường dẫn là tệp chứ không phải thư mục', en: 'part of the path is a file, not a folder' },
  'cli.fs.EACCES': { vi: 'không có quyền truy cập; kiểm tra quyền của tệp hoặc thư mục', en: 'permission denied; check the permissions of the file or folder' },
  'cli.fs.EPERM': { vi: 'hệ điều hành không cho phép thao tác này; tệp có thể đang mở trong chương trình khác', en: 'the system does not allow this; the file may be open in another program' },
  'cli.fs.EBUSY': { vi: 'tệp đang được chương trình khác dùng; đóng nó (ví dụ trong Excel) rồi thử lại', en: 'the file is in use by another program; close it (e.g. in Excel) and try again' },
  'cli.fs.ENOSPC': { vi: 'ổ đĩa đã đầy', en: 'the disk is full' },
  'cli.fs.EROFS': { vi: 'ổ đĩa chỉ cho đọc', en: 'the disk is read-only' },
  'cli.fs.EEXIST': { vi: 'đã có một tệp trùng tên ở chỗ cần ghi hoặc cần tạo thư mục', en: 'a file of that name is already where the file or a folder must go' },
  'cli.fs.other': { vi: 'lỗi hệ thống tệp ({code})', en: 'file system error ({code})' },
  'cli.crash': { vi: 'danvan gặp lỗi không lường trước, xin gửi nội dung dưới đây cho người phát triển:\n{detail}', en: 'danvan hit an unexpected error; please send what follows to the developers:\n{detail}' },
  'cli.badFormUrl': {
    vi: '--form-url phải là một địa chỉ web đầy đủ, ví dụ https://ldld.example.vn/danvan/dien-bao-cao.html; nhận được "{value}".',
    en: '--form-url must be a full web address, e.g. https://ldld.example.vn/danvan/dien-bao-cao.html; got "{value}".',
  },
} satisfies Catalogue;
