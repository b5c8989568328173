import { RANDOM_PART_LENGTH, randomPart, withRandomPart } from '../../src/core';
import { draftToCampaign, importPlan } from '../../src/core/plan-import';
import { PRESETS, findPreset } from '../../src/core/presets';

describe('withRandomPart', () => {
  it('should append the first 8 letters and digits of what was drawn', () => {
    expect(randomPart('1A2B3C4D-5E6F-4711-8899-AABBCCDDEEFF')).toBe('1a2b3c4d');
    expect(withRandomPart('ldld-thanh-lam-dot-15-ngay-2025', '1a2b3c4d-5e6f-4711-8899-aabbccddeeff')).toBe('ldld-thanh-lam-dot-15-ngay-2025-1a2b3c4d');
    expect(RANDOM_PART_LENGTH).toBe(8);
  });

  it('should cut a long id so the whole stays a 63-character slug', () => {
    const long = `ldld-${'a'.repeat(60)}`;
    const id = withRandomPart(long, 'ffffffff');
    expect(id).toBe(`ldld-${'a'.repeat(49)}-ffffffff`);
    expect(id).toHaveLength(63);
  });

  it('should leave the id alone when nothing was drawn', () => {
    expect(withRandomPart('dot-15-ngay-2025', undefined)).toBe('dot-15-ngay-2025');
    expect(withRandomPart('dot-15-ngay-2025', '---')).toBe('dot-15-ngay-2025');
  });
});

describe('preset campaign ids', () => {
  it.each(PRESETS.map((p) => [p.name, p] as const))('should make %s the organisation plus a random part', (name, preset) => {
    expect(preset.build({ year: 2026, random: '0f1e2d3c-aaaa-4bbb-8ccc-dddddddddddd' }).id).toBe(`ldld-thanh-lam-${name}-2026-0f1e2d3c`);
  });

  it('should give two districts starting from the same preset different ids', () => {
    const preset = findPreset('dot-15-ngay');
    const a = preset?.build({ random: '11111111-0000-4000-8000-000000000000' });
    const b = preset?.build({ random: '22222222-0000-4000-8000-000000000000' });
    expect(a?.id).not.toBe(b?.id);
    expect(a?.title).toBe(b?.title);
  });

  it('should keep the shared sample id without a random part (samples and tests)', () => {
    expect(findPreset('dot-15-ngay')?.build({ year: 2025 }).id).toBe('dot-15-ngay-2025');
  });
});

describe('plan campaign ids', () => {
  it('should add the random part to the id read from the plan', () => {
    const text = [
      'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHONG THỔ',
      'Số: 12/KH-LĐLĐ',
      'KẾ HOẠCH',
      'Tham gia công tác dân vận đợt II năm 2024',
      'Thời gian: 15 ngày, từ ngày 17/12/2024 đến ngày 31/12/2024.',
      'Các CĐCS báo cáo kết quả về LĐLĐ huyện trước ngày 05/01/2025.',
    ].join('\n');
    const plain = draftToCampaign(importPlan(text)).campaign?.id;
    const drawn = draftToCampaign(importPlan(text), { random: 'abcdef01-2345-4678-9abc-def012345678' }).campaign?.id;
    expect(plain).toBeDefined();
    expect(drawn).toBe(`${plain}-abcdef01`);
  });
});
