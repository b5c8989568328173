/**
 * What the user supplies where the plan's text falls short. An official plan is never edited:
 * the missing organisation name, number, date or deadline is typed beside it and marked as typed.
 */
import { toIsoDate } from '../answers';
import { t } from '../messages';
import type { Lang } from '../messages';
import { iso } from './dates';
import { checkBasisDates, checkDates } from './import-plan';
import { chooseDeadline } from './schedule';
import type { Contradiction, Deadline, DeadlineScope, DraftField, Finding, PartialDate, PlanDraft, Sourced } from './types';

/** The fields a user may supply; the last two are an annual plan's six-month and year reports. */
export const SUPPLIED_FIELDS = ['organization', 'parent', 'planNumber', 'planDate', 'deadline', 'sixMonthsDeadline', 'yearDeadline'] as const;
export type SuppliedField = (typeof SUPPLIED_FIELDS)[number];

/** Typed values, dates as ISO `YYYY-MM-DD`; an empty string is the same as nothing typed. */
export type PlanSupplement = { readonly [F in SuppliedField]?: string };

/** A typed value that replaces one the text states, with the sentence it replaces. */
export type Override = { readonly field: SuppliedField; readonly value: string; readonly source: string };

/** A field the draft lacks, with the sentence nearest to it in the text when there is one. */
export type WantedField = { readonly field: SuppliedField; readonly required: boolean; readonly nearby?: string };

const DATE_FIELDS: ReadonlySet<SuppliedField> = new Set(['planDate', 'deadline', 'sixMonthsDeadline', 'yearDeadline']);

/** The draft field a supplied field fills. */
export function draftFieldOf(field: SuppliedField): DraftField {
  return field === 'sixMonthsDeadline' || field === 'yearDeadline' ? 'deadline' : field;
}

/** Reads a typed date: dd/mm/yyyy (as Vietnamese write it) or ISO. */
export function readSuppliedDate(text: string): string | undefined {
  return toIsoDate(text.trim());
}

/** The label a typed field is asked under: the draft field's, or the report round's for an annual plan. */
export function suppliedFieldLabel(field: SuppliedField, lang: Lang): string {
  if (field === 'sixMonthsDeadline' || field === 'yearDeadline') return t(`plan.supply.${field}`, {}, lang);
  return t(`plan.field.${field}`, {}, lang);
}

export function isDateField(field: SuppliedField): boolean {
  return DATE_FIELDS.has(field);
}

const byHand = <T>(value: T): Sourced<T> => ({ value, source: '', byHand: true });
const scoped = (draft: PlanDraft, scope: DeadlineScope) => draft.deadlines.find((d) => d.value.scope === scope);

/**
 * What the draft still lacks, in the order a user would be asked: the required fields (the
 * organisation's name, each deadline a campaign needs), then the ones a report header uses.
 */
export function wantedFields(draft: PlanDraft): WantedField[] {
  const wanted: WantedField[] = [];
  const add = (field: SuppliedField, required: boolean, nearby: string | undefined) =>
    wanted.push({ field, required, ...(nearby === undefined || nearby === '' ? {} : { nearby }) });
  const note = (field: DraftField) => draft.findings.find((f) => f.field === field)?.note;

  if (draft.organization === undefined || note('organization') === 'nameMissing') {
    add('organization', true, draft.organization?.source ?? draft.place?.source);
  }
  const reporting = draft.reporting?.value;
  if (reporting?.kind === 'periodic' && draft.period !== undefined) {
    const midYear = iso(Number(draft.period.value.start.slice(0, 4)), 6, 30);
    if (draft.period.value.start <= midYear && scoped(draft, 'sixMonths') === undefined) add('sixMonthsDeadline', true, draft.reporting?.source);
    if (scoped(draft, 'year') === undefined && scoped(draft, 'final') === undefined) add('yearDeadline', true, draft.reporting?.source);
  } else if (draft.deadline === undefined) {
    // Daily reports end on their last day, which is deadline enough for the campaign.
    add('deadline', reporting?.kind !== 'daily', draft.reporting?.source);
  }
  if (draft.parent === undefined) add('parent', false, undefined);
  if (draft.planNumber === undefined) add('planNumber', false, undefined);
  if (draft.planDate === undefined || draft.planDate.value.day === undefined) add('planDate', false, draft.planDate?.source);
  return wanted;
}

/** Contradictions that depend on the plan date or a deadline, worked out again once either is typed. */
const DATE_CHECKS: ReadonlySet<Contradiction['code']> = new Set([
  'periodOrder',
  'deadlineBeforePeriod',
  'deadlineBeforePlanDate',
  'planDateAfterPeriod',
  'roundYear',
  'dailyOutsidePeriod',
  'planDateBeforeBasis',
]);

/**
 * The draft with the typed values in place, each marked `byHand`; where the text stated the
 * field, the typed value wins and the override quotes the sentence it replaces.
 */
export function supplyDraft(draft: PlanDraft, supplement: PlanSupplement): { readonly draft: PlanDraft; readonly overrides: readonly Override[] } {
  const overrides: Override[] = [];
  const given = (field: SuppliedField) => {
    const value = supplement[field]?.trim() ?? '';
    if (value === '') return undefined;
    return isDateField(field) ? readSuppliedDate(value) : value;
  };
  const override = (field: SuppliedField, value: string, replaced: Sourced<unknown> | undefined) => {
    if (replaced !== undefined && replaced.byHand !== true && replaced.source !== '') overrides.push({ field, value, source: replaced.source });
  };
  const supplied = new Set<DraftField>();
  let next: PlanDraft = draft;

  const organization = given('organization');
  if (organization !== undefined) {
    const nameless = draft.findings.find((f) => f.field === 'organization')?.note === 'nameMissing';
    override('organization', organization, nameless ? undefined : draft.organization);
    next = { ...next, organization: byHand(organization) };
    supplied.add('organization');
  }
  for (const field of ['parent', 'planNumber'] as const) {
    const value = given(field);
    if (value === undefined) continue;
    override(field, value, draft[field]);
    next = { ...next, [field]: byHand(value) };
    supplied.add(field);
  }
  const planDate = given('planDate');
  if (planDate !== undefined) {
    override('planDate', planDate, draft.planDate);
    const [year, month, day] = planDate.split('-').map(Number) as [number, number, number];
    const value: PartialDate = { year, month, day };
    next = { ...next, planDate: byHand(value) };
    supplied.add('planDate');
  }

  const scopes: readonly (readonly [SuppliedField, DeadlineScope])[] = [
    ['deadline', 'final'],
    ['sixMonthsDeadline', 'sixMonths'],
    ['yearDeadline', 'year'],
  ];
  let deadlines = draft.deadlines;
  for (const [field, scope] of scopes) {
    const date = given(field);
    if (date === undefined) continue;
    const replaced = scope === 'final' ? (draft.deadline ?? scoped(draft, 'final')) : scoped(draft, scope);
    override(field, date, replaced);
    const deadline: Deadline = { date, scope };
    deadlines = [...deadlines.filter((d) => d.value.scope !== scope && !(scope === 'final' && d === draft.deadline)), byHand(deadline)];
    supplied.add('deadline');
  }
  if (deadlines !== draft.deadlines) next = { ...next, deadlines, deadline: chooseDeadline(deadlines) };

  if (supplied.size === 0) return { draft, overrides };
  const findings = next.findings.map((f): Finding => (supplied.has(f.field) ? { field: f.field, status: 'supplied', required: f.required } : f));
  return { draft: { ...next, findings, contradictions: recheckDates(next) }, overrides };
}

function recheckDates(draft: PlanDraft): Contradiction[] {
  const facts = { planDate: draft.planDate, period: draft.period, days: undefined, deadline: draft.deadline, round: draft.round, reporting: draft.reporting };
  return [...draft.contradictions.filter((c) => !DATE_CHECKS.has(c.code)), ...checkDates(facts), ...checkBasisDates(draft.planDate, draft.basis)];
}
