import { checkReturn, describeIssue, formatPercent, readAnswer, t, unitRate } from '../core';
import type { CheckedReturn, Indicator, Issue, Lang, RawCell, RawReturn, RawValue, Section } from '../core';
import { sectionsInOrder } from '../workbook';
import type { FillInForm } from '../adapters/xlsx/read-fill-in';
import type { AnswerCell } from '../adapters/xlsx/write-answers';

/** What the clerk typed, as typed: text for numbers (the reader's Vietnamese habits apply), ISO for dates. */
export type Answers = {
  readonly header: { readonly reporter: string; readonly phone: string; readonly reportDate: string; readonly round: string };
  readonly values: Readonly<Record<string, string>>;
};

export const NO_ANSWERS: Answers = { header: { reporter: '', phone: '', reportDate: '', round: '' }, values: {} };

export type HeaderField = keyof Answers['header'];

/**
 * The received return as if the clerk had typed the answers into its cells: the same cells, so
 * the district's checks name the same cells and say the same sentences.
 */
export function typedReturn(form: FillInForm, answers: Answers): RawReturn {
  const { raw, campaign } = form;
  const types = new Map(campaign.indicators.map((i) => [i.code, i.type]));
  const rows = raw.rows.map((row) => {
    const type = types.get(row.code);
    if (type === undefined || type === 'rate') return row;
    return { ...row, result: typedCell(row.result, answers.values[row.code] ?? '', type === 'date') };
  });
  const h = raw.header;
  const header = {
    ...h,
    reporter: h.reporter && typedCell(h.reporter, answers.header.reporter),
    phone: h.phone && typedCell(h.phone, answers.header.phone),
    reportDate: h.reportDate && typedCell(h.reportDate, answers.header.reportDate, true),
    round: h.round && (campaign.reportingRounds.length > 1 ? typedCell(h.round, answers.header.round) : h.round),
  };
  return { ...raw, rows, header };
}

function typedCell(cell: RawCell, text: string, date = false): RawCell {
  const trimmed = text.trim();
  const value: RawValue = trimmed === '' ? null : date ? { date: trimmed } : text;
  return { address: cell.address, value };
}

/** The district's own check of the return as typed so far. */
export function checkAnswers(form: FillInForm, answers: Answers): CheckedReturn {
  return checkReturn({ campaign: form.campaign, unitTargets: form.unitTargets }, typedReturn(form, answers));
}

/** The check's findings by what they are about: an indicator code, or a header field; the rest under ''. */
export function findingsByField(form: FillInForm, checked: CheckedReturn, lang: Lang): Map<string, { readonly severity: Issue['severity']; readonly text: string }[]> {
  const h = form.raw.header;
  const headerAt = new Map<string, HeaderField>(
    (['reporter', 'phone', 'reportDate', 'round'] as const).flatMap((field) => (h[field] ? [[h[field].address, field] as const] : [])),
  );
  const byField = new Map<string, { severity: Issue['severity']; text: string }[]>();
  for (const issue of checked.issues) {
    const field = issue.indicator || (issue.cell ? headerAt.get(issue.cell) : undefined) || '';
    const list = byField.get(field) ?? [];
    list.push({ severity: issue.severity, text: describeIssue(issue, lang) });
    byField.set(field, list);
  }
  return byField;
}

/** A computed rate as the form shows it: the unit's own figure, or why there is none yet. */
export function shownRate(checked: CheckedReturn, indicator: Indicator, lang: Lang): string | undefined {
  if (indicator.type !== 'rate' || !checked.ret || !checked.unit) return undefined;
  const rate = unitRate(indicator, checked.ret.values, checked.unit);
  return rate === undefined ? undefined : formatPercent(rate, lang);
}

export type FormSection = { readonly section: Section; readonly indicators: readonly FormIndicator[] };
export type FormIndicator = { readonly indicator: Indicator; readonly target: string; readonly cell: string };

/** Sections in the form's order, each indicator with the target its row shows and its answer cell. */
export function formSections(form: FillInForm): FormSection[] {
  const rows = new Map(form.raw.rows.map((row) => [row.code, row]));
  return sectionsInOrder(form.campaign.indicators).map(([section, indicators]) => ({
    section,
    indicators: indicators.map((indicator) => ({ indicator, target: rows.get(indicator.code)?.target ?? '', cell: rows.get(indicator.code)?.result.address ?? '' })),
  }));
}

/**
 * The cells the download writes: each answer as the district's reader reads it back (a number
 * where the text reads as one, the round's or choice's own words, a date as a day), else the
 * text as typed, so a mistake stays visible to the district rather than vanishing.
 */
export function answerCells(form: FillInForm, answers: Answers): AnswerCell[] {
  const { raw, campaign } = form;
  const indicators = new Map(campaign.indicators.map((i) => [i.code, i]));
  const cells: AnswerCell[] = [];
  for (const row of raw.rows) {
    const indicator = indicators.get(row.code);
    if (!indicator || indicator.type === 'rate') continue;
    cells.push({ address: row.result.address, value: cellValue(indicator, answers.values[row.code] ?? '') });
  }
  const h = raw.header;
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  if (h.reporter) cells.push({ address: h.reporter.address, value: text(answers.header.reporter) });
  // The phone as text: a leading 0 must survive, and Excel would show 9.12E+08.
  if (h.phone) cells.push({ address: h.phone.address, value: text(answers.header.phone) });
  if (h.reportDate) cells.push({ address: h.reportDate.address, value: answers.header.reportDate ? { date: answers.header.reportDate } : null });
  if (h.round && campaign.reportingRounds.length > 1) cells.push({ address: h.round.address, value: text(answers.header.round) });
  return cells;
}

function cellValue(indicator: Indicator, typed: string): AnswerCell['value'] {
  if (typed.trim() === '') return null;
  if (indicator.type === 'date') return { date: typed.trim() };
  const reading = readAnswer(indicator, typed);
  if (reading.kind !== 'value') return typed;
  if (typeof reading.value === 'boolean') return t(reading.value ? 'yes' : 'no');
  return reading.value;
}

/** "XA01 - CĐCS xã Trường Hòa.xlsx": the unit's code and name, without the characters file systems refuse. */
export function filledFileName(form: FillInForm): string {
  const name = `${form.unit.code} - ${form.unit.name}`.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim();
  return `${name.slice(0, 120)}.xlsx`;
}
