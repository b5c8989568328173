import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { findRound } from '../core';
import type { Campaign, Issue, RawReturn, Result } from '../core';
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

export type Batch = { readonly campaign: Campaign; readonly files: string[] };

/**
 * What `validate` and `consolidate` both need before reading: the campaign (from a master or a
 * campaign file), a known round if one was asked for, and the return files. Undefined means the
 * reason was told and the command stops with exit code 2.
 */
export async function prepareBatch(ctx: Context, source: string | undefined, returns: readonly string[], round: string | undefined): Promise<Batch | undefined> {
  if (!source) {
    ctx.complain('cli.missingCampaign');
    return undefined;
  }
  if (returns.length === 0) {
    ctx.complain('cli.missingReturns');
    return undefined;
  }
  const campaign = await campaignFromMasterOrFile(ctx, source);
  if (!campaign) return undefined;
  if (round !== undefined && !findRound(campaign, round)) {
    ctx.complain('cli.unknownRound', { round, rounds: campaign.reportingRounds.map((r) => `${r.id} (${r.label})`).join(', ') });
    return undefined;
  }
  const files = await expandReturnPaths(ctx, returns);
  return files ? { campaign, files } : undefined;
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

/** Below this many files, starting workers costs more than it saves. */
const POOL_THRESHOLD = 64;

/**
 * Reads every file, in the order given; one that cannot be read becomes issues and the others go
 * on. Large batches are read by a pool of worker threads, one per core.
 */
export async function readReturns(files: readonly string[], options: { pool?: boolean } = {}): Promise<ReadReturns> {
  const pooled = options.pool ?? (files.length >= POOL_THRESHOLD && availableParallelism() > 1);
  const results = pooled ? await readInPool(files) : await readInTurn(files);
  const raws: RawReturn[] = [];
  const unreadable: Issue[] = [];
  for (const read of results) {
    if (read.ok) raws.push(read.value);
    else unreadable.push(...read.error);
  }
  return { raws, unreadable };
}

type Read = Result<RawReturn, Issue[]>;

async function readInTurn(files: readonly string[]): Promise<Read[]> {
  const results: Read[] = [];
  for (const file of files) results.push(await readReturnFile(await readBytes(file), basename(file)));
  return results;
}

async function readInPool(files: readonly string[]): Promise<Read[]> {
  const results: Read[] = new Array<Read>(files.length);
  const size = Math.min(availableParallelism(), 4);
  let next = 0;
  const workers = Array.from({ length: size }, () => new Worker(join(__dirname, 'read-worker.cjs')));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((done, failed) => {
            const feed = () => {
              if (next >= files.length) return done();
              const id = next++;
              worker.postMessage({ id, path: files[id] });
            };
            worker.on('message', ({ id, result }: { id: number; result: Read }) => {
              results[id] = result;
              feed();
            });
            worker.on('error', failed);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
