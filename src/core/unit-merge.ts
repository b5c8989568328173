/**
 * Loading a unit list into a campaign that already has units: replace them, or merge the new
 * list into them. The officer is told what happened (added, kept, updated, dropped, rows skipped
 * and why), and a list with bad rows never shrinks the campaign's list behind their back.
 */
import { describeIssue } from './describe-issue';
import { t } from './messages';
import type { Lang } from './messages';
import type { Issue } from './schema/issue';
import type { Unit } from './schema/unit';
import type { UnitTable } from './units';

export type UnitListMode = 'replace' | 'merge';

/** A row of the loaded list that did not become a unit, with every reason found in it. */
export type SkippedRow = { readonly row: number; readonly unit: string; readonly issues: readonly Issue[] };

export type UnitListMerge = {
  /** The campaign's new unit list (the current one unchanged when `refused`). */
  readonly units: readonly Unit[];
  /** Unit codes, each unit in exactly one of the four lists. */
  readonly added: readonly string[];
  readonly kept: readonly string[];
  readonly updated: readonly string[];
  readonly dropped: readonly string[];
  /**
   * Units a replace would have dropped but kept because the loaded list has skipped rows (one of
   * them may be the unit, badly typed). They are counted in `kept` too.
   */
  readonly heldBack: readonly string[];
  readonly skipped: readonly SkippedRow[];
  /** The file as a whole could not be read as a unit list (no header, a column missing, empty): nothing changed. */
  readonly refused: boolean;
  /** The loaded list's problems that are not about one row (missing column, repeated column…). */
  readonly fileIssues: readonly Issue[];
};

/** Problems that make the whole list unusable rather than one row. */
const WHOLE_LIST_PROBLEMS = new Set(['units.noHeader', 'units.missingColumn', 'units.empty', 'units.unreadable', 'units.unsupportedFile', 'units.notUtf8', 'units.noSheet']);

export function mergeUnitLists(current: readonly Unit[], loaded: UnitTable, mode: UnitListMode): UnitListMerge {
  const fileIssues = loaded.issues.filter((i) => i.row === undefined || WHOLE_LIST_PROBLEMS.has(i.code) || i.code === 'units.duplicateColumn');
  const skipped = skippedRows(loaded.issues.filter((i) => !fileIssues.includes(i)));
  const refused = fileIssues.some((i) => i.severity === 'error') || (loaded.units.length === 0 && current.length > 0);
  if (refused) {
    return { units: current, added: [], kept: current.map((u) => u.code), updated: [], dropped: [], heldBack: [], skipped, refused: true, fileIssues };
  }

  const loadedByCode = new Map(loaded.units.map((u) => [codeKey(u.code), u] as const));
  const currentCodes = new Set(current.map((u) => codeKey(u.code)));
  const added = loaded.units.filter((u) => !currentCodes.has(codeKey(u.code)));
  const kept: string[] = [];
  const updated: string[] = [];
  const dropped: string[] = [];
  const heldBack: string[] = [];
  const merged: Unit[] = [];
  for (const unit of current) {
    const incoming = loadedByCode.get(codeKey(unit.code));
    if (incoming !== undefined) {
      (sameUnit(unit, incoming) ? kept : updated).push(incoming.code);
      merged.push(incoming);
    } else if (mode === 'merge') {
      kept.push(unit.code);
      merged.push(unit);
    } else if (skipped.length > 0) {
      kept.push(unit.code);
      heldBack.push(unit.code);
      merged.push(unit);
    } else {
      dropped.push(unit.code);
    }
  }
  // A replace takes the loaded list's order; a merge keeps the campaign's and appends.
  const units = mode === 'replace' ? [...loaded.units, ...merged.filter((u) => heldBack.includes(u.code))] : [...merged, ...added];
  return { units, added: added.map((u) => u.code), kept, updated, dropped, heldBack, skipped, refused: false, fileIssues };
}

function skippedRows(issues: readonly Issue[]): SkippedRow[] {
  const rows = new Map<number, Issue[]>();
  for (const issue of issues) {
    if (issue.row === undefined) continue;
    rows.set(issue.row, [...(rows.get(issue.row) ?? []), issue]);
  }
  return [...rows.entries()]
    .filter(([, found]) => found.some((i) => i.severity === 'error'))
    .sort(([a], [b]) => a - b)
    .map(([row, found]) => ({ row, unit: found.find((i) => i.unit !== '')?.unit ?? '', issues: found }));
}

/** The list reader tells codes apart without regard to case; so does the merge. */
function codeKey(code: string): string {
  return code.toUpperCase();
}

function sameUnit(a: Unit, b: Unit): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/**
 * The sentences the pane shows after loading a list, in order: what was refused or done, then
 * each skipped row's reasons (one line per problem, naming row and column).
 */
export function describeUnitListMerge(merge: UnitListMerge, lang: Lang = 'vi'): string[] {
  const lines: string[] = [];
  if (merge.refused) lines.push(t('units.merge.refused', { count: merge.units.length }, lang));
  else {
    const counts = { added: merge.added.length, kept: merge.kept.length, updated: merge.updated.length, dropped: merge.dropped.length };
    lines.push(t('units.merge.summary', counts, lang));
    if (merge.heldBack.length > 0) lines.push(t('units.merge.heldBack', { count: merge.heldBack.length, units: merge.heldBack.join(', ') }, lang));
  }
  lines.push(...merge.fileIssues.map((issue) => describeIssue(issue, lang)));
  if (merge.skipped.length > 0) {
    lines.push(t('units.merge.skipped', { count: merge.skipped.length }, lang));
    for (const row of merge.skipped) lines.push(...row.issues.map((issue) => describeIssue(issue, lang)));
  }
  return lines;
}
