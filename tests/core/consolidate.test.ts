import { consolidate, validateReturns } from '../../src/core';
import type { Consolidation } from '../../src/core';
import { smallCampaign } from '../helpers/campaign';
import { GOOD_ANSWERS, rawReturnFor } from '../helpers/raw-return';

const campaign = smallCampaign();
const figure = (c: Consolidation, code: string) => c.indicators.find((i) => i.code === code);

function district(options: { includeErrors?: boolean } = {}): Consolidation {
  const raws = [
    rawReturnFor(campaign, 'XA01', { ...GOOD_ANSWERS, TT01: 3, TT02: 100, TT03: 40, AS03: 'Có', AS04: 30, TC01: 1, TC02: 'Hoàn thành xuất sắc nhiệm vụ', DG01: 'Xã làm tốt.' }),
    rawReturnFor(campaign, 'GD02', { ...GOOD_ANSWERS, TT01: 4, TT02: 250, TT03: 120, AS03: 'Không', AS04: 50, TC01: 2, TC02: 'Hoàn thành nhiệm vụ', DG01: '' }),
    // DN03 sends a "trong đó" larger than its total: an error, so the return is rejected.
    rawReturnFor(campaign, 'DN03', { ...GOOD_ANSWERS, TT01: 6, TT02: 500, TT03: 900, AS04: 650, TC01: 17, TC02: 'Hoàn thành tốt nhiệm vụ' }),
  ];
  return consolidate(campaign, validateReturns(campaign, raws), options);
}

describe('consolidate', () => {
  it('should sum counts from the returns that count and leave rejected ones out', () => {
    const c = district();
    expect(figure(c, 'TT01')).toMatchObject({ value: 7, target: 12, percent: 58.3333, assessment: 'notAchieved', reported: 2 });
    expect(figure(c, 'TT02')?.value).toBe(350);
    expect(c.units.map((u) => [u.code, u.status])).toEqual([
      ['XA01', 'on-time'],
      ['GD02', 'on-time'],
      ['DN03', 'rejected'],
    ]);
  });

  it('should take rejected returns in, flagged, when asked', () => {
    const c = district({ includeErrors: true });
    expect(figure(c, 'TT01')).toMatchObject({ value: 13, assessment: 'exceeded' });
    expect(c.units.find((u) => u.code === 'DN03')).toMatchObject({ status: 'rejected', flagged: true });
  });

  it('should recompute rates from summed numerators and denominators, never average them', () => {
    const c = district();
    // XA01 30/31 workers, GD02 50/55: (30 + 50) / (31 + 55) = 93.02%, not the mean of 96.8% and 90.9%.
    expect(figure(c, 'AS05')).toMatchObject({ numerator: 80, denominator: 86, value: 93.0233, target: 90, assessment: 'exceeded' });
  });

  it('should count units by choice and compute the share rated good or better', () => {
    const c = district();
    expect(figure(c, 'TC02')?.distribution).toEqual([
      { choice: 'Hoàn thành xuất sắc nhiệm vụ', count: 1, share: 50 },
      { choice: 'Hoàn thành tốt nhiệm vụ', count: 0, share: 0 },
      { choice: 'Hoàn thành nhiệm vụ', count: 1, share: 50 },
    ]);
    expect(figure(c, 'TC03')).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
  });

  it('should count "Có" answers and collect texts with the unit name', () => {
    const c = district();
    expect(figure(c, 'AS03')?.value).toBe(1);
    expect(figure(c, 'DG01')?.texts).toEqual([{ unit: 'XA01', name: 'CĐCS xã Trường Hòa', text: 'Xã làm tốt.' }]);
  });

  it('should break figures down by khối', () => {
    const c = district({ includeErrors: true });
    expect(c.groups.map((g) => [g.group, g.units, g.reported, g.values.TT01])).toEqual([
      ['Xã - thị trấn', 1, 1, 3],
      ['Giáo dục', 1, 1, 4],
      ['Doanh nghiệp', 1, 1, 6],
    ]);
  });

  it('should give the same figures for the same inputs', () => {
    expect(JSON.stringify(district())).toBe(JSON.stringify(district()));
  });
});
