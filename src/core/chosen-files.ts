/**
 * Files the officer chooses, over one import or several (Monday's and Friday's): a file whose
 * content was already taken (same SHA-256, whatever its name) is taken once. The edge hashes the
 * bytes (`sha256Hex` in src/adapters/file-hash.ts); this decides on the hashes alone.
 */
import type { Issue } from './schema/issue';
import { makeIssue } from './schema/issue';

export type ChosenFile = { readonly name: string; readonly sha256: string };

export type TakenOnce<T extends ChosenFile> = {
  /** The files to read, in the order chosen. */
  readonly taken: readonly T[];
  /** Each file left out, with the name of the file its content was first taken as. */
  readonly duplicates: readonly { readonly file: T; readonly first: string }[];
};

/** `earlier`: files already taken by a previous import of the same campaign. */
export function takeOnce<T extends ChosenFile>(chosen: readonly T[], earlier: readonly ChosenFile[] = []): TakenOnce<T> {
  const seen = new Map(earlier.map((f) => [f.sha256.toLowerCase(), f.name] as const));
  const taken: T[] = [];
  const duplicates: { file: T; first: string }[] = [];
  for (const file of chosen) {
    const key = file.sha256.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) duplicates.push({ file, first });
    else {
      seen.set(key, file.name);
      taken.push(file);
    }
  }
  return { taken, duplicates };
}

/** The duplicate outcome as an issue: a warning, since the file is fine and its first copy counts. */
export function duplicateFileIssue(duplicate: { readonly file: ChosenFile; readonly first: string }): Issue {
  return makeIssue({ severity: 'warning', code: 'file.duplicate', file: duplicate.file.name, params: { file: duplicate.file.name, first: duplicate.first } });
}
