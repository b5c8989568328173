import type { Result } from '../../core/result';
import { fail } from '../../core/result';
import type { RawReturn } from '../../core/schema/raw-return';
import type { Issue } from '../../core/schema/issue';
import { makeIssue } from '../../core/schema/issue';
import { wrongKindFor } from './file-kind';
import type { DocumentKind } from './file-kind';
import { readReturnFile } from './read-return';

/**
 * A file the officer chose as a return in the pane: read as `danvan validate` reads it, but a file
 * that is no spreadsheet at all (a Word letter, a PDF, a photo) is named for what it is in one
 * sentence, rather than the reader's guess at a broken workbook. A damaged workbook (to its bytes a
 * bare zip), plain text and unknown bytes keep the reader's own sentences, which say more.
 */
export async function readChosenReturn(bytes: Uint8Array, fileName: string): Promise<Result<RawReturn, Issue[]>> {
  const read = await readReturnFile(bytes, fileName);
  if (read.ok) return read;
  const wrong = wrongKindFor('return', bytes, fileName);
  return wrong === undefined || !OTHER_DOCUMENTS.has(wrong.kind) ? read : fail([makeIssue({ severity: 'error', code: wrong.key, file: fileName, params: wrong.params })]);
}

const OTHER_DOCUMENTS: ReadonlySet<DocumentKind> = new Set(['docx', 'doc', 'pptx', 'odt', 'pdf', 'json', 'image']);
