import type { CrossCheck, IndicatorInput } from '../schema/indicator';

/** Nắm tình hình: work stoppages, disputes, grievances, hot issues among members and workers. */
export const SITUATION_INDICATORS: readonly IndicatorInput[] = [
  {
    code: 'NT01',
    section: 'situation',
    type: 'integer',
    label: { vi: 'Số cuộc đình công, ngừng việc tập thể', en: 'Strikes and collective work stoppages' },
    measure: 'cuộc',
    min: 0,
    max: 100,
    help: {
      vi: 'Mỗi lần người lao động cùng ngừng việc, lãn công hoặc đình công tại đơn vị tính 1 cuộc, dù kéo dài mấy ngày. Không có ghi 0.',
      en: 'Each time workers stopped work, went slow or struck together counts once, however long it lasted. Enter 0 if none.',
    },
  },
  {
    code: 'NT02',
    section: 'situation',
    type: 'integer',
    label: { vi: 'Số người lao động tham gia ngừng việc, đình công', en: 'Workers involved in stoppages' },
    measure: 'người',
    min: 0,
    max: 50000,
    help: {
      vi: 'Tổng số người tham gia các cuộc ở NT01, lấy theo số đông nhất của mỗi cuộc.',
      en: 'Total number of people in the stoppages of NT01, taking the peak of each one.',
    },
  },
  {
    code: 'NT03',
    section: 'situation',
    type: 'integer',
    label: { vi: 'Số vụ tranh chấp lao động phát sinh', en: 'Labour disputes arising' },
    measure: 'vụ',
    min: 0,
    max: 500,
    help: {
      vi: 'Tranh chấp về tiền lương, hợp đồng, bảo hiểm, kỷ luật… giữa người lao động và người sử dụng lao động phát sinh trong kỳ.',
      en: 'Disputes over pay, contracts, insurance, discipline… between workers and employers that arose during the period.',
    },
  },
  {
    code: 'NT04',
    section: 'situation',
    type: 'integer',
    label: { vi: 'Số vụ kiến nghị, phản ánh của đoàn viên, người lao động đã tiếp nhận', en: 'Grievances and petitions received' },
    measure: 'vụ',
    min: 0,
    max: 1000,
    help: {
      vi: 'Kiến nghị, phản ánh, đơn thư của đoàn viên, người lao động mà Công đoàn tiếp nhận trong kỳ, bằng lời hoặc văn bản.',
      en: 'Requests, complaints and letters from members or workers the union received during the period, spoken or written.',
    },
  },
  {
    code: 'NT05',
    section: 'situation',
    type: 'integer',
    label: { vi: 'Trong đó: số vụ đã được giải quyết, trả lời', en: 'of which: resolved or answered' },
    measure: 'vụ',
    min: 0,
    max: 1000,
    partOf: 'NT04',
    help: {
      vi: 'Trong số vụ ở NT04, số vụ đã được giải quyết xong hoặc trả lời bằng văn bản. Không lớn hơn NT04.',
      en: 'Of the cases in NT04, those settled or answered in writing. Not more than NT04.',
    },
  },
  {
    code: 'NT06',
    section: 'situation',
    type: 'rate',
    label: { vi: 'Tỷ lệ kiến nghị, phản ánh được giải quyết', en: 'Share of grievances resolved' },
    measure: '%',
    numerator: { indicator: 'NT05' },
    denominator: { indicator: 'NT04' },
    help: {
      vi: 'Tự tính: số vụ đã giải quyết (NT05) chia cho số vụ tiếp nhận (NT04). Không cần nhập.',
      en: 'Computed: cases resolved (NT05) divided by cases received (NT04). Nothing to type.',
    },
  },
  {
    code: 'NT07',
    section: 'situation',
    type: 'integer',
    label: { vi: 'Số thành viên lực lượng nòng cốt nắm tình hình tại cơ sở', en: 'Core members monitoring the situation' },
    measure: 'người',
    min: 0,
    max: 5000,
    help: {
      vi: 'Đoàn viên được giao theo dõi, nắm tình hình tư tưởng, dư luận trong tổ, phân xưởng, khu nhà trọ ở thời điểm báo cáo.',
      en: 'Members assigned to follow opinion and morale in their team, workshop or boarding area at reporting time.',
    },
  },
  {
    code: 'NT08',
    section: 'situation',
    type: 'integer',
    label: { vi: 'Số vụ đoàn viên, người lao động bị lừa đảo, vay tín dụng đen được ghi nhận', en: 'Cases of fraud or loan-sharking against workers' },
    measure: 'vụ',
    min: 0,
    max: 1000,
    help: {
      vi: 'Vụ lừa đảo qua mạng, qua điện thoại, vay nặng lãi mà Công đoàn biết được trong kỳ, dù đã báo công an hay chưa.',
      en: 'Online or phone fraud and usurious loans the union learned of during the period, reported to the police or not.',
    },
  },
  {
    code: 'NT09',
    section: 'situation',
    type: 'yesno',
    label: { vi: 'Có vấn đề nổi cộm, bức xúc trong đoàn viên, người lao động', en: 'Hot issues among members and workers' },
    measure: '',
    help: {
      vi: 'Chọn Có nếu trong kỳ có việc gây bức xúc, tụ tập đông người, khiếu kiện vượt cấp hoặc dư luận xấu; khi đó ghi rõ ở NT10.',
      en: 'Choose Yes if there was unrest, a crowd gathering, an over-the-head complaint or bad publicity; then describe it in NT10.',
    },
  },
  {
    code: 'NT10',
    section: 'situation',
    type: 'text',
    label: { vi: 'Nội dung vấn đề nổi cộm và cách xử lý', en: 'Hot issues and how they were handled' },
    measure: '',
    maxLength: 2000,
    help: {
      vi: 'Tóm tắt sự việc, số người liên quan, việc Công đoàn đã làm và kết quả; nêu việc cần cấp trên hỗ trợ.',
      en: 'Summarise what happened, how many people, what the union did and the outcome; say what help is needed from above.',
    },
  },
];

export const SITUATION_CHECKS: readonly CrossCheck[] = [
  { kind: 'requires', when: 'NT02', then: 'NT01' },
  // A "Có" needs the story behind it.
  { kind: 'requires', when: 'NT09', then: 'NT10' },
];
