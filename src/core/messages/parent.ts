import type { Catalogue } from './types';

/** Linking a district's campaign to the province's by the fill-in the province sent. */
export const parentMessages = {
  'parent.notFillIn': {
    vi: 'Tệp "{file}" không phải mẫu báo cáo do phần mềm Báo cáo Dân vận của cấp trên phát hành (hoặc trang ẩn _danvan của nó đã bị xóa). Mở đúng tệp mẫu cấp trên gửi cho huyện, chưa sửa.',
    en: 'The file "{file}" is not a fill-in form issued by the higher level\'s DanVan Report (or its hidden _danvan sheet was removed). Open the form the higher level sent the district, unchanged.',
  },
  'parent.notFillIn.report': {
    vi: 'Tệp "{file}" là một báo cáo tổng hợp, không phải mẫu báo cáo cấp trên gửi. Mở tệp mẫu (tên thường có mã đơn vị của huyện) cấp trên gửi cho huyện.',
    en: 'The file "{file}" is a consolidated report, not the form the higher level sent. Open the fill-in form (its name usually carries the district\'s unit code) the higher level sent the district.',
  },
  'parent.grassrootsForm': {
    vi: 'Tệp "{file}" là mẫu báo cáo dành cho công đoàn cơ sở "{unit}", không phải cho một LĐLĐ huyện. Mở tệp mẫu LĐLĐ tỉnh gửi cho huyện mình.',
    en: 'The file "{file}" is the form for the grassroots union "{unit}", not for a district federation. Open the form the province sent your district.',
  },
  'parent.ownForm': {
    vi: 'Tệp "{file}" là mẫu báo cáo của chính kế hoạch này (huyện gửi cho công đoàn cơ sở). Mở tệp mẫu LĐLĐ tỉnh gửi cho huyện.',
    en: 'The file "{file}" is a form of this very campaign (sent by the district to a grassroots union). Open the form the province sent the district.',
  },
  'parent.linked': {
    vi: 'Báo cáo lên: {title} — mã đơn vị của huyện: {code}',
    en: 'Reports to: {title} — the district\'s unit code: {code}',
  },
  'parent.bodyFilled': {
    vi: 'Đã điền "Cơ quan cấp trên" theo mẫu của cấp trên: {value}.',
    en: '"Parent body" filled in from the higher level\'s form: {value}.',
  },
  'parent.bodyKept': {
    vi: 'Giữ "Cơ quan cấp trên" đã nhập: {kept}. Mẫu của cấp trên ghi: {form}; sửa ở mục Thông tin chung nếu cần.',
    en: 'The "Parent body" you entered is kept: {kept}. The higher level\'s form says: {form}; change it under general information if needed.',
  },
  'parent.otherBody': {
    vi: 'Mẫu này cấp trên làm cho "{unit}", còn đơn vị ban hành kế hoạch này là "{organization}". Kiểm tra lại đã mở đúng tệp của huyện mình chưa; nếu đúng, sửa "Đơn vị ban hành" ở mục Thông tin chung.',
    en: 'The higher level made this form for "{unit}", while this campaign is issued by "{organization}". Check that you opened your own district\'s file; if so, change the issuing body under general information.',
  },
  'parent.cli.linked': {
    vi: 'Báo cáo lên: {title} — mã đơn vị của huyện: {code}. Báo cáo tổng hợp của huyện là báo cáo nộp cho kế hoạch đó.',
    en: 'Reports to: {title} — the district\'s unit code: {code}. The district\'s consolidated report is its return to that campaign.',
  },
  'parent.pane.heading': { vi: 'Nhận kế hoạch của cấp trên', en: 'Receive the higher level\'s plan' },
  'parent.pane.fileLabel': { vi: 'Tệp mẫu báo cáo cấp trên gửi (.xlsx)', en: 'The report form the higher level sent (.xlsx)' },
  'parent.pane.fileHint': {
    vi: 'Khi LĐLĐ tỉnh giao kế hoạch: mở tệp mẫu báo cáo (.xlsx) tỉnh gửi cho huyện. Báo cáo tổng hợp của huyện sẽ là báo cáo nộp cho tỉnh, không cần nhập mã.',
    en: 'When the province sets the plan: open the fill-in form (.xlsx) the province sent the district. The district\'s consolidated report becomes its return to the province; no codes to type.',
  },
  'parent.pane.reading': { vi: 'Đang đọc {file}…', en: 'Reading {file}…' },
  'parent.pane.failedTitle': { vi: 'Không nhận được kế hoạch của cấp trên', en: 'The higher level\'s plan could not be received' },
  'parent.pane.linkedTitle': { vi: 'Đã liên kết với kế hoạch cấp trên', en: 'Linked to the higher level\'s plan' },
  'parent.pane.unlink': { vi: 'Bỏ liên kết với cấp trên', en: 'Remove the link to the higher level' },
  'parent.pane.untitled': { vi: '(kế hoạch mã {id})', en: '(campaign {id})' },
} satisfies Catalogue;
