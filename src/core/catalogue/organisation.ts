import type { CrossCheck, IndicatorInput } from '../schema/indicator';

/** The self-rating a CĐCS gives itself at year end, best first. Rates below count these values. */
export const RATING_EXCELLENT = 'Hoàn thành xuất sắc nhiệm vụ';
export const RATING_GOOD = 'Hoàn thành tốt nhiệm vụ';
export const RATING_DONE = 'Hoàn thành nhiệm vụ';
export const RATING_FAILED = 'Không hoàn thành nhiệm vụ';

/** Xây dựng tổ chức Công đoàn: members, new unions, the Party, cadres, democracy, models. */
export const ORGANISATION_INDICATORS: readonly IndicatorInput[] = [
  {
    code: 'TC01',
    section: 'organisation',
    type: 'integer',
    label: { vi: 'Số đoàn viên kết nạp mới', en: 'New union members admitted' },
    measure: 'đoàn viên',
    min: 0,
    max: 20000,
    required: true,
    help: {
      vi: 'Người lao động đã có quyết định kết nạp vào Công đoàn trong kỳ. Không tính đoàn viên chuyển đến từ nơi khác.',
      en: 'Workers whose admission to the union was decided during the period. Members transferred in do not count.',
    },
  },
  {
    code: 'TC02',
    section: 'organisation',
    type: 'integer',
    label: { vi: 'Số CĐCS thành lập mới', en: 'New grassroots unions founded' },
    measure: 'CĐCS',
    min: 0,
    max: 50,
    help: {
      vi: 'CĐCS có quyết định công nhận trong kỳ mà đơn vị đã vận động, giúp thành lập. Phần lớn đơn vị ghi 0.',
      en: 'Grassroots unions recognised during the period that the unit helped to found. Most units enter 0.',
    },
  },
  {
    code: 'TC03',
    section: 'organisation',
    type: 'integer',
    label: { vi: 'Số đoàn viên ưu tú giới thiệu cho Đảng xem xét, kết nạp', en: 'Outstanding members introduced to the Party' },
    measure: 'đoàn viên',
    min: 0,
    max: 5000,
    help: {
      vi: 'Đoàn viên được BCH Công đoàn giới thiệu bằng văn bản cho chi bộ, đảng ủy để bồi dưỡng, xem xét kết nạp trong kỳ.',
      en: 'Members the union executive recommended in writing to the Party cell for training and admission during the period.',
    },
  },
  {
    code: 'TC04',
    section: 'organisation',
    type: 'integer',
    label: { vi: 'Trong đó: số đoàn viên đã được kết nạp vào Đảng', en: 'of which: admitted to the Party' },
    measure: 'đoàn viên',
    min: 0,
    max: 5000,
    partOf: 'TC03',
    help: {
      vi: 'Trong số đoàn viên ở TC03, số người đã có quyết định kết nạp Đảng. Không lớn hơn TC03.',
      en: 'Of the members in TC03, those already admitted to the Party. Not more than TC03.',
    },
  },
  {
    code: 'TC05',
    section: 'organisation',
    type: 'integer',
    label: { vi: 'Tổng số cán bộ Công đoàn cơ sở', en: 'Grassroots union officers' },
    measure: 'người',
    min: 0,
    max: 5000,
    help: {
      vi: 'Ủy viên BCH, ủy viên ủy ban kiểm tra, tổ trưởng, tổ phó công đoàn đang đảm nhiệm ở thời điểm báo cáo; mỗi người tính 1 lần.',
      en: 'Executive and inspection committee members, group leaders and deputies in office at reporting time; count each person once.',
    },
  },
  {
    code: 'TC06',
    section: 'organisation',
    type: 'integer',
    label: { vi: 'Trong đó: số cán bộ CĐCS được tập huấn, bồi dưỡng nghiệp vụ', en: 'of which: officers trained' },
    measure: 'người',
    min: 0,
    max: 5000,
    partOf: 'TC05',
    help: {
      vi: 'Cán bộ ở TC05 đã dự ít nhất một lớp tập huấn, bồi dưỡng nghiệp vụ Công đoàn trong kỳ. Không lớn hơn TC05.',
      en: 'Officers in TC05 who attended at least one union training course during the period. Not more than TC05.',
    },
  },
  {
    code: 'TC07',
    section: 'organisation',
    type: 'yesno',
    label: { vi: 'Đã ban hành hoặc sửa đổi quy chế dân chủ ở cơ sở', en: 'Workplace democracy regulations issued or updated' },
    measure: '',
    help: {
      vi: 'Chọn Có nếu cơ quan, đơn vị, doanh nghiệp đang có quy chế dân chủ ở cơ sở còn hiệu lực, ban hành hoặc sửa đổi theo Luật Thực hiện dân chủ ở cơ sở.',
      en: 'Choose Yes if the workplace has democracy regulations in force, issued or updated under the Grassroots Democracy Law.',
    },
  },
  {
    code: 'TC08',
    section: 'organisation',
    type: 'yesno',
    label: { vi: 'Đã tổ chức Hội nghị cán bộ, công chức, viên chức hoặc Hội nghị người lao động', en: 'Annual staff or workers’ conference held' },
    measure: '',
    help: {
      vi: 'Chọn Có nếu hội nghị năm nay đã được tổ chức. Xã, cơ quan, trường học: Hội nghị CBCCVC; doanh nghiệp: Hội nghị người lao động.',
      en: 'Choose Yes if this year’s conference has been held: the staff conference in public bodies, the workers’ conference in firms.',
    },
  },
  {
    code: 'TC09',
    section: 'organisation',
    type: 'integer',
    label: { vi: 'Số cuộc đối thoại tại nơi làm việc', en: 'Workplace dialogues held' },
    measure: 'cuộc',
    min: 0,
    max: 100,
    help: {
      vi: 'Cuộc đối thoại định kỳ hoặc đột xuất giữa người đứng đầu, người sử dụng lao động với đại diện người lao động, có biên bản.',
      en: 'Regular or ad hoc dialogues between management and workers’ representatives, with minutes.',
    },
  },
  {
    code: 'TC10',
    section: 'organisation',
    type: 'yesno',
    label: { vi: 'Đã ký kết hoặc sửa đổi thỏa ước lao động tập thể', en: 'Collective agreement signed or amended' },
    measure: '',
    help: {
      vi: 'Chọn Có nếu đơn vị có thỏa ước lao động tập thể còn hiệu lực, ký mới hoặc sửa đổi có lợi hơn cho người lao động. Xã, trường học thường chọn Không.',
      en: 'Choose Yes if a collective agreement is in force, newly signed or improved. Communes and schools usually choose No.',
    },
  },
  {
    code: 'TC11',
    section: 'organisation',
    type: 'integer',
    label: { vi: 'Số mô hình “Dân vận khéo” đăng ký xây dựng', en: '“Skilful Mobilisation” models registered' },
    measure: 'mô hình',
    min: 0,
    max: 200,
    help: {
      vi: 'Mô hình, điển hình “Dân vận khéo” đơn vị đã đăng ký với LĐLĐ huyện hoặc cấp ủy trong năm, kể cả mô hình cũ tiếp tục duy trì.',
      en: 'Skilful Mobilisation models the unit registered with the district federation or Party committee this year, ongoing ones included.',
    },
  },
  {
    code: 'TC12',
    section: 'organisation',
    type: 'integer',
    label: { vi: 'Trong đó: số mô hình được cấp có thẩm quyền công nhận', en: 'of which: models officially recognised' },
    measure: 'mô hình',
    min: 0,
    max: 200,
    partOf: 'TC11',
    help: {
      vi: 'Mô hình ở TC11 đã được cấp ủy, LĐLĐ hoặc chính quyền công nhận, khen thưởng. Không lớn hơn TC11.',
      en: 'Models in TC11 recognised or awarded by the Party committee, a federation or the authorities. Not more than TC11.',
    },
  },
  {
    code: 'TC13',
    section: 'organisation',
    type: 'integer',
    label: { vi: 'Số tập thể, cá nhân được khen thưởng trong phong trào “Dân vận khéo”', en: 'Groups and people awarded in the “Skilful Mobilisation” drive' },
    measure: 'lượt',
    min: 0,
    max: 1000,
    help: {
      vi: 'Mỗi giấy khen, bằng khen về thành tích “Dân vận khéo” trao cho một tập thể hoặc cá nhân của đơn vị tính 1 lượt.',
      en: 'Each certificate of merit for Skilful Mobilisation given to a group or person of the unit counts once.',
    },
  },
  {
    code: 'TC14',
    section: 'organisation',
    type: 'choice',
    label: { vi: 'CĐCS tự đánh giá, xếp loại chất lượng', en: 'Grassroots union self-rating' },
    measure: '',
    choices: [
      { value: RATING_EXCELLENT, en: 'Excellent' },
      { value: RATING_GOOD, en: 'Good' },
      { value: RATING_DONE, en: 'Satisfactory' },
      { value: RATING_FAILED, en: 'Unsatisfactory' },
    ],
    help: {
      vi: 'Chọn một mức trong danh sách theo kết quả tự đánh giá, xếp loại chất lượng CĐCS của năm.',
      en: 'Pick one level from the list, as the union rated itself for the year.',
    },
  },
  {
    code: 'TC15',
    section: 'organisation',
    type: 'rate',
    label: { vi: 'Tỷ lệ CĐCS xếp loại hoàn thành tốt nhiệm vụ trở lên', en: 'Share of unions rated good or better' },
    measure: '%',
    numerator: { indicator: 'TC14', choices: [RATING_EXCELLENT, RATING_GOOD] },
    denominator: { unitCount: 'reporting' },
    help: {
      vi: 'Tự tính: số CĐCS chọn “xuất sắc” hoặc “tốt” ở TC14 chia cho số CĐCS đã báo cáo. Không cần nhập.',
      en: 'Computed: unions choosing excellent or good in TC14 divided by the unions that reported. Nothing to type.',
    },
  },
  {
    code: 'TC16',
    section: 'organisation',
    type: 'rate',
    label: { vi: 'Tỷ lệ CĐCS xếp loại hoàn thành xuất sắc nhiệm vụ', en: 'Share of unions rated excellent' },
    measure: '%',
    numerator: { indicator: 'TC14', choices: [RATING_EXCELLENT] },
    denominator: { unitCount: 'reporting' },
    help: {
      vi: 'Tự tính: số CĐCS chọn “xuất sắc” ở TC14 chia cho số CĐCS đã báo cáo. Không cần nhập.',
      en: 'Computed: unions choosing excellent in TC14 divided by the unions that reported. Nothing to type.',
    },
  },
  {
    code: 'TC17',
    section: 'organisation',
    type: 'rate',
    label: { vi: 'Tỷ lệ cán bộ CĐCS được tập huấn, bồi dưỡng nghiệp vụ', en: 'Share of union officers trained' },
    measure: '%',
    numerator: { indicator: 'TC06' },
    denominator: { indicator: 'TC05' },
    help: {
      vi: 'Tự tính: cán bộ được tập huấn (TC06) chia cho tổng số cán bộ CĐCS (TC05). Không cần nhập.',
      en: 'Computed: officers trained (TC06) divided by all officers (TC05). Nothing to type.',
    },
  },
  {
    code: 'TC18',
    section: 'organisation',
    type: 'rate',
    label: { vi: 'Tỷ lệ đoàn viên kết nạp mới so với số đoàn viên', en: 'New members as a share of membership' },
    measure: '%',
    numerator: { indicator: 'TC01' },
    denominator: { unitSize: 'members' },
    help: {
      vi: 'Tự tính: đoàn viên kết nạp mới (TC01) chia cho số đoàn viên trong danh sách đơn vị. Không cần nhập.',
      en: 'Computed: new members (TC01) divided by the membership in the unit list. Nothing to type.',
    },
  },
  {
    code: 'TC19',
    section: 'organisation',
    type: 'rate',
    label: { vi: 'Tỷ lệ đoàn viên ưu tú được kết nạp vào Đảng', en: 'Share of introduced members admitted to the Party' },
    measure: '%',
    numerator: { indicator: 'TC04' },
    denominator: { indicator: 'TC03' },
    help: {
      vi: 'Tự tính: số được kết nạp Đảng (TC04) chia cho số được giới thiệu (TC03). Không cần nhập.',
      en: 'Computed: members admitted (TC04) divided by members introduced (TC03). Nothing to type.',
    },
  },
];

/** The "trong đó" rules come from `partOf`; only the others are listed here. */
export const ORGANISATION_CHECKS: readonly CrossCheck[] = [];
