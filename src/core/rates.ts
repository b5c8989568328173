import type { RateIndicator, RateTerm } from './schema/indicator';
import type { AnswerValue } from './schema/return';
import type { Unit } from './schema/unit';

export type Answers = Readonly<Record<string, AnswerValue | null | undefined>>;

/**
 * One unit's contribution to a side of a rate: a count, a 1/0 for "this unit chose one of these",
 * a size figure, or 1 for the unit itself. `undefined` when the unit did not give what is needed.
 */
export function termValue(term: RateTerm, answers: Answers, unit: Unit): number | undefined {
  if ('unitSize' in term) return unit[term.unitSize];
  if ('unitCount' in term) return 1;
  const answer = answers[term.indicator];
  if (answer === null || answer === undefined) return undefined;
  if ('choices' in term) return typeof answer === 'string' && term.choices.includes(answer) ? 1 : 0;
  if (typeof answer === 'number') return answer;
  if (typeof answer === 'boolean') return answer ? 1 : 0;
  return undefined;
}

/** A rate in percent from summed numerator and denominator; undefined when there is nothing to divide by. */
export function ratio(numerator: number, denominator: number): number | undefined {
  return denominator > 0 ? (numerator / denominator) * 100 : undefined;
}

/** A single unit's own rate, where its return holds both sides. */
export function unitRate(indicator: RateIndicator, answers: Answers, unit: Unit): number | undefined {
  const num = termValue(indicator.numerator, answers, unit);
  const den = termValue(indicator.denominator, answers, unit);
  return num === undefined || den === undefined ? undefined : ratio(num, den);
}
