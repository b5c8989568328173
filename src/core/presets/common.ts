import type { MessageKey } from '../messages';
import type { Campaign } from '../schema/campaign';
import type { Organisation } from '../schema/organisation';
import { withRandomPart } from '../campaign-id';
import { campaignId } from '../plan-import/to-campaign';

/** Builds are deterministic: without a year they use this one, never the clock. */
export const DEFAULT_PRESET_YEAR = 2025;
export const PRESET_YEAR_RANGE = { min: 2000, max: 2100 } as const;

export type PresetOptions = {
  readonly year?: number;
  /**
   * Drawn once by the edge that creates the campaign (crypto.randomUUID in the CLI and the pane):
   * with it the id names the organisation and is this district's own. Without it the id is
   * `<preset>-<year>`, the same for everyone: for samples and tests only.
   */
  readonly random?: string;
  /**
   * The district using the app (asked once, remembered by the edge): the campaign is issued in
   * its name, place and signer, and its id names it. Without it the sample federation's stand in,
   * to be replaced before anything is written (see sampleValuesIn).
   */
  readonly organisation?: Organisation;
};

/** A ready-made campaign of one kind of plan, for `danvan init` and the task pane's start page. */
export type Preset = {
  readonly name: string;
  readonly kind: Campaign['kind'];
  /** Message keys for the name and the one-paragraph description shown to users. */
  readonly label: MessageKey;
  readonly description: MessageKey;
  /** Throws a RangeError for a year outside PRESET_YEAR_RANGE; check with `isPresetYear` first. */
  build(options?: PresetOptions): Campaign;
};

export function isPresetYear(year: number): boolean {
  return Number.isInteger(year) && year >= PRESET_YEAR_RANGE.min && year <= PRESET_YEAR_RANGE.max;
}

/**
 * The year a new campaign is made for when none is typed: this year by the user's clock. The
 * pane's year field starts there and `danvan init --preset` without `--year` uses it, so the two
 * make the same campaign.
 */
export function yearForNewCampaign(today: Date): number {
  return Math.min(PRESET_YEAR_RANGE.max, Math.max(PRESET_YEAR_RANGE.min, today.getFullYear()));
}

export function presetYear(options: PresetOptions = {}): number {
  const year = options.year ?? DEFAULT_PRESET_YEAR;
  if (!isPresetYear(year)) {
    throw new RangeError(`Preset year must be a whole number from ${PRESET_YEAR_RANGE.min} to ${PRESET_YEAR_RANGE.max}, got ${year}`);
  }
  return year;
}

/** The preset's campaign id: see PresetOptions.random. */
export function presetCampaignId(name: string, year: number, options: PresetOptions = {}): string {
  if (options.random === undefined) return `${name}-${year}`;
  return withRandomPart(campaignId((options.organisation ?? sampleOrganization()).name, name, year), options.random);
}

/**
 * The invented places and person of the samples: a campaign field holding one of them is still
 * the sample's (see sampleValuesIn), and writing the master or the report waits until it is replaced.
 */
export const SAMPLE_NAMES: readonly string[] = ['Thanh Lâm', 'Nam Sơn', 'Nguyễn Văn Khải'];

/** The invented district federation that issues the sample plans. */
export function sampleOrganization(): { name: string; parent: string } {
  return { name: 'Liên đoàn Lao động huyện Thanh Lâm', parent: 'Liên đoàn Lao động tỉnh Nam Sơn' };
}

export const SAMPLE_PLACE = 'Thanh Lâm';

export function sampleSigner(): { onBehalf: string; title: string; name: string } {
  return { onBehalf: 'TM. BAN THƯỜNG VỤ', title: 'CHỦ TỊCH', name: 'Nguyễn Văn Khải' };
}

/** ISO `YYYY-MM-DD` from calendar parts. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The dd/mm/yyyy that documents cite each other with. */
export function citeDate(year: number, month: number, day: number): string {
  return `${pad(day)}/${pad(month)}/${year}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
