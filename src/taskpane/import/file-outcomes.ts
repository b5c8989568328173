/**
 * What became of each file chosen in step 3, as the officer needs to know it: counted, counted but
 * late, not counted because of errors, another campaign's return, the same file chosen again, or set
 * aside (replaced by the unit's later return, or for another reporting round). Judged from the
 * check of all returns together, so a file's outcome is the one step 4 and the report use.
 */
import { duplicateFileIssue } from '../../core';
import type { Issue, ValidatedReturn, ValidationResult } from '../../core';
import type { ImportedFile } from '../shared/campaign-store';

export const FILE_OUTCOMES = ['counted', 'late', 'errors', 'otherCampaign', 'duplicate', 'setAside'] as const;
export type FileOutcome = (typeof FILE_OUTCOMES)[number];

export type FileVerdict = {
  readonly file: ImportedFile;
  readonly outcome: FileOutcome;
  /** The unit the file was attributed to ('' when none). */
  readonly unitCode: string;
  /** Why it does not count as it is: the file's errors, or what set it aside. */
  readonly reasons: readonly Issue[];
};

const OTHER_CAMPAIGN = /^return\.otherCampaign/;

export function fileVerdicts(files: readonly ImportedFile[], validation: ValidationResult | undefined): FileVerdict[] {
  const checked = new Map<unknown, ValidatedReturn>((validation?.returns ?? []).map((r) => [r.raw, r]));
  return files.map((file) => verdict(file, checked));
}

function verdict(file: ImportedFile, checked: ReadonlyMap<unknown, ValidatedReturn>): FileVerdict {
  if (file.duplicateOf !== undefined) {
    const unitCode = file.read.ok ? file.read.value.identity.unitCode : '';
    return { file, outcome: 'duplicate', unitCode, reasons: [duplicateFileIssue({ file: { name: file.name, sha256: '' }, first: file.duplicateOf })] };
  }
  if (!file.read.ok) return { file, outcome: 'errors', unitCode: '', reasons: file.read.error };
  const raw = file.read.value;
  const unitCode = raw.identity.unitCode;
  const errorsOf = (issues: readonly Issue[]) => issues.filter((i) => i.severity === 'error');
  // Inside Excel the check reads the unit sheets, not the files: a file then shows what its reader said.
  const result = checked.get(raw);
  if (result === undefined) return raw.refused === true ? { file, outcome: 'errors', unitCode, reasons: errorsOf(raw.readIssues) } : { file, outcome: 'counted', unitCode, reasons: [] };
  const foreign = result.issues.filter((i) => OTHER_CAMPAIGN.test(i.code));
  // Its unit code is another campaign's: naming this campaign's unit of that code would mislead.
  if (foreign.length > 0) return { file, outcome: 'otherCampaign', unitCode: '', reasons: foreign };
  switch (result.use) {
    case 'counted':
      return { file, outcome: result.late ? 'late' : 'counted', unitCode, reasons: [] };
    case 'superseded':
    case 'otherRound':
      return { file, outcome: 'setAside', unitCode, reasons: result.issues.filter((i) => i.code === 'return.superseded' || i.code === 'return.otherRound') };
    default:
      return { file, outcome: 'errors', unitCode, reasons: errorsOf(result.issues) };
  }
}

export function countOutcomes(verdicts: readonly FileVerdict[]): Readonly<Record<FileOutcome, number>> {
  const counts = Object.fromEntries(FILE_OUTCOMES.map((o) => [o, 0])) as Record<FileOutcome, number>;
  for (const v of verdicts) counts[v.outcome] += 1;
  return counts;
}
