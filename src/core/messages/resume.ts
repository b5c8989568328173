import type { Catalogue } from './types';

/** Carrying a campaign across visits: the offer to continue, saving it as a file. */
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
} satisfies Catalogue;
