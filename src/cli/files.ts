import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export type OutputFile = { readonly path: string; readonly bytes: Uint8Array | string };

export async function readBytes(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path));
}

export async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8');
}

/**
 * Writes a set of files under `dir` so that none is ever seen half-written: everything goes into
 * a temporary folder beside `dir` first, then each file is renamed into place. Other files
 * already in `dir` (returns received, notes) are left alone.
 */
export async function writeFilesAtomically(dir: string, files: readonly OutputFile[]): Promise<void> {
  const target = resolve(dir);
  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(join(dirname(target), `.${basename(target)}.tmp-`));
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

/** One file, replaced whole or not at all. */
export async function writeFileAtomically(path: string, bytes: Uint8Array | string): Promise<void> {
  const target = resolve(path);
  await writeFilesAtomically(dirname(target), [{ path: basename(target), bytes }]);
}
