import { z } from 'zod';
import { IndicatorCode, Label, NonEmptyText } from './common';

export const SECTION_IDS = ['propaganda', 'welfare', 'organisation', 'situation', 'assessment'] as const;
export const Section = z.enum(SECTION_IDS);
export type Section = z.infer<typeof Section>;

const base = {
  code: IndicatorCode,
  label: Label,
  section: Section,
  /** Đơn vị tính: buổi, lượt người, căn, suất, triệu đồng, % … (empty for yes/no and text). */
  measure: z.string().default(''),
  help: Label.optional(),
  required: z.boolean().default(false),
  /** The total this indicator is a part of ("trong đó"). */
  partOf: IndicatorCode.optional(),
};

const numeric = {
  min: z.number().default(0),
  max: z.number().optional(),
  aggregation: z.literal('sum').default('sum'),
};

export const IntegerIndicator = z.object({ ...base, type: z.literal('integer'), ...numeric });
export const DecimalIndicator = z.object({ ...base, type: z.literal('decimal'), ...numeric });
/** Money is entered in the indicator's measure (usually triệu đồng) and summed. */
export const MoneyIndicator = z.object({ ...base, type: z.literal('money'), ...numeric });
export const YesNoIndicator = z.object({ ...base, type: z.literal('yesno'), aggregation: z.literal('countYes').default('countYes') });
export const Choice = z.object({ value: NonEmptyText, en: NonEmptyText });
export const ChoiceIndicator = z.object({
  ...base,
  type: z.literal('choice'),
  choices: z.array(Choice).min(2),
  aggregation: z.literal('distribution').default('distribution'),
});
export const TextIndicator = z.object({
  ...base,
  type: z.literal('text'),
  maxLength: z.number().int().positive().max(32000).default(2000),
  aggregation: z.literal('textList').default('textList'),
});
export const DateIndicator = z.object({ ...base, type: z.literal('date'), aggregation: z.literal('dateRange').default('dateRange') });

/**
 * One side of a rate. Rates are never typed by units: they are recomputed at every level from
 * summed counts, counted choices or the units' size figures.
 */
export const RateTerm = z.union([
  z.object({ indicator: IndicatorCode, choices: z.array(NonEmptyText).min(1) }).strict(),
  z.object({ indicator: IndicatorCode }).strict(),
  z.object({ unitSize: z.enum(['members', 'workforce']) }).strict(),
  z.object({ unitCount: z.literal('reporting') }).strict(),
]);
export type RateTerm = z.infer<typeof RateTerm>;

export const RateIndicator = z.object({
  ...base,
  type: z.literal('rate'),
  numerator: RateTerm,
  denominator: RateTerm,
  aggregation: z.literal('ratio').default('ratio'),
});

export const Indicator = z.discriminatedUnion('type', [
  IntegerIndicator,
  DecimalIndicator,
  MoneyIndicator,
  YesNoIndicator,
  ChoiceIndicator,
  TextIndicator,
  DateIndicator,
  RateIndicator,
]);

export type Indicator = z.infer<typeof Indicator>;
export type IndicatorInput = z.input<typeof Indicator>;
export type ValueType = Indicator['type'];
export type Aggregation = Indicator['aggregation'];
export type RateIndicator = z.infer<typeof RateIndicator>;
export type NumericIndicator = Extract<Indicator, { type: 'integer' | 'decimal' | 'money' }>;

/** A rule between two indicators that the catalogue knows to hold. */
export const CrossCheck = z.discriminatedUnion('kind', [
  /** part ≤ whole: "trong đó" ≤ its total; grievances resolved ≤ received. */
  z.object({ kind: z.literal('notGreater'), part: IndicatorCode, whole: IndicatorCode }),
  /** when `when` is given (> 0 or Có), `then` must be given too: a value of gifts needs a number of gifts. */
  z.object({ kind: z.literal('requires'), when: IndicatorCode, then: IndicatorCode }),
]);
export type CrossCheck = z.infer<typeof CrossCheck>;

/** Indicators whose value a unit types in; rates are computed. */
export function isAnswered(indicator: Indicator): boolean {
  return indicator.type !== 'rate';
}

export function rateTermIndicators(term: RateTerm): string[] {
  return 'indicator' in term ? [term.indicator] : [];
}
