import { z } from 'zod';
import { IndicatorCode, IsoDate, Slug, UnitCode } from './common';

export const AnswerValue = z.union([z.number(), z.boolean(), z.string()]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** One unit's answers for one reporting round, as read from one file. */
export const Return = z.object({
  campaignId: Slug,
  unitCode: UnitCode,
  round: z.string(),
  reporter: z.string().default(''),
  phone: z.string().default(''),
  reportDate: IsoDate.optional(),
  values: z.record(IndicatorCode, AnswerValue.nullable()),
  /** Rates given by a lower level's report as summed parts, by rate indicator code. */
  parts: z.record(IndicatorCode, z.object({ numerator: z.number(), denominator: z.number() })).default({}),
  /** Where each value was read, so an issue can name its cell. */
  cells: z.record(IndicatorCode, z.string()).default({}),
  file: z.string().default(''),
  sheet: z.string().default(''),
  templateVersion: z.number().int().optional(),
});
export type Return = z.infer<typeof Return>;
