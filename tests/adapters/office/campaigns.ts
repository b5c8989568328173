import { Campaign, findPreset } from '../../../src/core';

/** The annual-plan preset (39 units) with its units cloned under new codes to make `count` units. */
export function campaignWithUnits(count: number): Campaign {
  const preset = findPreset('ke-hoach-nam');
  if (!preset) throw new Error('preset ke-hoach-nam is missing');
  const base = preset.build();
  const units = Array.from({ length: count }, (_, i) => {
    const unit = base.units[i % base.units.length];
    if (!unit) throw new Error('preset has no units');
    return { ...unit, code: `DV${String(i + 1).padStart(3, '0')}`, name: `${unit.name} (${i + 1})` };
  });
  return Campaign.parse({ ...base, units });
}
