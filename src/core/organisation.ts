/**
 * The district's own identity on a new campaign, and the sample identity of presets found out
 * wherever it is left. Sample values are told by their value, not by a flag in the campaign file:
 * the invented district (Thanh Lâm, tỉnh Nam Sơn, its chairman, its plan numbers and its units)
 * is declared once in `presets/common.ts` and `sample-units.ts`, so a sample survives no round
 * trip through JSON or a master unnoticed, whatever wrote the file.
 */
export { applyOrganisation } from './presets/organisation';
import { foldText } from './fold';
import { t } from './messages';
import type { Lang, MessageKey } from './messages';
import { PRESETS, PRESET_YEAR_RANGE } from './presets';
import { SAMPLE_NAMES } from './presets/common';
import { SAMPLE_UNITS } from './sample-units';
import type { Campaign } from './schema/campaign';

/** One value still the sample's: the field it sits in (its editor label) and the editor section to replace it in. */
export type SampleInCampaign =
  | { readonly kind: 'field'; readonly path: string; readonly value: string; readonly field: MessageKey; readonly section: MessageKey }
  | { readonly kind: 'units'; readonly path: 'units'; readonly units: readonly string[] };

type Field = { readonly path: string; readonly value: string; readonly field: MessageKey; readonly section: MessageKey; readonly sample: boolean };

/**
 * Every field and unit of `campaign` still holding the sample district's values, in the order
 * of the editor. The pane refuses to write the master or the report while this is not empty.
 */
export function sampleValuesIn(campaign: Campaign): SampleInCampaign[] {
  const general: MessageKey = 'pane.edit.general';
  const documents: MessageKey = 'pane.edit.documents';
  const named = (path: string, value: string, field: MessageKey, section: MessageKey): Field => ({ path, value, field, section, sample: namesSample(value) });
  const fields: Field[] = [
    named('organization.name', campaign.organization.name, 'pane.edit.field.organization.name', general),
    named('organization.parent', campaign.organization.parent, 'pane.edit.field.organization.parent', general),
    { path: 'plan.number', value: campaign.plan.number, field: 'pane.edit.field.plan.number', section: general, sample: isSamplePlan(campaign) },
    named('place', campaign.place, 'pane.edit.field.place', general),
    ...campaign.basis.map((value, i) => named(`basis.${i}`, value, 'pane.edit.basis', documents)),
    ...campaign.recipients.map((value, i) => named(`recipients.${i}`, value, 'pane.edit.recipients', documents)),
    named('signer.name', campaign.signer?.name ?? '', 'pane.edit.signer.name', documents),
  ];
  const found: SampleInCampaign[] = fields.filter((f) => f.sample).map(({ path, value, field, section }) => ({ kind: 'field', path, value, field, section }));
  // A unit is the sample's when it is one of SAMPLE_UNITS, or when its name names the invented district.
  const units = campaign.units.filter((u) => isSampleUnit(u) || namesSample(u.name)).map((u) => u.code);
  if (units.length > 0) found.push({ kind: 'units', path: 'units', units });
  return found;
}

/** The sentence naming a sample value and where to replace it. */
export function describeSampleValue(sample: SampleInCampaign, lang: Lang = 'vi'): string {
  if (sample.kind === 'units') {
    const shown = sample.units.length > SHOWN_UNITS ? `${sample.units.slice(0, SHOWN_UNITS).join(', ')}…` : sample.units.join(', ');
    return t('sample.units', { count: sample.units.length, units: shown }, lang);
  }
  return t('sample.field', { field: t(sample.field, {}, lang), section: t(sample.section, {}, lang), value: sample.value }, lang);
}

const SHOWN_UNITS = 5;

const FOLDED_SAMPLE_NAMES = SAMPLE_NAMES.map(foldText);

function namesSample(value: string): boolean {
  const folded = foldText(value);
  return value.trim() !== '' && FOLDED_SAMPLE_NAMES.some((name) => folded.includes(name));
}

/** A preset's own plan number and date (the sample plan), for the year of this campaign. */
function isSamplePlan(campaign: Campaign): boolean {
  if (campaign.plan.number === '') return false;
  const year = Math.min(PRESET_YEAR_RANGE.max, Math.max(PRESET_YEAR_RANGE.min, campaign.round.year));
  return samplePlansOf(year).has(`${campaign.plan.number}\u0000${campaign.plan.date}`);
}

/** The pane asks on every edit: each year's sample plans are built once, not a preset per call. */
const SAMPLE_PLANS = new Map<number, ReadonlySet<string>>();

function samplePlansOf(year: number): ReadonlySet<string> {
  let plans = SAMPLE_PLANS.get(year);
  if (plans === undefined) {
    plans = new Set(PRESETS.map((preset) => preset.build({ year }).plan).map((plan) => `${plan.number}\u0000${plan.date}`));
    SAMPLE_PLANS.set(year, plans);
  }
  return plans;
}

const SAMPLE_UNIT_KEYS = new Set(SAMPLE_UNITS.map((u) => `${u.code}\u0000${u.name}\u0000${u.contact?.phone ?? ''}`));

/** A unit of the invented district: same code, name and (invented) phone number. */
function isSampleUnit(unit: Campaign['units'][number]): boolean {
  return SAMPLE_UNIT_KEYS.has(`${unit.code}\u0000${unit.name}\u0000${unit.contact?.phone ?? ''}`);
}
