import { checkReturn, describeIssue, describeIssueParts, formatPercent, readAnswer, t, toIsoDate, unitRate } from '../core';
import type { CheckedReturn, Indicator, Issue, Lang, RawCell, RawReturn, RawValue, Section } from '../core';
import { sectionsInOrder, unitFormFileName } from '../workbook';
import type { FillInForm } from '../adapters/xlsx/read-fill-in';
import type { AnswerCell } from '../adapters/xlsx/write-answers';

/**
 * What the clerk typed, as typed: the reader's habits apply to numbers and to dates (dd/mm/yyyy,
 * day first; ISO as kept by an earlier version of the page). Notes (Ghi chú) by indicator code.
 */
export type Answers = {
  readonly header: { readonly reporter: string; readonly phone: string; readonly reportDate: string; readonly round: string };
  readonly values: Readonly<Record<string, string>>;
  readonly notes?: Readonly<Record<string, string>>;
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
  const noted = notedCodes(form);
  const rows = raw.rows.map((row) => {
    const type = types.get(row.code);
    const note = noted.has(row.code) ? { note: typedCell(row.note, answers.notes?.[row.code] ?? '') } : {};
    if (type === undefined || type === 'rate') return { ...row, ...note };
    return { ...row, ...note, result: typedCell(row.result, answers.values[row.code] ?? '') };
  });
  const h = raw.header;
  const header = {
    ...h,
    reporter: h.reporter && typedCell(h.reporter, answers.header.reporter),
    phone: h.phone && typedCell(h.phone, answers.header.phone),
    reportDate: h.reportDate && typedCell(h.reportDate, answers.header.reportDate),
    round: h.round && (campaign.reportingRounds.length > 1 ? typedCell(h.round, answers.header.round) : h.round),
  };
  return { ...raw, rows, header };
}

/** As typed into the cell: dates too, so the reader's own date rules decide, as for a typed cell. */
function typedCell(cell: RawCell, text: string): RawCell {
  const value: RawValue = text.trim() === '' ? null : text;
  return { address: cell.address, value };
}

/** The indicators whose row has a Ghi chú cell of its own: a text answer's cell spans Kết quả and Ghi chú (src/workbook/fill-in.ts). */
export function notedCodes(form: FillInForm): ReadonlySet<string> {
  const text = new Set(form.campaign.indicators.filter((i) => i.type === 'text').map((i) => i.code));
  return new Set(form.raw.rows.filter((row) => row.note.address !== '' && !text.has(row.code)).map((row) => row.code));
}

/** The district's own check of the return as typed so far. */
export function checkAnswers(form: FillInForm, answers: Answers): CheckedReturn {
  return checkReturn({ campaign: form.campaign, unitTargets: form.unitTargets }, typedReturn(form, answers));
}

/**
 * A finding of the check: `text` is validate's sentence without its place, shown beside the field
 * it is about; `sentence` is validate's whole sentence (sheet and cell first), for the summary.
 */
export type Finding = { readonly severity: Issue['severity']; readonly text: string; readonly sentence: string };

/** The check's findings by what they are about: an indicator code, or a header field; the rest under ''. */
export function findingsByField(form: FillInForm, checked: CheckedReturn, lang: Lang): Map<string, Finding[]> {
  const h = form.raw.header;
  const headerAt = new Map<string, HeaderField>(
    (['reporter', 'phone', 'reportDate', 'round'] as const).flatMap((field) => (h[field] ? [[h[field].address, field] as const] : [])),
  );
  const byField = new Map<string, Finding[]>();
  for (const issue of checked.issues) {
    const field = issue.indicator || (issue.cell ? headerAt.get(issue.cell) : undefined) || '';
    const list = byField.get(field) ?? [];
    const sentence = describeIssue(issue, lang);
    list.push({ severity: issue.severity, text: field === '' ? sentence : describeIssueParts(issue, lang).what, sentence });
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
  const noted = notedCodes(form);
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  for (const row of raw.rows) {
    const indicator = indicators.get(row.code);
    if (!indicator) continue;
    // A note is text as typed: "5" stays the words "5", not a figure.
    if (noted.has(row.code)) cells.push({ address: row.note.address, value: text(answers.notes?.[row.code] ?? '') });
    if (indicator.type !== 'rate') cells.push({ address: row.result.address, value: cellValue(indicator, answers.values[row.code] ?? '') });
  }
  const h = raw.header;
  if (h.reporter) cells.push({ address: h.reporter.address, value: text(answers.header.reporter) });
  // The phone as text: a leading 0 must survive, and Excel would show 9.12E+08.
  if (h.phone) cells.push({ address: h.phone.address, value: text(answers.header.phone) });
  if (h.reportDate) cells.push({ address: h.reportDate.address, value: dateCell(answers.header.reportDate) });
  if (h.round && campaign.reportingRounds.length > 1) cells.push({ address: h.round.address, value: text(answers.header.round) });
  return cells;
}

function cellValue(indicator: Indicator, typed: string): AnswerCell['value'] {
  if (typed.trim() === '') return null;
  if (indicator.type === 'date') return dateCell(typed);
  const reading = readAnswer(indicator, typed);
  if (reading.kind !== 'value') return typed;
  if (typeof reading.value === 'boolean') return t(reading.value ? 'yes' : 'no');
  return reading.value;
}

/** A day where the reader reads the text as one (dd/mm/yyyy, day first), else the text as typed for the district to see. */
function dateCell(typed: string): AnswerCell['value'] {
  if (typed.trim() === '') return null;
  const iso = toIsoDate(typed);
  return iso ? { date: iso } : typed.trim();
}

/**
 * Slashes put in as a day is typed on a numeric keypad, which has none: "31122025" shows as
 * "31/12/2025". Only digits typed that way are touched; "1/1/2025" or "31.12.2025" stay as typed.
 */
export function maskTypedDate(text: string): string {
  if (!/^[\d/]*$/.test(text) || [...text].some((c, i) => c === '/' && i !== 2 && i !== 5)) return text;
  const digits = text.replace(/\//g, '').slice(0, 8);
  return [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4)].filter((part) => part !== '').join('/');
}

/** "XA01 - CĐCS xã Trường Hòa.xlsx": named as the district's zip names the unit's form. */
export function filledFileName(form: FillInForm): string {
  return unitFormFileName(form.unit);
}
