import type { Catalogue } from './types';

/** Carrying a campaign across visits (the offer to continue, saving it as a file) and the district's own identity. */
export const resumeMessages = {
  'pane.resume.heading': { vi: 'Chiến dịch đang làm dở', en: 'A campaign in progress' },
  'pane.resume.looking': { vi: 'Đang tìm chiến dịch đang làm dở trên máy này…', en: 'Looking for a campaign in progress on this computer…' },
  'pane.resume.body': {
    vi: 'Lần trước anh/chị đang làm chiến dịch "{title}" ({units} đơn vị, đã nhập {files} tệp báo cáo). Trình duyệt này còn giữ chiến dịch đó.',
    en: 'Last time you were working on the campaign "{title}" ({units} units, {files} return files imported). This browser still keeps it.',
  },
  'pane.resume.continue': { vi: 'Tiếp tục chiến dịch "{title}"', en: 'Continue the campaign "{title}"' },
  'pane.resume.startNew': { vi: 'Bắt đầu chiến dịch mới', en: 'Start a new campaign' },
  'pane.resume.startNewHint': {
    vi: 'Bắt đầu mới sẽ xoá chiến dịch đang giữ trên máy này. Nếu cần giữ lại, hãy tiếp tục rồi bấm "Lưu chiến dịch (.json)" trước.',
    en: 'Starting anew removes the campaign kept on this computer. To keep it, continue it and press "Save campaign (.json)" first.',
  },
  'pane.saveCampaign.button': { vi: 'Lưu chiến dịch (.json)', en: 'Save campaign (.json)' },
  'pane.saveCampaign.hint': {
    vi: 'Tệp chiến dịch mở lại được ở đây (mục "Mở tệp chiến dịch") và dùng được với lệnh danvan.',
    en: 'The campaign file opens here again ("Open a campaign file") and works with the danvan command.',
  },
  'pane.saveCampaign.unsavedTitle': { vi: 'Chưa lưu thay đổi', en: 'Changes not saved' },
  'pane.saveCampaign.unsaved': {
    vi: 'Chiến dịch có thay đổi chưa lưu ra tệp .json hay sổ tổng hợp. Trình duyệt này giữ tạm, nhưng hãy lưu ra tệp để không mất khi xoá dữ liệu trình duyệt.',
    en: 'The campaign has changes not yet saved as .json or to a master workbook. This browser keeps them for now; save a file so that clearing browser data cannot lose them.',
  },
  'pane.file.labelWithMaster': { vi: 'Mở tệp chiến dịch (.json) hoặc sổ tổng hợp (.xlsx)', en: 'Open a campaign file (.json) or a master workbook (.xlsx)' },
  'pane.org.heading': { vi: 'Thông tin đơn vị của anh/chị', en: 'Your organisation' },
  'pane.org.intro': {
    vi: 'Nhập một lần; mọi chiến dịch mới sẽ ban hành theo tên, địa danh và người ký này. Máy này sẽ nhớ cho lần sau.',
    en: 'Type it once; every new campaign is issued with this name, place and signer. This computer remembers it for next time.',
  },
  'pane.org.name': { vi: 'Tên đơn vị (ví dụ Liên đoàn Lao động huyện Phong Thổ)', en: 'Name (e.g. Liên đoàn Lao động huyện Phong Thổ)' },
  'pane.org.parent': { vi: 'Cơ quan cấp trên (ví dụ Liên đoàn Lao động tỉnh Lai Châu)', en: 'Parent body (e.g. Liên đoàn Lao động tỉnh Lai Châu)' },
  'pane.org.place': { vi: 'Địa danh ghi ở dòng ngày tháng (ví dụ Phong Thổ)', en: 'Place in the date line (e.g. Phong Thổ)' },
  'pane.org.signer': { vi: 'Họ tên người ký', en: "Signer's full name" },
  'pane.org.signerTitle': { vi: 'Chức vụ người ký (ví dụ CHỦ TỊCH)', en: "Signer's title (e.g. CHỦ TỊCH)" },
  'pane.org.required': { vi: 'Bắt buộc nhập.', en: 'Required.' },
  'pane.org.save': { vi: 'Lưu thông tin đơn vị', en: 'Save the organisation' },
  'pane.org.notKept': {
    vi: 'Trình duyệt không cho lưu lại thông tin này; lần sau phần mềm sẽ hỏi lại. Chiến dịch vẫn mang thông tin đã nhập.',
    en: 'The browser would not keep this; the app will ask again next time. The campaign still carries what you typed.',
  },
  'pane.org.change': { vi: 'Sửa thông tin đơn vị', en: 'Change the organisation' },
  'pane.sample.heading': { vi: 'Còn giá trị mẫu cần thay', en: 'Sample values to replace' },
  'pane.sample.blockedTitle': { vi: 'Chưa ghi được khi còn giá trị mẫu', en: 'Not written while sample values remain' },
  'pane.sample.blocks.master': {
    vi: 'Sổ tổng hợp chỉ tải được (và ghi được vào bảng tính) khi {count} mục sau, vẫn là dữ liệu mẫu của huyện Thanh Lâm (giả định), đã được thay bằng thông tin của đơn vị mình:',
    en: 'The master workbook can be downloaded (and written into the workbook) once these {count} items, still the invented Thanh Lâm district\'s sample data, are replaced with your own:',
  },
  'pane.sample.blocks.forms': {
    vi: 'Mẫu báo cáo gửi các đơn vị mang tên đơn vị, số kế hoạch và danh sách đơn vị của chiến dịch; còn {count} mục là dữ liệu mẫu. Thay ở bước "1. Chiến dịch" thì mới tải được:',
    en: 'The forms sent to the units carry the campaign\'s issuer, plan number and unit list; {count} items are still sample data. Replace them in step "1. Campaign" to download the forms:',
  },
  'pane.sample.blocks.report': {
    vi: 'Báo cáo tổng hợp mang tên đơn vị, số kế hoạch và người ký của chiến dịch; còn {count} mục là dữ liệu mẫu. Thay ở bước "1. Chiến dịch" thì mới ghi được báo cáo:',
    en: 'The district report carries the campaign\'s issuer, plan number and signer; {count} items are still sample data. Replace them in step "1. Campaign" to write the report:',
  },
  'pane.error.samplesLeft': {
    vi: 'Chưa ghi: còn {count} mục là dữ liệu mẫu của huyện Thanh Lâm (giả định). Thay chúng ở bước "1. Chiến dịch" rồi làm lại:',
    en: 'Nothing written: {count} items are still the invented Thanh Lâm district\'s sample data. Replace them in step "1. Campaign" and try again:',
  },
} satisfies Catalogue;
