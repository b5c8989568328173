import type { Campaign, Target } from './schema/campaign';
import type { Unit } from './schema/unit';

/**
 * The campaign as one unit's form needs it to check itself: only that unit, and each shared
 * target as that unit's own part (typed by hand, so it is not shared again among fewer units).
 * It goes into the unit's fill-in, so the phone page runs the district's checks without the
 * master, and no unit learns another's figures. Checked against it, a return gets the same
 * findings, targets and form fingerprint as against the whole campaign.
 */
export function campaignForUnit(campaign: Campaign, unit: Unit, unitTargets: ReadonlyMap<string, number>): Campaign {
  const rates = new Set(campaign.indicators.filter((i) => i.type === 'rate').map((i) => i.code));
  const own = (target: Target): Target => {
    if (target.allocation.method === 'none' || rates.has(target.indicator)) return target;
    const value = unitTargets.get(target.indicator);
    return { ...target, allocation: { method: 'manual', values: value === undefined ? {} : { [unit.code]: value } } };
  };
  return { ...campaign, units: [unit], targets: campaign.targets.map(own) };
}
