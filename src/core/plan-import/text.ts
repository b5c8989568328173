/**
 * Turning pasted plan text into lines, paragraphs and sentences that extractors can read.
 *
 * Every piece of text carries a `key`: the same characters folded to lower case without
 * diacritics, with curly quotes and dashes made plain. The key has exactly the length of the
 * text, so a match found in the key can be cut out of the text at the same offsets. Matching on
 * the key makes the extractors tolerant of case, of tone-mark typos ("triến khai") and of text
 * typed with decomposed diacritics.
 */

export type Piece = { readonly text: string; readonly key: string };

export type Line = Piece & {
  readonly index: number;
  /** A blank line came before this one in the pasted text. */
  readonly gap: boolean;
};

export type Sentence = Piece & {
  /** Index of the paragraph the sentence belongs to. */
  readonly paragraph: number;
  /** The key of the section heading ("I. MỤC ĐÍCH…") the sentence sits under, '' before the first. */
  readonly section: string;
};

export type PlanText = {
  /** Non-empty lines as pasted (cleaned), for the header, title, recipients and signature. */
  readonly lines: readonly Line[];
  /** Lines joined back into paragraphs where a PDF broke them. */
  readonly paragraphs: readonly Piece[];
  readonly sentences: readonly Sentence[];
};

const QUOTES: Readonly<Record<string, string>> = {
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

/** Lower case, no diacritics, plain quotes and dashes; one output character per input code unit. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) {
      out += c;
      continue;
    }
    if (c === 'đ' || c === 'Đ') {
      out += 'd';
      continue;
    }
    const plain = QUOTES[c];
    if (plain !== undefined) {
      out += plain;
      continue;
    }
    if (/\s/.test(c)) {
      out += ' ';
      continue;
    }
    const base = c.normalize('NFD').charAt(0) || c;
    const lower = base.toLowerCase();
    out += lower.length === 1 ? lower : base.length === 1 ? base : c;
  }
  return out;
}

export function piece(text: string): Piece {
  return { text, key: fold(text) };
}

/** NFC, no invisible characters, no bold markers, plain spaces; line breaks kept. */
export function cleanText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g, ' ')
    .replace(/\t/g, '   ')
    .replace(/[\f\v\u2028\u2029\u0085]/g, '\n')
    .replace(/\*\*|__/g, '');
}

/** "  3  ", "- 3 -", "Trang 3", "3/12": a page number alone on its line. */
export function isPageNumber(line: string): boolean {
  const t = line.trim();
  return /^[-–]?\s*\d{1,3}\s*[-–]?$/.test(t) || /^trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?$/i.test(t) || /^\d{1,3}\s*\/\s*\d{1,3}$/.test(t);
}

function collapse(text: string): string {
  return text.replace(/ {2,}/g, ' ').trim();
}

/**
 * The pasted text as non-empty lines. Two columns pasted side by side (the organisation beside
 * "CỘNG HÒA…", "Nơi nhận" beside the signature) are told apart by a wide run of spaces.
 */
export function toLines(raw: string): Line[] {
  const lines: Line[] = [];
  let gap = false;
  for (const physical of cleanText(raw).split('\n')) {
    if (physical.trim() === '') {
      gap = true;
      continue;
    }
    for (const column of physical.split(/ {3,}/)) {
      const text = collapse(column);
      if (text === '') continue;
      if (isPageNumber(text)) {
        // A page break: what follows continues the text, as if the number were not there.
        continue;
      }
      lines.push({ ...piece(text), index: lines.length, gap });
      gap = false;
    }
  }
  return lines;
}

/**
 * PDF text often has a blank line after every line; then blank lines say nothing. When they are
 * rarer, a blank line ends a paragraph.
 */
export function blankLinesMatter(lines: readonly Line[]): boolean {
  if (lines.length < 2) return true;
  return lines.filter((l) => l.gap).length / (lines.length - 1) <= 0.6;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** A header or heading written in capitals: "LIÊN ĐOÀN LAO ĐỘNG HUYỆN …", "II. MỤC TIÊU". */
export function isCapsLine(text: string): boolean {
  const letters = [...text].filter((c) => LETTER.test(c));
  return letters.length >= 4 && letters.every((c) => !LOWER.test(c));
}

/** First letter of the line, skipping quotes, brackets and digits. */
function firstLetter(text: string): string | undefined {
  return [...text].find((c) => LETTER.test(c));
}

const BULLET = /^(?:[-+•*▪◦]\s*|(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)]\s+|\d{1,2}\s*-\s+)/u;

/** A line that starts a paragraph of its own whatever came before it. */
function startsBlock(line: Line): boolean {
  const { text, key } = line;
  if (BULLET.test(text)) return true;
  if (/^(?:so\s*:|noi nhan|kinh gui|(?:tm|kt|tl|tuq)\.|ke hoach\b|cong hoa\b|doc lap\b)/.test(key)) return true;
  if (/^(?:can cu|thuc hien|tren day la)\b/.test(key) && UPPER.test(text.charAt(0))) return true;
  return /^[^,\d]{2,50},\s*ngay\b/.test(key) && /\bthang\b/.test(key);
}

function endsSentence(text: string): boolean {
  return /[.!?:]["'”’)\]]*$/.test(text);
}

/**
 * Text typed in a word processor has one paragraph a line; text pasted from a PDF breaks
 * every ~80 characters. The mode decides how eagerly lines are joined.
 */
export function isHardWrapped(lines: readonly Line[]): boolean {
  const body = lines.filter((l) => l.text.length > 20);
  if (body.length === 0) return false;
  const long = body.filter((l) => l.text.length > 120).length;
  return long / body.length < 0.1;
}

export type Layout = { readonly hard: boolean; readonly gapsMatter: boolean };

export function layoutOf(lines: readonly Line[]): Layout {
  return { hard: isHardWrapped(lines), gapsMatter: blankLinesMatter(lines) };
}

function shouldJoin(previous: Line, line: Line, layout: Layout): boolean {
  if (startsBlock(line)) return false;
  if (isCapsLine(previous.text) || isCapsLine(line.text)) return false;
  if (/^so\s*:/.test(previous.key)) return false;
  const lowerStart = LOWER.test(line.text.charAt(0));
  if (!layout.hard || (layout.gapsMatter && line.gap)) return lowerStart;
  const first = firstLetter(line.text) ?? '';
  if (endsSentence(previous.text) && !LOWER.test(first)) return false;
  return true;
}

/** Lines back into paragraphs: a PDF's broken lines are joined, headings and list items kept apart. */
export function toParagraphs(lines: readonly Line[]): Piece[] {
  const layout = layoutOf(lines);
  const paragraphs: string[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    if (previous !== undefined && paragraphs.length > 0 && shouldJoin(previous, line, layout)) {
      const last = paragraphs.pop() ?? '';
      paragraphs.push(joinBroken(last, line.text));
    } else {
      paragraphs.push(line.text);
    }
    previous = line;
  }
  return paragraphs.map(piece);
}

/** A word cut by a hyphen at the line end ("21-" + "KL/TW") stays joined; otherwise one space. */
function joinBroken(left: string, right: string): string {
  if (/\d-$/.test(left) && /^[A-ZĐ]/.test(right)) return `${left}${right}`;
  return `${left} ${right}`;
}

const ABBREVIATIONS = new Set(['tm', 'kt', 'tl', 'tuq', 'tp', 'ths', 'ts', 'pgs', 'gs', 'bs', 'ng', 'st', 'q', 'p', 'tt', 'v.v']);

/** Splits a paragraph after ". " when a new sentence starts; abbreviations and list numbers stay. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /([.!?…]|\.\/\.)\s+(?=["'“‘(]?[\p{Lu}\d])/gu;
  for (const match of paragraph.matchAll(boundary)) {
    const end = (match.index ?? 0) + (match[1]?.length ?? 1);
    const chunk = paragraph.slice(start, end);
    const lastWord = fold(chunk.replace(/[.!?…/]+$/, '')).split(/[\s(]+/).pop() ?? '';
    if (match[1] === '.' && ABBREVIATIONS.has(lastWord)) continue;
    if (/^\s*(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\.$/u.test(chunk)) continue;
    sentences.push(chunk.trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/** A sentence as quoted back to the user: no list mark in front, no dangling comma, "./." ends as ".". */
export function tidySentence(text: string): string {
  return text
    .replace(BULLET, '')
    .replace(/\s*\.\/\.\s*$/, '.')
    .replace(/[\s,;]+$/, '')
    .trim();
}

/** "I. MỤC ĐÍCH, YÊU CẦU": a roman-numbered section heading. */
export function isSectionHeading(text: string): boolean {
  return /^[IVX]{1,5}\s*[.:)]\s*\S/u.test(text) && (isCapsLine(text) || text.length < 80);
}

export function readPlanText(raw: string): PlanText {
  const lines = toLines(raw);
  const paragraphs = toParagraphs(lines);
  const sentences: Sentence[] = [];
  let section = '';
  paragraphs.forEach((paragraph, index) => {
    if (isSectionHeading(paragraph.text)) section = fold(tidySentence(paragraph.text));
    for (const raw of splitSentences(paragraph.text)) {
      const text = tidySentence(raw);
      if (text !== '') sentences.push({ ...piece(text), paragraph: index, section });
    }
  });
  return { lines, paragraphs, sentences };
}

/** A quote short enough for one line of output. */
export function shortQuote(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
