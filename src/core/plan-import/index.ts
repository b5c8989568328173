/** Plan text → campaign draft → campaign. Pure: no I/O, no clock. */
export { importPlan, partialText } from './import-plan';
export { draftToCampaign, campaignId, ALWAYS_ASKED, MAX_DAILY_ROUNDS } from './to-campaign';
export type { DraftToCampaignOptions, DraftToCampaignResult } from './to-campaign';
export { describeDraft } from './describe';
export { SUPPLIED_FIELDS, draftFieldOf, isDateField, readSuppliedDate, supplyDraft, suppliedFieldLabel, wantedFields } from './supply';
export type { Override, PlanSupplement, SuppliedField, WantedField } from './supply';
export type { DraftLine, DraftReport } from './describe';
export { shortQuote } from './text';
export { TARGET_RULES, SUGGESTION_RULES } from './targets';
export { DRAFT_FIELDS } from './types';
export type {
  Contradiction,
  DateRange,
  Deadline,
  DeadlineScope,
  DraftField,
  FieldStatus,
  Finding,
  FindingNote,
  PartialDate,
  PlanDraft,
  PlanRound,
  PlanTarget,
  Reporting,
  Signer,
  Sourced,
} from './types';
