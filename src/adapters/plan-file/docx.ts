/**
 * The text of a Word plan (.docx) as a clerk's copy-and-paste would give it: one line a
 * paragraph, list numbers written out ("I.", "1.", "a)"), table cells side by side between tabs
 * (the header block of a plan is a two-cell table). mammoth's raw text was not used: it drops the numbers Word generates for numbered lists
 * (lib/raw-text.js joins the runs' text only), and the plans' sections hang on those numbers.
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

type Level = { readonly format: string; readonly text: string; readonly start: number };
type Numbering = {
  /** numId → abstractNumId, with its start overrides by level. */
  readonly nums: ReadonlyMap<string, { readonly abstract: string; readonly starts: ReadonlyMap<number, number> }>;
  readonly abstracts: ReadonlyMap<string, ReadonlyMap<number, Level>>;
};
type NumRef = { numId?: string | undefined; ilvl?: number };

/** Throws when the bytes are not a Word document; the caller words that for the user. */
export async function readDocxText(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const document = zip.file('word/document.xml');
  if (document === null) throw new Error('word/document.xml is missing');
  const [body, numberingXml, stylesXml] = await Promise.all([
    document.async('string'),
    zip.file('word/numbering.xml')?.async('string') ?? Promise.resolve(''),
    zip.file('word/styles.xml')?.async('string') ?? Promise.resolve(''),
  ]);
  return bodyText(body, readNumbering(numberingXml), readStyleNumbering(stylesXml));
}

/** Runs a namespaced SAX parse; `skip` elements are passed over with everything inside them. */
function parse(xml: string, on: { open(tag: SaxesTagNS): void; text?(text: string): void; close(tag: SaxesTagNS): void }): void {
  if (xml === '') return;
  const parser = new SaxesParser({ xmlns: true });
  let skipping = 0;
  parser.on('opentag', (tag) => {
    // A drawing's "fallback" repeats its text box for old readers: read it once.
    if (skipping > 0 || (tag.uri === MC && tag.local === 'Fallback')) skipping++;
    else on.open(tag);
  });
  parser.on('closetag', (tag) => {
    if (skipping > 0) skipping--;
    else on.close(tag);
  });
  parser.on('text', (text) => {
    if (skipping === 0) on.text?.(text);
  });
  parser.write(xml).close();
}

const attr = (tag: SaxesTagNS, name: string) => tag.attributes[`w:${name}`]?.value ?? Object.values(tag.attributes).find((a) => a.uri === W && a.local === name)?.value;
const isW = (tag: SaxesTagNS, local: string) => tag.uri === W && tag.local === local;

function readNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  let abstract: Map<number, Level> | undefined;
  let level: { ilvl: number; format: string; text: string; start: number } | undefined;
  let num: { abstract: string; starts: Map<number, number> } | undefined;
  let overrideLevel: number | undefined;
  parse(xml, {
    open(tag) {
      if (isW(tag, 'abstractNum')) abstracts.set(attr(tag, 'abstractNumId') ?? '', (abstract = new Map()));
      else if (isW(tag, 'lvl') && abstract !== undefined) level = { ilvl: Number(attr(tag, 'ilvl') ?? 0), format: 'decimal', text: '', start: 1 };
      else if (isW(tag, 'numFmt') && level !== undefined) level.format = attr(tag, 'val') ?? 'decimal';
      else if (isW(tag, 'lvlText') && level !== undefined) level.text = attr(tag, 'val') ?? '';
      else if (isW(tag, 'start') && level !== undefined) level.start = Number(attr(tag, 'val') ?? 1);
      else if (isW(tag, 'num')) nums.set(attr(tag, 'numId') ?? '', (num = { abstract: '', starts: new Map() }));
      else if (isW(tag, 'abstractNumId') && num !== undefined) num.abstract = attr(tag, 'val') ?? '';
      else if (isW(tag, 'lvlOverride')) overrideLevel = Number(attr(tag, 'ilvl') ?? 0);
      else if (isW(tag, 'startOverride') && num !== undefined && overrideLevel !== undefined) num.starts.set(overrideLevel, Number(attr(tag, 'val') ?? 1));
    },
    close(tag) {
      if (isW(tag, 'lvl') && level !== undefined && abstract !== undefined) {
        abstract.set(level.ilvl, { format: level.format, text: level.text, start: level.start });
        level = undefined;
      } else if (isW(tag, 'abstractNum')) abstract = undefined;
      else if (isW(tag, 'num')) num = undefined;
      else if (isW(tag, 'lvlOverride')) overrideLevel = undefined;
    },
  });
  return { nums, abstracts };
}

/** Paragraph styles that carry a numbering of their own (Word's numbered headings). */
function readStyleNumbering(xml: string): ReadonlyMap<string, NumRef> {
  const styles = new Map<string, NumRef>();
  let current: NumRef | undefined;
  parse(xml, {
    open(tag) {
      if (isW(tag, 'style')) styles.set(attr(tag, 'styleId') ?? '', (current = {}));
      else if (current !== undefined && isW(tag, 'numId')) current.numId = attr(tag, 'val');
      else if (current !== undefined && isW(tag, 'ilvl')) current.ilvl = Number(attr(tag, 'val') ?? 0);
    },
    close(tag) {
      if (isW(tag, 'style')) current = undefined;
    },
  });
  return styles;
}

type Paragraph = { text: string; num: NumRef; style?: string | undefined; inPPr: boolean };
/** A cell keeps its paragraphs as lines, so a row reads like a page laid out in columns. */
type Table = { rows: string[]; cells: string[][]; cell: string[] };

function bodyText(xml: string, numbering: Numbering, styles: ReadonlyMap<string, NumRef>): string {
  const lines: string[] = [];
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  const counters = new Map<string, number[]>();
  let inText = false;
  let inRun = 0;

  const emit = (line: string) => {
    const table = tables[tables.length - 1];
    if (table !== undefined) table.cell.push(line);
    else lines.push(line);
  };
  const label = (p: Paragraph): string => {
    const byStyle = p.style === undefined ? undefined : styles.get(p.style);
    const numId = p.num.numId ?? byStyle?.numId;
    const ilvl = p.num.ilvl ?? byStyle?.ilvl ?? 0;
    if (numId === undefined || numId === '0') return '';
    const num = numbering.nums.get(numId);
    const levels = num === undefined ? undefined : numbering.abstracts.get(num.abstract);
    const level = levels?.get(ilvl);
    if (num === undefined || levels === undefined || level === undefined) return '';
    // Counters belong to the abstract list: two numIds over one list continue each other, as in
    // Word, unless one restarts it (w:startOverride).
    const key = num.starts.size > 0 ? `num:${numId}` : `list:${num.abstract}`;
    const count = counters.get(key) ?? [];
    const startOf = (lvl: number) => num.starts.get(lvl) ?? levels.get(lvl)?.start ?? 1;
    count[ilvl] = count[ilvl] === undefined ? startOf(ilvl) : count[ilvl] + 1;
    count.length = ilvl + 1;
    counters.set(key, count);
    if (level.format === 'bullet') return '-';
    if (level.format === 'none') return level.text.replace(/%\d/g, '').trim();
    return level.text.replace(/%(\d)/g, (_m, n: string) => {
      const lvl = Number(n) - 1;
      return formatNumber(count[lvl] ?? startOf(lvl), levels.get(lvl)?.format ?? 'decimal');
    });
  };

  parse(xml, {
    open(tag) {
      if (tag.uri !== W) return;
      const p = paragraphs[paragraphs.length - 1];
      switch (tag.local) {
        case 'p':
          paragraphs.push({ text: '', num: {}, inPPr: false });
          break;
        case 'pPr':
          if (p !== undefined) p.inPPr = true;
          break;
        case 'pStyle':
          if (p?.inPPr) p.style = attr(tag, 'val');
          break;
        case 'numId':
          if (p?.inPPr) p.num.numId = attr(tag, 'val');
          break;
        case 'ilvl':
          if (p?.inPPr) p.num.ilvl = Number(attr(tag, 'val') ?? 0);
          break;
        case 'r':
          inRun++;
          break;
        case 't':
          inText = inRun > 0;
          break;
        case 'tab':
          if (inRun > 0 && p !== undefined) p.text += '\t';
          break;
        case 'br':
        case 'cr':
          if (inRun > 0 && p !== undefined) p.text += '\n';
          break;
        case 'tbl':
          tables.push({ rows: [], cells: [], cell: [] });
          break;
      }
    },
    text(text) {
      const p = paragraphs[paragraphs.length - 1];
      if (inText && p !== undefined) p.text += text;
    },
    close(tag) {
      if (tag.uri !== W) return;
      const table = tables[tables.length - 1];
      switch (tag.local) {
        case 'pPr': {
          const p = paragraphs[paragraphs.length - 1];
          if (p !== undefined) p.inPPr = false;
          break;
        }
        case 't':
          inText = false;
          break;
        case 'r':
          inRun--;
          break;
        case 'p': {
          const p = paragraphs.pop();
          if (p === undefined) break;
          const number = label(p);
          emit(number === '' || p.text.trim() === '' ? p.text : `${number} ${p.text}`);
          break;
        }
        case 'tc':
          if (table !== undefined) {
            table.cells.push(table.cell.flatMap((c) => c.split('\n')).map((c) => c.trim()).filter((c) => c !== ''));
            table.cell = [];
          }
          break;
        case 'tr':
          if (table !== undefined) {
            // Cells side by side, their k-th lines on one line between tabs: the organisation beside "CỘNG HÒA …".
            const height = Math.max(0, ...table.cells.map((c) => c.length));
            for (let k = 0; k < height; k++) table.rows.push(table.cells.map((c) => c[k] ?? '').join('\t'));
            table.cells = [];
          }
          break;
        case 'tbl': {
          tables.pop();
          for (const row of table?.rows ?? []) emit(row);
          break;
        }
      }
    },
  });
  return lines.join('\n');
}

const ROMAN: readonly (readonly [number, string])[] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** The number formats plans use (ECMA-376 ST_NumberFormat); anything rarer falls back to decimal. */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return String.fromCharCode(64 + ((n - 1) % 26) + 1);
    case 'lowerLetter':
      return String.fromCharCode(96 + ((n - 1) % 26) + 1);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}
