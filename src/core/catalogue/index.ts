import { CrossCheck, Indicator } from '../schema/indicator';
import type { IndicatorInput } from '../schema/indicator';
import { ASSESSMENT_CHECKS, ASSESSMENT_INDICATORS } from './assessment';
import { ORGANISATION_CHECKS, ORGANISATION_INDICATORS } from './organisation';
import { PROPAGANDA_CHECKS, PROPAGANDA_INDICATORS } from './propaganda';
import { SITUATION_CHECKS, SITUATION_INDICATORS } from './situation';
import { WELFARE_CHECKS, WELFARE_INDICATORS } from './welfare';

export { RATING_DONE, RATING_EXCELLENT, RATING_FAILED, RATING_GOOD } from './organisation';

const INPUTS: readonly IndicatorInput[] = [
  ...PROPAGANDA_INDICATORS,
  ...WELFARE_INDICATORS,
  ...ORGANISATION_INDICATORS,
  ...SITUATION_INDICATORS,
  ...ASSESSMENT_INDICATORS,
];

/**
 * The standard indicators drawn from the plans, section by section, each "trong đó" row right
 * after its total. Entries are frozen: a campaign gets its own copies through `pickIndicators`.
 */
export const CATALOGUE: readonly Indicator[] = INPUTS.map((input) => deepFreeze(Indicator.parse(input)));

const BY_CODE: ReadonlyMap<string, Indicator> = new Map(CATALOGUE.map((indicator) => [indicator.code, indicator]));

/** Every "trong đó" row may not exceed its total; the rule is derived so it cannot be forgotten. */
const PART_CHECKS: readonly CrossCheck[] = CATALOGUE.flatMap((indicator): CrossCheck[] =>
  indicator.partOf === undefined ? [] : [{ kind: 'notGreater', part: indicator.code, whole: indicator.partOf }],
);

/** The rules between catalogue indicators that hold in every campaign. */
export const CATALOGUE_CHECKS: readonly CrossCheck[] = [
  ...PART_CHECKS,
  ...PROPAGANDA_CHECKS,
  ...WELFARE_CHECKS,
  ...ORGANISATION_CHECKS,
  ...SITUATION_CHECKS,
  ...ASSESSMENT_CHECKS,
].map((check) => deepFreeze(CrossCheck.parse(check)));

export function findIndicator(code: string): Indicator | undefined {
  return BY_CODE.get(code);
}

/**
 * Copies of the named catalogue indicators, in catalogue order so that each "trong đó" row stays
 * under its total. Meant for presets written by programmers: an unknown code throws.
 */
export function pickIndicators(codes: readonly string[]): Indicator[] {
  const unknown = codes.filter((code) => !BY_CODE.has(code));
  if (unknown.length > 0) throw new Error(`Unknown catalogue indicator code(s): ${unknown.join(', ')}`);
  const wanted = new Set(codes);
  return CATALOGUE.filter((indicator) => wanted.has(indicator.code)).map((indicator) => Indicator.parse(indicator));
}

/** The catalogue checks that apply to a selection: those whose indicators are all in it. */
export function checksFor(indicators: readonly Pick<Indicator, 'code'>[]): CrossCheck[] {
  const present = new Set(indicators.map((indicator) => indicator.code));
  return CATALOGUE_CHECKS.filter((check) => checkCodes(check).every((code) => present.has(code))).map((check) => ({ ...check }));
}

export function checkCodes(check: CrossCheck): [string, string] {
  return check.kind === 'notGreater' ? [check.part, check.whole] : [check.when, check.then];
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
