import { skilfulMobilisationDrive } from './dan-van-kheo';
import { fifteenDayRound } from './dot-15-ngay';
import { annualPlan } from './ke-hoach-nam';
import type { Preset } from './common';

export { DEFAULT_PRESET_YEAR, PRESET_YEAR_RANGE, isPresetYear, yearForNewCampaign } from './common';
export type { Preset, PresetOptions } from './common';
export { annualPlan, fifteenDayRound, skilfulMobilisationDrive };

/** The three kinds of plan the district federations issue: a short round, a year plan, an emulation drive. */
export const PRESETS: readonly Preset[] = [fifteenDayRound, annualPlan, skilfulMobilisationDrive];

export function findPreset(name: string): Preset | undefined {
  return PRESETS.find((preset) => preset.name === name);
}
