import { basename, resolve } from 'node:path';
import { makeIssue } from '../core';
import type { Campaign, Issue, Result, Unit } from '../core';
import { fail } from '../core';
import { readUnitList } from '../adapters/unit-list';
import { readCampaignFile } from '../adapters/xlsx/read-campaign-file';
import { readBytes } from './files';
import type { Context } from './io';
import { wordSystemError } from './io';

/** A campaign file (.json) or a master workbook's embedded campaign; any other kind of file is named as such. */
export async function loadCampaign(ctx: Context, path: string): Promise<Result<Campaign, Issue[]>> {
  const file = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(resolve(ctx.cwd, path));
  } catch (e) {
    return fail([makeIssue({ severity: 'error', code: 'cli.cannotRead', file, params: { file: path, detail: wordSystemError((e as Error).message, ctx.lang) } })]);
  }
  return readCampaignFile(bytes, file);
}

/** Loads a campaign or reports why not; `undefined` means the command must stop with exit 2. */
export async function campaignOrExit(ctx: Context, path: string): Promise<Campaign | undefined> {
  const loaded = await loadCampaign(ctx, path);
  if (loaded.ok) return loaded.value;
  ctx.complain('cli.campaignInvalid', { file: path, count: loaded.error.length });
  ctx.listIssues(loaded.error);
  return undefined;
}

export async function unitsOrExit(ctx: Context, path: string): Promise<Unit[] | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(resolve(ctx.cwd, path));
  } catch (e) {
    ctx.complain('cli.cannotRead', { file: path, detail: (e as Error).message });
    return undefined;
  }
  const { units, issues } = await readUnitList(bytes, basename(path));
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    ctx.complain('cli.unitsInvalid', { file: path, count: errors.length });
    ctx.listIssues(issues);
    return undefined;
  }
  if (issues.length > 0) {
    ctx.complain('cli.warnings');
    ctx.listIssues(issues);
  }
  return units;
}
