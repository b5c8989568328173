import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker, parentPort } from 'node:worker_threads';
import { fail, findRound, makeIssue } from '../core';
import type { Campaign, Issue, Lang, RawReturn, Result } from '../core';
import { readCampaignFromMaster } from '../adapters/xlsx/read-master';
import { readReturnFile } from '../adapters/xlsx/read-return';
import { readBytes } from './files';
import type { Context } from './io';
import { wordSystemError } from './io';
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

/** What a return may be saved as; a folder with none of these holds no returns. */
const RETURN_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.ods']);

/**
 * Files named on the command line; a folder stands for the files in it, and a folder with no
 * return in it stops the command (rather than reporting every unit missing).
 */
export async function expandReturnPaths(ctx: Context, paths: readonly string[]): Promise<string[] | undefined> {
  const files: string[] = [];
  for (const path of paths) {
    const full = resolve(ctx.cwd, path);
    let info;
    try {
      info = await stat(full);
    } catch (e) {
      if ((e as { code?: unknown }).code === 'ENOENT') ctx.complain('cli.notFound', { file: path });
      else ctx.complain('cli.cannotRead', { file: path, detail: (e as Error).message });
      return undefined;
    }
    if (!info.isDirectory()) {
      files.push(full);
      continue;
    }
    let names: string[];
    try {
      names = (await readdir(full)).filter((n) => !n.startsWith('.') && !n.startsWith('~$')).sort();
    } catch (e) {
      ctx.complain('cli.cannotRead', { file: path, detail: (e as Error).message });
      return undefined;
    }
    const inFolder: string[] = [];
    for (const name of names) {
      const entry = await stat(join(full, name)).catch(() => undefined);
      if (entry?.isFile()) inFolder.push(join(full, name));
    }
    if (!inFolder.some((f) => RETURN_EXTENSIONS.has(extname(f).toLowerCase()))) {
      ctx.complain('cli.emptyFolder', { folder: path });
      return undefined;
    }
    files.push(...inFolder);
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
export async function readReturns(files: readonly string[], options: { pool?: boolean; lang?: Lang } = {}): Promise<ReadReturns> {
  const pooled = options.pool ?? (files.length >= POOL_THRESHOLD && availableParallelism() > 1);
  const lang = options.lang ?? 'vi';
  const results = pooled ? await readInPool(files, lang) : await readInTurn(files, lang);
  const raws: RawReturn[] = [];
  const unreadable: Issue[] = [];
  for (const read of results) {
    if (read.ok) raws.push(read.value);
    else unreadable.push(...read.error);
  }
  return { raws, unreadable };
}

type Read = Result<RawReturn, Issue[]>;

/** One return; a file the system will not give us (gone, a folder, no permission) is an issue like any other. */
async function readOne(file: string, lang: Lang): Promise<Read> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(file);
  } catch (e) {
    const detail = wordSystemError((e as Error).message, lang);
    return fail([makeIssue({ severity: 'error', code: 'cli.cannotRead', file: basename(file), params: { file: basename(file), detail } })]);
  }
  return readReturnFile(bytes, basename(file));
}

async function readInTurn(files: readonly string[], lang: Lang): Promise<Read[]> {
  const results: Read[] = [];
  for (const file of files) results.push(await readOne(file, lang));
  return results;
}

/** What a read worker is started with, so that the bundled CLI (one file, its own worker) knows to serve reads. */
export const READ_WORKER = 'danvan-read-worker';

/** A read worker's loop: a path and an id in, the read return out. */
export function serveReads(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', ({ id, path, lang }: { id: number; path: string; lang: Lang }) => {
    void readOne(path, lang).then((result) => port.postMessage({ id, result }));
  });
}

/**
 * The script a worker runs: the bundled CLI is a single .cjs file that serves reads itself when
 * started as a worker; from the sources, the tsx shim beside this module does.
 */
function readWorkerScript(): string {
  return __filename.endsWith('.cjs') ? __filename : join(__dirname, 'read-worker.cjs');
}

async function readInPool(files: readonly string[], lang: Lang): Promise<Read[]> {
  const results: Read[] = new Array<Read>(files.length);
  const size = Math.min(availableParallelism(), 4);
  let next = 0;
  const workers = Array.from({ length: size }, () => new Worker(readWorkerScript(), { workerData: READ_WORKER }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((done, failed) => {
            const feed = () => {
              if (next >= files.length) return done();
              const id = next++;
              worker.postMessage({ id, path: files[id], lang });
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
