import { resolve } from 'node:path';
import { isMessageKey, parseCampaign, t } from '../../core';
import type { Campaign as CampaignType } from '../../core';
import { PRESETS, findPreset } from '../../core/presets';
import { writeFileAtomically } from '../files';
import type { Context } from '../io';
import { EXIT } from '../io';
import { campaignOrExit, unitsOrExit } from '../load';

export type InitOptions = {
  readonly listPresets: boolean;
  readonly preset?: string | undefined;
  readonly from?: string | undefined;
  readonly year?: string | undefined;
  readonly units?: string | undefined;
  readonly output?: string | undefined;
};

export async function runInit(ctx: Context, options: InitOptions): Promise<number> {
  if (options.listPresets) {
    for (const preset of PRESETS) ctx.out(`${preset.name}\t${presetLabel(preset.name, ctx)}`);
    return EXIT.ok;
  }
  if ((options.preset === undefined) === (options.from === undefined)) {
    ctx.complain('cli.initSource');
    return EXIT.usage;
  }
  if (!options.output) {
    ctx.complain('cli.missingOutput');
    return EXIT.usage;
  }
  const campaign = options.preset !== undefined ? fromPreset(ctx, options.preset, options.year) : await campaignOrExit(ctx, options.from ?? '');
  if (!campaign) return EXIT.usage;
  const withUnits = options.units ? await replaceUnits(ctx, campaign, options.units) : campaign;
  if (!withUnits) return EXIT.usage;

  const output = resolve(ctx.cwd, options.output);
  try {
    await writeFileAtomically(output, `${JSON.stringify(withUnits, null, 2)}\n`);
  } catch (e) {
    ctx.complain('cli.cannotWrite', { file: options.output, detail: (e as Error).message });
    return EXIT.usage;
  }
  ctx.say('cli.initDone', {
    file: options.output,
    title: withUnits.title,
    units: withUnits.units.length,
    indicators: withUnits.indicators.length,
    targets: withUnits.targets.length,
    rounds: withUnits.reportingRounds.length,
  });
  return EXIT.ok;
}

function presetLabel(name: string, ctx: Context): string {
  const key = `preset.${name}.label`;
  return isMessageKey(key) ? t(key, {}, ctx.lang) : '';
}

function fromPreset(ctx: Context, name: string, yearText: string | undefined): CampaignType | undefined {
  const preset = findPreset(name);
  if (!preset) {
    ctx.complain('cli.unknownPreset', { name, names: PRESETS.map((p) => p.name).join(', ') });
    return undefined;
  }
  if (yearText === undefined) return preset.build();
  const year = Number(yearText);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    ctx.complain('cli.badYear', { value: yearText });
    return undefined;
  }
  return preset.build({ year });
}

/** A new unit list replaces the campaign's; the result is checked again as a whole. */
export async function replaceUnits(ctx: Context, campaign: CampaignType, unitsPath: string): Promise<CampaignType | undefined> {
  const units = await unitsOrExit(ctx, unitsPath);
  if (!units) return undefined;
  const checked = parseCampaign({ ...campaign, units });
  if (checked.ok) return checked.value;
  ctx.complain('cli.campaignInvalid', { file: unitsPath, count: checked.error.length });
  ctx.listIssues(checked.error);
  return undefined;
}
