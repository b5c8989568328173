import { formatNumber } from '../../core';
import { join, relative, resolve } from 'node:path';
import { buildCampaignWorkbooks, builtFormPageUrl, fillInFileName, parseFormUrl } from '../../workbook';
import { renderXlsx } from '../../adapters/xlsx';
import { writeFilesAtomically } from '../files';
import type { OutputFile } from '../files';
import type { Context } from '../io';
import { EXIT } from '../io';
import { campaignOrExit } from '../load';
import { replaceUnits } from './init';

export type GenerateOptions = {
  readonly campaign?: string | undefined;
  readonly units?: string | undefined;
  readonly output?: string | undefined;
  /** The phone form page's address; by default the one this bundle was built for, if any. */
  readonly formUrl?: string | undefined;
};

export const MASTER_FILE = 'master.xlsx';
export const UNITS_DIR = 'units';

export async function runGenerate(ctx: Context, options: GenerateOptions): Promise<number> {
  if (!options.campaign) {
    ctx.complain('cli.missingCampaign');
    return EXIT.usage;
  }
  if (!options.output) {
    ctx.complain('cli.missingOutput');
    return EXIT.usage;
  }
  const formUrl = options.formUrl === undefined ? builtFormPageUrl() : parseFormUrl(options.formUrl);
  if (formUrl === undefined && options.formUrl !== undefined) {
    ctx.complain('cli.badFormUrl', { value: options.formUrl });
    return EXIT.usage;
  }
  const started = Date.now();
  const loaded = await campaignOrExit(ctx, options.campaign);
  if (!loaded) return EXIT.usage;
  const campaign = options.units ? await replaceUnits(ctx, loaded, options.units) : loaded;
  if (!campaign) return EXIT.usage;
  if (campaign.units.length === 0) {
    ctx.complain('cli.noUnits');
    return EXIT.usage;
  }

  const workbooks = buildCampaignWorkbooks(campaign, { formUrl });
  if (workbooks.issues.length > 0) {
    ctx.complain('cli.warnings');
    ctx.listIssues(workbooks.issues);
  }
  const files: OutputFile[] = [{ path: MASTER_FILE, bytes: await renderXlsx(workbooks.master) }];
  for (const { unit, layout } of workbooks.fillIns) {
    files.push({ path: join(UNITS_DIR, fillInFileName(unit)), bytes: await renderXlsx(layout) });
  }
  const dir = resolve(ctx.cwd, options.output);
  try {
    await writeFilesAtomically(dir, files);
  } catch (e) {
    ctx.complain('cli.cannotWrite', { file: options.output, detail: (e as Error).message });
    return EXIT.usage;
  }
  ctx.say('cli.generateDone', {
    master: relative(ctx.cwd, join(dir, MASTER_FILE)) || MASTER_FILE,
    count: workbooks.fillIns.length,
    dir: relative(ctx.cwd, join(dir, UNITS_DIR)) || UNITS_DIR,
    seconds: formatNumber((Date.now() - started) / 1000, ctx.lang, 1),
  });
  ctx.say('cli.generateNext');
  return EXIT.ok;
}
