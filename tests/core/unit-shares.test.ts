import { unitShares } from '../../src/core';
import type { Campaign } from '../../src/core';
import { smallCampaign } from '../helpers/campaign';

const base = smallCampaign();
const units: Campaign['units'] = [
  { code: 'A', name: 'CĐCS A', group: 'Xã', members: 5 },
  { code: 'B', name: 'CĐCS B', group: 'Xã', members: 3 },
  { code: 'C', name: 'CĐCS C', group: 'Xã', members: 2 },
];
const withTarget = (target: Campaign['targets'][number]): Campaign => ({ ...base, units, targets: [target] });

describe('unitShares', () => {
  it('should table a proportional share by members, by largest remainder', () => {
    // 3 × 5/10 = 1.5, 3 × 3/10 = 0.9, 3 × 2/10 = 0.6: floors 1, 0, 0; the two left go to .9 and .6.
    const table = unitShares(withTarget({ indicator: 'TT01', value: 3, direction: 'atLeast', allocation: { method: 'proportional', basis: 'members' } }), 'TT01');
    expect(table).toMatchObject({ method: 'proportional', total: 3, sum: 3, issues: [] });
    expect(table?.rows).toEqual([
      { code: 'A', name: 'CĐCS A', basis: 5, share: 1 },
      { code: 'B', name: 'CĐCS B', basis: 3, share: 1 },
      { code: 'C', name: 'CĐCS C', basis: 2, share: 1 },
    ]);
  });

  it('should table typed shares, leave a unit without one blank, and carry the shortfall warning', () => {
    const table = unitShares(withTarget({ indicator: 'TT01', value: 10, direction: 'atLeast', allocation: { method: 'manual', values: { A: 4, C: 3 } } }), 'TT01');
    expect(table?.rows.map((r) => [r.code, r.share])).toEqual([
      ['A', 4],
      ['B', undefined],
      ['C', 3],
    ]);
    expect(table?.sum).toBe(7);
    expect(table?.issues.map((i) => i.code)).toEqual(['units.manualShortfall']);
  });

  it('should have no table for an indicator without a target', () => {
    expect(unitShares(withTarget({ indicator: 'TT01', value: 3, direction: 'atLeast', allocation: { method: 'none' } }), 'TT02')).toBeUndefined();
  });
});
