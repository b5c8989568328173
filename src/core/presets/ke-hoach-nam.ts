import { checksFor, pickIndicators } from '../catalogue';
import { SAMPLE_UNITS } from '../sample-units';
import { Campaign } from '../schema/campaign';
import type { CampaignInput } from '../schema/campaign';
import { SAMPLE_PLACE, citeDate, isoDate, presetCampaignId, presetYear, sampleOrganization, sampleSigner } from './common';
import type { Preset } from './common';
import { issuedBy } from './organisation';

/** The whole organisation section, so every numeric target has its indicator and its rates. */
const INDICATORS = [
  'TT01', 'TT02', 'TT04', 'TT08',
  'AS09', 'AS11', 'AS12', 'AS15', 'AS17', 'AS18', 'AS19', 'AS20',
  'TC01', 'TC02', 'TC03', 'TC04', 'TC05', 'TC06', 'TC07', 'TC08', 'TC09', 'TC10',
  'TC11', 'TC12', 'TC13', 'TC14', 'TC15', 'TC16', 'TC17', 'TC18', 'TC19',
  'NT01', 'NT02', 'NT03', 'NT04', 'NT05', 'NT06', 'NT09', 'NT10',
  'DG01', 'DG02', 'DG03', 'DG04', 'DG05',
] as const;

/** A year plan with numeric targets, reported at six months and at year end. */
export const annualPlan: Preset = {
  name: 'ke-hoach-nam',
  kind: 'annual',
  label: 'preset.ke-hoach-nam.label',
  description: 'preset.ke-hoach-nam.description',
  build(options) {
    const year = presetYear(options);
    const indicators = pickIndicators(INDICATORS);
    const input: CampaignInput = {
      schemaVersion: 1,
      id: presetCampaignId('ke-hoach-nam', year, options),
      kind: 'annual',
      title: `Công tác dân vận trong các cấp Công đoàn huyện năm ${year}`,
      organization: sampleOrganization(),
      plan: { number: '05/KH-LĐLĐ', date: isoDate(year, 1, 20) },
      place: SAMPLE_PLACE,
      basis: [
        `Kế hoạch số 09/KH-LĐLĐ ngày ${citeDate(year, 1, 8)} của Ban Thường vụ Liên đoàn Lao động tỉnh Nam Sơn về công tác dân vận năm ${year}`,
        `Chương trình công tác năm ${year} của Ban Chấp hành Liên đoàn Lao động huyện Thanh Lâm`,
      ],
      round: { label: `Năm ${year}`, year },
      period: { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) },
      deadline: isoDate(year + 1, 1, 5),
      reportingRounds: [
        {
          id: '6-thang',
          label: 'Báo cáo 6 tháng đầu năm',
          period: { start: isoDate(year, 1, 1), end: isoDate(year, 6, 30) },
          deadline: isoDate(year, 7, 5),
        },
        {
          id: 'ca-nam',
          label: 'Báo cáo cả năm',
          period: { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) },
          deadline: isoDate(year + 1, 1, 5),
        },
      ],
      units: [...SAMPLE_UNITS],
      indicators,
      targets: [
        {
          indicator: 'TC01',
          value: 50,
          allocation: { method: 'proportional', basis: 'workforce' },
          source: 'Cả huyện kết nạp mới từ 50 đoàn viên trở lên; giao cho từng CĐCS theo số CNVCLĐ.',
        },
        {
          indicator: 'TC02',
          value: 1,
          source: 'Thành lập ít nhất 01 CĐCS ở doanh nghiệp ngoài khu vực nhà nước.',
        },
        {
          indicator: 'TC03',
          value: 94,
          allocation: { method: 'proportional', basis: 'members' },
          source: 'Giới thiệu tối thiểu 94 đoàn viên ưu tú để Đảng bồi dưỡng, xem xét kết nạp; giao theo số đoàn viên.',
        },
        {
          indicator: 'AS20',
          value: 90,
          source: 'Từ 90% CNVCLĐ trở lên ủng hộ Quỹ Xã hội Công đoàn và các hoạt động từ thiện, nhân đạo.',
        },
        {
          indicator: 'TC15',
          value: 85,
          source: 'Hơn 85% CĐCS được xếp loại hoàn thành tốt nhiệm vụ trở lên.',
        },
        {
          indicator: 'TC16',
          value: 20,
          source: 'Trong số đó, 20% CĐCS hoàn thành xuất sắc nhiệm vụ.',
        },
        {
          indicator: 'TC17',
          value: 85,
          source: 'Hơn 85% cán bộ CĐCS được tập huấn, bồi dưỡng nghiệp vụ công tác Công đoàn.',
        },
      ],
      checks: checksFor(indicators),
      recipients: ['Ban Tuyên giáo - Nữ công LĐLĐ tỉnh Nam Sơn', 'Thường trực Huyện ủy', 'Ban Dân vận Huyện ủy', 'Các CĐCS trực thuộc', 'Lưu: VP'],
      signer: sampleSigner(),
    };
    return issuedBy(Campaign.parse(input), options);
  },
};
