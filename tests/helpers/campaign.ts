import { Campaign } from '../../src/core';
import type { CampaignInput } from '../../src/core';

/** A small campaign written for tests: every value type, a "trong đó", a rate and targets. */
export function smallCampaignInput(): CampaignInput {
  const ind = (code: string, section: string, type: string, vi: string, measure = '', extra: Record<string, unknown> = {}) =>
    ({ code, section, type, label: { vi, en: `${vi} (en)` }, measure, ...extra }) as CampaignInput['indicators'][number];
  return {
    schemaVersion: 1,
    id: 'thu-nghiem-dot-2-2025',
    title: 'Kế hoạch tham gia công tác dân vận đợt II năm 2025',
    organization: { name: 'Liên đoàn Lao động huyện Hòa Thành', parent: 'Liên đoàn Lao động tỉnh Tây Ninh' },
    plan: { number: '21/KH-LĐLĐ', date: '2025-11-28' },
    place: 'Hòa Thành',
    basis: ['Kế hoạch số 140/KH-LĐLĐ ngày 20/11/2025 của Ban Thường vụ LĐLĐ tỉnh'],
    round: { label: 'Đợt II/2025', year: 2025 },
    period: { start: '2025-12-16', end: '2025-12-30' },
    deadline: '2026-01-02',
    deadlineTime: '10:00',
    reportingRounds: [{ id: 'ket-thuc', label: 'Báo cáo kết thúc đợt', period: { start: '2025-12-16', end: '2025-12-30' }, deadline: '2026-01-02' }],
    units: [
      { code: 'XA01', name: 'CĐCS xã Trường Hòa', group: 'Xã - thị trấn', members: 28, workforce: 31, contact: { name: 'Nguyễn Thị Lan', phone: '0912345678' } },
      { code: 'GD02', name: 'CĐCS Trường THCS Lê Lợi', group: 'Giáo dục', members: 52, workforce: 55 },
      { code: 'DN03', name: 'CĐCS Công ty TNHH Giày da Hòa Phát', group: 'Doanh nghiệp', members: 610, workforce: 700 },
    ],
    indicators: [
      ind('TT01', 'propaganda', 'integer', 'Số buổi tuyên truyền', 'buổi', { required: true, max: 1000, help: { vi: 'Mỗi buổi họp, nói chuyện chuyên đề có nội dung tuyên truyền tính là một buổi.', en: 'Each session counts once.' } }),
      ind('TT02', 'propaganda', 'integer', 'Số lượt người tham dự', 'lượt người', { max: 200000 }),
      ind('TT03', 'propaganda', 'integer', 'Lượt công nhân lao động tham dự', 'lượt người', { partOf: 'TT02' }),
      ind('AS01', 'welfare', 'integer', 'Số suất quà tặng', 'suất'),
      ind('AS02', 'welfare', 'money', 'Trị giá quà tặng', 'triệu đồng', { max: 100000 }),
      ind('AS03', 'welfare', 'yesno', 'Có thăm hỏi gia đình chính sách'),
      ind('AS04', 'welfare', 'integer', 'Số CNVCLĐ ủng hộ quỹ', 'người'),
      ind('AS05', 'welfare', 'rate', 'Tỷ lệ CNVCLĐ ủng hộ quỹ', '%', { numerator: { indicator: 'AS04' }, denominator: { unitSize: 'workforce' } }),
      ind('AS06', 'welfare', 'decimal', 'Chiều dài đường giao thông được sửa', 'm'),
      ind('TC01', 'organisation', 'integer', 'Số đoàn viên kết nạp mới', 'đoàn viên'),
      ind('TC02', 'organisation', 'choice', 'Tự xếp loại CĐCS', '', {
        choices: [
          { value: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent' },
          { value: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
          { value: 'Hoàn thành nhiệm vụ', en: 'Fair' },
        ],
      }),
      ind('TC03', 'organisation', 'rate', 'Tỷ lệ CĐCS hoàn thành tốt nhiệm vụ trở lên', '%', {
        numerator: { indicator: 'TC02', choices: ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ'] },
        denominator: { unitCount: 'reporting' },
      }),
      ind('NT01', 'situation', 'date', 'Ngày tổ chức ra quân'),
      ind('DG01', 'assessment', 'text', 'Đánh giá chung', '', { maxLength: 1500 }),
    ],
    targets: [
      { indicator: 'TC01', value: 20, allocation: { method: 'proportional', basis: 'workforce' } },
      { indicator: 'TT01', value: 12, allocation: { method: 'manual', values: { XA01: 3, GD02: 4, DN03: 5 } } },
      { indicator: 'AS05', value: 90 },
    ],
    checks: [
      { kind: 'notGreater', part: 'TT03', whole: 'TT02' },
      { kind: 'requires', when: 'AS02', then: 'AS01' },
    ],
    recipients: ['LĐLĐ tỉnh', 'Các CĐCS trực thuộc', 'Lưu: VP'],
    signer: { onBehalf: 'TM. BAN THƯỜNG VỤ', title: 'CHỦ TỊCH', name: 'Trần Văn Bình' },
  };
}

export function smallCampaign(): Campaign {
  return Campaign.parse(smallCampaignInput());
}

export const PROVINCE_TITLE = 'Kế hoạch dân vận đợt II năm 2025 của LĐLĐ tỉnh Tây Ninh';

/** The province's campaign whose units are two district federations (the small campaign's indicators). */
export function provinceCampaignInput(): CampaignInput {
  return {
    ...smallCampaignInput(),
    id: 'tinh-tay-ninh-dot-2-2025',
    title: PROVINCE_TITLE,
    organization: { name: 'Liên đoàn Lao động tỉnh Tây Ninh', parent: 'Tổng Liên đoàn Lao động Việt Nam' },
    targets: [],
    units: [
      { code: 'HT', name: 'LĐLĐ huyện Hòa Thành', group: 'Huyện', workforce: 786 },
      { code: 'TB', name: 'LĐLĐ huyện Tân Biên', group: 'Huyện', workforce: 786 },
    ],
  };
}

/** The small campaign reported every day for 15 days (16–30/12/2025), as "hàng ngày" plans ask. */
export function dailyCampaign(): Campaign {
  const days = Array.from({ length: 15 }, (_, i) => {
    const date = `2025-12-${String(16 + i)}`;
    return { id: `ngay-${16 + i}`, label: `Báo cáo ngày ${16 + i}/12/2025`, period: { start: date, end: date }, deadline: date };
  });
  return Campaign.parse({ ...smallCampaignInput(), reportingRounds: days });
}

/**
 * A campaign file written by `danvan init`, with its id's random part (drawn once per init,
 * src/core/campaign-id.ts) taken off: two runs on the same plan then compare equal.
 */
export function withoutRandomPart<T>(campaign: T): T {
  const c = campaign as T & { id?: unknown };
  return typeof c.id === 'string' ? { ...c, id: c.id.replace(/-[0-9a-f]{8}$/, '') } : campaign;
}
