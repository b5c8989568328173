import { allocateTargets } from './allocation';
import { groupBy } from './group-by';
import { checkReturn } from './check-return';
import type { CheckedReturn } from './check-return';
import { formatNumber } from './format';
import { t } from './messages';
import type { Lang, MessageKey } from './messages';
import type { Campaign, ReportingRound } from './schema/campaign';
import type { Issue } from './schema/issue';
import { makeIssue } from './schema/issue';
import type { RawReturn } from './schema/raw-return';
import type { Unit } from './schema/unit';

/** A value this many times the typical figure of its peers is worth a second look. */
export const PEER_OUTLIER = 3;
/** Fewer peers than this say too little about what is typical. */
export const MIN_PEERS = 3;

export type UnitStatusCode = 'on-time' | 'late' | 'missing' | 'rejected';

export type UnitStatus = {
  readonly code: string;
  readonly name: string;
  readonly group: string;
  readonly status: UnitStatusCode;
  /** The file whose figures count for the unit ('' when none arrived). */
  readonly file: string;
  readonly contact: string;
  /** Why a 'rejected' unit's file does not count. */
  readonly reason?: RejectionReason;
};

/** Why a unit's return was sent back, in a few words for the status table and the written report. */
export type RejectionReason = { readonly code: RejectionCode; readonly errors: number };
export type RejectionCode = 'noTable' | 'macroEnabled' | 'externalLinks' | 'dde' | 'unreadable' | 'tampered' | 'otherForm' | 'rowsMissing' | 'errors';

export type StatusCounts = { readonly units: number; readonly onTime: number; readonly late: number; readonly missing: number; readonly rejected: number };

/** How many units are in each state: the figures every summary quotes. */
export function countStatuses(units: readonly { readonly status: UnitStatusCode }[]): StatusCounts {
  const n = (status: UnitStatusCode) => units.filter((u) => u.status === status).length;
  return { units: units.length, onTime: n('on-time'), late: n('late'), missing: n('missing'), rejected: n('rejected') };
}

export function countSeverities(issues: readonly Issue[]): { readonly errors: number; readonly warnings: number } {
  return { errors: issues.filter((i) => i.severity === 'error').length, warnings: issues.filter((i) => i.severity === 'warning').length };
}

/** How a return is used: counted, replaced by a later one, refused, or belonging elsewhere. */
export type ReturnUse = 'counted' | 'superseded' | 'rejected' | 'otherRound' | 'unidentified';

export type ValidatedReturn = CheckedReturn & { readonly use: ReturnUse };

export type ValidationResult = {
  readonly round: ReportingRound;
  readonly returns: readonly ValidatedReturn[];
  readonly units: readonly UnitStatus[];
  /** Every finding, the unreadable files' included, ordered by unit as the campaign lists them. */
  readonly issues: readonly Issue[];
};

export type ValidationOptions = {
  /** A round id or label; by default the round most returns declare. */
  readonly round?: string;
  /** Each unit's form fingerprint (the workbook layer's `expectedFingerprints`); see CheckContext. */
  readonly expectedFingerprints?: ReadonlyMap<string, string>;
};

/**
 * Checks a batch of returns against the plan. `unreadable` are the issues of files no reader could
 * open; they are reported with the rest so nothing sent in goes unmentioned.
 */
export function validateReturns(campaign: Campaign, raws: readonly RawReturn[], unreadable: readonly Issue[] = [], options: ValidationOptions = {}): ValidationResult {
  const { perUnit } = allocateTargets(campaign);
  const context = { campaign, unitTargets: perUnit, ...(options.expectedFingerprints ? { expectedFingerprints: options.expectedFingerprints } : {}) };
  const checked = raws.map((raw) => checkReturn(context, raw));
  const round = chooseRound(campaign, checked, options.round);
  const extra = new Map<CheckedReturn, Issue[]>(checked.map((c) => [c, []]));
  const add = (c: CheckedReturn, issue: Issue) => extra.get(c)?.push(issue);

  const use = new Map<CheckedReturn, ReturnUse>();
  const usable: CheckedReturn[] = [];
  const refused: CheckedReturn[] = [];
  for (const c of checked) {
    if (!c.unit) {
      use.set(c, 'unidentified');
      continue;
    }
    if (!c.ret) {
      use.set(c, 'rejected');
      refused.push(c);
      continue;
    }
    if (c.roundId !== undefined && c.roundId !== round.id) {
      use.set(c, 'otherRound');
      const found = campaign.reportingRounds.find((r) => r.id === c.roundId)?.label ?? '';
      add(c, makeIssue({ severity: 'warning', code: 'return.otherRound', unit: c.unit.code, file: c.raw.file, sheet: c.raw.sheet, params: { found, expected: round.label } }));
      continue;
    }
    usable.push(c);
  }
  const candidates = groupBy(usable, (c) => c.unit?.code ?? '');

  const winners = new Map<string, CheckedReturn>();
  for (const [code, list] of candidates) {
    // The later report wins: by report date, then by the order the files were given.
    const ordered = list.map((c, i) => ({ c, i })).sort((a, b) => (a.c.ret?.reportDate ?? '').localeCompare(b.c.ret?.reportDate ?? '') || a.i - b.i);
    const winner = ordered[ordered.length - 1]?.c;
    if (!winner) continue;
    winners.set(code, winner);
    for (const { c } of ordered.slice(0, -1)) {
      use.set(c, 'superseded');
      add(c, makeIssue({ severity: 'warning', code: 'return.superseded', unit: code, file: c.raw.file, sheet: c.raw.sheet, params: { count: list.length, kept: winner.raw.file } }));
    }
    use.set(winner, hasError(winner.issues) ? 'rejected' : 'counted');
  }

  for (const issue of peerOutliers(campaign, [...winners.values()].filter((w) => use.get(w) === 'counted'))) {
    const owner = winners.get(issue.unit);
    if (owner) add(owner, issue);
  }

  // A file the reader refused stands for its unit only when nothing usable came: the last one given.
  for (const c of refused) if (c.unit && !candidates.has(c.unit.code)) winners.set(c.unit.code, c);

  const units = campaign.units.map((unit): UnitStatus => {
    const winner = winners.get(unit.code);
    const status: UnitStatusCode = !winner ? 'missing' : use.get(winner) === 'rejected' ? 'rejected' : winner.late ? 'late' : 'on-time';
    const reason = winner && status === 'rejected' ? rejectionReason(winner.issues) : undefined;
    return { code: unit.code, name: unit.name, group: unit.group, status, file: winner?.raw.file ?? '', contact: contactOf(unit), ...(reason ? { reason } : {}) };
  });
  const missing = units
    .filter((u) => u.status === 'missing')
    .map((u) => makeIssue({ severity: 'warning', code: 'return.missing', unit: u.code, params: { name: u.name, contact: u.contact || t('return.noContact') } }));
  const sentBack = units.flatMap((u) => {
    const winner = winners.get(u.code);
    if (u.status !== 'rejected' || !u.reason || !winner) return [];
    const params = { name: u.name, code: u.code, file: u.file, contact: u.contact || t('return.noContact') };
    const code: MessageKey = `return.sentBack.${fixOf(u.reason)}.${winner.raw.app ?? 'other'}`;
    return [makeIssue({ severity: 'warning', code, unit: u.code, file: u.file, params })];
  });

  const returns = checked.map((c): ValidatedReturn => ({ ...c, issues: [...c.issues, ...(extra.get(c) ?? [])], use: use.get(c) ?? 'unidentified' }));
  return { round, returns, units, issues: orderIssues(campaign, [...returns.flatMap((r) => r.issues), ...sentBack, ...missing, ...unreadable]) };
}

/** Issue codes (or, ending in a dot, their family) in the order they decide why a return is sent back. */
const DECIDING_ERRORS: readonly (readonly [string, RejectionCode])[] = [
  ['reader.noReportSheet', 'noTable'],
  ['reader.macroEnabled', 'macroEnabled'],
  ['reader.externalLinks', 'externalLinks'],
  ['reader.dde', 'dde'],
  ['reader.', 'unreadable'],
  ['return.tampered', 'tampered'],
  ['return.otherForm', 'otherForm'],
  ['return.missingRow', 'rowsMissing'],
];

/** The deciding error: a broken form outweighs the figures typed into it. */
export function rejectionReason(issues: readonly Issue[]): RejectionReason {
  const errors = issues.filter((i) => i.severity === 'error');
  const has = (code: string) => errors.some((i) => (code.endsWith('.') ? i.code.startsWith(code) : i.code === code));
  const code = DECIDING_ERRORS.find(([issue]) => has(issue))?.[1] ?? 'errors';
  return { code, errors: errors.length };
}

/**
 * What the unit must do: correct the cells named, fill in the form it was sent again, or — when
 * its file was made from another form of this campaign (targets changed since) — fill in the new
 * form the district sends it.
 */
function fixOf(reason: RejectionReason): 'refill' | 'correct' | 'newForm' {
  if (reason.code === 'errors') return 'correct';
  return reason.code === 'otherForm' ? 'newForm' : 'refill';
}

/** The reason in a few words, for the status table and the written report. */
export function reasonText(reason: RejectionReason, lang: Lang = 'vi'): string {
  return t(`reason.${reason.code}`, { count: reason.errors }, lang);
}

function hasError(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

function contactOf(unit: Unit): string {
  return [unit.contact?.name, unit.contact?.phone].filter(Boolean).join(', ');
}

function chooseRound(campaign: Campaign, checked: readonly CheckedReturn[], wanted: string | undefined): ReportingRound {
  const rounds = campaign.reportingRounds;
  const first = rounds[0] as ReportingRound;
  if (wanted !== undefined) return findRound(campaign, wanted) ?? first;
  const counts = new Map<string, number>();
  for (const c of checked) if (c.roundId) counts.set(c.roundId, (counts.get(c.roundId) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return rounds.find((r) => r.id === best?.[0]) ?? first;
}

/** Finds the round a user named, by id or label; undefined when there is none such. */
export function findRound(campaign: Campaign, wanted: string): ReportingRound | undefined {
  return campaign.reportingRounds.find((r) => r.id === wanted || r.label === wanted);
}

/** The median of a sorted list with the element at `skip` left out. */
export function medianWithout(sorted: readonly number[], skip: number): number {
  const n = sorted.length - 1;
  const at = (k: number) => sorted[k < skip ? k : k + 1] as number;
  const mid = Math.floor(n / 2);
  return n % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** Figures far above what the same kind of unit (same khối) usually reports. */
function peerOutliers(campaign: Campaign, counted: readonly CheckedReturn[]): Issue[] {
  const issues: Issue[] = [];
  const groups = groupBy(counted.filter((c) => c.unit), (c) => c.unit?.group ?? '');
  for (const indicator of campaign.indicators) {
    if (indicator.type !== 'integer' && indicator.type !== 'decimal' && indicator.type !== 'money') continue;
    for (const [group, members] of groups) {
      const given = members.flatMap((c) => {
        const value = c.ret?.values[indicator.code];
        return typeof value === 'number' ? [{ c, value }] : [];
      });
      if (given.length - 1 < MIN_PEERS) continue;
      const sorted = given.map((g) => g.value).sort((a, b) => a - b);
      for (const { c, value } of given) {
        const typical = medianWithout(sorted, sorted.indexOf(value));
        if (!(typical > 0 && value > PEER_OUTLIER * typical)) continue;
        issues.push(
          makeIssue({
            severity: 'warning',
            code: 'return.peerOutlier',
            unit: c.unit?.code ?? '',
            file: c.raw.file,
            sheet: c.raw.sheet,
            cell: c.ret?.cells[indicator.code] ?? '',
            indicator: indicator.code,
            params: { label: indicator.label.vi, value: formatNumber(value), measure: indicator.measure, times: PEER_OUTLIER, group, median: formatNumber(typical) },
          }),
        );
      }
    }
  }
  return issues;
}

function orderIssues(campaign: Campaign, issues: readonly Issue[]): Issue[] {
  const rank = new Map(campaign.units.map((u, i) => [u.code, i]));
  const order = (i: Issue) => (i.unit ? (rank.get(i.unit) ?? campaign.units.length) : campaign.units.length + 1);
  return issues.map((issue, i) => ({ issue, i })).sort((a, b) => order(a.issue) - order(b.issue) || a.i - b.i).map((x) => x.issue);
}
