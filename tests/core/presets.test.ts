import { checksFor, findIndicator } from '../../src/core/catalogue';
import { parseCampaignJson } from '../../src/core/campaign-file';
import { isMessageKey, t } from '../../src/core/messages';
import { DEFAULT_PRESET_YEAR, PRESETS, findPreset, isPresetYear } from '../../src/core/presets';
import type { Preset } from '../../src/core/presets';
import { SAMPLE_UNITS } from '../../src/core/sample-units';
import { Campaign } from '../../src/core/schema/campaign';

function preset(name: string): Preset {
  const found = findPreset(name);
  if (found === undefined) throw new Error(`preset ${name} missing`);
  return found;
}

const cases = PRESETS.map((p) => [p.name, p] as const);

describe('PRESETS', () => {
  it('should list the three kinds of plan', () => {
    expect(PRESETS.map((p) => [p.name, p.kind])).toEqual([
      ['dot-15-ngay', 'round'],
      ['ke-hoach-nam', 'annual'],
      ['dan-van-kheo', 'emulation'],
    ]);
  });

  it('should default to a fixed year', () => {
    expect(DEFAULT_PRESET_YEAR).toBe(2025);
  });

  it.each(cases)('should build %s into a valid campaign', (_name, p) => {
    const result = Campaign.safeParse(p.build());
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it.each(cases)('should build %s the same way every time', (_name, p) => {
    expect(p.build()).toEqual(p.build());
    expect(p.build({ year: 2027 })).toEqual(p.build({ year: 2027 }));
  });

  it.each(cases)('should survive a round trip of %s through the campaign file', (_name, p) => {
    const campaign = p.build();
    const parsed = parseCampaignJson(JSON.stringify(campaign));
    expect(parsed).toEqual({ ok: true, value: campaign });
  });

  it.each(cases)('should fill the document fields of %s', (name, p) => {
    const campaign = p.build();
    expect(campaign).toMatchObject({
      schemaVersion: 1,
      id: `${name}-${DEFAULT_PRESET_YEAR}`,
      kind: p.kind,
      organization: { name: expect.stringMatching(/^Liên đoàn Lao động huyện /), parent: expect.stringMatching(/^Liên đoàn Lao động tỉnh /) },
      plan: { number: expect.stringMatching(/^\d+\/KH-LĐLĐ$/), date: expect.stringMatching(/^2025-/) },
      round: { year: DEFAULT_PRESET_YEAR },
      signer: { onBehalf: 'TM. BAN THƯỜNG VỤ', title: 'CHỦ TỊCH' },
    });
    expect(campaign.place).not.toBe('');
    expect(campaign.basis.length).toBeGreaterThanOrEqual(1);
    expect(campaign.recipients).toEqual(expect.arrayContaining(['Ban Dân vận Huyện ủy', 'Các CĐCS trực thuộc', 'Lưu: VP']));
  });

  it.each(cases)('should give %s the sample units, catalogue indicators and their checks', (_name, p) => {
    const campaign = p.build();
    expect(campaign.units).toEqual([...SAMPLE_UNITS]);
    for (const indicator of campaign.indicators) expect(indicator).toEqual(findIndicator(indicator.code));
    expect(campaign.checks).toEqual(checksFor(campaign.indicators));
    expect(campaign.indicators.some((indicator) => indicator.section === 'assessment')).toBe(true);
  });

  it.each(cases)('should date every reporting round of %s inside the campaign, with the deadline after the period', (_name, p) => {
    const campaign = p.build();
    for (const round of campaign.reportingRounds) {
      expect(round.period.start >= campaign.period.start).toBe(true);
      expect(round.period.end <= campaign.period.end).toBe(true);
      expect(round.deadline > round.period.end).toBe(true);
      expect(round.deadline <= campaign.deadline).toBe(true);
    }
    expect(campaign.plan.date ?? '').not.toBe('');
  });

  it.each(cases)('should explain every target of %s in the plan’s words', (_name, p) => {
    for (const target of p.build().targets) expect(target.source ?? '').not.toBe('');
  });

  it.each(cases)('should follow the year asked for in %s', (name, p) => {
    const campaign = p.build({ year: 2026 });
    expect(campaign.id).toBe(`${name}-2026`);
    expect(campaign.round.year).toBe(2026);
    expect(campaign.period.start.startsWith('2026-')).toBe(true);
    expect(campaign.basis.join(' ')).toContain('2026');
  });

  it.each(cases)('should refuse a year that is not sensible in %s', (_name, p) => {
    expect(() => p.build({ year: 1999 })).toThrow(RangeError);
    expect(() => p.build({ year: 2025.5 })).toThrow(RangeError);
  });

  it.each(cases)('should name and describe %s in both languages', (_name, p) => {
    for (const key of [p.label, p.description]) {
      expect(isMessageKey(key)).toBe(true);
      expect(t(key, {}, 'vi')).not.toBe('');
      expect(t(key, {}, 'en')).not.toBe('');
    }
  });
});

describe('findPreset', () => {
  it('should find a preset by name', () => {
    expect(findPreset('ke-hoach-nam')?.kind).toBe('annual');
  });

  it('should return undefined for an unknown name', () => {
    expect(findPreset('khong-co')).toBeUndefined();
  });
});

describe('isPresetYear', () => {
  it.each([
    [2025, true],
    [2000, true],
    [2100, true],
    [1999, false],
    [2101, false],
    [2025.5, false],
    [Number.NaN, false],
  ])('should judge %p as %p', (year, expected) => {
    expect(isPresetYear(year)).toBe(expected);
  });
});

describe('dot-15-ngay', () => {
  const campaign = preset('dot-15-ngay').build();

  it('should run 15 days from 17 to 31 December and report once by 1 January', () => {
    expect(campaign.period).toEqual({ start: '2025-12-17', end: '2025-12-31' });
    expect(campaign.deadline).toBe('2026-01-01');
    expect(campaign.reportingRounds).toEqual([
      { id: 'ket-thuc', label: expect.any(String), period: { start: '2025-12-17', end: '2025-12-31' }, deadline: '2026-01-01' },
    ]);
  });

  it('should ask mostly about propaganda and help for residents', () => {
    const sections = campaign.indicators.map((indicator) => indicator.section);
    const core = sections.filter((section) => section === 'propaganda' || section === 'welfare').length;
    expect(campaign.indicators.length).toBeGreaterThanOrEqual(15);
    expect(campaign.indicators.length).toBeLessThanOrEqual(30);
    expect(core / sections.length).toBeGreaterThan(0.6);
    expect(sections).toContain('organisation');
    expect(campaign.indicators.some((indicator) => indicator.type === 'date')).toBe(true);
  });
});

describe('ke-hoach-nam', () => {
  const campaign = preset('ke-hoach-nam').build();

  it('should report at six months and for the whole year', () => {
    expect(campaign.period).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(campaign.reportingRounds.map((round) => [round.id, round.period.start, round.period.end])).toEqual([
      ['6-thang', '2025-01-01', '2025-06-30'],
      ['ca-nam', '2025-01-01', '2025-12-31'],
    ]);
  });

  it('should carry the plan’s numeric targets', () => {
    const targets = campaign.targets.map((target) => [target.indicator, target.value, target.direction, target.allocation]);
    expect(targets).toEqual([
      ['TC01', 50, 'atLeast', { method: 'proportional', basis: 'workforce' }],
      ['TC02', 1, 'atLeast', { method: 'none' }],
      ['TC03', 94, 'atLeast', { method: 'proportional', basis: 'members' }],
      ['AS20', 90, 'atLeast', { method: 'none' }],
      ['TC15', 85, 'atLeast', { method: 'none' }],
      ['TC16', 20, 'atLeast', { method: 'none' }],
      ['TC17', 85, 'atLeast', { method: 'none' }],
    ]);
  });

  it('should set percentage targets only on computed rates', () => {
    const byCode = new Map(campaign.indicators.map((indicator) => [indicator.code, indicator]));
    for (const code of ['AS20', 'TC15', 'TC16', 'TC17']) expect(byCode.get(code)?.type).toBe('rate');
    for (const code of ['TC01', 'TC02', 'TC03']) expect(byCode.get(code)?.type).toBe('integer');
  });
});

describe('dan-van-kheo', () => {
  const campaign = preset('dan-van-kheo').build();

  it('should be an emulation drive reported in late November', () => {
    expect(campaign.kind).toBe('emulation');
    expect(campaign.deadline).toMatch(/^2025-11-(2\d|30)$/);
  });

  it('should ask every unit for at least one model', () => {
    const [target] = campaign.targets;
    expect(target?.indicator).toBe('TC11');
    expect(target?.value).toBe(SAMPLE_UNITS.length);
    expect(target?.allocation).toEqual({ method: 'manual', values: Object.fromEntries(SAMPLE_UNITS.map((unit) => [unit.code, 1])) });
  });

  it('should collect the names of outstanding models', () => {
    expect(campaign.indicators.map((indicator) => indicator.code)).toEqual(expect.arrayContaining(['TC11', 'TC12', 'DG02']));
  });
});
