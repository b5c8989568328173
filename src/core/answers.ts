import { foldText } from './fold';
import { formatDate, formatNumber } from './format';
import { t } from './messages';
import type { MessageKey, Params } from './messages';
import { isIsoDate } from './schema/common';
import type { Indicator } from './schema/indicator';
import type { RawValue } from './schema/raw-return';
import type { AnswerValue } from './schema/return';
import { parseVietnameseNumber } from './vietnamese-number';
import type { NumberProblem } from './vietnamese-number';

export type Finding = { readonly code: MessageKey; readonly params: Params };

/** What one answer cell means for its indicator. */
export type Reading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'value'; readonly value: AnswerValue; readonly notes: readonly Finding[] }
  | { readonly kind: 'invalid'; readonly finding: Finding };

const empty: Reading = { kind: 'empty' };
const value = (v: AnswerValue, notes: readonly Finding[] = []): Reading => ({ kind: 'value', value: v, notes });
const invalid = (code: MessageKey, params: Params): Reading => ({ kind: 'invalid', finding: { code, params } });

/** Written for "none" in count cells; read as zero rather than left unreported. */
const NONE_WORDS = new Set(['-', '--', 'khong', 'khong co', 'ko', 'k co']);
const YES_WORDS = new Set(['co', 'x', 'yes', 'y', 'da', 'roi', 'co thuc hien', 'da thuc hien', 'dat']);
const NO_WORDS = new Set(['khong', 'ko', 'k', 'no', 'n', 'chua', 'khong thuc hien', 'chua thuc hien', '-']);

/** The raw value as the user typed it, for quoting in a message. */
export function rawText(raw: RawValue): string {
  if (raw === null) return '';
  if (typeof raw === 'object') return formatDate(raw.date);
  if (typeof raw === 'number') return formatNumber(raw, 'vi', 6);
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  const text = raw.replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

export function readAnswer(indicator: Indicator, raw: RawValue): Reading {
  if (raw === null || (typeof raw === 'string' && raw.replace(/[\s\u00a0\u202f]/g, '') === '')) return empty;
  const params = { raw: rawText(raw), label: indicator.label.vi };
  switch (indicator.type) {
    case 'integer':
    case 'decimal':
    case 'money':
      return readNumber(indicator.type, raw, params);
    case 'yesno':
      return readYesNo(raw, params);
    case 'choice': {
      const text = typeof raw === 'string' ? foldText(raw) : '';
      const match = indicator.choices.find((c) => foldText(c.value) === text || foldText(c.en) === text);
      return match ? value(match.value) : invalid('return.notChoice', { ...params, choices: indicator.choices.map((c) => c.value).join('; ') });
    }
    case 'text':
      return readText(raw, indicator.maxLength, params);
    case 'date':
      return readDate(raw, params);
    case 'rate':
      return empty;
  }
}

const NUMBER_PROBLEMS: Record<Exclude<NumberProblem, 'empty'>, MessageKey> = {
  notNumber: 'return.notNumber',
  ambiguous: 'return.ambiguousNumber',
  negative: 'return.negative',
  notInteger: 'return.notInteger',
};

function readNumber(kind: 'integer' | 'decimal' | 'money', raw: Exclude<RawValue, null>, params: Params): Reading {
  if (typeof raw === 'boolean' || typeof raw === 'object') return invalid('return.notNumber', params);
  if (typeof raw === 'string' && NONE_WORDS.has(foldText(raw))) return value(0);
  if (typeof raw === 'number' && !Number.isFinite(raw)) return invalid('return.notNumber', params);
  const parsed = parseVietnameseNumber(raw, kind);
  if (parsed.ok) return value(parsed.value);
  return parsed.reason === 'empty' ? empty : invalid(NUMBER_PROBLEMS[parsed.reason], params);
}

function readYesNo(raw: Exclude<RawValue, null>, params: Params): Reading {
  if (typeof raw === 'boolean') return value(raw);
  if (raw === 1 || raw === 0) return value(raw === 1);
  const text = typeof raw === 'string' ? foldText(raw) : '';
  if (YES_WORDS.has(text)) return value(true);
  if (NO_WORDS.has(text)) return value(false);
  return invalid('return.notYesNo', params);
}

function readText(raw: Exclude<RawValue, null>, maxLength: number, params: Params): Reading {
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'object' ? formatDate(raw.date) : typeof raw === 'number' ? formatNumber(raw, 'vi', 6) : t(raw ? 'yes' : 'no');
  const notes: Finding[] = text.length > maxLength ? [{ code: 'return.textTooLong', params: { ...params, length: text.length, max: maxLength } }] : [];
  return value(text, notes);
}

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included), so serial 25569 is 1970-01-01. */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) return undefined;
  const date = new Date(Math.round((Math.floor(serial) - 25569) * 86400000));
  return date.toISOString().slice(0, 10);
}

function readDate(raw: Exclude<RawValue, null>, params: Params): Reading {
  const iso = toIsoDate(raw);
  return iso ? value(iso) : invalid('return.notDate', params);
}

/** Dates as Vietnamese write them: day first. Month-first is never assumed. */
export function toIsoDate(raw: Exclude<RawValue, null>): string | undefined {
  if (typeof raw === 'object') return isIsoDate(raw.date) ? raw.date : undefined;
  if (typeof raw === 'number') return excelSerialToIso(raw);
  if (typeof raw === 'boolean') return undefined;
  const text = foldText(raw);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(?:ngay )?(\d{1,2})\s*(?:[/.-]|\s+thang\s+)\s*(\d{1,2})\s*(?:[/.-]|\s+nam\s+)\s*(\d{2}|\d{4})$/.exec(text);
  if (!dmy) return undefined;
  const year = Number(dmy[3]);
  return checked(year < 100 ? 2000 + year : year, Number(dmy[2]), Number(dmy[1]));
}

function checked(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}
