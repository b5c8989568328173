import type { Catalogue } from './types';

/** Names and descriptions of the campaign presets, as shown when a campaign is started. */
export const catalogueMessages = {
  'preset.dot-15-ngay.label': { vi: 'Đợt dân vận 15 ngày cuối năm', en: '15-day year-end mobilisation round' },
  'preset.dot-15-ngay.description': {
    vi: 'Đợt ra quân làm công tác dân vận từ 17 đến 31/12, báo cáo một lần khi kết thúc đợt. Chủ yếu là tuyên truyền và giúp dân: nhà “Mái ấm Công đoàn”, đường, kênh mương, khám bệnh, tặng quà, thăm hỏi.',
    en: 'A mobilisation round from 17 to 31 December with one report at the end: mostly awareness work and help for residents (houses, roads, canals, check-ups, gifts, visits).',
  },
  'preset.ke-hoach-nam.label': { vi: 'Kế hoạch công tác dân vận năm', en: 'Annual mobilisation plan' },
  'preset.ke-hoach-nam.description': {
    vi: 'Kế hoạch cả năm có chỉ tiêu: kết nạp đoàn viên, thành lập CĐCS, giới thiệu đoàn viên ưu tú cho Đảng, tỷ lệ ủng hộ quỹ, xếp loại CĐCS, tập huấn cán bộ. Báo cáo 6 tháng và cả năm.',
    en: 'A year plan with targets: new members, new unions, members introduced to the Party, fund donations, union ratings and officer training. Reports at six months and at year end.',
  },
  'preset.dan-van-kheo.label': { vi: 'Phong trào thi đua “Dân vận khéo”', en: '“Skilful Mobilisation” emulation drive' },
  'preset.dan-van-kheo.description': {
    vi: 'Phong trào thi đua trong năm: mỗi CĐCS đăng ký ít nhất một mô hình “Dân vận khéo”, báo cáo mô hình được công nhận, khen thưởng và kinh nghiệm trước cuối tháng 11.',
    en: 'A year-long emulation drive: each union registers at least one model and reports recognised models, awards and lessons before the end of November.',
  },
} satisfies Catalogue;
