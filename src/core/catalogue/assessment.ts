import type { CrossCheck, IndicatorInput } from '../schema/indicator';

/** Đánh giá bằng lời: the written part of a return, gathered as a list with unit names. */
export const ASSESSMENT_INDICATORS: readonly IndicatorInput[] = [
  {
    code: 'DG01',
    section: 'assessment',
    type: 'text',
    label: { vi: 'Đánh giá chung kết quả thực hiện', en: 'Overall assessment' },
    measure: '',
    maxLength: 4000,
    required: true,
    help: {
      vi: 'Vài câu về việc đã làm được, mức độ tham gia của đoàn viên và hiệu quả so với kế hoạch. Không chép lại các con số đã nhập.',
      en: 'A few sentences on what was achieved, how members took part and how it compares with the plan. Do not repeat the figures.',
    },
  },
  {
    code: 'DG02',
    section: 'assessment',
    type: 'text',
    label: { vi: 'Tên các mô hình, điển hình “Dân vận khéo” tiêu biểu', en: 'Outstanding “Skilful Mobilisation” models' },
    measure: '',
    maxLength: 2000,
    help: {
      vi: 'Ghi tên mô hình hoặc người điển hình, lĩnh vực và kết quả nổi bật; mỗi mô hình một dòng (Alt+Enter để xuống dòng).',
      en: 'Name each model or person, its field and main result; one per line (Alt+Enter for a new line).',
    },
  },
  {
    code: 'DG03',
    section: 'assessment',
    type: 'text',
    label: { vi: 'Khó khăn, vướng mắc', en: 'Difficulties' },
    measure: '',
    maxLength: 2000,
    help: {
      vi: 'Những việc chưa làm được hoặc làm chưa tốt và nguyên nhân. Để trống nếu không có.',
      en: 'What was not done, or not done well, and why. Leave empty if none.',
    },
  },
  {
    code: 'DG04',
    section: 'assessment',
    type: 'text',
    label: { vi: 'Đề xuất, kiến nghị', en: 'Proposals and requests' },
    measure: '',
    maxLength: 2000,
    help: {
      vi: 'Đề xuất với LĐLĐ huyện, cấp ủy, chính quyền; nói rõ việc gì, ai làm, khi nào nếu có thể.',
      en: 'Requests to the district federation, Party committee or authorities; say what, who and when where you can.',
    },
  },
  {
    code: 'DG05',
    section: 'assessment',
    type: 'text',
    label: { vi: 'Cách làm hay, bài học kinh nghiệm', en: 'Good practice and lessons learned' },
    measure: '',
    maxLength: 2000,
    help: {
      vi: 'Cách làm sáng tạo, hiệu quả có thể nhân rộng ở đơn vị khác. Để trống nếu không có.',
      en: 'Creative, effective ways of working that other units could copy. Leave empty if none.',
    },
  },
];

export const ASSESSMENT_CHECKS: readonly CrossCheck[] = [];
