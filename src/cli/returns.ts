import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { Campaign, Issue, RawReturn } from '../core';
import { readCampaignFromMaster } from '../adapters/xlsx/read-master';
import { readReturnFile } from '../adapters/xlsx/read-return';
import { readBytes } from './files';
import type { Context } from './io';
import { campaignOrExit } from './load';

/** The campaign to check against: from a master workbook or a campaign file. */
export async function campaignFromMasterOrFile(ctx: Context, path: string): Promise<Campaign | undefined> {
  if (extname(path).toLowerCase() !== '.xlsx') return campaignOrExit(ctx, path);
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(resolve(ctx.cwd, path));
  } catch (e) {
    ctx.complain('cli.cannotRead', { file: path, detail: (e as Error).message });
    return undefined;
  }
  const read = await readCampaignFromMaster(bytes, basename(path));
  if (read.ok) return read.value;
  ctx.complain('cli.campaignInvalid', { file: path, count: read.error.length });
  ctx.listIssues(read.error);
  return undefined;
}

/** Files named on the command line; a folder stands for the files in it. */
export async function expandReturnPaths(ctx: Context, paths: readonly string[]): Promise<string[] | undefined> {
  const files: string[] = [];
  for (const path of paths) {
    const full = resolve(ctx.cwd, path);
    let info;
    try {
      info = await stat(full);
    } catch {
      ctx.complain('cli.notFound', { file: path });
      return undefined;
    }
    if (info.isDirectory()) {
      const names = (await readdir(full)).filter((n) => !n.startsWith('.') && !n.startsWith('~$')).sort();
      for (const name of names) if ((await stat(join(full, name))).isFile()) files.push(join(full, name));
    } else {
      files.push(full);
    }
  }
  return files;
}

export type ReadReturns = { readonly raws: RawReturn[]; readonly unreadable: Issue[] };

/** Reads every file; one that cannot be read becomes issues and the others go on. */
export async function readReturns(files: readonly string[]): Promise<ReadReturns> {
  const raws: RawReturn[] = [];
  const unreadable: Issue[] = [];
  for (const file of files) {
    const read = await readReturnFile(await readBytes(file), basename(file));
    if (read.ok) raws.push(read.value);
    else unreadable.push(...read.error);
  }
  return { raws, unreadable };
}
