import type { CrossCheck, IndicatorInput } from '../schema/indicator';

/** Tuyên truyền: meetings, audiences, posts, banners, loudspeakers, the launch ceremony. */
export const PROPAGANDA_INDICATORS: readonly IndicatorInput[] = [
  {
    code: 'TT01',
    section: 'propaganda',
    type: 'integer',
    label: { vi: 'Số buổi tuyên truyền, phổ biến chủ trương, chính sách, pháp luật', en: 'Awareness sessions on policy and law' },
    measure: 'buổi',
    min: 0,
    max: 1000,
    required: true,
    help: {
      vi: 'Đếm mỗi buổi nói chuyện, sinh hoạt chuyên đề, lồng ghép trong họp đoàn viên do đơn vị tổ chức hoặc phối hợp tổ chức trong kỳ.',
      en: 'Count each talk, themed meeting or item in a members’ meeting that the unit held or co-organised during the period.',
    },
  },
  {
    code: 'TT02',
    section: 'propaganda',
    type: 'integer',
    label: { vi: 'Số lượt người dự các buổi tuyên truyền', en: 'Attendance at awareness sessions' },
    measure: 'lượt người',
    min: 0,
    max: 200000,
    required: true,
    help: {
      vi: 'Cộng số người dự của từng buổi ở nội dung TT01; một người dự 2 buổi tính 2 lượt.',
      en: 'Add up the attendance of each session counted in TT01; one person at two sessions counts twice.',
    },
  },
  {
    code: 'TT03',
    section: 'propaganda',
    type: 'integer',
    label: { vi: 'Trong đó: số buổi tuyên truyền cho công nhân, chủ nhà trọ', en: 'of which: sessions for factory workers and landlords' },
    measure: 'buổi',
    min: 0,
    max: 1000,
    partOf: 'TT01',
    help: {
      vi: 'Phần của TT01 dành cho công nhân ở doanh nghiệp, khu nhà trọ hoặc chủ nhà trọ. Không lớn hơn TT01.',
      en: 'The part of TT01 held for factory workers, in boarding houses or for landlords. Not more than TT01.',
    },
  },
  {
    code: 'TT04',
    section: 'propaganda',
    type: 'integer',
    label: { vi: 'Số tin, bài đăng trên trang tin, mạng xã hội, nhóm Zalo', en: 'News items and articles posted online' },
    measure: 'tin, bài',
    min: 0,
    max: 5000,
    help: {
      vi: 'Tin, bài, ảnh kèm lời viết về hoạt động dân vận do đơn vị đăng trên trang tin, Facebook, nhóm Zalo. Chia sẻ lại bài của nơi khác không tính.',
      en: 'Items about mobilisation work the unit posted on its site, Facebook or Zalo groups. Re-shares of others’ posts do not count.',
    },
  },
  {
    code: 'TT05',
    section: 'propaganda',
    type: 'integer',
    label: { vi: 'Số băng rôn, khẩu hiệu, pa-nô treo mới', en: 'Banners, slogans and billboards put up' },
    measure: 'cái',
    min: 0,
    max: 5000,
    help: {
      vi: 'Băng rôn, khẩu hiệu, pa-nô làm mới hoặc treo lại trong kỳ tại trụ sở, nơi làm việc, khu dân cư.',
      en: 'Banners, slogans and billboards made or put up during the period at offices, workplaces or in residential areas.',
    },
  },
  {
    code: 'TT06',
    section: 'propaganda',
    type: 'integer',
    label: { vi: 'Số lần phát thanh trên hệ thống loa truyền thanh', en: 'Loudspeaker broadcasts' },
    measure: 'lần',
    min: 0,
    max: 5000,
    help: {
      vi: 'Mỗi lần phát bản tin, bài tuyên truyền trên loa truyền thanh xã, loa nội bộ cơ quan, doanh nghiệp tính 1 lần.',
      en: 'Each news bulletin or message read on commune or in-house loudspeakers counts once.',
    },
  },
  {
    code: 'TT07',
    section: 'propaganda',
    type: 'integer',
    label: { vi: 'Số tờ rơi, tài liệu tuyên truyền phát hành', en: 'Leaflets and handouts distributed' },
    measure: 'tờ',
    min: 0,
    max: 200000,
    help: {
      vi: 'Số tờ rơi, tờ gấp, tài liệu hỏi đáp pháp luật đã phát tới đoàn viên, người lao động và Nhân dân.',
      en: 'Leaflets, folders and legal Q&A handouts given to members, workers and residents.',
    },
  },
  {
    code: 'TT08',
    section: 'propaganda',
    type: 'integer',
    label: { vi: 'Số hội nghị quán triệt, triển khai kế hoạch công tác dân vận', en: 'Meetings held to brief members on the plan' },
    measure: 'cuộc',
    min: 0,
    max: 200,
    help: {
      vi: 'Hội nghị, cuộc họp của BCH hoặc toàn thể đoàn viên để phổ biến, giao nhiệm vụ thực hiện kế hoạch dân vận.',
      en: 'Executive or all-member meetings held to explain the plan and assign its tasks.',
    },
  },
  {
    code: 'TT09',
    section: 'propaganda',
    type: 'integer',
    label: { vi: 'Số báo cáo viên, tuyên truyền viên tham gia', en: 'Speakers and campaigners taking part' },
    measure: 'người',
    min: 0,
    max: 5000,
    help: {
      vi: 'Số người (không phải lượt) của đơn vị trực tiếp nói chuyện, tuyên truyền, vận động trong kỳ.',
      en: 'Number of people (not times) from the unit who gave talks or campaigned during the period.',
    },
  },
  {
    code: 'TT10',
    section: 'propaganda',
    type: 'date',
    label: { vi: 'Ngày tổ chức hoặc tham gia Lễ ra quân công tác dân vận', en: 'Date of the launch ceremony' },
    measure: '',
    help: {
      vi: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 17/12/2025. Để trống nếu đơn vị không tham gia lễ ra quân.',
      en: 'Type the date as day/month/year, e.g. 17/12/2025. Leave empty if the unit took no part in a launch ceremony.',
    },
  },
];

export const PROPAGANDA_CHECKS: readonly CrossCheck[] = [
  // An audience needs sessions for it to have attended.
  { kind: 'requires', when: 'TT02', then: 'TT01' },
];
