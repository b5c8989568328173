/**
 * A value read from the plan, with the sentence (or header line) it was read from. A value the
 * user typed because the text lacks it is `byHand`, with no sentence: it is never shown as read.
 */
export type Sourced<T> = { readonly value: T; readonly source: string; readonly byHand?: true };

/** A date as far as the plan gives it: "ngày tháng 11 năm 2024" leaves the day blank. */
export type PartialDate = { readonly year: number; readonly month?: number; readonly day?: number };

export type DateRange = { readonly start: string; readonly end: string };

export type PlanRound = {
  /** "Đợt II/2024", "Đợt 2 năm 2022", "Năm 2024". */
  readonly label: string;
  readonly year: number;
  /** A numbered round of a year, or a plan for the whole year. */
  readonly kind: 'round' | 'year';
};

/** What a deadline is for: the end of the campaign, the six-month report or the year report. */
export type DeadlineScope = 'final' | 'sixMonths' | 'year';

export type Deadline = { readonly date: string; readonly time?: string; readonly scope: DeadlineScope };

export type Reporting =
  /** "Định kỳ 6 tháng, một năm": a six-month and a year report. */
  | { readonly kind: 'periodic'; readonly rounds: readonly ('sixMonths' | 'year')[] }
  /** "báo cáo … trước 10h hàng ngày từ 16-30/12/2022": one report a day. */
  | { readonly kind: 'daily'; readonly window?: DateRange; readonly time?: string };

export type Signer = { readonly onBehalf: string; readonly title: string; readonly name: string };

export type PlanTarget = {
  /** A catalogue indicator code. */
  readonly indicator: string;
  readonly value: number;
  readonly direction: 'atLeast' | 'atMost';
};

export const DRAFT_FIELDS = [
  'organization',
  'parent',
  'planNumber',
  'planDate',
  'place',
  'title',
  'round',
  'period',
  'deadline',
  'reporting',
  'basis',
  'recipients',
  'signer',
  'targets',
  'suggestions',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

/**
 * How a field was obtained. `derived`: worked out from what the text says (a year plan's period);
 * `partial`: part of it is missing in the text (a blank day, an organisation without its district);
 * `supplied`: typed by the user (a flag, a prompt, an input in the pane), not read.
 */
export type FieldStatus = 'found' | 'derived' | 'partial' | 'supplied' | 'missing';

export type FindingNote =
  | 'dayBlank'
  | 'nameFromPlace'
  | 'nameMissing'
  | 'yearPlanPeriod';

export type Finding = {
  readonly field: DraftField;
  readonly status: FieldStatus;
  /** The campaign cannot be made without it. */
  readonly required: boolean;
  readonly note?: FindingNote;
};

/** Things in the plan that cannot all be true; each quotes the sentences involved. */
export type Contradiction =
  | { readonly code: 'periodOrder'; readonly start: string; readonly end: string; readonly sources: readonly string[] }
  | { readonly code: 'deadlineBeforePeriod'; readonly deadline: string; readonly start: string; readonly sources: readonly string[] }
  | { readonly code: 'deadlineBeforePlanDate'; readonly deadline: string; readonly planDate: string; readonly sources: readonly string[] }
  | { readonly code: 'planDateBeforeBasis'; readonly planDate: string; readonly basisDate: string; readonly sources: readonly string[] }
  | { readonly code: 'planDateAfterPeriod'; readonly planDate: string; readonly end: string; readonly sources: readonly string[] }
  | { readonly code: 'durationMismatch'; readonly days: number; readonly counted: number; readonly sources: readonly string[] }
  | { readonly code: 'roundYear'; readonly year: number; readonly start: string; readonly end: string; readonly sources: readonly string[] }
  | { readonly code: 'dailyOutsidePeriod'; readonly start: string; readonly end: string; readonly sources: readonly string[] }
  | { readonly code: 'invalidDate'; readonly text: string; readonly sources: readonly string[] };

export type PlanDraft = {
  readonly organization: Sourced<string> | undefined;
  readonly parent: Sourced<string> | undefined;
  /** "73/KH-LĐLĐ". */
  readonly planNumber: Sourced<string> | undefined;
  readonly planDate: Sourced<PartialDate> | undefined;
  /** The place in the date line: "Phong Thổ". */
  readonly place: Sourced<string> | undefined;
  readonly title: Sourced<string> | undefined;
  readonly round: Sourced<PlanRound> | undefined;
  /** Set when the title names an emulation drive ("thi đua", "Dân vận khéo"). */
  readonly emulation: boolean;
  readonly period: Sourced<DateRange> | undefined;
  /** The deadline of the campaign's final report. */
  readonly deadline: Sourced<Deadline> | undefined;
  /** Every reporting deadline the text names, the final one included. */
  readonly deadlines: readonly Sourced<Deadline>[];
  readonly reporting: Sourced<Reporting> | undefined;
  /** One entry per document the plan is based on. */
  readonly basis: readonly Sourced<string>[];
  readonly recipients: readonly Sourced<string>[];
  readonly signer: Sourced<Signer> | undefined;
  readonly targets: readonly Sourced<PlanTarget>[];
  /** Catalogue indicators for the activities the plan names; value is the indicator code. */
  readonly suggestions: readonly Sourced<string>[];
  /** Figures in the plan that no catalogue indicator takes ("100% cán bộ Công đoàn chuyên trách"). */
  readonly unmapped: readonly Sourced<string>[];
  readonly findings: readonly Finding[];
  readonly contradictions: readonly Contradiction[];
};
