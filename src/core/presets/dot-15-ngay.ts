import { checksFor, pickIndicators } from '../catalogue';
import { SAMPLE_UNITS } from '../sample-units';
import { Campaign } from '../schema/campaign';
import type { CampaignInput } from '../schema/campaign';
import { SAMPLE_PLACE, citeDate, isoDate, presetCampaignId, presetYear, sampleOrganization, sampleSigner } from './common';
import type { Preset } from './common';
import { issuedBy } from './organisation';

/** Mostly awareness work and help for residents, as in the year-end joint mobilisation rounds. */
const INDICATORS = [
  'TT01', 'TT02', 'TT04', 'TT05', 'TT06', 'TT10',
  'AS01', 'AS03', 'AS06', 'AS07', 'AS08', 'AS09', 'AS10', 'AS11', 'AS12', 'AS13', 'AS14', 'AS15', 'AS17', 'AS18', 'AS20',
  'TC01',
  'DG01', 'DG03', 'DG04',
] as const;

/** A 15-day round from 17 to 31 December, reported once when it ends. */
export const fifteenDayRound: Preset = {
  name: 'dot-15-ngay',
  kind: 'round',
  label: 'preset.dot-15-ngay.label',
  description: 'preset.dot-15-ngay.description',
  build(options) {
    const year = presetYear(options);
    const period = { start: isoDate(year, 12, 17), end: isoDate(year, 12, 31) };
    const deadline = isoDate(year + 1, 1, 1);
    const indicators = pickIndicators(INDICATORS);
    const input: CampaignInput = {
      schemaVersion: 1,
      id: presetCampaignId('dot-15-ngay', year, options),
      kind: 'round',
      title: `Phối hợp làm công tác dân vận đợt II năm ${year}`,
      organization: sampleOrganization(),
      plan: { number: '81/KH-LĐLĐ', date: isoDate(year, 11, 28) },
      place: SAMPLE_PLACE,
      basis: [
        `Kế hoạch số 141/KH-LĐLĐ ngày ${citeDate(year, 11, 20)} của Ban Thường vụ Liên đoàn Lao động tỉnh Nam Sơn về phối hợp làm công tác dân vận đợt II/${year}`,
        `Kế hoạch số 288-KH/BCĐ ngày ${citeDate(year, 11, 22)} của Ban Chỉ đạo công tác dân vận huyện Thanh Lâm về ra quân làm công tác dân vận cuối năm ${year}`,
      ],
      round: { label: `Đợt II/${year}`, year },
      period,
      deadline,
      reportingRounds: [{ id: 'ket-thuc', label: 'Báo cáo kết thúc đợt', period, deadline }],
      units: [...SAMPLE_UNITS],
      indicators,
      targets: [
        {
          indicator: 'AS01',
          value: 1,
          source: 'Trong đợt, LĐLĐ huyện phối hợp bàn giao ít nhất 01 nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở.',
        },
        {
          indicator: 'AS14',
          value: 5,
          source: 'Đến thăm, động viên tối thiểu 05 thương binh, bệnh binh, nạn nhân chất độc da cam nhân dịp 22/12.',
        },
      ],
      checks: checksFor(indicators),
      recipients: ['LĐLĐ tỉnh Nam Sơn', 'Ban Dân vận Huyện ủy', 'Ban Chỉ đạo công tác dân vận huyện', 'Các CĐCS trực thuộc', 'Lưu: VP'],
      signer: sampleSigner(),
    };
    return issuedBy(Campaign.parse(input), options);
  },
};
