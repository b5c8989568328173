import { z } from 'zod';
import { IndicatorCode, IsoDate, NonEmptyText, Period, Slug, TimeOfDay, UnitCode, isIsoDate } from './common';
import { CrossCheck, Indicator, rateTermIndicators } from './indicator';
import { Unit } from './unit';

/** The campaign file formats this version reads; anything else is refused, never guessed. */
export const SUPPORTED_SCHEMA_VERSIONS = [1] as const;
export const CURRENT_SCHEMA_VERSION = 1;

export const ReportingRound = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, { message: 'schema.roundId' }),
  label: NonEmptyText,
  period: Period,
  deadline: IsoDate,
  deadlineTime: TimeOfDay.optional(),
});
export type ReportingRound = z.infer<typeof ReportingRound>;

export const Allocation = z.discriminatedUnion('method', [
  /** The target is for the district total only. */
  z.object({ method: z.literal('none') }),
  /** Typed per unit by the district staff. */
  z.object({ method: z.literal('manual'), values: z.record(UnitCode, z.number().min(0)) }),
  /** Shared in proportion to a size figure, rounded so the parts add up to the whole. */
  z.object({ method: z.literal('proportional'), basis: z.enum(['members', 'workforce']) }),
]);
export type Allocation = z.infer<typeof Allocation>;

export const Target = z.object({
  indicator: IndicatorCode,
  /** A count, an amount, or a percentage for rate indicators. */
  value: z.number().min(0),
  direction: z.enum(['atLeast', 'atMost']).default('atLeast'),
  allocation: Allocation.default({ method: 'none' }),
  /**
   * Who reaches the target: the units, through the sum of their answers, or the district itself
   * ("Ban Thường vụ trao 01 nhà"), whose own result is never compared with the units' sum.
   * Absent means the units.
   */
  scope: z.enum(['units', 'district']).optional(),
  /** A district target's result, as the district enters it. */
  result: z.number().min(0).optional(),
  /** The plan's own words, to show where the figure came from. */
  source: z.string().optional(),
});
export type Target = z.infer<typeof Target>;

export const CampaignKind = z.enum(['round', 'annual', 'emulation']);

export const CampaignShape = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: Slug,
  kind: CampaignKind.default('round'),
  title: NonEmptyText,
  organization: z.object({ name: NonEmptyText, parent: z.string().trim().default('') }),
  plan: z.object({ number: z.string().trim().default(''), date: IsoDate.optional() }).default({ number: '' }),
  /** Place in the date line of documents: "Phong Thổ, ngày …". */
  place: z.string().trim().default(''),
  basis: z.array(NonEmptyText).default([]),
  round: z.object({ label: NonEmptyText, year: z.number().int().min(1945).max(2200) }),
  period: Period,
  deadline: IsoDate,
  deadlineTime: TimeOfDay.optional(),
  reportingRounds: z.array(ReportingRound).min(1),
  units: z.array(Unit).default([]),
  indicators: z.array(Indicator).min(1),
  targets: z.array(Target).default([]),
  checks: z.array(CrossCheck).default([]),
  recipients: z.array(NonEmptyText).default([]),
  /** Where this campaign's report goes as a return: the higher campaign and this body's code in it. */
  parent: z
    .object({
      campaignId: Slug,
      unitCode: UnitCode,
      /** The higher campaign's title as its form gave it: only to name it on screen. */
      title: z.string().trim().optional(),
    })
    .optional(),
  signer: z
    .object({ onBehalf: z.string().trim().default(''), title: NonEmptyText, name: z.string().trim().default('') })
    .optional(),
});

type Shape = z.infer<typeof CampaignShape>;

/**
 * A drop-down list is written into both workbooks as one comma-separated source ("Có,Không"):
 * Excel splits it on commas (a choice "Có, một phần" would become two), and refuses a source
 * longer than 255 characters (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation,
 * "List validation rule type"; the 255 limit as exceljs/exceljs#2256 met it). A double quote
 * would end the file's quoted list.
 */
export const LIST_SOURCE_MAX = 255;

/** Whether items can be one drop-down list's source (reporting rounds that cannot are typed instead). */
export function fitsDropDownList(items: readonly string[]): boolean {
  return items.every((item) => !LIST_SEPARATORS.test(item)) && items.join(',').length <= LIST_SOURCE_MAX;
}

const LIST_SEPARATORS = /[,"]/;

function checkListItems(items: readonly string[], path: (string | number)[], itemPath: (i: number) => (string | number)[], report: (path: (string | number)[], key: string, extra?: Record<string, string | number>) => void): void {
  items.forEach((value, i) => {
    if (LIST_SEPARATORS.test(value)) report(itemPath(i), 'schema.listItemSeparator', { value });
  });
  const length = items.join(',').length;
  if (length > LIST_SOURCE_MAX) report(path, 'schema.listTooLong', { length, max: LIST_SOURCE_MAX });
}

/** References between parts of a campaign must point at something that exists. */
function checkReferences(c: Shape, ctx: z.RefinementCtx): void {
  const report = (path: (string | number)[], key: string, extra: Record<string, string | number> = {}) =>
    ctx.addIssue({ code: 'custom', path, message: key, params: extra });

  const indicatorCodes = new Set<string>();
  c.indicators.forEach((ind, i) => {
    if (indicatorCodes.has(ind.code)) report(['indicators', i, 'code'], 'schema.duplicateIndicator', { code: ind.code });
    indicatorCodes.add(ind.code);
  });
  const unitCodes = new Set<string>();
  c.units.forEach((u, i) => {
    if (unitCodes.has(u.code)) report(['units', i, 'code'], 'schema.duplicateUnit', { code: u.code });
    unitCodes.add(u.code);
  });
  const roundIds = new Set<string>();
  c.reportingRounds.forEach((r, i) => {
    if (roundIds.has(r.id)) report(['reportingRounds', i, 'id'], 'schema.duplicateRound', { code: r.id });
    roundIds.add(r.id);
  });
  const known = (code: string) => indicatorCodes.has(code);

  c.indicators.forEach((ind, i) => {
    if (ind.partOf !== undefined && !known(ind.partOf)) report(['indicators', i, 'partOf'], 'schema.unknownIndicator', { code: ind.partOf });
    if (ind.type === 'choice') {
      checkListItems(
        ind.choices.map((ch) => ch.value),
        ['indicators', i, 'choices'],
        (j) => ['indicators', i, 'choices', j, 'value'],
        report,
      );
    }
    if (ind.type === 'rate') {
      for (const side of ['numerator', 'denominator'] as const) {
        for (const code of rateTermIndicators(ind[side])) {
          if (!known(code)) report(['indicators', i, side, 'indicator'], 'schema.unknownIndicator', { code });
        }
      }
    }
  });
  const targeted = new Set<string>();
  c.targets.forEach((t, i) => {
    if (!known(t.indicator)) report(['targets', i, 'indicator'], 'schema.unknownIndicator', { code: t.indicator });
    if (targeted.has(t.indicator)) report(['targets', i, 'indicator'], 'schema.duplicateTarget', { code: t.indicator });
    targeted.add(t.indicator);
    if (t.scope === 'district' && t.allocation.method !== 'none') report(['targets', i, 'allocation'], 'schema.districtTargetShared', { code: t.indicator });
    if (t.scope !== 'district' && t.result !== undefined) report(['targets', i, 'result'], 'schema.unitsTargetResult', { code: t.indicator });
    if (t.allocation.method === 'manual') {
      for (const code of Object.keys(t.allocation.values)) {
        if (!unitCodes.has(code)) report(['targets', i, 'allocation', 'values', code], 'schema.unknownUnit', { code });
      }
    }
  });
  c.checks.forEach((check, i) => {
    const codes = check.kind === 'notGreater' ? [check.part, check.whole] : [check.when, check.then];
    for (const code of codes) if (!known(code)) report(['checks', i], 'schema.unknownIndicator', { code });
  });
  if (isIsoDate(c.deadline) && isIsoDate(c.period.start) && c.deadline < c.period.start) report(['deadline'], 'schema.deadlineBeforePeriod');
}

export const Campaign = CampaignShape.superRefine(checkReferences);
export type Campaign = z.infer<typeof Campaign>;
export type CampaignInput = z.input<typeof Campaign>;
