import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import type { RawValue } from '../../src/core';

/**
 * A second reading of an .xlsx, written from ECMA-376 for the tests only, to check the fast
 * reader against: a DOM (jsdom's XML parser) instead of SAX, elements found by namespace, every
 * part found through relationships. It gives what a person sees in each cell, as the reader's
 * RawValue: text, number, boolean, `{ date }` for a number in a date format or a `t="d"` cell,
 * an error's code; a formula's cached result; covered cells of a merge left out. Slow and simple.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export type ReferenceSheet = { readonly name: string; readonly cells: ReadonlyMap<string, RawValue> };

const parser = new new JSDOM('').window.DOMParser();

function parse(xml: string): Document {
  const doc = parser.parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('not well-formed XML');
  return doc;
}

/** Children in SpreadsheetML's namespace (or none, as some writers leave it) with this local name. */
function children(parent: Element | Document, local: string): Element[] {
  return [...parent.childNodes].filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === local && isMain((n as Element).namespaceURI));
}

function descendants(parent: Element | Document, local: string): Element[] {
  return [...parent.getElementsByTagNameNS(MAIN, local), ...parent.getElementsByTagNameNS(null, local)];
}

function isMain(uri: string | null): boolean {
  return uri === MAIN || uri === null || uri === PKG;
}

function resolve(source: string, target: string): string {
  const parts = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of target.replace(/^\/+/, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

type Rel = { id: string; type: string; path: string };

async function rels(zip: JSZip, part: string): Promise<Rel[]> {
  const slash = part.lastIndexOf('/');
  const name = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const text = await file(zip, name);
  if (text === undefined) return [];
  return [...parse(text).getElementsByTagNameNS(PKG, 'Relationship')]
    .filter((r) => r.getAttribute('TargetMode') !== 'External')
    .map((r) => ({ id: r.getAttribute('Id') ?? '', type: r.getAttribute('Type') ?? '', path: resolve(part, r.getAttribute('Target') ?? '') }));
}

async function file(zip: JSZip, name: string): Promise<string | undefined> {
  const entry = zip.file(name) ?? zip.file(new RegExp(`^/?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'))[0];
  return entry ? entry.async('string') : undefined;
}

/** `_x000D_` and the like, ST_Xstring's escapes for characters XML cannot hold. */
function unescapeXstring(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of a string item (`si` or `is`): its `t`, or its runs' `t`, never the phonetic runs. */
function itemText(item: Element): string {
  const own = children(item, 't');
  const runs = children(item, 'r').flatMap((r) => children(r, 't'));
  return unescapeXstring([...own, ...runs].map((t) => t.textContent ?? '').join(''));
}

const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '').replace(/[_*]./g, '');
  return /[dmyhs]/i.test(bare);
}

function serialToDate(serial: number, date1904: boolean): string {
  const DAY = 86_400_000;
  // 1904 system: days from 1904-01-01. 1900 system: serial 1 is 1900-01-01 and 60 the 29 February
  // 1900 Excel keeps from Lotus; below 1 (a time, or a negative date Excel will not show) counts
  // from 1899-12-30, as LibreOffice shows it.
  if (date1904) return new Date(Date.UTC(1904, 0, 1) + Math.floor(serial * DAY)).toISOString().slice(0, 10);
  if (serial < 1) return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial * DAY)).toISOString().slice(0, 10);
  const days = Math.floor(serial);
  if (days === 60) return '1900-02-29';
  return new Date(Date.UTC(1899, 11, 31) + (days > 60 ? days - 1 : days) * DAY).toISOString().slice(0, 10);
}

function columnOf(ref: string): number {
  let n = 0;
  for (const ch of /^\$?([A-Z]+)/i.exec(ref)?.[1]?.toUpperCase() ?? '') n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function columnName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export async function referenceRead(bytes: Uint8Array): Promise<ReferenceSheet[]> {
  const zip = await JSZip.loadAsync(bytes);
  const office = (await rels(zip, '')).find((r) => r.type.endsWith('/officeDocument'));
  const workbookPart = office?.path ?? 'xl/workbook.xml';
  const workbook = parse((await file(zip, workbookPart)) ?? '');
  const date1904 = ['1', 'true'].includes(descendants(workbook, 'workbookPr')[0]?.getAttribute('date1904') ?? '');
  const bookRels = await rels(zip, workbookPart);
  const related = async (suffix: string) => {
    const rel = bookRels.find((r) => r.type.endsWith(suffix));
    return rel ? file(zip, rel.path) : undefined;
  };

  const sharedXml = await related('/sharedStrings');
  const shared = sharedXml === undefined ? [] : children(parse(sharedXml).documentElement, 'si').map(itemText);
  const stylesXml = await related('/styles');
  const dateStyles = new Set<number>();
  if (stylesXml !== undefined) {
    const styles = parse(stylesXml);
    const formats = new Map(descendants(styles, 'numFmt').map((f) => [Number(f.getAttribute('numFmtId')), f.getAttribute('formatCode') ?? '']));
    const cellXfs = descendants(styles, 'cellXfs')[0];
    (cellXfs ? children(cellXfs, 'xf') : []).forEach((xf, index) => {
      const id = Number(xf.getAttribute('numFmtId') ?? 0);
      const custom = formats.get(id);
      if (custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATES.has(id)) dateStyles.add(index);
    });
  }

  const sheets: ReferenceSheet[] = [];
  for (const sheet of descendants(workbook, 'sheet')) {
    const id = sheet.getAttributeNS(REL, 'id');
    const rel = bookRels.find((r) => r.id === id);
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    const xml = await file(zip, rel.path);
    if (xml === undefined) continue;
    const doc = parse(xml);
    const covered = new Set<string>();
    for (const merge of descendants(doc, 'mergeCell')) {
      const [from, to] = (merge.getAttribute('ref') ?? '').split(':');
      if (!from || !to) continue;
      const [c1, r1, c2, r2] = [columnOf(from), Number(/\d+/.exec(from)?.[0]), columnOf(to), Number(/\d+/.exec(to)?.[0])];
      for (let r = r1; r <= r2; r += 1) for (let c = c1; c <= c2; c += 1) if (r !== r1 || c !== c1) covered.add(`${columnName(c)}${r}`);
    }
    const cells = new Map<string, RawValue>();
    let rowNumber = 0;
    const data = descendants(doc, 'sheetData')[0];
    for (const row of data ? children(data, 'row') : []) {
      rowNumber = row.hasAttribute('r') ? Number(row.getAttribute('r')) : rowNumber + 1;
      let col = 0;
      for (const c of children(row, 'c')) {
        const ref = c.getAttribute('r');
        col = ref ? columnOf(ref) : col + 1;
        const address = `${columnName(col)}${rowNumber}`;
        const value = cellValue(c, shared, dateStyles, date1904);
        if (value !== null && !covered.has(address)) cells.set(address, value);
      }
    }
    sheets.push({ name: sheet.getAttribute('name') ?? '', cells });
  }
  return sheets;
}

function cellValue(c: Element, shared: readonly string[], dateStyles: ReadonlySet<number>, date1904: boolean): RawValue {
  const type = c.getAttribute('t') ?? 'n';
  const v = children(c, 'v')[0]?.textContent ?? undefined;
  const inline = children(c, 'is')[0];
  const text = (s: string): RawValue => (s === '' ? null : s);
  if (type === 'inlineStr' || (inline && v === undefined)) return inline ? text(itemText(inline)) : null;
  if (v === undefined || v === '') return null;
  switch (type) {
    case 's':
      return text(shared[Number(v)] ?? '');
    case 'str':
      return text(v);
    case 'b':
      return v.trim() !== '0';
    case 'e':
      return v;
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.test(v) ? { date: v.slice(0, 10) } : text(v);
    default: {
      const n = Number(v);
      if (v.trim() === '' || Number.isNaN(n)) return text(v);
      return dateStyles.has(Number(c.getAttribute('s') ?? 0)) ? { date: serialToDate(n, date1904) } : n;
    }
  }
}
