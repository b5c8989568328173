import { daysInclusive, iso, isoOf, readDateAt } from './dates';
import {
  bodyMentions,
  extractBasis,
  extractDateLine,
  extractHeaderBodies,
  extractPlanNumber,
  extractRecipients,
  extractSigner,
  extractTitle,
  isBasisSentence,
  isDistrictLevel,
} from './header';
import { chooseDeadline, extractDeadlines, extractPeriod, extractReporting, extractRound, isEmulation } from './schedule';
import { extractSuggestions, extractTargets } from './targets';
import { fold, readPlanText } from './text';
import type { PlanText } from './text';
import type { Contradiction, DateRange, Deadline, DraftField, Finding, FindingNote, PartialDate, PlanDraft, PlanRound, Sourced } from './types';

/**
 * Reads a plan's text (typed, or pasted from a PDF) into a draft campaign. Pure and total: any
 * text gives a draft; what the text does not say stays empty, never guessed or taken from today.
 */
export function importPlan(raw: string): PlanDraft {
  const text = readPlanText(typeof raw === 'string' ? raw : '');
  const notes = new Map<DraftField, FindingNote>();

  const dateLine = extractDateLine(text);
  const place = dateLine.place;
  const planDate = dateLine.date;
  if (planDate !== undefined && planDate.value.day === undefined) notes.set('planDate', 'dayBlank');

  const { organization, parent } = organizationOf(text, place, notes);
  const title = extractTitle(text);
  const titleRound = extractRound(title, text.sentences);
  const emulation = isEmulation(title);

  const periodFinding = extractPeriod(text.sentences);
  const round = shortYearRound(titleRound, periodFinding.period);
  const period = periodFinding.period ?? yearPeriod(round, notes);
  const { deadlines, invalid: invalidDeadlines } = extractDeadlines(text.sentences);
  const deadline = chooseDeadline(deadlines);
  const reporting = extractReporting(text.sentences);
  const body = text.sentences.filter((s) => !isBasisSentence(s));
  const { targets, unmapped } = extractTargets(body);
  const basis = extractBasis(text);

  const contradictions: Contradiction[] = [
    ...(dateLine.invalid === undefined || planDate !== undefined ? [] : [invalidDate(dateLine.invalid, place?.source ?? dateLine.invalid)]),
    ...(periodFinding.invalid === undefined ? [] : [invalidDate(periodFinding.invalid.value, periodFinding.invalid.source)]),
    ...invalidDeadlines.map((d) => invalidDate(d.value, d.source)),
    ...checkDates({ planDate, period, days: periodFinding.days, deadline, round, reporting }),
    ...checkBasisDates(planDate, basis),
  ];

  const draft: Omit<PlanDraft, 'findings'> = {
    organization,
    parent,
    planNumber: extractPlanNumber(text),
    planDate,
    place,
    title,
    round,
    emulation,
    period,
    deadline,
    deadlines,
    reporting,
    basis,
    recipients: extractRecipients(text),
    signer: extractSigner(text),
    targets,
    suggestions: extractSuggestions(body),
    unmapped,
    contradictions,
  };
  return { ...draft, findings: findingsOf(draft, notes) };
}

function organizationOf(
  text: PlanText,
  place: Sourced<string> | undefined,
  notes: Map<DraftField, FindingNote>,
): { organization: Sourced<string> | undefined; parent: Sourced<string> | undefined } {
  const header = extractHeaderBodies(text);
  const mentions = bodyMentions(text.sentences);
  const body = (level: string, name: string) => ['Liên đoàn Lao động', level, name].filter((p) => p !== '').join(' ');

  let organization = header.organization;
  if (organization === undefined) {
    const named = mentions.find((m) => isDistrictLevel(m.level) && m.name !== '');
    const nameless = mentions.find((m) => isDistrictLevel(m.level));
    if (named !== undefined) organization = { value: body(named.level, named.name), source: named.sentence.text };
    else if (nameless !== undefined) {
      const placeName = place === undefined ? '' : place.value.replace(/^(?:huyện|quận|thị xã|thành phố)\s+/iu, '').trim();
      notes.set('organization', placeName === '' ? 'nameMissing' : 'nameFromPlace');
      organization = { value: body(nameless.level, placeName), source: nameless.sentence.text };
    }
  }
  let parent = header.parent;
  if (parent === undefined) {
    const named = mentions.find((m) => (m.level === 'tỉnh' || m.level === 'thành phố') && m.name !== '' && body(m.level, m.name) !== organization?.value);
    if (named !== undefined) parent = { value: body(named.level, named.name), source: named.sentence.text };
  }
  return { organization, parent };
}

/** "… cuối năm 2023" with dates of its own is a round of that year, not a year plan. */
function shortYearRound(round: Sourced<PlanRound> | undefined, period: Sourced<DateRange> | undefined): Sourced<PlanRound> | undefined {
  if (round === undefined || round.value.kind !== 'year' || period === undefined) return round;
  const { start, end } = period.value;
  if (start <= end && daysInclusive(period.value) >= 180) return round;
  return { ...round, value: { ...round.value, kind: 'round' } };
}

/** A plan for a year ("… năm 2024") with no dates of its own runs from 1 January to 31 December. */
function yearPeriod(round: Sourced<PlanRound> | undefined, notes: Map<DraftField, FindingNote>): Sourced<DateRange> | undefined {
  if (round === undefined || round.value.kind !== 'year') return undefined;
  notes.set('period', 'yearPlanPeriod');
  const { year } = round.value;
  return { value: { start: iso(year, 1, 1), end: iso(year, 12, 31) }, source: round.source };
}

function invalidDate(written: string, source: string): Contradiction {
  return { code: 'invalidDate', text: written, sources: [source] };
}

export type DateFacts = {
  readonly planDate: Sourced<PartialDate> | undefined;
  readonly period: Sourced<DateRange> | undefined;
  readonly days: number | undefined;
  readonly deadline: Sourced<Deadline> | undefined;
  readonly round: Sourced<PlanRound> | undefined;
  readonly reporting: PlanDraft['reporting'];
};

/** Dates that cannot all be right. A plan issued after its period started is normal; a deadline before the plan is not. */
export function checkDates({ planDate, period, days, deadline, round, reporting }: DateFacts): Contradiction[] {
  const found: Contradiction[] = [];
  const both = (a: { source: string }, b: { source: string }) => (a.source === b.source ? [a.source] : [a.source, b.source]);
  const ordered = period !== undefined && period.value.start <= period.value.end;
  if (period !== undefined && !ordered) {
    found.push({ code: 'periodOrder', start: period.value.start, end: period.value.end, sources: [period.source] });
  }
  if (period !== undefined && ordered && days !== undefined && daysInclusive(period.value) !== days) {
    found.push({ code: 'durationMismatch', days, counted: daysInclusive(period.value), sources: [period.source] });
  }
  if (period !== undefined && deadline !== undefined && ordered && deadline.value.date < period.value.start) {
    found.push({ code: 'deadlineBeforePeriod', deadline: deadline.value.date, start: period.value.start, sources: both(deadline, period) });
  }
  if (planDate !== undefined && deadline !== undefined && comparePartial(deadline.value.date, planDate.value) < 0) {
    found.push({ code: 'deadlineBeforePlanDate', deadline: deadline.value.date, planDate: partialText(planDate.value), sources: both(deadline, planDate) });
  }
  if (planDate !== undefined && period !== undefined && ordered && comparePartial(period.value.end, planDate.value) < 0) {
    found.push({ code: 'planDateAfterPeriod', planDate: partialText(planDate.value), end: period.value.end, sources: both(planDate, period) });
  }
  if (round !== undefined && round.value.kind === 'round' && period !== undefined && ordered) {
    const years = [period.value.start.slice(0, 4), period.value.end.slice(0, 4)].map(Number);
    if (!years.includes(round.value.year)) {
      found.push({ code: 'roundYear', year: round.value.year, start: period.value.start, end: period.value.end, sources: both(round, period) });
    }
  }
  if (reporting?.value.kind === 'daily' && reporting.value.window !== undefined && period !== undefined && ordered) {
    const { window } = reporting.value;
    if (window.start < period.value.start || window.end > period.value.end) {
      found.push({ code: 'dailyOutsidePeriod', start: window.start, end: window.end, sources: both(reporting, period) });
    }
  }
  return found;
}

/** The date a cited document was issued: "Kế hoạch số 14/KH-LĐLĐ, ngày 29/12/2023 …". */
export function documentDate(document: string): string | undefined {
  const key = fold(document);
  const at = /\bngay\s+/.exec(key);
  if (!at) return undefined;
  const date = readDateAt(key, at.index + at[0].length);
  return date === undefined ? undefined : isoOf(date);
}

/** A plan cannot be issued before the documents it is based on. */
export function checkBasisDates(planDate: Sourced<PartialDate> | undefined, basis: readonly Sourced<string>[]): Contradiction[] {
  if (planDate === undefined) return [];
  for (const document of basis) {
    const issued = documentDate(document.value);
    if (issued !== undefined && comparePartial(issued, planDate.value) > 0) {
      const sources = document.source === planDate.source ? [planDate.source] : [planDate.source, document.source];
      return [{ code: 'planDateBeforeBasis', planDate: partialText(planDate.value), basisDate: issued, sources }];
    }
  }
  return [];
}

/** Compares an ISO date with a date that may lack its day: -1 before, 0 same (or unknown), 1 after. */
function comparePartial(isoDate: string, date: PartialDate): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const pairs: [number, number | undefined][] = [
    [y, date.year],
    [m, date.month],
    [d, date.day],
  ];
  for (const [a, b] of pairs) {
    if (b === undefined) return 0;
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

/** "24/01/2023", or "…/11/2024" when the day is blank. */
export function partialText(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = date.day === undefined ? '…' : pad(date.day);
  const month = date.month === undefined ? '…' : pad(date.month);
  return `${day}/${month}/${date.year}`;
}

const REQUIRED: ReadonlySet<DraftField> = new Set(['organization', 'title', 'period', 'deadline']);

function findingsOf(draft: Omit<PlanDraft, 'findings'>, notes: ReadonlyMap<DraftField, FindingNote>): Finding[] {
  const present: Record<DraftField, boolean> = {
    organization: draft.organization !== undefined,
    parent: draft.parent !== undefined,
    planNumber: draft.planNumber !== undefined,
    planDate: draft.planDate !== undefined,
    place: draft.place !== undefined,
    title: draft.title !== undefined,
    round: draft.round !== undefined,
    period: draft.period !== undefined,
    deadline: draft.deadline !== undefined,
    reporting: draft.reporting !== undefined,
    basis: draft.basis.length > 0,
    recipients: draft.recipients.length > 0,
    signer: draft.signer !== undefined,
    targets: draft.targets.length > 0,
    suggestions: draft.suggestions.length > 0,
  };
  return (Object.keys(present) as DraftField[]).map((field) => {
    const note = notes.get(field);
    const required = REQUIRED.has(field);
    if (!present[field]) return { field, status: 'missing', required };
    if (note === undefined) return { field, status: 'found', required };
    const status = note === 'yearPlanPeriod' ? 'derived' : 'partial';
    return { field, status, required, note };
  });
}
