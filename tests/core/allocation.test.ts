import fc from 'fast-check';
import { allocateProportionally, allocateTargets } from '../../src/core/allocation';
import { describeIssue } from '../../src/core/describe-issue';
import { Campaign } from '../../src/core/schema/campaign';
import type { CampaignInput } from '../../src/core/schema/campaign';

const sum = (values: Iterable<number>): number => [...values].reduce((a, b) => a + b, 0);

describe('allocateProportionally', () => {
  it.each<[string, number, number[], number[]]>([
    // Shares 10.71, 4.02, 26.79, 7.14, 1.34: floors give 48, the two largest remainders get one more.
    ['50 new members over workforce', 50, [120, 45, 300, 80, 15], [11, 4, 27, 7, 1]],
    // Shares 16.45, 5.64, 22.56, 12.69, 28.2, 8.46: floors give 91, three more by remainder.
    ['94 members introduced to the Party over members', 94, [35, 12, 48, 27, 60, 18], [16, 6, 23, 13, 28, 8]],
    ['an exact split', 60, [1, 2, 3], [10, 20, 30]],
    ['ties to the lower index', 2, [1, 1, 1], [1, 1, 0]],
    ['a zero total', 0, [5, 7], [0, 0]],
    ['a unit of weight zero', 3, [0, 1, 1], [0, 2, 1]],
    ['all-zero weights, as equally as possible', 7, [0, 0, 0], [3, 2, 2]],
    ['no weights at all', 5, [], []],
    ['fractional weights', 10, [0.5, 1.5], [3, 7]],
  ])('should share %s', (_name, total, weights, expected) => {
    expect(allocateProportionally(total, weights)).toEqual(expected);
  });

  it('should add up exactly and keep each part within a unit of its exact share, for any integer weights', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 40 }), (total, weights) => {
        const parts = allocateProportionally(total, weights);
        expect(parts).toHaveLength(weights.length);
        expect(sum(parts)).toBe(total);
        const effective = weights.every((w) => w === 0) ? weights.map(() => 1) : weights;
        const whole = BigInt(sum(effective));
        parts.forEach((part, i) => {
          expect(Number.isInteger(part)).toBe(true);
          // floor(exact) ≤ part ≤ ceil(exact), exact = total·w / Σw, checked without rounding.
          const scaled = BigInt(total) * BigInt(effective[i] ?? 0);
          expect(BigInt(part + 1) * whole > scaled).toBe(true);
          expect(BigInt(part - 1) * whole < scaled).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('should add up exactly for fractional weights too', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 100_000 }),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const parts = allocateProportionally(total, weights);
          expect(sum(parts)).toBe(total);
          expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
        },
      ),
    );
  });

  it('should be deterministic', () => {
    const weights = [3, 3, 3, 1, 1];
    expect(allocateProportionally(4, weights)).toEqual(allocateProportionally(4, [...weights]));
    expect(allocateProportionally(4, weights)).toEqual([1, 1, 1, 1, 0]);
  });

  it.each([
    [-1, [1]],
    [2.5, [1]],
    [3, [1, -1]],
    [3, [Number.NaN]],
  ])('should refuse a total of %d over %j as a programming error', (total, weights) => {
    expect(() => allocateProportionally(total, weights)).toThrow(RangeError);
  });
});

const label = (vi: string) => ({ vi, en: vi });

function campaign(overrides: Partial<CampaignInput>): Campaign {
  return Campaign.parse({
    schemaVersion: 1,
    id: 'dmc-dot2-2024',
    title: 'Đợt cao điểm dân vận',
    organization: { name: 'LĐLĐ huyện Phong Thổ' },
    round: { label: 'Đợt II', year: 2024 },
    period: { start: '2024-12-17', end: '2024-12-31' },
    deadline: '2025-01-01',
    reportingRounds: [{ id: 'cuoi-dot', label: 'Cuối đợt', period: { start: '2024-12-17', end: '2024-12-31' }, deadline: '2025-01-01' }],
    units: [
      { code: 'XA01', name: 'CĐCS xã Mường So', group: 'Xã', members: 35, workforce: 40 },
      { code: 'DN01', name: 'CĐCS Công ty Nậm Na', group: 'Doanh nghiệp', members: 120, workforce: 300 },
      { code: 'GD01', name: 'CĐCS Trường Dào San', group: 'Giáo dục', members: 45 },
    ],
    indicators: [
      { code: 'KNDV', label: label('Kết nạp đoàn viên'), section: 'organisation', type: 'integer', measure: 'người' },
      { code: 'QUA', label: label('Giá trị quà'), section: 'welfare', type: 'money', measure: 'triệu đồng' },
      { code: 'UNGHO', label: label('Số CNVCLĐ ủng hộ'), section: 'welfare', type: 'integer' },
      {
        code: 'TL_UNGHO',
        label: label('Tỷ lệ CNVCLĐ ủng hộ'),
        section: 'welfare',
        type: 'rate',
        measure: '%',
        numerator: { indicator: 'UNGHO' },
        denominator: { unitSize: 'workforce' },
      },
      { code: 'CDCS', label: label('Thành lập CĐCS'), section: 'organisation', type: 'integer' },
    ],
    ...overrides,
  });
}

const entries = (map: ReadonlyMap<string, number> | undefined) => (map ? Object.fromEntries(map) : undefined);

describe('allocateTargets', () => {
  it('should share a count by members, an amount in hundredths, and leave district-only targets alone', () => {
    const { perUnit, issues } = allocateTargets(
      campaign({
        targets: [
          { indicator: 'KNDV', value: 50, allocation: { method: 'proportional', basis: 'members' } },
          { indicator: 'QUA', value: 10, allocation: { method: 'proportional', basis: 'members' } },
          { indicator: 'CDCS', value: 1 },
        ],
      }),
    );

    // 50 × 35/200 = 8.75, × 120/200 = 30, × 45/200 = 11.25.
    expect(entries(perUnit.get('KNDV'))).toEqual({ XA01: 9, DN01: 30, GD01: 11 });
    // 1000 hundredths: 175, 600, 225.
    expect(entries(perUnit.get('QUA'))).toEqual({ XA01: 1.75, DN01: 6, GD01: 2.25 });
    expect(perUnit.has('CDCS')).toBe(false);
    expect(issues).toEqual([]);
  });

  it('should keep amounts adding up to the cent when they do not divide evenly', () => {
    const { perUnit } = allocateTargets(
      campaign({
        units: [
          { code: 'A', name: 'A', group: 'X', members: 1 },
          { code: 'B', name: 'B', group: 'X', members: 1 },
          { code: 'C', name: 'C', group: 'X', members: 1 },
        ],
        targets: [
          { indicator: 'QUA', value: 10, allocation: { method: 'proportional', basis: 'members' } },
          { indicator: 'KNDV', value: 10, allocation: { method: 'proportional', basis: 'members' } },
        ],
      }),
    );

    expect(entries(perUnit.get('QUA'))).toEqual({ A: 3.34, B: 3.33, C: 3.33 });
    expect(entries(perUnit.get('KNDV'))).toEqual({ A: 4, B: 3, C: 3 });
  });

  it('should give a unit without the figure nothing, and say which units lack it', () => {
    const { perUnit, issues } = allocateTargets(
      campaign({ targets: [{ indicator: 'KNDV', value: 34, allocation: { method: 'proportional', basis: 'workforce' } }] }),
    );

    // 34 × 40/340 = 4, × 300/340 = 30.
    expect(entries(perUnit.get('KNDV'))).toEqual({ XA01: 4, DN01: 30, GD01: 0 });
    expect(issues.map((i) => [i.severity, i.code, i.indicator])).toEqual([['warning', 'units.allocationMissingBasis', 'KNDV']]);
    expect(describeIssue(issues[0]!)).toBe(
      'Chỉ tiêu KNDV được chia theo số CNVCLĐ, nhưng 1 đơn vị chưa có số liệu này (GD01) nên được giao 0. Hãy bổ sung số liệu trong danh sách đơn vị.',
    );
  });

  it('should share equally and warn when no unit has the figure', () => {
    const { perUnit, issues } = allocateTargets(
      campaign({
        units: [
          { code: 'A', name: 'A', group: 'X' },
          { code: 'B', name: 'B', group: 'X', workforce: 0 },
          { code: 'C', name: 'C', group: 'X' },
        ],
        targets: [{ indicator: 'KNDV', value: 50, allocation: { method: 'proportional', basis: 'workforce' } }],
      }),
    );

    expect(entries(perUnit.get('KNDV'))).toEqual({ A: 17, B: 17, C: 16 });
    expect(issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'units.allocationNoBasis']]);
    expect(describeIssue(issues[0]!)).toBe(
      'Không chia được chỉ tiêu KNDV theo số CNVCLĐ: chưa đơn vị nào có số liệu này; chỉ tiêu được chia đều.',
    );
  });

  it('should take manual figures as typed and warn when they fall short of the total', () => {
    const { perUnit, issues } = allocateTargets(
      campaign({
        targets: [
          { indicator: 'CDCS', value: 2, allocation: { method: 'manual', values: { DN01: 1, GD01: 1 } } },
          { indicator: 'KNDV', value: 50, allocation: { method: 'manual', values: { XA01: 10, DN01: 30 } } },
        ],
      }),
    );

    expect(entries(perUnit.get('CDCS'))).toEqual({ DN01: 1, GD01: 1 });
    expect(entries(perUnit.get('KNDV'))).toEqual({ XA01: 10, DN01: 30 });
    expect(issues.map((i) => [i.code, i.indicator, i.params])).toEqual([
      ['units.manualShortfall', 'KNDV', { indicator: 'KNDV', sum: 40, total: 50 }],
    ]);
  });

  it.each([
    ['none', { method: 'none' }],
    ['proportional', { method: 'proportional', basis: 'workforce' }],
    ['manual, with nothing typed', { method: 'manual', values: {} }],
  ] as const)('should give every unit the same percentage for a rate target allocated %s', (_method, allocation) => {
    const { perUnit, issues } = allocateTargets(campaign({ targets: [{ indicator: 'TL_UNGHO', value: 90, allocation }] }));

    expect(entries(perUnit.get('TL_UNGHO'))).toEqual({ XA01: 90, DN01: 90, GD01: 90 });
    expect(issues).toEqual([]);
  });

  it('should give a rate target the same percentage everywhere even when figures were typed per unit, and say so', () => {
    const { perUnit, issues } = allocateTargets(
      campaign({ targets: [{ indicator: 'TL_UNGHO', value: 90, allocation: { method: 'manual', values: { XA01: 95, DN01: 85 } } }] }),
    );

    expect(entries(perUnit.get('TL_UNGHO'))).toEqual({ XA01: 90, DN01: 90, GD01: 90 });
    expect(issues.map((i) => [i.severity, i.code, i.indicator])).toEqual([['warning', 'units.rateManualIgnored', 'TL_UNGHO']]);
  });

  it('should always add up to the target for counts and amounts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.nat({ max: 5000 }), { nil: undefined }), { minLength: 1, maxLength: 25 }),
        fc.nat({ max: 10_000 }),
        fc.constantFrom('KNDV', 'QUA'),
        (sizes, hundredths, indicator) => {
          const value = indicator === 'QUA' ? hundredths / 100 : hundredths;
          const units = sizes.map((members, i) => ({ code: `U${i}`, name: `Đơn vị ${i}`, group: 'X', ...(members === undefined ? {} : { members }) }));
          const { perUnit } = allocateTargets(
            campaign({ units, targets: [{ indicator, value, allocation: { method: 'proportional', basis: 'members' } }] }),
          );
          const parts = [...(perUnit.get(indicator)?.values() ?? [])];
          expect(parts).toHaveLength(units.length);
          expect(sum(parts.map((p) => Math.round(p * 100)))).toBe(Math.round(value * 100));
        },
      ),
      { numRuns: 300 },
    );
  });
});
