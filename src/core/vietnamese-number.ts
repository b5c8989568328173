/**
 * Numbers as Vietnamese users type them: "." groups thousands, "," is the decimal mark.
 * "1.000" is a thousand, "12,5" is twelve and a half, "1.234,5" is 1234.5, "1 000" is a thousand.
 * A reading that could go two ways ("1,000": a thousand or one?) is refused as `ambiguous`,
 * never guessed. Nothing here throws, whatever the input.
 */

import { foldText } from './fold';

export type NumberKind = 'integer' | 'decimal' | 'money';

/** Why a text is not a usable number. */
export type NumberProblem =
  /** Nothing typed: blank, spaces only, or a lone dash as placeholder. */
  | 'empty'
  /** Not a number at all ("mười", "12a", "1.2.3"). */
  | 'notNumber'
  /** A number, but it could mean two different values ("1,000"; "1.5" for a count). */
  | 'ambiguous'
  /** Below zero, which no count, amount or size figure can be. */
  | 'negative'
  /** A fraction where a whole number is needed. */
  | 'notInteger';

export type ParsedNumber = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: NumberProblem };

export type ParseNumberOptions = {
  /** Accept "-5" as minus five instead of reporting `negative`. */
  readonly allowNegative?: boolean;
};

const accepted = (value: number): ParsedNumber => ({ ok: true, value });
const refused = (reason: NumberProblem): ParsedNumber => ({ ok: false, reason });

/**
 * Money words that may follow an amount, after folding to lower-case ASCII, with the power of ten
 * that turns them into triệu đồng (the measure money indicators are kept in).
 */
const MONEY_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:ty|ti)(?: ?(?:dong|d|vnd))?$/, 3],
  [/^(?:trieu(?: ?(?:dong|d|vnd))?|tr|trd|tr\.? ?d)$/, 0],
  [/^(?:nghin|ngan)(?: ?(?:dong|d|vnd))?$|^k$/, -3],
  [/^(?:dong|d|vnd)$/, -6],
];

/** First group 1–3 digits without a leading zero, then groups of exactly three. */
const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const SPACE_GROUPED = /^[1-9]\d{0,2}(?: \d{3})+$/;
const COMMA_GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+$/;
const DIGITS = /^\d*$/;

/**
 * Reads a number typed the Vietnamese way. Money may carry a unit word ("1,5 triệu", "2 tỷ",
 * "500.000đ") and comes back in triệu đồng. A JS number (a cell Excel already read as a number)
 * passes through, checked only for sign and wholeness.
 */
export function parseVietnameseNumber(raw: string | number, kind: NumberKind, options: ParseNumberOptions = {}): ParsedNumber {
  if (typeof raw === 'number') return checkValue(raw, kind, options);
  if (typeof raw !== 'string') return refused('notNumber');

  let text = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '' || /^[-–—]$/.test(text)) return refused('empty');

  let negative = false;
  const sign = /^([-+−])\s*/.exec(text);
  if (sign) {
    negative = sign[1] !== '+';
    text = text.slice(sign[0].length);
  }

  let exponent = 0;
  if (kind === 'money') {
    const split = splitMoneyWord(text);
    if (split === undefined) return refused('notNumber');
    [text, exponent] = split;
  }

  const parts = splitDecimal(text.replace(/ ?([.,]) ?/g, '$1'), kind);
  if ('reason' in parts) return refused(parts.reason);
  const value = Number(shiftDecimal(parts.whole, parts.fraction, exponent));
  return checkValue(negative ? -value : value, kind, options);
}

/** A count of people or units: a whole number of zero or more ("1.200" is 1200). */
export function parseCount(raw: string | number): ParsedNumber {
  return parseVietnameseNumber(raw, 'integer');
}

function checkValue(value: number, kind: NumberKind, options: ParseNumberOptions): ParsedNumber {
  if (!Number.isFinite(value)) return refused('notNumber');
  if (value < 0 && !options.allowNegative) return refused('negative');
  if (kind === 'integer' && !Number.isInteger(value)) return refused('notInteger');
  // Avoid handing back -0 for "-0".
  return accepted(value === 0 ? 0 : value);
}

/** "1,5 triệu" → ["1,5", 0]; "500.000đ" → ["500.000", -6]; "12" → ["12", 0]. */
function splitMoneyWord(text: string): [string, number] | undefined {
  const match = /^([\d.,\s]*[\d.,])\s*(\D.*)?$/.exec(text);
  if (!match) return undefined;
  const number = match[1] ?? '';
  const word = match[2];
  if (word === undefined) return [number, 0];
  const folded = foldText(word).replace(/\.$/, '').trim();
  const entry = MONEY_WORDS.find(([pattern]) => pattern.test(folded));
  return entry ? [number.trim(), entry[1]] : undefined;
}

type Split = { readonly whole: string; readonly fraction: string } | { readonly reason: NumberProblem };

/** Decides what each "." and "," means, refusing readings that could go two ways. */
function splitDecimal(text: string, kind: NumberKind): Split {
  if (!/^[\d., ]+$/.test(text) || !/\d/.test(text)) return { reason: 'notNumber' };
  const dots = count(text, '.');
  const commas = count(text, ',');

  if (dots > 0 && commas > 0) {
    const comma = text.indexOf(',');
    if (commas === 1 && text.lastIndexOf('.') < comma) {
      // Vietnamese "1.234,5": dots group the whole part, the comma marks the fraction.
      const whole = text.slice(0, comma);
      const fraction = text.slice(comma + 1);
      if (!DOT_GROUPED.test(whole) || !/^\d+$/.test(fraction)) return { reason: 'notNumber' };
      return { whole: whole.replace(/\./g, ''), fraction };
    }
    // English "1,000.5": readable, but it means something else to a Vietnamese reader.
    if (dots === 1 && text.indexOf('.') > text.lastIndexOf(',')) return { reason: 'ambiguous' };
    return { reason: 'notNumber' };
  }

  if (commas > 0) {
    if (commas > 1) return { reason: COMMA_GROUPED.test(text) ? 'ambiguous' : 'notNumber' };
    const [whole = '', fraction = ''] = text.split(',');
    if (!/^\d+$/.test(fraction)) return { reason: 'notNumber' };
    // "1,000" is one in Vietnamese and a thousand in English.
    if (/^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3) return { reason: 'ambiguous' };
    return wholeWithSpaces(whole, fraction);
  }

  if (dots > 0) {
    if (DOT_GROUPED.test(text)) return { whole: text.replace(/\./g, ''), fraction: '' };
    if (dots > 1) return { reason: 'notNumber' };
    // A lone dot that does not group thousands: an English decimal point. For a count it could
    // equally be a slip ("1.5" for "1.500"), so it is not guessed.
    if (kind === 'integer') return { reason: 'ambiguous' };
    const [whole = '', fraction = ''] = text.split('.');
    if (!DIGITS.test(whole) || !/^\d+$/.test(fraction)) return { reason: 'notNumber' };
    return { whole, fraction };
  }

  return wholeWithSpaces(text, '');
}

/** The whole part may be grouped by spaces ("1 000"), but only in threes. */
function wholeWithSpaces(whole: string, fraction: string): Split {
  if (DIGITS.test(whole)) return whole === '' && fraction === '' ? { reason: 'notNumber' } : { whole, fraction };
  if (SPACE_GROUPED.test(whole)) return { whole: whole.replace(/ /g, ''), fraction };
  return { reason: 'notNumber' };
}

/** Moves the decimal point by `exponent` places in text, so that "1,1 tỷ" is exactly 1100. */
function shiftDecimal(whole: string, fraction: string, exponent: number): string {
  const digits = `${whole}${fraction}`;
  const point = whole.length + exponent;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n += 1;
  return n;
}
