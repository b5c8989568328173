import type { Campaign } from '../../../src/core';
import { findPreset } from '../../../src/core/presets';
import { describeTarget, summarizeCampaign } from '../../../src/taskpane/campaign/campaign-summary';

function preset(name: string): Campaign {
  const found = findPreset(name);
  if (found === undefined) throw new Error(`no preset ${name}`);
  return found.build({ year: 2025 });
}

const lines = (campaign: Campaign, label: string, lang: 'vi' | 'en' = 'vi') =>
  summarizeCampaign(campaign, lang).rows.find((row) => row.label === label)?.lines;

describe('summarizeCampaign', () => {
  const annual = preset('ke-hoach-nam');

  it('should write dates as dd/mm/yyyy', () => {
    expect(lines(annual, 'Thời gian')).toEqual(['từ 01/01/2025 đến 31/12/2025']);
    expect(lines(annual, 'Period', 'en')).toEqual(['01/01/2025 to 31/12/2025']);
  });

  it('should list a few reporting rounds with their deadlines', () => {
    expect(lines(annual, 'Kỳ báo cáo')).toEqual(annual.reportingRounds.map((r) => `${r.label}: hạn ${r.deadline.split('-').reverse().join('/')}`));
  });

  it('should sum up many reporting rounds in one line', () => {
    const rounds = Array.from({ length: 15 }, (_, i) => {
      const day = String(16 + i).padStart(2, '0');
      return { id: `ngay-${day}`, label: `Ngày ${day}/12`, period: { start: `2024-12-${day}`, end: `2024-12-${day}` }, deadline: `2024-12-${day}`, deadlineTime: '10:00' };
    });
    expect(lines({ ...annual, reportingRounds: rounds }, 'Kỳ báo cáo')).toEqual(['15 kỳ, hạn từ 16/12/2024 đến 30/12/2024']);
  });

  it('should give the deadline time when the plan has one', () => {
    expect(lines({ ...annual, deadline: '2025-01-01', deadlineTime: '10:00' }, 'Hạn báo cáo')).toEqual(['trước 10:00 ngày 01/01/2025']);
  });

  it('should count indicators, units and targets', () => {
    expect(lines(annual, 'Nội dung theo dõi')).toEqual([String(annual.indicators.length)]);
    expect(lines(annual, 'Đơn vị báo cáo')).toEqual([String(annual.units.length)]);
    expect(lines({ ...annual, units: [] }, 'Đơn vị báo cáo')).toEqual(['chưa có (nhập danh sách sau)']);
    expect(lines({ ...annual, targets: [] }, 'Chỉ tiêu kế hoạch')).toEqual(['không giao chỉ tiêu']);
    expect(summarizeCampaign(annual, 'vi').targets).toHaveLength(annual.targets.length);
  });
});

describe('describeTarget', () => {
  const indicator = { code: 'KN01', label: { vi: 'Kết nạp đoàn viên', en: 'New members' }, section: 'organisation', measure: 'người', required: false, type: 'integer', min: 0, aggregation: 'sum' } as const;
  const target = { indicator: 'KN01', value: 1500, direction: 'atLeast', allocation: { method: 'none' } } as const;

  it.each([
    ['vi', target, 'Kết nạp đoàn viên: ít nhất 1.500 người'],
    ['en', target, 'New members: at least 1,500 người'],
    ['vi', { ...target, direction: 'atMost' }, 'Kết nạp đoàn viên: không quá 1.500 người'],
  ] as const)('should word a %s target', (lang, t, expected) => {
    expect(describeTarget(t, indicator, lang)).toBe(expected);
  });

  it('should show rates as percentages', () => {
    const rate = { ...indicator, type: 'rate', measure: '%', numerator: { indicator: 'KN01' }, denominator: { unitSize: 'members' }, aggregation: 'ratio' } as const;
    expect(describeTarget({ ...target, value: 85 }, rate, 'vi')).toBe('Kết nạp đoàn viên: ít nhất 85%');
  });

  it('should fall back to the code for an unknown indicator', () => {
    expect(describeTarget(target, undefined, 'vi')).toBe('KN01: ít nhất 1.500');
  });
});
