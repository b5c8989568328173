import { PRESETS } from '../../src/core/presets';
import type { Preset, PresetOptions } from '../../src/core/presets/common';
import { Campaign } from '../../src/core';

/**
 * The presets as a district has them once it has put its own data in: its own issuer, plan
 * number, basis and unit list (the same codes, groups and sizes as the sample's, so tests can
 * name units by code). The pane refuses to write anything while a campaign holds the invented
 * Thanh Lâm district's values (tests/taskpane/shared/sample-block.test.tsx walks a real preset
 * through that); tests about other things start from here, as the district would.
 */
export const OWN_PRESETS: readonly Preset[] = PRESETS.map((preset) => ({ ...preset, build: (options?: PresetOptions) => asOwnDistrict(preset.build(options)) }));

/** The invented district the tests' own data belongs to (not a seed's, not the sample's). */
export const OWN_DISTRICT = { name: 'Liên đoàn Lao động huyện Yên Khê', parent: 'Liên đoàn Lao động tỉnh Hà Trung', place: 'Yên Khê', signer: 'Hà Văn Sinh', planNumber: '17/KH-LĐLĐ' } as const;

const RENAMED: readonly (readonly [string, string])[] = [
  ['Thanh Lâm', 'Yên Khê'],
  ['Nam Sơn', 'Hà Trung'],
  ['Nguyễn Văn Khải', OWN_DISTRICT.signer],
];

/** `text` (a plan, a campaign file) with the own district's names in place of the sample's. */
export function inOwnDistrict(text: string): string {
  // A plan's header writes the names in capitals.
  const pairs = RENAMED.flatMap(([from, to]) => [[from, to], [from.toLocaleUpperCase('vi'), to.toLocaleUpperCase('vi')]] as const);
  return pairs.reduce((renamed, [from, to]) => renamed.split(from).join(to), text);
}

/** `campaign` with the district's own values in place of every sample one. */
export function asOwnDistrict(campaign: Campaign): Campaign {
  const own = Campaign.parse(JSON.parse(inOwnDistrict(JSON.stringify(campaign))));
  return {
    ...own,
    plan: { ...own.plan, number: OWN_DISTRICT.planNumber },
    // Its own contacts: Hà Trung numbers, one per unit.
    units: own.units.map((unit, i) => (unit.contact === undefined ? unit : { ...unit, contact: { ...unit.contact, phone: `0219${String(3100000 + i).padStart(7, '0')}` } })),
  };
}
