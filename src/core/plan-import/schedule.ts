/** When: the round and year, the period, the reporting deadlines and how often units report. */
import { findDeadlines, findRanges, timeOf } from './dates';
import type { FoundRange } from './dates';
import { fold } from './text';
import type { Sentence } from './text';
import type { DateRange, Deadline, DeadlineScope, PlanRound, Reporting, Sourced } from './types';

const ROUND = /\bdot\s+(i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})\b\s*(\/|-|,?\s*nam)\s*(\d{4})\b/;

/** "đợt II/2024", "Đợt 2 năm 2022" in the title first, then anywhere; else "năm 2024" in the title. */
export function extractRound(title: Sourced<string> | undefined, sentences: readonly Sentence[]): Sourced<PlanRound> | undefined {
  const candidates = [...(title === undefined ? [] : [{ key: fold(title.value), source: title.source }]), ...sentences.map((s) => ({ key: s.key, source: s.text }))];
  for (const { key, source } of candidates) {
    const m = ROUND.exec(key);
    if (!m) continue;
    const numeral = /\d/.test(m[1] ?? '') ? String(Number(m[1])) : (m[1] ?? '').toUpperCase();
    const year = Number(m[3]);
    const label = (m[2] ?? '').trim() === '/' || (m[2] ?? '').trim() === '-' ? `Đợt ${numeral}/${year}` : `Đợt ${numeral} năm ${year}`;
    return { value: { label, year, kind: 'round' }, source };
  }
  if (title !== undefined) {
    const year = /\bnam\s+(\d{4})\b/.exec(fold(title.value));
    if (year) return { value: { label: `Năm ${year[1]}`, year: Number(year[1]), kind: 'year' }, source: title.source };
  }
  return undefined;
}

/** A title about an emulation drive rather than a round or a year's work. */
export function isEmulation(title: Sourced<string> | undefined): boolean {
  return title !== undefined && /\b(?:thi dua|dan van kheo)\b/.test(fold(title.value));
}

type RangeIn = { readonly range: FoundRange; readonly sentence: Sentence; readonly reporting: boolean; readonly named: boolean };

/** Every "từ … đến …" with what its sentence says around it. */
function rangesIn(sentences: readonly Sentence[]): RangeIn[] {
  return sentences.flatMap((sentence) =>
    findRanges(sentence.key).map((range) => {
      const before = sentence.key.slice(Math.max(0, range.index - 60), range.index);
      const reporting = /\b(?:hang ngay|moi ngay|bao cao)\b/.test(before);
      const named = /\b(?:thoi gian|cao diem|thuc hien|trien khai|ra quan|dien ra|dot)\b/.test(before);
      return { range, sentence, reporting, named };
    }),
  );
}

export type PeriodFinding = {
  readonly period?: Sourced<DateRange>;
  /** "15 ngày (từ …)": the length the text gives next to the range. */
  readonly days?: number;
  readonly invalid?: Sourced<string>;
};

/**
 * The period: a range the text names as the time of the campaign ("Thời gian …", "cao điểm
 * từ …"), else the first range that is not a reporting window. Dates of anniversaries
 * ("(22/12/1944 - 22/12/2024)") have no "từ" and are never taken.
 */
export function extractPeriod(sentences: readonly Sentence[]): PeriodFinding {
  const ranges = rangesIn(sentences).filter((r) => !r.reporting);
  const chosen = ranges.find((r) => r.named) ?? ranges[0];
  if (chosen === undefined) return {};
  const { range, sentence } = chosen;
  if (range.invalid !== undefined) return { invalid: { value: range.invalid, source: sentence.text } };
  return {
    period: { value: { start: range.start, end: range.end }, source: sentence.text },
    ...(range.days === undefined ? {} : { days: range.days }),
  };
}

const REPORT_WORDS = /\b(?:bao cao|gui ve|nop)\b/;

export type DeadlineFinding = { readonly deadlines: Sourced<Deadline>[]; readonly invalid: Sourced<string>[] };

/**
 * Every dated reporting deadline ("… báo cáo … trước ngày 01/01/2025"), each with what it is
 * for: the six-month report, the year report, or the end of the campaign.
 */
export function extractDeadlines(sentences: readonly Sentence[]): DeadlineFinding {
  const deadlines: Sourced<Deadline>[] = [];
  const invalid: Sourced<string>[] = [];
  for (const sentence of sentences) {
    if (!REPORT_WORDS.test(sentence.key)) continue;
    let clauseStart = 0;
    for (const found of findDeadlines(sentence.key)) {
      if (found.invalid !== undefined) {
        invalid.push({ value: found.invalid, source: sentence.text });
        continue;
      }
      const before = sentence.key.slice(clauseStart, found.index);
      const after = sentence.key.slice(found.end, found.end + 40);
      clauseStart = found.end;
      const deadline: Deadline = { date: found.date, ...(found.time === undefined ? {} : { time: found.time }), scope: scopeOf(before, after) };
      deadlines.push({ value: deadline, source: sentence.text });
    }
  }
  return { deadlines, invalid };
}

function scopeOf(before: string, after: string): DeadlineScope {
  const paren = /^\s*\(\s*(?:doi voi\s+)?(?:bao cao\s+)?(6 thang|sau thang|ca nam|nam)/.exec(after)?.[1];
  if (paren !== undefined) return /thang/.test(paren) ? 'sixMonths' : 'year';
  const six = before.lastIndexOf('6 thang') >= 0 ? before.lastIndexOf('6 thang') : before.lastIndexOf('sau thang');
  const year = Math.max(before.lastIndexOf('bao cao nam'), before.lastIndexOf('ca nam'), before.lastIndexOf('tong ket nam'), before.lastIndexOf('bao cao mot nam'));
  if (six < 0 && year < 0) return 'final';
  return six > year ? 'sixMonths' : 'year';
}

/** The final deadline: the one for the end of the campaign, else the year report's, else the latest. */
export function chooseDeadline(deadlines: readonly Sourced<Deadline>[]): Sourced<Deadline> | undefined {
  const latest = (scope?: DeadlineScope) =>
    deadlines.filter((d) => scope === undefined || d.value.scope === scope).reduce<Sourced<Deadline> | undefined>((best, d) => (best === undefined || d.value.date > best.value.date ? d : best), undefined);
  return latest('final') ?? latest('year') ?? latest();
}

const PERIODIC = /\bdinh ky\s+(?:6|sau)\s+thang\s*(?:,|va|\/)?\s*(?:mot|1|ca|hang)?\s*nam\b|\bbao cao\s+6\s+thang\s+va\s+(?:bao cao\s+)?(?:ca\s+)?nam\b/;
const DAILY = /\b(?:hang ngay|moi ngay)\b/;

/**
 * How often units report: "Định kỳ 6 tháng, một năm" (a six-month and a year report), or
 * "báo cáo … trước 10h hàng ngày từ 16-30/12/2022" (one a day, with its time and window).
 */
export function extractReporting(sentences: readonly Sentence[]): Sourced<Reporting> | undefined {
  for (const sentence of sentences) {
    if (!REPORT_WORDS.test(sentence.key) || !DAILY.test(sentence.key)) continue;
    const time = /\btruoc\s+(\d{1,2})\s*(?:h|gio)\s*(\d{2})?/.exec(sentence.key);
    const clock = time ? timeOf(time[1], time[2]) : undefined;
    const window = findRanges(sentence.key).find((r) => r.invalid === undefined);
    const reporting: Reporting = {
      kind: 'daily',
      ...(window === undefined ? {} : { window: { start: window.start, end: window.end } }),
      ...(clock === undefined ? {} : { time: clock }),
    };
    return { value: reporting, source: sentence.text };
  }
  const periodic = sentences.filter((s) => PERIODIC.test(s.key));
  const chosen = periodic.find((s) => /\bbao cao ve\b/.test(s.key)) ?? periodic[0];
  if (chosen === undefined) return undefined;
  return { value: { kind: 'periodic', rounds: ['sixMonths', 'year'] }, source: chosen.text };
}
