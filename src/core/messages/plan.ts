import type { Catalogue } from './types';

/** Reading a plan's text into a campaign: field names, findings, contradictions, CLI and pane words. */
export const planMessages = {
  'plan.field.organization': { vi: 'Đơn vị ban hành', en: 'Issued by' },
  'plan.field.parent': { vi: 'Cấp trên', en: 'Parent body' },
  'plan.field.planNumber': { vi: 'Số kế hoạch', en: 'Plan number' },
  'plan.field.planDate': { vi: 'Ngày ban hành', en: 'Date issued' },
  'plan.field.place': { vi: 'Nơi ban hành', en: 'Place' },
  'plan.field.title': { vi: 'Tên kế hoạch', en: 'Title' },
  'plan.field.round': { vi: 'Đợt / năm', en: 'Round / year' },
  'plan.field.period': { vi: 'Thời gian thực hiện', en: 'Period' },
  'plan.field.deadline': { vi: 'Hạn báo cáo', en: 'Report deadline' },
  'plan.field.reporting': { vi: 'Chế độ báo cáo', en: 'Reporting' },
  'plan.field.basis': { vi: 'Căn cứ', en: 'Based on' },
  'plan.field.recipients': { vi: 'Nơi nhận', en: 'Recipients' },
  'plan.field.signer': { vi: 'Người ký', en: 'Signed by' },
  'plan.field.targets': { vi: 'Chỉ tiêu', en: 'Targets' },
  'plan.field.suggestions': { vi: 'Nội dung theo dõi gợi ý', en: 'Suggested indicators' },

  'plan.value.planDateNoDay': { vi: 'tháng {month}/{year}', en: '{month}/{year}' },
  'plan.value.period': { vi: 'từ {start} đến {end}', en: '{start} to {end}' },
  'plan.value.deadline': { vi: 'trước ngày {date}', en: 'by {date}' },
  'plan.value.deadlineTime': { vi: 'trước {time} ngày {date}', en: 'by {time} on {date}' },
  'plan.value.sixMonthsDeadline': { vi: 'báo cáo 6 tháng trước ngày {date}', en: 'six-month report by {date}' },
  'plan.value.yearDeadline': { vi: 'báo cáo năm trước ngày {date}', en: 'year report by {date}' },
  'plan.value.periodic': { vi: 'định kỳ 6 tháng và cả năm', en: 'every six months and at year end' },
  'plan.value.daily': { vi: 'hằng ngày', en: 'daily' },
  'plan.value.dailyTime': { vi: 'hằng ngày trước {time}', en: 'daily by {time}' },
  'plan.value.dailyWindow': { vi: '{daily}, từ {start} đến {end}', en: '{daily}, {start} to {end}' },
  'plan.value.roundYear': { vi: '{label} (kế hoạch năm)', en: '{label} (year plan)' },
  'plan.value.target': { vi: '{label}: {bound}', en: '{label}: {bound}' },
  'plan.value.atLeast': { vi: 'ít nhất {value}', en: 'at least {value}' },
  'plan.value.atMost': { vi: 'không quá {value}', en: 'at most {value}' },
  'plan.value.suggestion': { vi: '{code} – {label}', en: '{code} – {label}' },
  'plan.value.unmapped': { vi: 'Số liệu chưa gắn với nội dung nào: {figures}', en: 'Figures not tied to any indicator: {figures}' },

  'plan.note.dayBlank': { vi: 'văn bản để trống ngày ký', en: 'the day is left blank' },
  'plan.note.nameFromPlace': { vi: 'tên huyện lấy từ nơi ban hành, cần kiểm tra', en: 'the district name comes from the place line; check it' },
  'plan.note.nameMissing': { vi: 'văn bản không ghi tên huyện', en: 'the text does not name the district' },
  'plan.note.yearPlanPeriod': { vi: 'kế hoạch năm: tính cả năm', en: 'year plan: the whole year' },

  'plan.contradiction.periodOrder': {
    vi: 'Thời gian thực hiện kết thúc ({end}) trước khi bắt đầu ({start}). Sửa lại ngày trong văn bản.',
    en: 'The period ends ({end}) before it starts ({start}). Correct the dates in the text.',
  },
  'plan.contradiction.deadlineBeforePeriod': {
    vi: 'Hạn báo cáo {deadline} đến trước khi đợt bắt đầu ({start}). Sửa lại hạn báo cáo hoặc thời gian thực hiện.',
    en: 'The report deadline {deadline} comes before the period starts ({start}). Correct the deadline or the period.',
  },
  'plan.contradiction.deadlineBeforePlanDate': {
    vi: 'Hạn báo cáo {deadline} đến trước ngày ban hành kế hoạch ({planDate}). Kiểm tra lại năm hoặc tháng.',
    en: 'The report deadline {deadline} comes before the plan was issued ({planDate}). Check the year or month.',
  },
  'plan.contradiction.planDateBeforeBasis': {
    vi: 'Kế hoạch ghi ngày ban hành {planDate}, trước cả văn bản mà nó căn cứ (ngày {basisDate}). Kiểm tra lại năm ban hành.',
    en: 'The plan is dated {planDate}, before the document it is based on ({basisDate}). Check the year.',
  },
  'plan.contradiction.planDateAfterPeriod': {
    vi: 'Kế hoạch ban hành ngày {planDate}, sau khi đợt đã kết thúc ({end}). Kiểm tra lại ngày ban hành hoặc thời gian thực hiện.',
    en: 'The plan is dated {planDate}, after the period ended ({end}). Check the date or the period.',
  },
  'plan.contradiction.durationMismatch': {
    vi: 'Văn bản ghi {days} ngày nhưng khoảng thời gian nêu ra có {counted} ngày. Kiểm tra lại.',
    en: 'The text says {days} days but the dates given span {counted} days. Check them.',
  },
  'plan.contradiction.roundYear': {
    vi: 'Đợt ghi năm {year} nhưng thời gian thực hiện là từ {start} đến {end}. Kiểm tra lại năm.',
    en: 'The round is for {year} but the period is {start} to {end}. Check the year.',
  },
  'plan.contradiction.dailyOutsidePeriod': {
    vi: 'Báo cáo hằng ngày từ {start} đến {end} vượt ra ngoài thời gian thực hiện. Kiểm tra lại.',
    en: 'Daily reports from {start} to {end} fall outside the period. Check them.',
  },
  'plan.contradiction.invalidDate': {
    vi: 'Ngày "{text}" không có thật trên lịch. Sửa lại trong văn bản.',
    en: 'The date "{text}" does not exist. Correct it in the text.',
  },

  'plan.issue.missingTitle': {
    vi: 'Không tìm thấy tên kế hoạch. Thêm một dòng "KẾ HOẠCH" và tên kế hoạch ở dòng ngay sau (ví dụ: "Tham gia làm công tác dân vận đợt II/2025").',
    en: 'No title found. Add a line "KẾ HOẠCH" with the title on the next line (e.g. "Tham gia làm công tác dân vận đợt II/2025").',
  },
  'plan.issue.missingOrganization': {
    vi: 'Không tìm thấy đơn vị ban hành. Nhập tên đơn vị ban hành, ví dụ "Liên đoàn Lao động huyện …".',
    en: 'No issuing body found. Type its name, e.g. "Liên đoàn Lao động huyện …".',
  },
  'plan.issue.organizationNameMissing': {
    vi: 'Văn bản chỉ ghi "{name}", không có tên huyện. Nhập tên đơn vị ban hành đầy đủ, ví dụ "Liên đoàn Lao động huyện <tên huyện>".',
    en: 'The text only says "{name}", without the district name. Type the full name of the issuing body, e.g. "Liên đoàn Lao động huyện <name>".',
  },
  'plan.issue.organizationNameFromPlace': {
    vi: 'Tên đơn vị "{name}" được ghép từ nơi ban hành "{place}". Kiểm tra lại; nếu sai, thêm ở đầu văn bản dòng "LIÊN ĐOÀN LAO ĐỘNG HUYỆN <tên huyện>".',
    en: 'The body name "{name}" was completed from the place "{place}". Check it; if wrong, add "LIÊN ĐOÀN LAO ĐỘNG HUYỆN <name>" at the top.',
  },
  'plan.issue.missingPeriod': {
    vi: 'Không tìm thấy thời gian thực hiện. Thêm vào mục thời gian một câu như "Thời gian thực hiện: từ ngày 17/12/2025 đến ngày 31/12/2025".',
    en: 'No period found. Add a sentence such as "Thời gian thực hiện: từ ngày 17/12/2025 đến ngày 31/12/2025".',
  },
  'plan.issue.missingRound': {
    vi: 'Không rõ đợt hay năm của kế hoạch. Ghi vào tên kế hoạch, ví dụ "… đợt II/2025" hoặc "… năm 2025".',
    en: 'The round or year is not stated. Put it in the title, e.g. "… đợt II/2025" or "… năm 2025".',
  },
  'plan.issue.roundFromPeriod': {
    vi: 'Kế hoạch không ghi đợt; tạm đặt tên đợt là "{label}". Có thể ghi "đợt …/năm" vào tên kế hoạch.',
    en: 'The plan names no round; it is labelled "{label}". You can add "đợt …/year" to the title.',
  },
  'plan.issue.missingDeadline': {
    vi: 'Không tìm thấy hạn báo cáo trong văn bản. Nhập hạn báo cáo (ngày/tháng/năm), ví dụ 05/01/2026.',
    en: 'No report deadline in the text. Type the deadline (day/month/year), e.g. 05/01/2026.',
  },
  'plan.issue.deadlineInsidePeriod': {
    vi: 'Hạn báo cáo {deadline} trước khi hết thời gian thực hiện ({end}): số liệu báo cáo tính đến ngày nộp.',
    en: 'The report deadline {deadline} comes before the period ends ({end}): figures are counted up to the day of reporting.',
  },
  'plan.issue.sixMonthsNoDeadline': {
    vi: 'Kế hoạch yêu cầu báo cáo 6 tháng nhưng không ghi hạn nộp. Nhập hạn nộp báo cáo 6 tháng (ngày/tháng/năm); chưa tạo được chiến dịch khi còn thiếu.',
    en: 'The plan asks for a six-month report without a deadline. Type its deadline (day/month/year); the campaign cannot be made without it.',
  },
  'plan.issue.sixMonthsOutside': {
    vi: 'Thời gian thực hiện bắt đầu sau tháng 6 nên không có kỳ báo cáo 6 tháng đầu năm.',
    en: 'The period starts after June, so there is no half-year report.',
  },
  'plan.issue.yearNoDeadline': {
    vi: 'Kế hoạch yêu cầu báo cáo năm nhưng không ghi hạn nộp. Nhập hạn nộp báo cáo năm (ngày/tháng/năm); chưa tạo được chiến dịch khi còn thiếu.',
    en: 'The plan asks for a year report without a deadline. Type its deadline (day/month/year); the campaign cannot be made without it.',
  },
  'plan.issue.tooManyDays': {
    vi: 'Báo cáo hằng ngày trong {days} ngày là quá nhiều (tối đa {max}). Kiểm tra lại khoảng ngày báo cáo.',
    en: 'Daily reports over {days} days are too many (at most {max}). Check the reporting dates.',
  },
  'plan.issue.unmappedFigures': {
    vi: 'Có {count} câu nêu số liệu chưa gắn với nội dung nào trong danh mục; xem lại và thêm nội dung, chỉ tiêu bằng tay nếu cần.',
    en: '{count} sentences give figures no catalogue indicator takes; review them and add targets by hand if needed.',
  },

  'plan.round.fromPeriod': { vi: 'Đợt từ {start} đến {end}', en: 'Round {start} to {end}' },
  'plan.round.sixMonths': { vi: 'Báo cáo 6 tháng đầu năm', en: 'Half-year report' },
  'plan.round.year': { vi: 'Báo cáo cả năm', en: 'Year report' },
  'plan.round.day': { vi: 'Báo cáo ngày {date}', en: 'Report of {date}' },
  'plan.round.final': { vi: 'Báo cáo kết thúc đợt', en: 'End-of-round report' },

  'plan.report.found': { vi: 'Đã đọc được:', en: 'Found:' },
  'plan.report.line': { vi: '  {label}: {value}  ← "{quote}"', en: '  {label}: {value}  ← "{quote}"' },
  'plan.report.suggestions': { vi: '  {label} ({count}): {codes}', en: '  {label} ({count}): {codes}' },
  'plan.report.missing': { vi: 'Không tìm thấy: {fields}.', en: 'Not found: {fields}.' },
  'plan.report.missingRequired': { vi: '{label} (bắt buộc)', en: '{label} (required)' },
  'plan.report.contradictions': { vi: 'Điểm mâu thuẫn:', en: 'Contradictions:' },
  'plan.report.unmapped': { vi: 'Số liệu chưa gắn nội dung:', en: 'Figures without an indicator:' },

  'plan.cli.initSource': {
    vi: 'Cần đúng một nguồn: --preset TÊN, --from TỆP.json hoặc --from-plan KẾ_HOẠCH.txt (hoặc --list-presets).',
    en: 'Give exactly one source: --preset NAME, --from FILE.json or --from-plan PLAN.txt (or --list-presets).',
  },
  'plan.cli.empty': {
    vi: 'Tệp {file} không có chữ nào. Lưu văn bản kế hoạch dạng .txt (UTF-8) rồi chạy lại.',
    en: '{file} contains no text. Save the plan as .txt (UTF-8) and try again.',
  },
  'plan.cli.cannotBuild': {
    vi: 'Chưa tạo được chiến dịch từ {file} ({count} lỗi); chưa ghi tệp nào:',
    en: 'Could not make a campaign from {file} ({count} problems); nothing was written:',
  },
  'plan.cli.warnings': { vi: 'Cần kiểm tra lại:', en: 'Please check:' },

  'plan.pane.heading': { vi: 'Hoặc dán văn bản kế hoạch', en: 'Or paste a plan' },
  'plan.pane.textLabel': { vi: 'Dán văn bản kế hoạch', en: 'Paste the plan text' },
  'plan.pane.textHint': {
    vi: 'Sao chép toàn bộ kế hoạch (từ Word hoặc PDF) và dán vào đây, kể cả phần đầu văn bản và nơi nhận.',
    en: 'Copy the whole plan (from Word or PDF) and paste it here, header and recipients included.',
  },
  'plan.pane.read': { vi: 'Đọc kế hoạch', en: 'Read the plan' },
  'plan.pane.empty': { vi: 'Chưa có văn bản để đọc. Dán kế hoạch vào ô trên.', en: 'There is no text to read. Paste the plan above.' },
  'plan.pane.resultHeading': { vi: 'Kết quả đọc kế hoạch', en: 'What the plan says' },
  'plan.pane.value': { vi: 'Đọc được', en: 'Value' },
  'plan.pane.source': { vi: 'Trích văn bản', en: 'From the text' },
  'plan.pane.missingTitle': { vi: 'Chưa tìm thấy', en: 'Not found' },
  'plan.pane.checkTitle': { vi: 'Cần kiểm tra', en: 'Please check' },
  'plan.pane.blockedTitle': { vi: 'Chưa tạo được chiến dịch', en: 'No campaign yet' },
  'plan.pane.use': { vi: 'Dùng kế hoạch này', en: 'Use this plan' },
  'plan.pane.inUse': { vi: 'Đang dùng kế hoạch vừa đọc. Chọn một kế hoạch mẫu để quay lại mẫu.', en: 'Using the plan just read. Pick a sample plan to go back to the samples.' },
  'plan.source.byHand': { vi: 'nhập tay', en: 'supplied by hand' },
  'plan.report.lineByHand': { vi: '  {label}: {value}  ← ({source})', en: '  {label}: {value}  ← ({source})' },
  'plan.supply.sixMonthsDeadline': { vi: 'Hạn nộp báo cáo 6 tháng', en: 'Six-month report deadline' },
  'plan.supply.yearDeadline': { vi: 'Hạn nộp báo cáo năm', en: 'Year report deadline' },
  'plan.supply.badDate': {
    vi: 'Không hiểu ngày "{value}" ({label}). Ghi theo dạng ngày/tháng/năm, ví dụ 05/01/2026.',
    en: 'Cannot read the date "{value}" ({label}). Write it as day/month/year, e.g. 05/01/2026.',
  },
  'plan.cli.addFlags': { vi: 'Văn bản thiếu; thêm vào lệnh rồi chạy lại: {flags}', en: 'The text lacks them; add to the command and run again: {flags}' },
  'plan.cli.override': {
    vi: 'Cảnh báo: {flag} thay cho điều văn bản ghi: "{quote}"',
    en: 'Warning: {flag} replaces what the text says: "{quote}"',
  },
  'plan.cli.badDeadlineRound': {
    vi: 'Không hiểu --deadline {value}. Ghi --deadline ngày/tháng/năm, hoặc --deadline 6-thang=ngày/tháng/năm, --deadline ca-nam=ngày/tháng/năm.',
    en: 'Cannot read --deadline {value}. Write --deadline day/month/year, or --deadline 6-thang=day/month/year, --deadline ca-nam=day/month/year.',
  },
  'plan.prompt.intro': {
    vi: 'Văn bản thiếu {count} mục cần có. Nhập từng mục (Enter để bỏ qua):',
    en: 'The text lacks {count} required items. Type each one (Enter to skip):',
  },
  'plan.prompt.nearby': { vi: '  Gần đó văn bản ghi: "{quote}"', en: '  Nearby the text says: "{quote}"' },
  'plan.prompt.ask': { vi: '{label}: ', en: '{label}: ' },
  'plan.prompt.askDate': { vi: '{label} (ngày/tháng/năm): ', en: '{label} (day/month/year): ' },
  'plan.pane.supplyHint': { vi: 'Văn bản không ghi: nhập tay', en: 'Not in the text: type it' },
  'plan.pane.supplyRequired': { vi: 'Văn bản không ghi, cần nhập để tạo chiến dịch', en: 'Not in the text; needed to make the campaign' },
  'plan.pane.byHand': { vi: 'Nhập tay, không đọc từ văn bản', en: 'Supplied by hand, not read from the text' },
  'plan.file.scanned': {
    vi: 'Tệp {file} là bản PDF chụp (ảnh quét), không có lớp chữ để đọc. Mở bản gốc của kế hoạch (Word hoặc PDF có chữ), sao chép toàn bộ văn bản rồi dán vào ô kế hoạch, hoặc dùng tệp bản gốc.',
    en: '{file} is a scanned PDF (images only), with no text to read. Open the original of the plan (Word, or a PDF with text), copy the whole text and paste it, or use the original file.',
  },
  'plan.file.oldWord': {
    vi: 'Tệp {file} là Word đời cũ (.doc). Mở trong Word hoặc LibreOffice, lưu thành .docx rồi thử lại.',
    en: '{file} is an old Word file (.doc). Open it in Word or LibreOffice, save it as .docx and try again.',
  },
  'plan.file.unreadable': {
    vi: 'Không đọc được tệp {file} ({detail}). Lưu kế hoạch dạng .docx, .pdf hoặc .txt rồi thử lại.',
    en: 'Cannot read {file} ({detail}). Save the plan as .docx, .pdf or .txt and try again.',
  },
  'plan.pane.fileLabel': { vi: 'Mở tệp kế hoạch (.docx, .pdf)', en: 'Open a plan file (.docx, .pdf)' },
  'plan.pane.fileHint': {
    vi: 'Tệp Word (.docx) hoặc PDF có chữ, như nhận được; chữ đọc được hiện trong ô dưới rồi được đọc như văn bản dán vào.',
    en: 'A Word file (.docx) or a PDF with text, as received; its text appears in the box below and is read as pasted text.',
  },
  'plan.pane.opening': { vi: 'Đang mở {file}…', en: 'Opening {file}…' },
  'plan.pane.fileFailedTitle': { vi: 'Chưa đọc được tệp kế hoạch', en: 'The plan file could not be read' },
} satisfies Catalogue;
