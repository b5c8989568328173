import { z } from 'zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as the plans give it, stored as ISO `YYYY-MM-DD`. */
export const IsoDate = z
  .string()
  .regex(ISO_DATE, { message: 'schema.isoDate' })
  .refine((s) => !ISO_DATE.test(s) || isRealDate(s), { message: 'schema.realDate' });

/** A time of day where a plan gives one ("trước 10h"), `HH:MM`. */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'schema.timeOfDay' });

export const IndicatorCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,15}$/, { message: 'schema.indicatorCode' });
export const UnitCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,19}$/, { message: 'schema.unitCode' });
export const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'schema.slug' });
export const NonEmptyText = z.string().trim().min(1);

export const Period = z.object({ start: IsoDate, end: IsoDate }).refine((p) => p.start <= p.end, {
  message: 'schema.periodOrder',
  path: ['end'],
});

/** Text in both languages the product speaks; Vietnamese first. */
export const Label = z.object({ vi: NonEmptyText, en: NonEmptyText });

export type IsoDate = z.infer<typeof IsoDate>;
export type Period = z.infer<typeof Period>;
export type Label = z.infer<typeof Label>;

/** The ISO date `days` after (or before, when negative) an ISO date, in calendar days. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A well-formed date that exists in the calendar. */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && isRealDate(text);
}

export function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
