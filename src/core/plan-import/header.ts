/**
 * The administrative frame of a plan: who issues it, its number, place and date, its title,
 * the documents it rests on, who receives it and who signs it.
 */
import { fold, isCapsLine, layoutOf, piece } from './text';
import type { Layout, Line, PlanText, Sentence } from './text';
import type { PartialDate, Signer, Sourced } from './types';
import { isRealDate } from '../schema/common';
import { iso } from './dates';

/** Lines before the title ("KẾ HOẠCH"), or the first 25 when there is no title line. */
export function headerLines(text: PlanText): readonly Line[] {
  const title = findTitleLine(text.lines);
  const end = title === undefined ? 25 : title.index;
  return text.lines.filter((l) => l.index < end);
}

// ——— Organisation ———————————————————————————————————————————————————————

const LEVELS = ['thanh pho', 'thi xa', 'huyen', 'quan', 'tinh', 'tp.'] as const;
const LEVEL_WORDS: Readonly<Record<string, string>> = {
  'thanh pho': 'thành phố',
  'thi xa': 'thị xã',
  huyen: 'huyện',
  quan: 'quận',
  tinh: 'tỉnh',
  'tp.': 'thành phố',
};
const DISTRICT_LEVELS = new Set(['huyện', 'quận', 'thị xã', 'thành phố']);

type Body = { readonly name: string; readonly level: string };

const BODY_PREFIXES: Readonly<Record<string, string>> = {
  'lien doan lao dong': 'Liên đoàn Lao động',
  ldld: 'Liên đoàn Lao động',
  'cong doan': 'Công đoàn',
  'tinh doan': 'Tỉnh đoàn',
  'thanh doan': 'Thành đoàn',
  'huyen doan': 'Huyện đoàn',
  'quan doan': 'Quận đoàn',
};
const BODY_LINE = /^(lien doan lao dong|ldld|cong doan|tinh doan|thanh doan|huyen doan|quan doan)\s+(\S.*)$/;

/** "LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHONG THỔ" → "Liên đoàn Lao động huyện Phong Thổ"; a bare prefix is no body. */
export function readBodyLine(line: Line): Body | undefined {
  if (!isCapsLine(line.text)) return undefined;
  const m = BODY_LINE.exec(line.key);
  if (!m) return undefined;
  const restStart = line.key.length - (m[2] ?? '').length;
  const restKey = line.key.slice(restStart);
  const level = LEVELS.find((l) => restKey === l || restKey.startsWith(`${l} `));
  const words = line.text.slice(restStart).split(/\s+/).filter((w) => w !== '');
  const named = level === undefined ? words : words.slice(level.split(' ').length);
  const levelWord = level === undefined ? '' : (LEVEL_WORDS[level] ?? '');
  const parts = [BODY_PREFIXES[m[1] ?? ''] ?? '', levelWord, named.map(titleWord).join(' ')].filter((p) => p !== '');
  return { name: parts.join(' '), level: levelWord };
}

/** "PHONG" → "Phong"; abbreviations without vowels ("TNHH", "CĐCS") stay in capitals. */
function titleWord(word: string): string {
  if (!/[aeiouyAEIOUY]/.test(word.normalize('NFD'))) return word;
  const lower = word.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * The organisation and its parent from the capitals at the top: the last body line issues the
 * plan, the one above it is its parent. A body split over two lines ("LIÊN ĐOÀN LAO ĐỘNG" /
 * "HUYỆN PHONG THỔ") is joined first.
 */
export function extractHeaderBodies(text: PlanText): { organization?: Sourced<string>; parent?: Sourced<string> } {
  const lines = headerLines(text);
  const bodies: Sourced<Body>[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    const next = lines[i + 1];
    const bare = /^(lien doan lao dong|ldld|cong doan)$/.test(line.key);
    if (bare && next !== undefined && isCapsLine(next.text) && LEVELS.some((l) => next.key.startsWith(`${l} `))) {
      const joined = { ...piece(`${line.text} ${next.text}`), index: line.index, gap: line.gap };
      const body = readBodyLine(joined);
      if (body) bodies.push({ value: body, source: joined.text });
      i++;
      continue;
    }
    const body = readBodyLine(line);
    if (body) bodies.push({ value: body, source: line.text });
  }
  const last = bodies[bodies.length - 1];
  const before = bodies[bodies.length - 2];
  const result: { organization?: Sourced<string>; parent?: Sourced<string> } = {};
  if (last !== undefined) result.organization = { value: last.value.name, source: last.source };
  if (before !== undefined) result.parent = { value: before.value.name, source: before.source };
  return result;
}

/** Capitalised words after a level: "huyện Phong Thổ về …" → "Phong Thổ". */
export function properName(text: string): string {
  const words: string[] = [];
  for (const word of text.split(/\s+/)) {
    const clean = word.replace(/^[("“]+|[.,;:)"”/]+$/g, '');
    if (clean === '' || !/^\p{Lu}/u.test(clean)) break;
    words.push(clean);
    if (clean !== word.replace(/^[("“]+/, '')) break;
  }
  return words.join(' ');
}

export type BodyMention = { readonly level: string; readonly name: string; readonly sentence: Sentence };

const MENTION = /ban thuong vu\s+(?:lien doan lao dong|ldld)(?:\s*\(ldld\))?\s+(thanh pho|thi xa|huyen|quan|tinh)\b/g;

/** "Ban Thường vụ Liên đoàn Lao động huyện X": the body and its name if the text gives one. */
export function bodyMentions(sentences: readonly Sentence[]): BodyMention[] {
  const found: BodyMention[] = [];
  for (const sentence of sentences) {
    for (const m of sentence.key.matchAll(MENTION)) {
      const end = (m.index ?? 0) + m[0].length;
      const level = LEVEL_WORDS[m[1] ?? ''] ?? '';
      found.push({ level, name: properName(sentence.text.slice(end).trim()), sentence });
    }
  }
  return found;
}

export function isDistrictLevel(level: string): boolean {
  return DISTRICT_LEVELS.has(level);
}

// ——— Number, place and date ———————————————————————————————————————————————

const NUMBER = /^Số\s*:?\s*(\d+\s*[/-]\s*[\p{L}\d]+(?:\s*[-/]\s*[\p{L}\d]+)*)/u;

/** "Số: 73/KH-LĐLĐ" in the header (not the numbers of the documents it cites). */
export function extractPlanNumber(text: PlanText): Sourced<string> | undefined {
  for (const line of headerLines(text)) {
    if (!/^so\s*:?\s*\d/.test(line.key)) continue;
    const m = NUMBER.exec(`Số${line.text.slice(2)}`);
    if (m?.[1]) return { value: m[1].replace(/\s+/g, ''), source: line.text };
  }
  return undefined;
}

export type DateLine = { readonly place?: Sourced<string>; readonly date?: Sourced<PartialDate>; readonly invalid?: string };

const DATE_LINE = /^([^,\d]{2,50}?)\s*,\s*ngay\s*(\d{1,2})?[\s._…-]*thang\s*(\d{1,2})[\s,]*nam\s*(\d{4})/;

/** "Phong Thổ, ngày 24 tháng 01 năm 2023"; "Huyện DMC, ngày tháng 11 năm 2024" keeps the day blank. */
export function extractDateLine(text: PlanText): DateLine {
  for (const line of headerLines(text)) {
    const offset = /^so\s*:?\s*\d\S*\s+/.exec(line.key)?.[0].length ?? 0;
    const m = DATE_LINE.exec(line.key.slice(offset));
    if (!m) continue;
    const placeText = line.text.slice(offset, offset + (m[1] ?? '').length).trim();
    const year = Number(m[4]);
    const month = Number(m[3]);
    const day = m[2] === undefined ? undefined : Number(m[2]);
    const result: { place?: Sourced<string>; date?: Sourced<PartialDate>; invalid?: string } = {};
    if (placeText !== '') result.place = { value: placeText, source: line.text };
    const validMonth = month >= 1 && month <= 12 && year >= 1945 && year <= 2200;
    if (!validMonth || (day !== undefined && !isRealDate(iso(year, month, day)))) {
      result.invalid = line.text.slice(offset);
      return result;
    }
    result.date = { value: day === undefined ? { year, month } : { year, month, day }, source: line.text };
    return result;
  }
  return {};
}

// ——— Title ————————————————————————————————————————————————————————————

export function findTitleLine(lines: readonly Line[]): Line | undefined {
  return lines.find((l) => /^KẾ HOẠCH\b/u.test(l.text.normalize('NFC')) || /^KE HOACH\b/.test(l.text));
}

const TITLE_STOP = /^(?:kinh gui|so\s*:|[ivx]{1,5}\s*[.:)]\s|noi nhan|\d{1,2}\s*[.)-]\s|[-+•*])/;

/** Whether the line after the title's last part still belongs to the title. */
function continuesTitle(previous: Line, next: Line, layout: Layout): boolean {
  if (TITLE_STOP.test(next.key) || BASIS_START.test(next.key) || next.text.length > 110) return false;
  if (isCapsLine(previous.text) && isCapsLine(next.text)) return true;
  if (/^[\p{Ll}"'“‘(]/u.test(next.text)) return true;
  return !layout.hard && !next.gap && !/[.:;]$/.test(previous.text) && !isCapsLine(next.text);
}

/** "KẾ HOẠCH <title>" on one line, or the title on the one to three lines that follow. */
export function extractTitle(text: PlanText): Sourced<string> | undefined {
  const line = findTitleLine(text.lines);
  if (line === undefined) return undefined;
  const layout = layoutOf(text.lines);
  const sameLine = line.text.replace(/^(?:KẾ HOẠCH|KE HOACH)\s*[:.-]?\s*/u, '').trim();
  const parts: string[] = [];
  let last: Line | undefined;
  if (sameLine !== '') {
    parts.push(sameLine);
    last = { ...piece(sameLine), index: line.index, gap: false };
  }
  for (const next of text.lines.slice(line.index + 1, line.index + 4)) {
    if (last === undefined) {
      if (TITLE_STOP.test(next.key) || BASIS_START.test(next.key) || next.text.length > 110 || /^\p{Ll}/u.test(next.text)) break;
    } else if (!continuesTitle(last, next, layout)) break;
    parts.push(next.text);
    last = next;
    if (/[.:;]$/.test(next.text)) break;
  }
  if (parts.length === 0) return undefined;
  const title = tidyTitle(parts.join(' '));
  if (title === '') return undefined;
  const head = line.text.slice(0, line.text.length - sameLine.length).trim();
  return { value: title, source: `${head} ${parts.join(' ')}`.trim() };
}

/** Sentence case for a title in capitals (roman round numbers kept), first letter up, no end dot. */
function tidyTitle(raw: string): string {
  let title = raw.replace(/[.:;]+$/, '').trim();
  if (isCapsLine(title)) {
    title = title
      .toLowerCase()
      .replace(/\b(đợt\s+)([ivx]{1,5})\b/gu, (_, lead: string, roman: string) => `${lead}${roman.toUpperCase()}`)
      .replace(/(["“])(\p{Ll})/gu, (_, quote: string, c: string) => `${quote}${c.toUpperCase()}`);
  }
  return title.charAt(0).toUpperCase() + title.slice(1);
}

// ——— Basis ————————————————————————————————————————————————————————————

const DOCUMENT =
  '(?:ke hoach|nghi quyet|chi thi|huong dan|quyet dinh|cong van|thong bao|chuong trinh|ket luan|de an|quy che|quy dinh|luat|nghi dinh|thong tu|dieu le|van ban)';
const BASIS_START = new RegExp(`^(?:can cu|thuc hien)\\s+(?:vao\\s+)?(?=${DOCUMENT}\\b)`);
const ISSUER = '(?:ban thuong vu|ban chap hanh|ban thuong truc|thuong truc|ldld|lien doan lao dong|cong doan)';
const NEXT_DOCUMENT = new RegExp(
  `\\s*(?:;|,\\s*(?=${DOCUMENT}\\s+so\\b)|\\s+va\\s+(?=${DOCUMENT}\\s+so\\b)|[,.]\\s*(?=${ISSUER}\\b[^;]{0,160}?\\b(?:xay dung|ban hanh|trien khai)\\b))\\s*`,
  'g',
);

/** A "Căn cứ Kế hoạch số …" sentence: about other documents, not about this plan's activities. */
export function isBasisSentence(sentence: Sentence): boolean {
  return BASIS_START.test(sentence.key);
}

/**
 * "Căn cứ …" / "Thực hiện …" sentences before the first section heading, one entry per document
 * they cite ("…; Kế hoạch Số 275-KH/BCĐ …"). What follows the documents in the same sentence
 * ("…; Ban Thường vụ LĐLĐ huyện xây dựng kế hoạch như sau:") is not a document and is left out.
 */
export function extractBasis(text: PlanText): Sourced<string>[] {
  const preamble = text.sentences.some((s) => s.section !== '') ? text.sentences.filter((s) => s.section === '') : text.sentences;
  const documents: Sourced<string>[] = [];
  for (const sentence of preamble) {
    const start = BASIS_START.exec(sentence.key);
    if (!start) continue;
    const body = sentence.text.slice(start[0].length);
    const bodyKey = sentence.key.slice(start[0].length);
    let from = 0;
    const cuts = [...bodyKey.matchAll(NEXT_DOCUMENT)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
    for (const [cutStart, cutEnd] of [...cuts, [body.length, body.length] as const]) {
      const partKey = bodyKey.slice(from, cutStart);
      const part = body.slice(from, cutStart);
      from = cutEnd;
      if (!new RegExp(`^${DOCUMENT}\\b`).test(partKey.trim())) continue;
      const value = tidyDocument(part);
      if (value !== '') documents.push({ value, source: sentence.text });
    }
  }
  return documents;
}

function tidyDocument(text: string): string {
  return text
    .replace(/(\d+)\s*\/\s*(?=\p{Lu})/gu, '$1/')
    .replace(/[\s.,;:]+$/, '')
    .trim();
}

// ——— Recipients and signature ——————————————————————————————————————————

const SIGNER_START = /^(tm|kt|tl|tuq)\.\s*\S/;
const SIGNER_TITLE = /^(?:pho chu tich|chu tich|truong ban|pho truong ban|bi thu|pho bi thu|uy vien thuong truc|uy vien)$/;

function isSignerLine(line: Line): boolean {
  return SIGNER_START.test(line.key) || (isCapsLine(line.text) && SIGNER_TITLE.test(line.key.replace(/[.:]+$/, '').trim()));
}

function isNameLine(line: Line): boolean {
  return /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$/u.test(line.text) && !/^(?:viet nam|noi nhan|ha noi)$/.test(line.key);
}

function noiNhanIndex(lines: readonly Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (/^noi nhan\b/.test(lines[i]?.key ?? '')) return i;
  return -1;
}

/** The "Nơi nhận:" list, one entry per line, bullet and end punctuation removed. */
export function extractRecipients(text: PlanText): Sourced<string>[] {
  const { lines } = text;
  const at = noiNhanIndex(lines);
  if (at < 0) return [];
  const recipients: Sourced<string>[] = [];
  const first = lines[at];
  const candidates: Line[] = [];
  if (first !== undefined) {
    const rest = first.text.replace(/^Nơi nhận\s*:?\s*/iu, '').replace(/^noi nhan\s*:?\s*/i, '');
    if (rest !== '' && rest !== first.text) candidates.push({ ...piece(rest), index: first.index, gap: false });
  }
  candidates.push(...lines.slice(at + 1, at + 30));
  for (const line of candidates) {
    if (isSignerLine(line) || isNameLine(line)) continue;
    const bullet = /^[-+•*▪◦]\s*(.+)$/u.exec(line.text);
    const plain = bullet === null && /^(?:nhu tren|luu)\b/.test(line.key);
    if (bullet === null && !plain) break;
    const value = (bullet?.[1] ?? line.text).replace(/[\s.,;]+$/, '').trim();
    if (value !== '') recipients.push({ value, source: line.text });
    if (/^luu\b/.test(fold(value))) break;
  }
  return recipients;
}

/** "TM. BAN THƯỜNG VỤ" / "PHÓ CHỦ TỊCH" / the name under the signature, when there is one. */
export function extractSigner(text: PlanText): Sourced<Signer> | undefined {
  const { lines } = text;
  const at = noiNhanIndex(lines);
  const tail = at >= 0 ? lines.slice(at) : lines.slice(Math.max(0, lines.length - 40));
  const start = tail.findIndex(isSignerLine);
  if (start < 0) return undefined;
  const used: Line[] = [];
  let onBehalf = '';
  let title = '';
  let i = start;
  const firstLine = tail[i];
  if (firstLine !== undefined && SIGNER_START.test(firstLine.key)) {
    onBehalf = firstLine.text;
    used.push(firstLine);
    i++;
  }
  for (; i < tail.length && i < start + 8; i++) {
    const line = tail[i];
    if (line === undefined) break;
    if (isCapsLine(line.text) && SIGNER_TITLE.test(line.key.replace(/[.:]+$/, '').trim())) {
      title = line.text.replace(/[.:]+$/, '');
      used.push(line);
      i++;
      break;
    }
  }
  // A signature needs its title ("CHỦ TỊCH"); "TM. BAN THƯỜNG VỤ" alone says who, not who signs.
  if (title === '') return undefined;
  let name = '';
  for (let j = i; j < tail.length && j < i + 8; j++) {
    const line = tail[j];
    if (line === undefined) break;
    if (isNameLine(line)) {
      name = line.text;
      used.push(line);
      break;
    }
  }
  return { value: { onBehalf, title, name }, source: used.map((l) => l.text).join(' / ') };
}
