import { randomUUID } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { Organisation, describeSampleValue, isMessageKey, linkToParent, parentFormOf, parentNoteText, parseCampaign, sampleValuesIn, t } from '../../core';
import type { Campaign as CampaignType, Unit } from '../../core';
import { describeDraft, draftToCampaign, importPlan, shortQuote } from '../../core/plan-import';
import type { PlanDraft } from '../../core/plan-import';
import { PRESETS, findPreset, yearForNewCampaign } from '../../core/presets';
import { readPlanFile } from '../../adapters/plan-file';
import { readReturnFile } from '../../adapters/xlsx';
import { readBytes, writeFileAtomically } from '../files';
import type { Context } from '../io';
import { EXIT } from '../io';
import { campaignOrExit, unitsOrExit } from '../load';
import { applySupplement, askForMissing, missingFlags, supplementOfFlags } from '../plan-supplement';
import type { PlanFlags } from '../plan-supplement';

export type InitOptions = {
  readonly listPresets: boolean;
  readonly preset?: string | undefined;
  readonly from?: string | undefined;
  /** A plan to read into a campaign: .docx, a PDF with a text layer, or text (UTF-8). */
  readonly fromPlan?: string | undefined;
  readonly year?: string | undefined;
  readonly units?: string | undefined;
  readonly output?: string | undefined;
  /** What the plan's text lacks, typed on the command line (only with --from-plan). */
  readonly planFlags?: PlanFlags | undefined;
  /** The fill-in workbook the province sent this district: the campaign reports to the province's. */
  readonly parentFrom?: string | undefined;
  /** With --preset: the district's own identity; without it the preset's sample one is written, and named. */
  readonly organisationFlags?: OrganisationFlags | undefined;
};

export type OrganisationFlags = {
  readonly org?: string | undefined;
  readonly parent?: string | undefined;
  readonly place?: string | undefined;
  readonly signer?: string | undefined;
  readonly signerTitle?: string | undefined;
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
  if (options.fromPlan !== undefined) return initFromPlan(ctx, options.fromPlan, options.units, options.output, options.planFlags ?? {}, options.parentFrom);
  const organisation = options.preset !== undefined ? organisationOrExit(ctx, options.organisationFlags ?? {}) : undefined;
  if (organisation === false) return EXIT.usage;
  const campaign = options.preset !== undefined ? fromPreset(ctx, options.preset, options.year, organisation) : await campaignOrExit(ctx, options.from ?? '');
  if (!campaign) return EXIT.usage;
  const withUnits = options.units ? await replaceUnits(ctx, campaign, options.units) : campaign;
  if (!withUnits) return EXIT.usage;

  const code = await writeCampaign(ctx, withUnits, options.output, options.parentFrom);
  if (code === EXIT.ok && options.preset !== undefined) noteSampleValues(ctx, withUnits);
  return code;
}

const ORGANISATION_FLAGS = [
  ['org', '--org'],
  ['place', '--place'],
  ['signer', '--signer'],
  ['signerTitle', '--signer-title'],
] as const;

/**
 * The district's identity from the flags: all four of --org, --place, --signer, --signer-title
 * (--parent optional), or none (the preset's sample, named after writing). Some without the rest
 * is refused, naming the ones missing: a half-replaced identity is worse than a sample one.
 */
function organisationOrExit(ctx: Context, flags: OrganisationFlags): Organisation | undefined | false {
  const given = (value: string | undefined) => value !== undefined && value.trim() !== '';
  const missing = ORGANISATION_FLAGS.filter(([key]) => !given(flags[key])).map(([, flag]) => flag);
  if (missing.length === ORGANISATION_FLAGS.length && !given(flags.parent)) return undefined;
  if (missing.length > 0) {
    ctx.complain('cli.organisationPartial', { flags: missing.join(', ') });
    return false;
  }
  return Organisation.parse({ name: flags.org, parent: flags.parent ?? '', place: flags.place, signer: { name: flags.signer, title: flags.signerTitle } });
}

/** The sample values left in a campaign made from a preset, each with where to replace it. */
function noteSampleValues(ctx: Context, campaign: CampaignType): void {
  const samples = sampleValuesIn(campaign);
  if (samples.length === 0) return;
  ctx.say('cli.sampleValues', { count: samples.length });
  for (const sample of samples) ctx.out(`  - ${describeSampleValue(sample, ctx.lang)}`);
}

async function writeCampaign(ctx: Context, unlinked: CampaignType, file: string, parentFrom: string | undefined): Promise<number> {
  const campaign = parentFrom === undefined ? unlinked : await linkOrExit(ctx, unlinked, parentFrom);
  if (campaign === undefined) return EXIT.usage;
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
 * `init --from-plan`: reads the plan's text, fills in what the flags give (a flag overrides the
 * text with a warning quoting it), prints what was found (with a quote of where) and what was
 * not; on a terminal asks for each required field still missing; then writes the campaign, or
 * nothing, naming the flags to add.
 */
async function initFromPlan(ctx: Context, planPath: string, unitsPath: string | undefined, output: string, flags: PlanFlags, parentFrom: string | undefined): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(resolve(ctx.cwd, planPath));
  } catch (e) {
    ctx.complain('cli.cannotRead', { file: planPath, detail: (e as Error).message });
    return EXIT.usage;
  }
  const file = await readPlanFile(bytes, planPath);
  if (!file.ok) {
    ctx.complain(file.code, file.params);
    return EXIT.usage;
  }
  const { text } = file;
  if (text.trim() === '') {
    ctx.complain('plan.cli.empty', { file: planPath });
    return EXIT.usage;
  }
  const supplement = supplementOfFlags(flags, ctx.lang);
  if (!supplement.ok) {
    ctx.complain(supplement.key, supplement.params);
    return EXIT.usage;
  }
  const read = importPlan(text);
  let draft = applySupplement(ctx, read, supplement.supplement);
  reportDraft(ctx, draft);
  if (ctx.ask !== undefined) draft = applySupplement(ctx, read, await askForMissing(ctx, ctx.ask, draft, supplement.supplement));

  let units: Unit[] | undefined;
  if (unitsPath !== undefined) {
    units = await unitsOrExit(ctx, unitsPath);
    if (!units) return EXIT.usage;
  }
  const { campaign, issues } = draftToCampaign(draft, { random: randomUUID(), ...(units === undefined ? {} : { units }) });
  if (campaign === undefined) {
    const errors = issues.filter((i) => i.severity === 'error');
    ctx.complain('plan.cli.cannotBuild', { file: planPath, count: errors.length });
    const flagsToAdd = missingFlags(draft);
    if (flagsToAdd !== '') ctx.complain('plan.cli.addFlags', { flags: flagsToAdd });
    ctx.listIssues(issues);
    return EXIT.usage;
  }
  if (issues.length > 0) {
    ctx.complain('plan.cli.warnings');
    ctx.listIssues(issues);
  }
  return writeCampaign(ctx, campaign, output, parentFrom);
}

/**
 * `--parent-from`: the province's fill-in names the campaign this district's report answers and
 * the district's code in it; the province's body fills "Cơ quan cấp trên" when it is empty.
 */
async function linkOrExit(ctx: Context, campaign: CampaignType, formPath: string): Promise<CampaignType | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(resolve(ctx.cwd, formPath));
  } catch (e) {
    ctx.complain('cli.cannotRead', { file: formPath, detail: (e as Error).message });
    return undefined;
  }
  const raw = await readReturnFile(bytes, basename(formPath));
  if (!raw.ok) {
    ctx.complain('parent.notFillIn', { file: formPath });
    ctx.listIssues(raw.error);
    return undefined;
  }
  const form = parentFormOf(raw.value, campaign);
  if (!form.ok) {
    ctx.complain(form.error.key, form.error.params);
    return undefined;
  }
  const linked = linkToParent(campaign, form.value);
  for (const note of linked.notes) ctx.out(parentNoteText(note, ctx.lang));
  const title = form.value.campaignTitle || t('parent.pane.untitled', { id: form.value.campaignId }, ctx.lang);
  ctx.say('parent.cli.linked', { title, code: form.value.unitCode });
  return linked.campaign;
}

/** What the text gave, each with a short quote of where; then what it did not give and what contradicts. */
function reportDraft(ctx: Context, draft: PlanDraft): void {
  const report = describeDraft(draft, ctx.lang);
  ctx.say('plan.report.found');
  for (const line of report.lines) {
    if (line.field === 'suggestions') continue;
    const value = line.note === undefined ? line.value : `${line.value} (${line.note})`;
    if (line.status === 'supplied') ctx.say('plan.report.lineByHand', { label: line.label, value, source: line.source });
    else ctx.say('plan.report.line', { label: line.label, value, quote: shortQuote(line.source, 80) });
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

function fromPreset(ctx: Context, name: string, yearText: string | undefined, organisation: Organisation | undefined): CampaignType | undefined {
  const preset = findPreset(name);
  if (!preset) {
    ctx.complain('cli.unknownPreset', { name, names: PRESETS.map((p) => p.name).join(', ') });
    return undefined;
  }
  // Drawn once here and kept in the file: this district's campaign id is its own (see withRandomPart).
  const random = randomUUID();
  const issuer = organisation === undefined ? {} : { organisation };
  if (yearText === undefined) return preset.build({ year: yearForNewCampaign(ctx.now?.() ?? new Date()), random, ...issuer });
  const year = Number(yearText);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    ctx.complain('cli.badYear', { value: yearText });
    return undefined;
  }
  return preset.build({ year, random, ...issuer });
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
