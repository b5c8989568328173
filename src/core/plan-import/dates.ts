import { isRealDate } from '../schema/common';
import type { DateRange } from './types';

/** A date as written, parts possibly missing: "17" (in "17-31/12/2024"), "16/12", "16/12/2023". */
export type DateParts = { readonly day: number; readonly month?: number; readonly year?: number };

export type ReadDate = DateParts & { readonly end: number };

const pad = (n: number) => String(n).padStart(2, '0');

export function iso(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** ISO when the parts make a real date. */
export function isoOf(parts: DateParts): string | undefined {
  if (parts.month === undefined || parts.year === undefined) return undefined;
  if (parts.year < 1945 || parts.year > 2200) return undefined;
  const text = iso(parts.year, parts.month, parts.day);
  return isRealDate(text) ? text : undefined;
}

/** Days from start to end, both counted: 17–31/12 is 15 days. */
export function daysInclusive(range: DateRange): number {
  const ms = (text: string) => {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(range.end) - ms(range.start)) / 86_400_000) + 1;
}

const NUMERIC = /(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*(\d{4}))?(?![\d/])/y;
const WORDED = /(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*,?\s*nam\s+(\d{4}))?/y;

/** Reads "16/12/2023", "16/12", "16.12.2023" or "16 tháng 12 năm 2023" at `at` in a folded key. */
export function readDateAt(key: string, at: number): ReadDate | undefined {
  for (const pattern of [NUMERIC, WORDED]) {
    pattern.lastIndex = at;
    const m = pattern.exec(key);
    if (m) {
      const year = m[3] === undefined ? undefined : Number(m[3]);
      return { day: Number(m[1]), month: Number(m[2]), ...(year === undefined ? {} : { year }), end: pattern.lastIndex };
    }
  }
  return undefined;
}

export type FoundRange = {
  /** Start and end as ISO dates, in the order the text gives them (possibly reversed). */
  readonly start: string;
  readonly end: string;
  /** Where the range starts in the key, "từ" included. */
  readonly index: number;
  /** "15 ngày (từ …)": the length the text states, when it does. */
  readonly days?: number;
  /** The text wrote a date that does not exist (31/11). */
  readonly invalid?: string;
};

const FROM = /\btu\s+(?:ngay\s+)?/g;
const SEPARATOR = /\s*(?:-|den\s+het\s+ngay|den\s+het|den\s+ngay|den|toi\s+ngay|toi)\s*(?:ngay\s+)?/y;
const DAY_ONLY = /(\d{1,2})\s*-\s*/y;

/**
 * Every "từ (ngày) A đến/- B" in a folded key: "từ ngày 17-31/12/2024", "từ ngày 16/12/2023 -
 * 30/12/2023", "từ ngày 16/12 đến ngày 30/12/2022", "từ 28/12/2024 đến hết ngày 05/01/2025".
 * A start without month or year takes them from the end.
 */
export function findRanges(key: string): FoundRange[] {
  const ranges: FoundRange[] = [];
  for (const from of key.matchAll(FROM)) {
    const at = (from.index ?? 0) + from[0].length;
    const range = rangeAt(key, at);
    if (range === undefined) continue;
    const before = key.slice(Math.max(0, (from.index ?? 0) - 24), from.index ?? 0);
    const days = /(\d{1,3})\s+ngay\s*[(,:]?\s*$/.exec(before);
    ranges.push({ ...range, index: from.index ?? 0, ...(days ? { days: Number(days[1]) } : {}) });
  }
  return ranges;
}

function rangeAt(key: string, at: number): Omit<FoundRange, 'index'> | undefined {
  // "17-31/12/2024": a day, a dash, then the full end date.
  DAY_ONLY.lastIndex = at;
  const dayOnly = DAY_ONLY.exec(key);
  if (dayOnly) {
    const end = readDateAt(key, DAY_ONLY.lastIndex);
    if (end?.month !== undefined) return finishRange({ day: Number(dayOnly[1]) }, end, key.slice(at, end.end));
  }
  const start = readDateAt(key, at);
  if (start === undefined) return undefined;
  SEPARATOR.lastIndex = start.end;
  if (!SEPARATOR.exec(key)) return undefined;
  const end = readDateAt(key, SEPARATOR.lastIndex);
  if (end === undefined) return undefined;
  return finishRange(start, end, key.slice(at, end.end));
}

/** Fills the start's missing month and year from the end ("16/12 đến 05/01/2025" crosses the year). */
function finishRange(first: DateParts, last: DateParts, written: string): Omit<FoundRange, 'index'> | undefined {
  if (last.year === undefined) return undefined;
  const endIso = isoOf(last);
  const month = first.month ?? last.month;
  let year = first.year ?? last.year;
  if (first.year === undefined && first.month !== undefined && last.month !== undefined && first.month > last.month) year -= 1;
  const startIso = isoOf({ day: first.day, ...(month === undefined ? {} : { month }), year });
  if (startIso === undefined || endIso === undefined) return { start: '', end: '', invalid: written.trim() };
  return { start: startIso, end: endIso };
}

export type FoundDeadline = {
  readonly date: string;
  readonly time?: string;
  readonly index: number;
  readonly end: number;
  readonly invalid?: string;
};

const BEFORE =
  /\b(?:truoc|cham nhat(?:\s+la)?(?:\s+vao)?|han chot(?:\s+la)?|han cuoi(?:\s+la)?|khong qua|khong muon hon|han nop(?:\s+la)?)\s+(?:(\d{1,2})\s*(?:h|gio)\s*(\d{2})?\s*(?:phut\s*)?(?:,\s*)?(?:sang\s+|chieu\s+)?)?(?:ngay\s+)?/g;

/** "trước ngày 01/01/2025", "chậm nhất ngày …", "trước 16 giờ 30 ngày …": dates with a year only. */
export function findDeadlines(key: string): FoundDeadline[] {
  const found: FoundDeadline[] = [];
  for (const m of key.matchAll(BEFORE)) {
    const at = (m.index ?? 0) + m[0].length;
    const date = readDateAt(key, at);
    if (date === undefined || date.year === undefined) continue;
    const time = timeOf(m[1], m[2]);
    const isoDate = isoOf(date);
    if (isoDate === undefined) {
      found.push({ date: '', index: m.index ?? 0, end: date.end, invalid: key.slice(at, date.end) });
      continue;
    }
    found.push({ date: isoDate, ...(time === undefined ? {} : { time }), index: m.index ?? 0, end: date.end });
  }
  return found;
}

/** "10", "30" → "10:30"; an hour outside the day is not a time. */
export function timeOf(hour: string | undefined, minute: string | undefined): string | undefined {
  if (hour === undefined) return undefined;
  const h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  if (h > 23 || m > 59) return undefined;
  return `${pad(h)}:${pad(m)}`;
}
