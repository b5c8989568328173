/**
 * Editing a campaign in the pane, as pure functions: a draft (a campaign whose fields may hold what
 * the user typed, valid or not) and an edit give a new draft; `checkDraft` validates it with the
 * same schema as a campaign file, so the form shows the messages a JSON file would get.
 */
import { allocateProportionally } from '../../core/allocation';
import { checkCodes, checksFor } from '../../core/catalogue';
import { parseCampaign } from '../../core/campaign-file';
import type { Result } from '../../core/result';
import type { Allocation, Campaign, Target } from '../../core/schema/campaign';
import type { CrossCheck, Indicator } from '../../core/schema/indicator';
import type { Issue } from '../../core/schema/issue';
import type { Unit } from '../../core/schema/unit';
import { readTargetText } from '../../core/target-input';
import type { InputMessage } from '../../core/target-input';
import { isNumeric, isOwnType, isSection, newOwnIndicator, placeUnder, withType } from './editor/own-indicator';
import type { OwnField } from './editor/own-indicator';
import { nextRound, setRoundValue } from './editor/rounds';
import type { RoundField } from './editor/rounds';

/** Shares typed per unit may still be text the user is typing, like target values. */
export type AllocationDraft = Exclude<Allocation, { method: 'manual' }> | { readonly method: 'manual'; readonly values: Readonly<Record<string, number | string>> };
/** A target whose value may still be text the user is typing ("1," or ""). */
export type TargetDraft = Omit<Target, 'value' | 'allocation' | 'result'> & { readonly value: number | string; readonly allocation: AllocationDraft; readonly result?: number | string | undefined };
export type CampaignDraft = Omit<Campaign, 'targets'> & { readonly targets: readonly TargetDraft[] };

export type SignerField = keyof NonNullable<Campaign['signer']>;
export type LinesField = 'basis' | 'recipients';

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

/** How a target is reached: by the units (shared or not), or by the district itself ("district"). */
export type AllocationChoice = 'none' | 'members' | 'workforce' | 'manual' | 'district';
export const ALLOCATION_CHOICES: readonly AllocationChoice[] = ['none', 'members', 'workforce', 'manual', 'district'];

/** Indicators a numeric target can be set for. */
const TARGETABLE: ReadonlySet<Indicator['type']> = new Set(['integer', 'decimal', 'money', 'rate', 'yesno']);

export type CampaignEdit =
  | { readonly kind: 'meta'; readonly field: MetaField; readonly value: string }
  | { readonly kind: 'addIndicator'; readonly indicator: Indicator; readonly order?: readonly string[] }
  /** `index` picks one of several indicators that (wrongly) share a code. */
  | { readonly kind: 'removeIndicator'; readonly code: string; readonly index?: number }
  | { readonly kind: 'setRequired'; readonly code: string; readonly required: boolean }
  | { readonly kind: 'addTarget'; readonly indicator: string }
  | { readonly kind: 'removeTarget'; readonly indicator: string }
  | { readonly kind: 'targetValue'; readonly indicator: string; readonly text: string }
  | { readonly kind: 'targetDirection'; readonly indicator: string; readonly direction: Target['direction'] }
  | { readonly kind: 'targetAllocation'; readonly indicator: string; readonly allocation: AllocationChoice }
  | { readonly kind: 'manualShare'; readonly indicator: string; readonly unit: string; readonly text: string }
  /** The result of a target the district reaches itself, as it enters it. */
  | { readonly kind: 'targetResult'; readonly indicator: string; readonly text: string }
  | { readonly kind: 'setUnits'; readonly units: readonly Unit[] }
  | { readonly kind: 'removeUnit'; readonly code: string }
  /** One unit from the form: a new one (no `replacing`), or the unit whose code was `replacing`. */
  | { readonly kind: 'putUnit'; readonly unit: Unit; readonly replacing?: string }
  | { readonly kind: 'addRound' }
  | { readonly kind: 'round'; readonly index: number; readonly field: RoundField; readonly value: string }
  | { readonly kind: 'removeRound'; readonly index: number }
  | { readonly kind: 'lines'; readonly field: LinesField; readonly text: string }
  | { readonly kind: 'signer'; readonly field: SignerField; readonly value: string }
  | { readonly kind: 'clearSigner' }
  | { readonly kind: 'addOwnIndicator' }
  | { readonly kind: 'ownIndicator'; readonly index: number; readonly field: OwnField; readonly value: string };

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

/**
 * "12", "1,5" (a Vietnamese decimal comma), "1.5", "1.200" and "1.234,5" (Vietnamese thousands
 * dots, as the pane shows numbers) → numbers; anything else stays text for the schema to refuse.
 */
export function parseNumberText(text: string): number | string {
  const compact = text.trim().replace(/\s/g, '');
  const normalized = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact) ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : text;
}

/** A text area's lines as list items: one a line, blank lines left out. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The sum of the shares typed so far (text not yet a number counts nothing). */
export function manualSum(allocation: AllocationDraft): number {
  if (allocation.method !== 'manual') return 0;
  // In hundredths, so that 0.1 + 0.2 is 0.3.
  const hundredths = Object.values(allocation.values).reduce<number>((sum, v) => (typeof v === 'number' ? sum + Math.round(v * 100) : sum), 0);
  return hundredths / 100;
}

export function allocationChoice(target: Pick<TargetDraft, 'allocation' | 'scope'>): AllocationChoice {
  if (target.scope === 'district') return 'district';
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
    case 'removeIndicator': {
      const indicators = draft.indicators.filter((i, index) => i.code !== edit.code || (edit.index !== undefined && index !== edit.index));
      const gone = !indicators.some((i) => i.code === edit.code);
      return { ...withIndicators(draft, indicators), targets: gone ? draft.targets.filter((t) => t.indicator !== edit.code) : draft.targets };
    }
    case 'setRequired':
      return { ...draft, indicators: draft.indicators.map((i) => (i.code === edit.code ? { ...i, required: edit.required } : i)) };
    case 'addTarget':
      if (draft.targets.some((t) => t.indicator === edit.indicator)) return draft;
      return { ...draft, targets: [...draft.targets, { indicator: edit.indicator, value: 0, direction: 'atLeast', allocation: { method: 'none' } }] };
    case 'removeTarget':
      return { ...draft, targets: draft.targets.filter((t) => t.indicator !== edit.indicator) };
    case 'targetValue':
      return updateTarget(draft, edit.indicator, (t) => ({ ...t, value: targetText(draft, edit.indicator, edit.text) }));
    case 'targetDirection':
      return updateTarget(draft, edit.indicator, (t) => ({ ...t, direction: edit.direction }));
    case 'targetAllocation':
      return updateTarget(draft, edit.indicator, (t) => withScope({ ...t, allocation: allocationFor(draft, t, edit.allocation) }, edit.allocation));
    case 'targetResult':
      return updateTarget(draft, edit.indicator, (t) => {
        const { result: _old, ...rest } = t;
        return edit.text.trim() === '' ? rest : { ...rest, result: targetText(draft, edit.indicator, edit.text) };
      });
    case 'manualShare':
      return updateTarget(draft, edit.indicator, (t) =>
        t.allocation.method === 'manual' ? { ...t, allocation: { method: 'manual', values: withShare(t.allocation.values, edit.unit, targetText(draft, edit.indicator, edit.text)) } } : t,
      );
    case 'setUnits':
      return { ...draft, units: [...edit.units], targets: draft.targets.map((t) => dropManualValues(t, edit.units)) };
    case 'removeUnit': {
      const units = draft.units.filter((u) => u.code !== edit.code);
      return { ...draft, units, targets: draft.targets.map((t) => dropManualValues(t, units)) };
    }
    case 'putUnit':
      return putUnit(draft, edit.unit, edit.replacing);
    case 'addRound':
      return { ...draft, reportingRounds: [...draft.reportingRounds, nextRound(draft)] };
    case 'round':
      return { ...draft, reportingRounds: draft.reportingRounds.map((r, i) => (i === edit.index ? setRoundValue(r, edit.field, edit.value) : r)) };
    case 'removeRound':
      return { ...draft, reportingRounds: draft.reportingRounds.filter((_, i) => i !== edit.index) };
    case 'lines':
      return { ...draft, [edit.field]: linesOf(edit.text) };
    case 'signer': {
      const signer = { ...(draft.signer ?? { onBehalf: '', title: '', name: '' }), [edit.field]: edit.value };
      // Emptying every line is how a signer is taken off without a separate button.
      return Object.values(signer).every((v) => v.trim() === '') ? withoutSigner(draft) : { ...draft, signer };
    }
    case 'clearSigner':
      return withoutSigner(draft);
    case 'addOwnIndicator':
      return { ...draft, indicators: [...draft.indicators, newOwnIndicator(draft.indicators)] };
    case 'ownIndicator':
      return editOwnIndicator(draft, edit.index, edit.field, edit.value);
  }
}

function withoutSigner(draft: CampaignDraft): CampaignDraft {
  const { signer: _old, ...rest } = draft;
  return rest;
}

/**
 * Switching to shares typed per unit starts from what the units would get by the method left
 * (the proportional split), so the officer adjusts figures rather than typing every one.
 */
function allocationFor(draft: CampaignDraft, target: TargetDraft, choice: AllocationChoice): AllocationDraft {
  switch (choice) {
    case 'none':
    case 'district':
      return { method: 'none' };
    case 'members':
    case 'workforce':
      return { method: 'proportional', basis: choice };
    case 'manual':
      return target.allocation.method === 'manual' ? target.allocation : { method: 'manual', values: startingShares(draft, target) };
  }
}

/** A district's own target carries its scope (and later its result); any other choice is the units'. */
function withScope(target: TargetDraft, choice: AllocationChoice): TargetDraft {
  const { scope: _scope, result: _result, ...units } = target;
  return choice === 'district' ? { ...units, scope: 'district', ...(target.result !== undefined ? { result: target.result } : {}) } : units;
}

function startingShares(draft: CampaignDraft, target: TargetDraft): Record<string, number> {
  const { allocation, value } = target;
  const indicator = draft.indicators.find((i) => i.code === target.indicator);
  if (allocation.method !== 'proportional' || typeof value !== 'number' || indicator === undefined || !isNumeric(indicator)) return {};
  // The same units as the workbook's proportional split: whole numbers, hundredths for amounts.
  const scale = indicator.type === 'integer' ? 1 : 100;
  const total = Math.round(value * scale);
  if (!Number.isSafeInteger(total)) return {};
  const parts = allocateProportionally(total, draft.units.map((u) => u[allocation.basis] ?? 0));
  return Object.fromEntries(draft.units.map((u, i) => [u.code, (parts[i] ?? 0) / scale]));
}

/** An emptied share means the unit gets none; anything else is kept as typed until it is a number. */
function withShare(values: Readonly<Record<string, number | string>>, unit: string, value: number | string): Record<string, number | string> {
  const { [unit]: _old, ...rest } = values;
  return typeof value === 'string' && value.trim() === '' ? rest : { ...values, [unit]: value };
}

/**
 * A figure typed for a target (its value, a unit's share, the district's result), read as that
 * indicator's kind of number: a decimal in a count stays text, for the field to say what to type.
 */
function targetText(draft: CampaignDraft, code: string, text: string): number | string {
  const indicator = draft.indicators.find((i) => i.code === code);
  if (indicator === undefined) return parseNumberText(text);
  const read = readTargetText(text, indicator);
  return read.ok ? read.value : text;
}

/**
 * What to type instead of a target figure that is still text, in plain words with an example
 * ("nhập số không âm, ví dụ 3"); undefined when it is a number (the schema says the rest).
 */
export function targetProblem(draft: CampaignDraft, code: string, value: number | string | undefined): InputMessage | undefined {
  if (typeof value !== 'string') return undefined;
  const indicator = draft.indicators.find((i) => i.code === code);
  if (indicator === undefined) return undefined;
  const read = readTargetText(value, indicator);
  return read.ok ? undefined : read.message;
}

/** The typed figure a draft issue's path points at (`targets[0].value`, `.result`, `.allocation.values.X`), with its indicator. */
export function targetFigureAt(draft: CampaignDraft, path: string): { readonly indicator: string; readonly value: number | string | undefined } | undefined {
  const match = /^targets\[(\d+)\]\.(value|result|allocation\.values\.(.+))$/.exec(path);
  const target = match === null ? undefined : draft.targets[Number(match[1])];
  if (match === null || target === undefined) return undefined;
  if (match[2] === 'value') return { indicator: target.indicator, value: target.value };
  if (match[2] === 'result') return { indicator: target.indicator, value: target.result };
  const values = target.allocation.method === 'manual' ? target.allocation.values : {};
  return { indicator: target.indicator, value: values[match[3] ?? ''] };
}

/**
 * One field of a district's own indicator. A new code carries its target, checks and "trong đó"
 * rows along, unless the old code was shared (a duplicate) or the new one is taken: then the
 * references stay where they were rather than jump to another indicator.
 */
function editOwnIndicator(draft: CampaignDraft, index: number, field: OwnField, value: string): CampaignDraft {
  const indicator = draft.indicators[index];
  if (indicator === undefined) return draft;
  const replace = (next: Indicator) => draft.indicators.map((ind, i) => (i === index ? next : ind));
  switch (field) {
    case 'code': {
      const code = value.trim().toUpperCase();
      const old = indicator.code;
      const others = draft.indicators.filter((_, i) => i !== index);
      const follow = !others.some((i) => i.code === old || i.code === code);
      if (!follow) return { ...draft, indicators: replace({ ...indicator, code }) };
      const rename = (c: string) => (c === old ? code : c);
      return {
        ...draft,
        indicators: replace({ ...indicator, code }).map((ind) => (ind.partOf === old ? { ...ind, partOf: code } : ind)),
        targets: draft.targets.map((t) => ({ ...t, indicator: rename(t.indicator) })),
        checks: draft.checks.map((c) => (c.kind === 'notGreater' ? { ...c, part: rename(c.part), whole: rename(c.whole) } : { ...c, when: rename(c.when), then: rename(c.then) })),
      };
    }
    case 'label':
      // A district's own wording is one text, shown in either language.
      return { ...draft, indicators: replace({ ...indicator, label: { vi: value, en: value } }) };
    case 'measure':
      return { ...draft, indicators: replace({ ...indicator, measure: value }) };
    case 'section':
      return isSection(value) ? { ...draft, indicators: replace({ ...indicator, section: value }) } : draft;
    case 'type': {
      if (!isOwnType(value)) return draft;
      const next = withType(indicator, value);
      return {
        ...withPartCheck(draft, replace(next), next),
        targets: isTargetable(next) ? draft.targets : draft.targets.filter((t) => t.indicator !== indicator.code),
      };
    }
    case 'partOf': {
      if (value === '') {
        const { partOf: _old, ...rest } = indicator;
        return withPartCheck(draft, replace(rest), rest);
      }
      const indicators = placeUnder(draft.indicators, index, value);
      const moved = indicators.find((i) => i.partOf === value && i.code === indicator.code);
      return moved === undefined ? draft : withPartCheck(draft, indicators, moved);
    }
  }
}

/** An own "trong đó" row may not exceed its total, as for catalogue rows: the check follows `partOf`. */
function withPartCheck(draft: CampaignDraft, indicators: Indicator[], part: Indicator): CampaignDraft {
  const kept = draft.checks.filter((c) => !(c.kind === 'notGreater' && c.part === part.code));
  const added: CrossCheck[] = part.partOf === undefined ? [] : [{ kind: 'notGreater', part: part.code, whole: part.partOf }];
  return { ...draft, indicators, checks: [...kept, ...added] };
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

/** A unit edited in place keeps its row and, under a new code, its hand-typed shares. */
function putUnit(draft: CampaignDraft, unit: Unit, replacing: string | undefined): CampaignDraft {
  const index = replacing === undefined ? -1 : draft.units.findIndex((u) => u.code === replacing);
  if (index < 0) return { ...draft, units: [...draft.units, unit] };
  const units = draft.units.map((u, i) => (i === index ? unit : u));
  const renamed = (target: TargetDraft): TargetDraft => {
    if (target.allocation.method !== 'manual' || replacing === undefined || replacing === unit.code) return target;
    const { [replacing]: share, ...rest } = target.allocation.values;
    return { ...target, allocation: { method: 'manual', values: share === undefined ? rest : { ...rest, [unit.code]: share } } };
  };
  return { ...draft, units, targets: draft.targets.map(renamed) };
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
