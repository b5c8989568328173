import { mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export type OutputFile = { readonly path: string; readonly bytes: Uint8Array | string };

export async function readBytes(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path));
}

/** Hidden folders a write stages its files in; one left by a killed run is swept by the next. */
export const STAGING_PREFIX = '.danvan-tmp-';

/**
 * Writes a set of files under `dir` so that none is ever seen half-written: everything goes into
 * a hidden staging folder inside `dir` first (same file system, so each rename is atomic), then
 * each file is renamed into place. Other files already in `dir` (returns received, notes) are
 * left alone.
 */
export async function writeFilesAtomically(dir: string, files: readonly OutputFile[]): Promise<void> {
  const target = resolve(dir);
  await mkdir(target, { recursive: true });
  await sweepStale(target);
  const staging = await mkdtemp(join(target, STAGING_PREFIX));
  try {
    for (const f of files) {
      const path = join(staging, f.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, f.bytes);
    }
    for (const f of files) {
      const to = join(target, f.path);
      await mkdir(dirname(to), { recursive: true });
      await rename(join(staging, f.path), to);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Staging folders of runs that were killed mid-write, older than an hour. */
async function sweepStale(dir: string): Promise<void> {
  const hourAgo = Date.now() - 3600_000;
  for (const name of await readdir(dir)) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info && info.mtimeMs < hourAgo) await rm(path, { recursive: true, force: true });
  }
}

/** One file, replaced whole or not at all. */
export async function writeFileAtomically(path: string, bytes: Uint8Array | string): Promise<void> {
  const target = resolve(path);
  await writeFilesAtomically(dirname(target), [{ path: basename(target), bytes }]);
}
