import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { isMessageKey, parseCampaign, t } from '../../core';
import type { Campaign as CampaignType, Unit } from '../../core';
import { describeDraft, draftToCampaign, importPlan, shortQuote } from '../../core/plan-import';
import type { PlanDraft } from '../../core/plan-import';
import { PRESETS, findPreset } from '../../core/presets';
import { readText, writeFileAtomically } from '../files';
import type { Context } from '../io';
import { EXIT } from '../io';
import { campaignOrExit, unitsOrExit } from '../load';

export type InitOptions = {
  readonly listPresets: boolean;
  readonly preset?: string | undefined;
  readonly from?: string | undefined;
  /** A plan's text (.txt, UTF-8) to read into a campaign. */
  readonly fromPlan?: string | undefined;
  readonly year?: string | undefined;
  readonly units?: string | undefined;
  readonly output?: string | undefined;
};

export async function runInit(ctx: Context, options: InitOptions): Promise<number> {
  if (options.listPresets) {
    for (const preset of PRESETS) ctx.out(`${preset.name}\t${presetLabel(preset.name, ctx)}`);
    return EXIT.ok;
  }
  const sources = [options.preset, options.from, options.fromPlan].filter((s) => s !== undefined).length;
  if (sources !== 1) {
    ctx.complain(options.fromPlan === undefined ? 'cli.initSource' : 'plan.cli.initSource');
    return EXIT.usage;
  }
  if (!options.output) {
    ctx.complain('cli.missingOutput');
    return EXIT.usage;
  }
  if (options.fromPlan !== undefined) return initFromPlan(ctx, options.fromPlan, options.units, options.output);
  const campaign = options.preset !== undefined ? fromPreset(ctx, options.preset, options.year) : await campaignOrExit(ctx, options.from ?? '');
  if (!campaign) return EXIT.usage;
  const withUnits = options.units ? await replaceUnits(ctx, campaign, options.units) : campaign;
  if (!withUnits) return EXIT.usage;

  return writeCampaign(ctx, withUnits, options.output);
}

async function writeCampaign(ctx: Context, campaign: CampaignType, file: string): Promise<number> {
  const output = resolve(ctx.cwd, file);
  try {
    await writeFileAtomically(output, `${JSON.stringify(campaign, null, 2)}\n`);
  } catch (e) {
    ctx.complain('cli.cannotWrite', { file, detail: (e as Error).message });
    return EXIT.usage;
  }
  ctx.say('cli.initDone', {
    file,
    title: campaign.title,
    units: campaign.units.length,
    indicators: campaign.indicators.length,
    targets: campaign.targets.length,
    rounds: campaign.reportingRounds.length,
  });
  return EXIT.ok;
}

/**
 * `init --from-plan`: reads the plan's text, prints what was found (with a quote of where) and
 * what was not, then writes the campaign, or nothing when a required field is missing.
 */
async function initFromPlan(ctx: Context, planPath: string, unitsPath: string | undefined, output: string): Promise<number> {
  let text: string;
  try {
    text = (await readText(resolve(ctx.cwd, planPath))).replace(/^\uFEFF/, '');
  } catch (e) {
    ctx.complain('cli.cannotRead', { file: planPath, detail: (e as Error).message });
    return EXIT.usage;
  }
  if (text.trim() === '') {
    ctx.complain('plan.cli.empty', { file: planPath });
    return EXIT.usage;
  }
  const draft = importPlan(text);
  reportDraft(ctx, draft);

  let units: Unit[] | undefined;
  if (unitsPath !== undefined) {
    units = await unitsOrExit(ctx, unitsPath);
    if (!units) return EXIT.usage;
  }
  const { campaign, issues } = draftToCampaign(draft, { random: randomUUID(), ...(units === undefined ? {} : { units }) });
  if (campaign === undefined) {
    const errors = issues.filter((i) => i.severity === 'error');
    ctx.complain('plan.cli.cannotBuild', { file: planPath, count: errors.length });
    ctx.listIssues(issues);
    return EXIT.usage;
  }
  if (issues.length > 0) {
    ctx.complain('plan.cli.warnings');
    ctx.listIssues(issues);
  }
  return writeCampaign(ctx, campaign, output);
}

/** What the text gave, each with a short quote of where; then what it did not give and what contradicts. */
function reportDraft(ctx: Context, draft: PlanDraft): void {
  const report = describeDraft(draft, ctx.lang);
  ctx.say('plan.report.found');
  for (const line of report.lines) {
    if (line.field === 'suggestions') continue;
    const value = line.note === undefined ? line.value : `${line.value} (${line.note})`;
    ctx.say('plan.report.line', { label: line.label, value, quote: shortQuote(line.source, 80) });
  }
  if (draft.suggestions.length > 0) {
    const codes = draft.suggestions.map((s) => s.value).join(', ');
    ctx.say('plan.report.suggestions', { label: t('plan.field.suggestions', {}, ctx.lang), count: draft.suggestions.length, codes });
  }
  if (report.missing.length > 0) ctx.say('plan.report.missing', { fields: report.missing.join(', ') });
  if (report.unmapped.length > 0) {
    ctx.say('plan.report.unmapped');
    for (const u of report.unmapped) ctx.out(`  - ${u.text}  ← "${shortQuote(u.source, 80)}"`);
  }
  if (report.contradictions.length > 0) {
    ctx.say('plan.report.contradictions');
    for (const c of report.contradictions) {
      ctx.out(`  - ${c.text}`);
      for (const source of c.sources) ctx.out(`      "${shortQuote(source, 80)}"`);
    }
  }
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
  // Drawn once here and kept in the file: this district's campaign id is its own (see withRandomPart).
  const random = randomUUID();
  if (yearText === undefined) return preset.build({ random });
  const year = Number(yearText);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    ctx.complain('cli.badYear', { value: yearText });
    return undefined;
  }
  return preset.build({ year, random });
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
