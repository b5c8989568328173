import type { Campaign } from '../schema/campaign';
import type { Organisation } from '../schema/organisation';
import { sampleOrganization } from './common';
import type { PresetOptions } from './common';

/**
 * The campaign issued by `organisation`: issuer, parent body, place and signer replaced; the
 * sample federation's names in the recipients lines become the district's own.
 */
export function applyOrganisation(campaign: Campaign, organisation: Organisation): Campaign {
  const sample = sampleOrganization();
  const swaps: [string, string][] = [[sample.name, organisation.name]];
  if (organisation.parent !== '') swaps.push([sample.parent, organisation.parent], [shortName(sample.parent), shortName(organisation.parent)]);
  const swap = (line: string) => swaps.reduce((text, [from, to]) => text.split(from).join(to), line);
  const onBehalf = organisation.signer.onBehalf !== '' ? organisation.signer.onBehalf : (campaign.signer?.onBehalf ?? '');
  return {
    ...campaign,
    organization: { name: organisation.name, parent: organisation.parent },
    place: organisation.place,
    signer: { onBehalf, title: organisation.signer.title, name: organisation.signer.name },
    // Basis lines cite the sample's own documents (numbers, dates): they stay, flagged, to be retyped.
    recipients: campaign.recipients.map(swap),
  };
}

/** "Liên đoàn Lao động tỉnh Nam Sơn" → "LĐLĐ tỉnh Nam Sơn", as recipients lines write it. */
function shortName(name: string): string {
  return name.replace(/^Liên đoàn Lao động\s+/u, 'LĐLĐ ');
}

/** A preset's campaign, issued by the options' organisation when there is one. */
export function issuedBy(campaign: Campaign, options: PresetOptions = {}): Campaign {
  return options.organisation === undefined ? campaign : applyOrganisation(campaign, options.organisation);
}
