import { ratio, termValue } from './rates';
import type { Campaign, Target } from './schema/campaign';
import type { Indicator } from './schema/indicator';
import type { Issue } from './schema/issue';
import type { AnswerValue } from './schema/return';
import type { Unit } from './schema/unit';
import type { UnitStatus, ValidatedReturn, ValidationResult } from './validate-returns';

/** Đạt / Chưa đạt / Vượt against the target; null where there is no target. */
export type Assessment = 'achieved' | 'notAchieved' | 'exceeded' | 'review';

/** A result this far above its target is more often a typing slip or a wrong target than a feat: it is checked, not praised. */
export const REVIEW_ABOVE_PERCENT = 300;

export type ChoiceCount = { readonly choice: string; readonly count: number; readonly share: number | null };
export type TextAnswer = { readonly unit: string; readonly name: string; readonly text: string };

export type IndicatorResult = {
  readonly code: string;
  readonly indicator: Indicator;
  /** The consolidated figure: a sum, a count of "Có", a rate in percent, a count of answers. */
  readonly value: number | null;
  readonly target: number | null;
  /** Share of the target reached, in percent. */
  readonly percent: number | null;
  readonly assessment: Assessment | null;
  /** Whose result `value` is: the units' (their sum) or the district's own, as entered. */
  readonly scope: 'units' | 'district';
  /** How many counted units gave a value. */
  readonly reported: number;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly distribution?: readonly ChoiceCount[];
  readonly texts?: readonly TextAnswer[];
  readonly dateRange?: { readonly from: string; readonly to: string };
};

export type GroupResult = { readonly group: string; readonly units: number; readonly reported: number; readonly values: Readonly<Record<string, number | null>> };

export type UnitFigures = UnitStatus & {
  readonly values: Readonly<Record<string, AnswerValue | null>>;
  /** Counted with an error because the caller asked for it. */
  readonly flagged: boolean;
};

export type SourceTrace = { readonly unit: string; readonly file: string; readonly sha256: string; readonly round: string; readonly use: string };

export type Consolidation = {
  readonly campaignId: string;
  readonly round: ValidationResult['round'];
  readonly indicators: readonly IndicatorResult[];
  readonly groups: readonly GroupResult[];
  readonly units: readonly UnitFigures[];
  readonly issues: readonly Issue[];
  readonly sources: readonly SourceTrace[];
};

export type ConsolidationOptions = {
  /** Count returns that have errors instead of leaving them out (they stay flagged). */
  readonly includeErrors?: boolean;
};

type Counted = {
  readonly unit: Unit;
  readonly values: Readonly<Record<string, AnswerValue | null>>;
  readonly parts: Readonly<Record<string, { numerator: number; denominator: number }>>;
};

/**
 * The district's figures from the returns that count: each indicator aggregated the way it says,
 * rates recomputed from summed numerators and denominators, never averaged.
 */
export function consolidate(campaign: Campaign, validation: ValidationResult, options: ConsolidationOptions = {}): Consolidation {
  const counts = (r: ValidatedReturn) => r.use === 'counted' || (options.includeErrors === true && r.use === 'rejected');
  const counted: Counted[] = validation.returns.filter(counts).flatMap((r) => (r.unit && r.ret ? [{ unit: r.unit, values: r.ret.values, parts: r.ret.parts }] : []));
  const byUnit = new Map(counted.map((c) => [c.unit.code, c]));

  const indicators = campaign.indicators.map((ind) => aggregate(ind, counted, campaign.targets.find((t) => t.indicator === ind.code)));
  const groups = [...new Set(campaign.units.map((u) => u.group))].map((group): GroupResult => {
    const inGroup = counted.filter((c) => c.unit.group === group);
    const values = Object.fromEntries(campaign.indicators.map((ind) => [ind.code, aggregate(ind, inGroup, undefined).value]));
    return { group, units: campaign.units.filter((u) => u.group === group).length, reported: inGroup.length, values };
  });
  const rejectedFlagged = new Set(options.includeErrors ? validation.returns.filter((r) => r.use === 'rejected' && r.unit).map((r) => r.unit?.code ?? '') : []);
  const units = validation.units.map((status): UnitFigures => ({ ...status, values: byUnit.get(status.code)?.values ?? {}, flagged: rejectedFlagged.has(status.code) }));
  const sources = validation.returns.map((r): SourceTrace => ({ unit: r.unit?.code ?? '', file: r.raw.file, sha256: r.raw.sha256, round: r.roundId ?? '', use: r.use }));
  return { campaignId: campaign.id, round: validation.round, indicators, groups, units, issues: validation.issues, sources };
}

function numeric(value: AnswerValue | null | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function aggregate(ind: Indicator, counted: readonly Counted[], target: Target | undefined): IndicatorResult {
  const answers = counted.map((c) => c.values[ind.code]).filter((v): v is AnswerValue => v !== null && v !== undefined);
  const base = { code: ind.code, indicator: ind, reported: answers.length, scope: target?.scope ?? 'units' };
  switch (ind.type) {
    case 'integer':
    case 'decimal':
    case 'money': {
      const nums = answers.map(numeric).filter((n): n is number => n !== undefined);
      const value = nums.length ? round(nums.reduce((a, b) => a + b, 0)) : null;
      return { ...base, ...againstTarget(value, target) };
    }
    case 'yesno': {
      // A lower level's report gives its count of "Có" as a number.
      const value = answers.length ? answers.reduce<number>((n, a) => n + (a === true ? 1 : typeof a === 'number' ? a : 0), 0) : null;
      return { ...base, ...againstTarget(value, target) };
    }
    case 'choice': {
      const distribution = ind.choices.map((c): ChoiceCount => {
        const count = answers.filter((a) => a === c.value).length;
        return { choice: c.value, count, share: answers.length ? round((count / answers.length) * 100) : null };
      });
      return { ...base, value: answers.length || null, target: null, percent: null, assessment: null, distribution };
    }
    case 'text': {
      const texts = counted.flatMap((c) => {
        const text = c.values[ind.code];
        return typeof text === 'string' && text.trim() ? [{ unit: c.unit.code, name: c.unit.name, text: text.trim() }] : [];
      });
      return { ...base, value: texts.length || null, target: null, percent: null, assessment: null, texts };
    }
    case 'date': {
      const dates = answers.filter((a): a is string => typeof a === 'string').sort();
      const range = dates.length ? { dateRange: { from: dates[0] as string, to: dates[dates.length - 1] as string } } : {};
      return { ...base, value: dates.length || null, target: null, percent: null, assessment: null, ...range };
    }
    case 'rate': {
      let numerator = 0;
      let denominator = 0;
      let reported = 0;
      for (const c of counted) {
        const given = c.parts[ind.code];
        const num = given ? given.numerator : termValue(ind.numerator, c.values, c.unit);
        const den = given ? given.denominator : termValue(ind.denominator, c.values, c.unit);
        if (num === undefined || den === undefined) continue;
        numerator += num;
        denominator += den;
        reported += 1;
      }
      const value = reported ? nullable(ratio(numerator, denominator)) : null;
      return { ...base, reported, numerator: round(numerator), denominator: round(denominator), ...againstTarget(value === null ? null : round(value), target) };
    }
  }
}

function nullable(n: number | undefined): number | null {
  return n === undefined ? null : n;
}

/** Figures are rounded to 4 decimals so that sums of decimals compare and print stably. */
function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}

function againstTarget(unitsValue: number | null, target: Target | undefined) {
  if (!target) return { value: unitsValue, target: null, percent: null, assessment: null };
  // A district's own target is reported as the district entered it, never as the units' sum.
  const value = target.scope === 'district' ? (target.result ?? null) : unitsValue;
  const percent = value === null ? null : target.value > 0 ? round((value / target.value) * 100) : null;
  return { value, target: target.value, percent, assessment: assess(value, target) };
}

export function assess(value: number | null, target: Target): Assessment {
  if (value === null) return 'notAchieved';
  if (target.direction === 'atMost') return value <= target.value ? 'achieved' : 'notAchieved';
  if (value > target.value) return target.value > 0 && (value / target.value) * 100 > REVIEW_ABOVE_PERCENT ? 'review' : 'exceeded';
  return value === target.value ? 'achieved' : 'notAchieved';
}
