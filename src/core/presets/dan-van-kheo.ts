import { checksFor, pickIndicators } from '../catalogue';
import { SAMPLE_UNITS } from '../sample-units';
import { Campaign } from '../schema/campaign';
import type { CampaignInput } from '../schema/campaign';
import { SAMPLE_PLACE, citeDate, isoDate, presetCampaignId, presetYear, sampleOrganization, sampleSigner } from './common';
import type { Preset } from './common';
import { issuedBy } from './organisation';

/** Models, awards and the written account of them, with the work that makes a model. */
const INDICATORS = [
  'TT01', 'TT02', 'TT04',
  'AS15', 'AS16', 'AS19',
  'TC11', 'TC12', 'TC13',
  'DG01', 'DG02', 'DG03', 'DG04', 'DG05',
] as const;

/** The year's “Dân vận khéo” emulation drive, summed up before the end of November. */
export const skilfulMobilisationDrive: Preset = {
  name: 'dan-van-kheo',
  kind: 'emulation',
  label: 'preset.dan-van-kheo.label',
  description: 'preset.dan-van-kheo.description',
  build(options) {
    const year = presetYear(options);
    const period = { start: isoDate(year, 1, 1), end: isoDate(year, 11, 15) };
    const deadline = isoDate(year, 11, 22);
    const indicators = pickIndicators(INDICATORS);
    const units = [...SAMPLE_UNITS];
    const input: CampaignInput = {
      schemaVersion: 1,
      id: presetCampaignId('dan-van-kheo', year, options),
      kind: 'emulation',
      title: `Phong trào thi đua “Dân vận khéo” năm ${year}`,
      organization: sampleOrganization(),
      plan: { number: '27/KH-LĐLĐ', date: isoDate(year, 5, 6) },
      place: SAMPLE_PLACE,
      basis: [
        `Kế hoạch số 57/KH-LĐLĐ ngày ${citeDate(year, 4, 18)} của Ban Thường vụ Liên đoàn Lao động tỉnh Nam Sơn về đẩy mạnh phong trào thi đua “Dân vận khéo” năm ${year}`,
      ],
      round: { label: `Năm ${year}`, year },
      period,
      deadline,
      reportingRounds: [{ id: 'tong-ket', label: 'Báo cáo kết quả phong trào', period, deadline }],
      units,
      indicators,
      targets: [
        {
          indicator: 'TC11',
          value: units.length,
          allocation: { method: 'manual', values: Object.fromEntries(units.map((unit) => [unit.code, 1])) },
          source: 'Mỗi CĐCS xây dựng và đăng ký ít nhất 01 mô hình “Dân vận khéo”.',
        },
      ],
      checks: checksFor(indicators),
      recipients: ['LĐLĐ tỉnh Nam Sơn', 'Ban Dân vận Huyện ủy', 'Các CĐCS trực thuộc', 'Lưu: VP'],
      signer: sampleSigner(),
    };
    return issuedBy(Campaign.parse(input), options);
  },
};
