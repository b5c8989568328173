/** A draft in words, for the CLI's report and the pane's table: the same lines for both. */
import { findIndicator } from '../catalogue';
import { formatDate, formatNumber, formatPercent } from '../format';
import { t } from '../messages';
import type { Lang, MessageKey } from '../messages';
import { partialText } from './import-plan';
import { contradictionParams } from './to-campaign';
import type { Contradiction, Deadline, DraftField, FieldStatus, PlanDraft, PlanTarget, Reporting, Sourced } from './types';

export type DraftLine = {
  readonly field: DraftField;
  readonly label: string;
  readonly value: string;
  /** The sentence it was read from, or the words "nhập tay" for a value the user typed. */
  readonly source: string;
  readonly status: Exclude<FieldStatus, 'missing'>;
  /** Why the value is derived or partial, in words. */
  readonly note?: string;
};

export type DraftReport = {
  readonly lines: readonly DraftLine[];
  /** Labels of the fields the text does not give; required ones say so. */
  readonly missing: readonly string[];
  /** Contradictions, each a sentence with the quotes it rests on. */
  readonly contradictions: readonly { readonly code: Contradiction['code']; readonly text: string; readonly sources: readonly string[] }[];
  readonly unmapped: readonly { readonly text: string; readonly source: string }[];
};

export function describeDraft(draft: PlanDraft, lang: Lang = 'vi'): DraftReport {
  const label = (field: DraftField) => t(`plan.field.${field}`, {}, lang);
  const status = new Map(draft.findings.map((f) => [f.field, f]));
  const lines: DraftLine[] = [];
  const add = (field: DraftField, sourced: Sourced<unknown> | undefined, value: string) => {
    if (sourced === undefined) return;
    if (sourced.byHand === true) {
      lines.push({ field, label: label(field), value, source: t('plan.source.byHand', {}, lang), status: 'supplied' });
      return;
    }
    const finding = status.get(field);
    const note = finding?.note === undefined ? undefined : t(`plan.note.${finding.note}`, {}, lang);
    // A field partly typed (a six-month deadline typed, the year one read) keeps "found" on the read lines.
    const lineStatus = finding === undefined || finding.status === 'missing' || finding.status === 'supplied' ? 'found' : finding.status;
    lines.push({ field, label: label(field), value, source: sourced.source, status: lineStatus, ...(note === undefined ? {} : { note }) });
  };

  add('organization', draft.organization, draft.organization?.value ?? '');
  add('parent', draft.parent, draft.parent?.value ?? '');
  add('planNumber', draft.planNumber, draft.planNumber?.value ?? '');
  if (draft.planDate !== undefined) {
    const { year, month, day } = draft.planDate.value;
    const value = day === undefined && month !== undefined ? t('plan.value.planDateNoDay', { month: String(month).padStart(2, '0'), year }, lang) : partialText(draft.planDate.value);
    add('planDate', draft.planDate, value);
  }
  add('place', draft.place, draft.place?.value ?? '');
  add('title', draft.title, draft.title?.value ?? '');
  if (draft.round !== undefined) {
    const { label: roundLabel, kind } = draft.round.value;
    add('round', draft.round, kind === 'year' ? t('plan.value.roundYear', { label: roundLabel }, lang) : roundLabel);
  }
  if (draft.period !== undefined) {
    add('period', draft.period, t('plan.value.period', { start: formatDate(draft.period.value.start), end: formatDate(draft.period.value.end) }, lang));
  }
  const deadlines = draft.deadlines.length > 0 ? draft.deadlines : draft.deadline === undefined ? [] : [draft.deadline];
  for (const deadline of deadlines) add('deadline', deadline, deadlineText(deadline.value, lang));
  if (draft.reporting !== undefined) add('reporting', draft.reporting, reportingText(draft.reporting.value, lang));
  for (const basis of draft.basis) add('basis', basis, basis.value);
  for (const recipient of draft.recipients) add('recipients', recipient, recipient.value);
  if (draft.signer !== undefined) {
    const { onBehalf, title, name } = draft.signer.value;
    add('signer', draft.signer, [onBehalf, title, name].filter((p) => p !== '').join(' – '));
  }
  for (const target of draft.targets) add('targets', target, targetText(target.value, lang));
  for (const suggestion of draft.suggestions) {
    const indicator = findIndicator(suggestion.value);
    add('suggestions', suggestion, t('plan.value.suggestion', { code: suggestion.value, label: indicator?.label[lang] ?? suggestion.value }, lang));
  }

  const missing = draft.findings
    .filter((f) => f.status === 'missing')
    .map((f) => (f.required ? t('plan.report.missingRequired', { label: label(f.field) }, lang) : label(f.field)));
  const contradictions = draft.contradictions.map((c) => ({ code: c.code, text: t(`plan.contradiction.${c.code}`, contradictionParams(c), lang), sources: c.sources }));
  const unmapped = draft.unmapped.map((u) => ({ text: t('plan.value.unmapped', { figures: u.value }, lang), source: u.source }));
  return { lines, missing, contradictions, unmapped };
}

function deadlineText(deadline: Deadline, lang: Lang): string {
  const date = formatDate(deadline.date);
  if (deadline.scope === 'sixMonths') return t('plan.value.sixMonthsDeadline', { date }, lang);
  if (deadline.scope === 'year') return t('plan.value.yearDeadline', { date }, lang);
  return deadline.time === undefined ? t('plan.value.deadline', { date }, lang) : t('plan.value.deadlineTime', { date, time: deadline.time }, lang);
}

function reportingText(reporting: Reporting, lang: Lang): string {
  if (reporting.kind === 'periodic') return t('plan.value.periodic', {}, lang);
  const daily = reporting.time === undefined ? t('plan.value.daily', {}, lang) : t('plan.value.dailyTime', { time: reporting.time }, lang);
  if (reporting.window === undefined) return daily;
  return t('plan.value.dailyWindow', { daily, start: formatDate(reporting.window.start), end: formatDate(reporting.window.end) }, lang);
}

function targetText(target: PlanTarget, lang: Lang): string {
  const indicator = findIndicator(target.indicator);
  const amount = indicator?.type === 'rate' ? formatPercent(target.value, lang) : `${formatNumber(target.value, lang)} ${indicator?.measure ?? ''}`.trim();
  const key: MessageKey = target.direction === 'atMost' ? 'plan.value.atMost' : 'plan.value.atLeast';
  return t('plan.value.target', { label: indicator?.label[lang] ?? target.indicator, bound: t(key, { value: amount }, lang) }, lang);
}
