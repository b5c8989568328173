/**
 * Editing a campaign in the pane, as pure functions: a draft (a campaign whose fields may hold what
 * the user typed, valid or not) and an edit give a new draft; `checkDraft` validates it with the
 * same schema as a campaign file, so the form shows the messages a JSON file would get.
 */
import { checkCodes, checksFor } from '../core/catalogue';
import { parseCampaign } from '../core/campaign-file';
import type { Result } from '../core/result';
import type { Campaign, Target } from '../core/schema/campaign';
import type { Indicator } from '../core/schema/indicator';
import type { Issue } from '../core/schema/issue';
import type { Unit } from '../core/schema/unit';

/** A target whose value may still be text the user is typing ("1," or ""). */
export type TargetDraft = Omit<Target, 'value'> & { readonly value: number | string };
export type CampaignDraft = Omit<Campaign, 'targets'> & { readonly targets: readonly TargetDraft[] };

/** The metadata fields of the "Thông tin chung" section, named by their path in the campaign. */
export const META_FIELDS = [
  'title',
  'organization.name',
  'organization.parent',
  'plan.number',
  'plan.date',
  'place',
  'period.start',
  'period.end',
  'deadline',
] as const;
export type MetaField = (typeof META_FIELDS)[number];

export type AllocationChoice = 'none' | 'members' | 'workforce';
export const ALLOCATION_CHOICES: readonly AllocationChoice[] = ['none', 'members', 'workforce'];

/** Indicators a numeric target can be set for. */
const TARGETABLE: ReadonlySet<Indicator['type']> = new Set(['integer', 'decimal', 'money', 'rate', 'yesno']);

export type CampaignEdit =
  | { readonly kind: 'meta'; readonly field: MetaField; readonly value: string }
  | { readonly kind: 'addIndicator'; readonly indicator: Indicator; readonly order?: readonly string[] }
  | { readonly kind: 'removeIndicator'; readonly code: string }
  | { readonly kind: 'setRequired'; readonly code: string; readonly required: boolean }
  | { readonly kind: 'addTarget'; readonly indicator: string }
  | { readonly kind: 'removeTarget'; readonly indicator: string }
  | { readonly kind: 'targetValue'; readonly indicator: string; readonly text: string }
  | { readonly kind: 'targetDirection'; readonly indicator: string; readonly direction: Target['direction'] }
  | { readonly kind: 'targetAllocation'; readonly indicator: string; readonly allocation: AllocationChoice }
  | { readonly kind: 'setUnits'; readonly units: readonly Unit[] }
  | { readonly kind: 'removeUnit'; readonly code: string };

export function draftOf(campaign: Campaign): CampaignDraft {
  return campaign;
}

/** The campaign the draft describes, or every reason it is not one (each with its path). */
export function checkDraft(draft: CampaignDraft): Result<Campaign, Issue[]> {
  return parseCampaign(draft);
}

export function metaValue(draft: CampaignDraft, field: MetaField): string {
  switch (field) {
    case 'title':
      return draft.title;
    case 'organization.name':
      return draft.organization.name;
    case 'organization.parent':
      return draft.organization.parent;
    case 'plan.number':
      return draft.plan.number;
    case 'plan.date':
      return draft.plan.date ?? '';
    case 'place':
      return draft.place;
    case 'period.start':
      return draft.period.start;
    case 'period.end':
      return draft.period.end;
    case 'deadline':
      return draft.deadline;
  }
}

/** "12", "1,5" (a Vietnamese decimal comma), "1.5" → numbers; anything else stays text for the schema to refuse. */
export function parseNumberText(text: string): number | string {
  const normalized = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : text;
}

export function allocationChoice(target: Pick<Target, 'allocation'>): AllocationChoice | 'manual' {
  return target.allocation.method === 'proportional' ? target.allocation.basis : target.allocation.method;
}

export function isTargetable(indicator: Pick<Indicator, 'type'>): boolean {
  return TARGETABLE.has(indicator.type);
}

export function applyEdit(draft: CampaignDraft, edit: CampaignEdit): CampaignDraft {
  switch (edit.kind) {
    case 'meta':
      return setMeta(draft, edit.field, edit.value);
    case 'addIndicator': {
      if (draft.indicators.some((i) => i.code === edit.indicator.code)) return draft;
      return withIndicators(draft, insertInOrder(draft.indicators, structuredClone(edit.indicator), edit.order ?? []));
    }
    case 'removeIndicator':
      return {
        ...withIndicators(
          draft,
          draft.indicators.filter((i) => i.code !== edit.code),
        ),
        targets: draft.targets.filter((t) => t.indicator !== edit.code),
      };
    case 'setRequired':
      return { ...draft, indicators: draft.indicators.map((i) => (i.code === edit.code ? { ...i, required: edit.required } : i)) };
    case 'addTarget':
      if (draft.targets.some((t) => t.indicator === edit.indicator)) return draft;
      return { ...draft, targets: [...draft.targets, { indicator: edit.indicator, value: 0, direction: 'atLeast', allocation: { method: 'none' } }] };
    case 'removeTarget':
      return { ...draft, targets: draft.targets.filter((t) => t.indicator !== edit.indicator) };
    case 'targetValue':
      return updateTarget(draft, edit.indicator, (t) => ({ ...t, value: parseNumberText(edit.text) }));
    case 'targetDirection':
      return updateTarget(draft, edit.indicator, (t) => ({ ...t, direction: edit.direction }));
    case 'targetAllocation':
      return updateTarget(draft, edit.indicator, (t) => ({
        ...t,
        allocation: edit.allocation === 'none' ? { method: 'none' } : { method: 'proportional', basis: edit.allocation },
      }));
    case 'setUnits':
      return { ...draft, units: [...edit.units], targets: draft.targets.map((t) => dropManualValues(t, edit.units)) };
    case 'removeUnit': {
      const units = draft.units.filter((u) => u.code !== edit.code);
      return { ...draft, units, targets: draft.targets.map((t) => dropManualValues(t, units)) };
    }
  }
}

function setMeta(draft: CampaignDraft, field: MetaField, value: string): CampaignDraft {
  switch (field) {
    case 'title':
      return { ...draft, title: value };
    case 'organization.name':
      return { ...draft, organization: { ...draft.organization, name: value } };
    case 'organization.parent':
      return { ...draft, organization: { ...draft.organization, parent: value } };
    case 'plan.number':
      return { ...draft, plan: { ...draft.plan, number: value } };
    case 'plan.date': {
      const { date: _old, ...rest } = draft.plan;
      return { ...draft, plan: value.trim() === '' ? rest : { ...rest, date: value.trim() } };
    }
    case 'place':
      return { ...draft, place: value };
    case 'period.start':
    case 'period.end': {
      const period = field === 'period.start' ? { ...draft.period, start: value.trim() } : { ...draft.period, end: value.trim() };
      // A campaign with one reporting round over the whole period: the round follows the period.
      const [only] = draft.reportingRounds;
      const follows = draft.reportingRounds.length === 1 && only !== undefined && samePeriod(only.period, draft.period);
      return { ...draft, period, reportingRounds: follows ? [{ ...only, period }] : draft.reportingRounds };
    }
    case 'deadline': {
      const deadline = value.trim();
      const [only] = draft.reportingRounds;
      const follows = draft.reportingRounds.length === 1 && only !== undefined && only.deadline === draft.deadline;
      return { ...draft, deadline, reportingRounds: follows ? [{ ...only, deadline }] : draft.reportingRounds };
    }
  }
}

function samePeriod(a: Campaign['period'], b: Campaign['period']): boolean {
  return a.start === b.start && a.end === b.end;
}

/** New indicators go where the catalogue has them, so a "trong đó" row stays under its total. */
function insertInOrder(indicators: readonly Indicator[], added: Indicator, order: readonly string[]): Indicator[] {
  const rank = (code: string) => order.indexOf(code);
  const mine = rank(added.code);
  if (mine < 0) return [...indicators, added];
  const before = indicators.findIndex((i) => rank(i.code) > mine);
  if (before < 0) return [...indicators, added];
  return [...indicators.slice(0, before), added, ...indicators.slice(before)];
}

/** Cross-checks follow the indicators: those naming a removed one go, the catalogue's that now apply come. */
function withIndicators(draft: CampaignDraft, indicators: Indicator[]): CampaignDraft {
  const present = new Set(indicators.map((i) => i.code));
  const kept = draft.checks.filter((check) => checkCodes(check).every((code) => present.has(code)));
  const seen = new Set(kept.map((check) => JSON.stringify(check)));
  const added = checksFor(indicators).filter((check) => !seen.has(JSON.stringify(check)));
  return { ...draft, indicators, checks: [...kept, ...added] };
}

function updateTarget(draft: CampaignDraft, indicator: string, update: (target: TargetDraft) => TargetDraft): CampaignDraft {
  return { ...draft, targets: draft.targets.map((t) => (t.indicator === indicator ? update(t) : t)) };
}

/** Hand-typed shares of units that are no longer in the list go with them. */
function dropManualValues(target: TargetDraft, units: readonly Unit[]): TargetDraft {
  if (target.allocation.method !== 'manual') return target;
  const codes = new Set(units.map((u) => u.code));
  const values = Object.fromEntries(Object.entries(target.allocation.values).filter(([code]) => codes.has(code)));
  return { ...target, allocation: { method: 'manual', values } };
}

/** Issues keyed by their path (`targets[2].value`); issues without a path are under ''. */
export function issuesByPath(issues: readonly Issue[]): ReadonlyMap<string, readonly Issue[]> {
  const map = new Map<string, Issue[]>();
  for (const issue of issues) {
    const list = map.get(issue.path);
    if (list === undefined) map.set(issue.path, [issue]);
    else list.push(issue);
  }
  return map;
}

/** The issues at `path` or inside it (`targets[2]` takes `targets[2].value` too, not `targets[20]`). */
export function issuesUnder(byPath: ReadonlyMap<string, readonly Issue[]>, path: string): Issue[] {
  const found: Issue[] = [];
  for (const [key, list] of byPath) {
    if (key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`)) found.push(...list);
  }
  return found;
}

/**
 * A single reporting round follows the period, so a wrong period is found twice: at `period.end`
 * and at `reportingRounds[0].period.end`. The list shows it once, at the field the user edits.
 */
export function withoutRoundEchoes(issues: readonly Issue[]): Issue[] {
  const keys = new Set(issues.map((issue) => `${issue.code}|${issue.path}`));
  return issues.filter((issue) => {
    const echo = /^reportingRounds\[\d+\]\.(.+)$/.exec(issue.path)?.[1];
    return echo === undefined || !keys.has(`${issue.code}|${echo}`);
  });
}

export function isMetaField(path: string): path is MetaField {
  return (META_FIELDS as readonly string[]).includes(path);
}
