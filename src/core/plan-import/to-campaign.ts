import { CATALOGUE, checksFor, findIndicator, pickIndicators } from '../catalogue';
import { parseCampaign } from '../campaign-file';
import { formatDate } from '../format';
import { t } from '../messages';
import type { MessageKey } from '../messages';
import type { Campaign, CampaignInput, ReportingRound } from '../schema/campaign';
import { rateTermIndicators } from '../schema/indicator';
import type { Issue } from '../schema/issue';
import { makeIssue } from '../schema/issue';
import type { Unit } from '../schema/unit';
import { addDays } from '../schema/common';
import { withRandomPart } from '../campaign-id';
import { daysInclusive, iso } from './dates';
import { fold } from './text';
import type { Contradiction, DateRange, Deadline, PlanDraft, Sourced } from './types';

export type DraftToCampaignOptions = {
  readonly units?: readonly Unit[];
  /** Drawn once by the edge that creates the campaign; see withRandomPart. */
  readonly random?: string;
};
export type DraftToCampaignResult = { readonly campaign?: Campaign; readonly issues: readonly Issue[] };

/** Every campaign asks units for the written part of a report. */
export const ALWAYS_ASKED = ['DG01', 'DG03', 'DG04'] as const;

/** A daily report for more days than this is surely a misread window, not a plan. */
export const MAX_DAILY_ROUNDS = 62;

const issue = (severity: 'error' | 'warning', code: MessageKey, params: Record<string, string | number> = {}): Issue =>
  makeIssue({ severity, code, params });

/**
 * Makes a schema-valid campaign from a draft. What the campaign needs and the plan does not give
 * (the period, a deadline, each deadline of an annual plan's reports, the title, the organisation's
 * name) comes back as errors saying what to supply; nothing is invented. Doubts that do not stop
 * the campaign are warnings.
 */
export function draftToCampaign(draft: PlanDraft, options: DraftToCampaignOptions = {}): DraftToCampaignResult {
  const issues: Issue[] = [];
  const error = (code: MessageKey, params?: Record<string, string | number>) => issues.push(issue('error', code, params));
  const warn = (code: MessageKey, params?: Record<string, string | number>) => issues.push(issue('warning', code, params));

  const title = draft.title?.value;
  if (title === undefined) error('plan.issue.missingTitle');
  const organization = draft.organization?.value;
  if (organization === undefined || organization === '') error('plan.issue.missingOrganization');
  else {
    const note = draft.findings.find((f) => f.field === 'organization')?.note;
    if (note === 'nameMissing') error('plan.issue.organizationNameMissing', { name: organization });
    if (note === 'nameFromPlace') warn('plan.issue.organizationNameFromPlace', { name: organization, place: draft.place?.value ?? '' });
  }

  for (const c of draft.contradictions) {
    const blocking = c.code === 'periodOrder' || c.code === 'deadlineBeforePeriod';
    issues.push(issue(blocking ? 'error' : 'warning', `plan.contradiction.${c.code}`, contradictionParams(c)));
  }

  const period = draft.period?.value;
  if (period === undefined) error('plan.issue.missingPeriod');
  const periodOk = period !== undefined && period.start <= period.end;

  const round = roundOf(draft, period, warn);
  if (round === undefined && period === undefined) error('plan.issue.missingRound');

  const rounds = periodOk ? reportingRounds(draft, period, warn, error) : [];
  const finalDeadline = draft.deadline?.value ?? latestRound(rounds);
  // An annual plan's missing deadlines are asked for round by round, not as one.
  const periodic = draft.reporting?.value.kind === 'periodic';
  if (finalDeadline === undefined && !(periodOk && periodic)) error('plan.issue.missingDeadline');
  if (periodOk && finalDeadline !== undefined && finalDeadline.date >= period.start && finalDeadline.date < period.end) {
    warn('plan.issue.deadlineInsidePeriod', { deadline: formatDate(finalDeadline.date), end: formatDate(period.end) });
  }

  const { indicators, targets } = indicatorsOf(draft);
  if (draft.unmapped.length > 0) warn('plan.issue.unmappedFigures', { count: draft.unmapped.length });

  // Errors first: they say what to add before anything else matters.
  issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  if (issues.some((i) => i.severity === 'error') || title === undefined || organization === undefined || round === undefined || !periodOk || finalDeadline === undefined) {
    return { issues };
  }

  const signer = draft.signer?.value;
  const input: CampaignInput = {
    schemaVersion: 1,
    id: withRandomPart(campaignId(organization, round.label, round.year), options.random),
    kind: campaignKind(draft, round, period),
    title,
    organization: { name: organization, parent: draft.parent?.value ?? '' },
    plan: {
      number: draft.planNumber?.value ?? '',
      ...(planIso(draft) === undefined ? {} : { date: planIso(draft) }),
    },
    place: draft.place?.value ?? '',
    basis: draft.basis.map((b) => b.value),
    round: { label: round.label, year: round.year },
    period,
    deadline: finalDeadline.date,
    ...(finalDeadline.time === undefined ? {} : { deadlineTime: finalDeadline.time }),
    reportingRounds: rounds,
    units: [...(options.units ?? [])],
    indicators,
    targets,
    checks: checksFor(indicators),
    recipients: draft.recipients.map((r) => r.value),
    ...(signer === undefined ? {} : { signer: { ...signer } }),
  };
  const parsed = parseCampaign(input);
  if (!parsed.ok) return { issues: [...issues, ...parsed.error] };
  return { campaign: parsed.value, issues };
}

/** A drive named as such is an emulation; a plan for most of a year is annual; anything shorter is a round. */
function campaignKind(draft: PlanDraft, round: Round, period: DateRange): Campaign['kind'] {
  if (draft.emulation) return 'emulation';
  return round.kind === 'year' && daysInclusive(period) >= 180 ? 'annual' : 'round';
}

function planIso(draft: PlanDraft): string | undefined {
  const date = draft.planDate?.value;
  if (date?.month === undefined || date.day === undefined) return undefined;
  return iso(date.year, date.month, date.day);
}

type Round = { readonly label: string; readonly year: number; readonly kind: 'round' | 'year' };

function roundOf(draft: PlanDraft, period: DateRange | undefined, warn: (code: MessageKey, params?: Record<string, string | number>) => void): Round | undefined {
  if (draft.round !== undefined) return draft.round.value;
  if (period === undefined) return undefined;
  const label = t('plan.round.fromPeriod', { start: formatDate(period.start), end: formatDate(period.end) }, 'vi');
  warn('plan.issue.roundFromPeriod', { label });
  return { label, year: Number(period.end.slice(0, 4)), kind: 'round' };
}

type Report = (code: MessageKey, params?: Record<string, string | number>) => void;

/**
 * The reporting rounds the plan asks for: six-month and year reports, one a day, or (when the
 * plan names only a deadline) one final report for the whole period.
 */
function reportingRounds(draft: PlanDraft, period: DateRange, warn: Report, error: Report): ReportingRound[] {
  const rounds: ReportingRound[] = [];
  const reporting = draft.reporting?.value;
  const final = draft.deadline?.value;
  const scoped = (scope: Deadline['scope']) => draft.deadlines.find((d) => d.value.scope === scope)?.value;
  const withTime = (deadline: Deadline) => (deadline.time === undefined ? {} : { deadlineTime: deadline.time });

  if (reporting?.kind === 'periodic') {
    const year = Number(period.start.slice(0, 4));
    const midYear = iso(year, 6, 30);
    const six = scoped('sixMonths');
    if (period.start > midYear) warn('plan.issue.sixMonthsOutside');
    else if (six === undefined) error('plan.issue.sixMonthsNoDeadline');
    else {
      rounds.push({
        id: '6-thang',
        label: t('plan.round.sixMonths', {}, 'vi'),
        period: { start: period.start, end: period.end < midYear ? period.end : midYear },
        deadline: six.date,
        ...withTime(six),
      });
    }
    const whole = scoped('year') ?? scoped('final');
    if (whole === undefined) error('plan.issue.yearNoDeadline');
    else rounds.push({ id: 'ca-nam', label: t('plan.round.year', {}, 'vi'), period, deadline: whole.date, ...withTime(whole) });
    return rounds;
  }

  if (reporting?.kind === 'daily') {
    const window = reporting.window ?? period;
    if (window.start > window.end) return rounds;
    const days = daysInclusive(window);
    if (days > MAX_DAILY_ROUNDS) {
      error('plan.issue.tooManyDays', { days, max: MAX_DAILY_ROUNDS });
      return rounds;
    }
    for (let i = 0; i < days; i++) {
      const day = addDays(window.start, i);
      rounds.push({
        id: `ngay-${day}`,
        label: t('plan.round.day', { date: formatDate(day) }, 'vi'),
        period: { start: day, end: day },
        deadline: day,
        ...(reporting.time === undefined ? {} : { deadlineTime: reporting.time }),
      });
    }
  }

  if (final !== undefined) {
    rounds.push({ id: 'ket-thuc', label: t('plan.round.final', {}, 'vi'), period, deadline: final.date, ...withTime(final) });
  }
  return rounds;
}

function latestRound(rounds: readonly ReportingRound[]): Deadline | undefined {
  const last = [...rounds].sort((a, b) => a.deadline.localeCompare(b.deadline)).pop();
  return last === undefined ? undefined : { date: last.deadline, ...(last.deadlineTime === undefined ? {} : { time: last.deadlineTime }), scope: 'final' };
}

/**
 * The suggested and targeted catalogue indicators, the written assessment always, and whatever
 * they need to stand: the total a "trong đó" row belongs to, the counts a rate divides.
 */
function indicatorsOf(draft: PlanDraft): Pick<Campaign, 'indicators' | 'targets'> {
  const wanted = new Set<string>([...draft.suggestions.map((s) => s.value), ...draft.targets.map((s) => s.value.indicator), ...ALWAYS_ASKED]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const code of [...wanted]) {
      const indicator = findIndicator(code);
      if (indicator === undefined) {
        wanted.delete(code);
        continue;
      }
      const needs = [
        ...(indicator.partOf === undefined ? [] : [indicator.partOf]),
        ...(indicator.type === 'rate' ? [...rateTermIndicators(indicator.numerator), ...rateTermIndicators(indicator.denominator)] : []),
      ];
      for (const need of needs) {
        if (!wanted.has(need)) {
          wanted.add(need);
          grew = true;
        }
      }
    }
  }
  const indicators = pickIndicators(CATALOGUE.map((i) => i.code).filter((code) => wanted.has(code)));
  const seen = new Set<string>();
  const targets = draft.targets.flatMap((target: Sourced<PlanDraft['targets'][number]['value']>) => {
    if (seen.has(target.value.indicator)) return [];
    seen.add(target.value.indicator);
    return [{ indicator: target.value.indicator, value: target.value.value, direction: target.value.direction, allocation: { method: 'none' as const }, source: target.source }];
  });
  return { indicators, targets };
}

/** "Liên đoàn Lao động huyện Phong Thổ" + "Năm 2024" → "ldld-phong-tho-nam-2024". */
export function campaignId(organization: string, roundLabel: string, year: number): string {
  const slug = (text: string) =>
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const org = slug(organization.replace(/^(?:liên đoàn lao động|lđlđ)\s*/iu, 'ldld ')).replace(/^ldld-(?:huyen|tinh|quan|thi-xa|thanh-pho)(?:-|$)/, 'ldld-').replace(/-$/, '');
  const roundSlug = slug(roundLabel);
  const withYear = roundSlug.includes(String(year)) ? roundSlug : `${roundSlug}-${year}`;
  const id = [org, withYear].filter((p) => p !== '').join('-').slice(0, 63).replace(/-+$/, '');
  return /^[a-z0-9][a-z0-9-]{1,62}$/.test(id) ? id : `ke-hoach-${year}`;
}

export function contradictionParams(c: Contradiction): Record<string, string | number> {
  switch (c.code) {
    case 'periodOrder':
      return { start: formatDate(c.start), end: formatDate(c.end) };
    case 'deadlineBeforePeriod':
      return { deadline: formatDate(c.deadline), start: formatDate(c.start) };
    case 'deadlineBeforePlanDate':
      return { deadline: formatDate(c.deadline), planDate: c.planDate };
    case 'planDateBeforeBasis':
      return { planDate: c.planDate, basisDate: formatDate(c.basisDate) };
    case 'planDateAfterPeriod':
      return { planDate: c.planDate, end: formatDate(c.end) };
    case 'durationMismatch':
      return { days: c.days, counted: c.counted };
    case 'roundYear':
      return { year: c.year, start: formatDate(c.start), end: formatDate(c.end) };
    case 'dailyOutsidePeriod':
      return { start: formatDate(c.start), end: formatDate(c.end) };
    case 'invalidDate':
      return { text: c.text };
  }
}

