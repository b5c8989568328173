import JSZip from 'jszip';
import type { ModelWorkbook } from './sheet-model';
import { WORKSHEET_REL, contentTypeOf, parseRelationships, relationshipsPartName, resolveTarget, unescapeXml, workbookPartName } from './package-paths';

/**
 * Checks a zip archive before any XML parser sees it: that it opens, is an Excel workbook rather than
 * another Office or LibreOffice file, carries no macros, external links or DDE, and cannot make
 * parsing hang or exhaust memory. Sizes are read from the central directory without inflating
 * anything; then every part is inflated as a stream, never past the size it declares, and its XML
 * scanned (no DOCTYPE, no DDE formula, bounded rows and columns) before any XML parser sees it.
 */

export type PackageProblem =
  | { readonly kind: 'corrupt' }
  | { readonly kind: 'tooLarge'; readonly bytes: number }
  | { readonly kind: 'zipBomb'; readonly part: string }
  | { readonly kind: 'tooManyParts'; readonly parts: number }
  | { readonly kind: 'ods' }
  | { readonly kind: 'numbers' }
  | { readonly kind: 'xlsb' }
  /** With an .ods macro refusal, the workbook read from its content.xml (see `PolicyKind`). */
  | { readonly kind: 'macroEnabled'; readonly parts?: PackageParts; readonly workbook?: ModelWorkbook }
  | { readonly kind: 'notSpreadsheet' }
  | { readonly kind: 'strict' }
  /** A password-protected .ods (an encrypted .xlsx is a compound file, not a zip). */
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'externalLinks'; readonly parts?: PackageParts }
  | { readonly kind: 'dde'; readonly parts?: PackageParts }
  | { readonly kind: 'xmlEntities'; readonly part: string }
  | { readonly kind: 'tooManyRows'; readonly sheet: string; readonly rows: number }
  | { readonly kind: 'tooManyColumns'; readonly sheet: string; readonly columns: number }
  | { readonly kind: 'tooManyCells'; readonly sheet: string; readonly cells: number };

/**
 * A returned report is tens of kilobytes with 15–40 parts and one sheet of ~100 rows × 8 columns;
 * these leave room for pictures and a unit's own extra sheets and still bound the work well
 * under two seconds and 300 MB.
 */
export const LIMITS = {
  /** The file as received. */
  fileBytes: 20 * 1024 * 1024,
  /** All parts once inflated, as declared in the central directory (and then enforced). */
  unpackedBytes: 100 * 1024 * 1024,
  /** Parts in the archive. */
  parts: 1000,
  /** Inflated ÷ compressed size of one part, checked on parts larger than `ratioFromBytes`. */
  ratio: 100,
  ratioFromBytes: 1024 * 1024,
  /**
   * Rows holding a value and the last column holding one, in any worksheet. Empty styled cells do
   * not count: LibreOffice writes them out to column 1024 on a formatted row.
   */
  sheetRows: 10_000,
  sheetColumns: 200,
  /**
   * Row and cell elements of one worksheet, empty or not: what bounds the parsing of a sheet of
   * empty cells (about 1.5 s and 190 MB at the limit here). 290 rows formatted whole in LibreOffice
   * (1024 cells each) fit; a report has about a hundred.
   */
  sheetElements: 300_000,
  /** Excel's own limit for the text of one cell; longer text cannot come from Excel. */
  cellChars: 32_767,
} as const;

const CONTENT_TYPES = '[Content_Types].xml';
const OOXML_MAIN = /spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template|addin)\.macroEnabled\.main\+xml/i;
const XLSB_MAIN = /ms-excel\.sheet\.binary\.macroEnabled\.main/i;
const MACRO_MAIN = /macroEnabled/i;
const VBA_PROJECT = /ms-office\.vbaProject/i;
/** Numbers' own parts, in the single-file form (Index/*.iwa) or a zipped package folder (x.numbers/Index.zip). */
const APPLE_NUMBERS = /^(?:[^/]+\.numbers\/)?index\/.*\.iwa$|^[^/]+\.numbers\/index\.zip$/;
const ODS_MIME = /^application\/vnd\.oasis\.opendocument\.spreadsheet/;
const STRICT_NAMESPACE = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

export async function checkPackage(bytes: Uint8Array): Promise<PackageProblem | undefined> {
  const opened = await openPackage(bytes);
  return 'kind' in opened ? opened : undefined;
}

/** The XML parts of a package that passed every check, as text, by name (without a leading `/`). */
export type PackageParts = ReadonlyMap<string, string>;

/**
 * Refusals for what a workbook carries (macros, links to other files, DDE) rather than for how it
 * is built. Such a package is still checked like any other; when it passes every other check its
 * XML parts come with the refusal, so that whose it is can be read. The macro project is never
 * more than inflated, and links are never followed.
 */
export type PolicyKind = 'macroEnabled' | 'externalLinks' | 'dde';

/**
 * `checkPackage`, handing back the text of every XML part it inflated and scanned on the way; for
 * a policy refusal (`PolicyKind`), with those parts when everything else passed.
 */
export async function openPackage(bytes: Uint8Array): Promise<PackageProblem | { readonly parts: PackageParts }> {
  if (bytes.length > LIMITS.fileBytes) return { kind: 'tooLarge', bytes: bytes.length };
  const directory = readCentralDirectory(bytes);
  if ('kind' in directory) return directory;
  const entries = directory.entries;
  const sizeProblem = checkSizes(entries);
  if (sizeProblem) return sizeProblem;

  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, '').toLowerCase(), e]));
  const read = async (name: string): Promise<string | undefined> => {
    const entry = byName.get(name.toLowerCase());
    if (!entry) return undefined;
    const chunks: string[] = [];
    const decoder = new TextDecoder();
    const outcome = await inflateEntry(bytes, entry, (chunk) => void chunks.push(decoder.decode(chunk, { stream: true })));
    if (outcome !== 'ok') throw new PackageError(outcome === 'overflow' ? { kind: 'zipBomb', part: entry.name } : { kind: 'corrupt' });
    return chunks.join('') + decoder.decode();
  };

  // The first policy refusal found; any other problem found later then ends the check with it alone.
  let policy: PolicyKind | undefined;
  const refuse = (problem: PackageProblem): PackageProblem => (policy ? { kind: policy } : problem);
  try {
    const mimetype = await read('mimetype');
    if (mimetype !== undefined && ODS_MIME.test(mimetype.trim())) return { kind: 'ods' };

    const names = [...byName.keys()];
    const contentTypes = await read(CONTENT_TYPES);
    // The workbook's own content type decides (SheetJS declares a Default for .bin as xlsb in
    // every .xlsx it writes, so the mere mention of a type says nothing).
    const workbookPart = workbookPartName(await read('_rels/.rels'));
    const workbookType = contentTypeOf(contentTypes ?? '', workbookPart) ?? '';
    if (XLSB_MAIN.test(workbookType)) return { kind: 'xlsb' };
    if (MACRO_MAIN.test(workbookType) || names.some((n) => n.endsWith('vbaproject.bin')) || hasVbaOverride(contentTypes ?? '')) policy = 'macroEnabled';
    if (names.some((n) => APPLE_NUMBERS.test(n))) return refuse({ kind: 'numbers' });
    if (!OOXML_MAIN.test(workbookType) && !byName.has(workbookPart.toLowerCase())) return refuse({ kind: 'notSpreadsheet' });
    // Excel, LibreOffice and every other writer put it there; without it Excel will not open the file.
    if (contentTypes === undefined) return refuse({ kind: 'corrupt' });

    const workbook = await read(workbookPart);
    if (workbook === undefined) return refuse({ kind: 'notSpreadsheet' });
    if (names.some((n) => n.startsWith('xl/externallinks/'))) {
      const links = await Promise.all(names.filter((n) => n.startsWith('xl/externallinks/') && n.endsWith('.xml')).map(read));
      policy ??= links.some((text) => text !== undefined && DDE_LINK.test(text)) ? 'dde' : 'externalLinks';
    }
    if (hasDoctype(workbook)) return refuse({ kind: 'xmlEntities', part: workbookPart });
    if (workbook.includes(STRICT_NAMESPACE)) return refuse({ kind: 'strict' });

    const sheetNames = worksheetNames(workbookPart, workbook, (await read(relationshipsPartName(workbookPart))) ?? '');
    const parts = new Map<string, string>();
    for (const entry of entries) {
      const { problem, dde } = await scanEntry(bytes, entry, sheetNames, parts);
      if (problem) return refuse(problem);
      if (dde) policy ??= 'dde';
    }
    return policy ? { kind: policy, parts } : { parts };
  } catch (error) {
    if (error instanceof PackageError) return refuse(error.problem);
    return refuse({ kind: 'corrupt' });
  }
}

/** Whether every part of the archive inflates: tells a damaged file from one exceljs cannot parse. */
export async function packageInflates(bytes: Uint8Array): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    await Promise.all(Object.values(zip.files).map((e) => (e.dir ? undefined : e.async('uint8array'))));
    return true;
  } catch {
    return false;
  }
}

class PackageError extends Error {
  constructor(readonly problem: PackageProblem) {
    super(problem.kind);
  }
}

// ---------------------------------------------------------------------------------------------
// The central directory, read by hand: sizes and names without inflating a byte.

export type ZipEntry = {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
};

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

export function readCentralDirectory(bytes: Uint8Array): { readonly entries: ZipEntry[] } | PackageProblem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  if (bytes.length < 22) return { kind: 'corrupt' };

  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (u32(i) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { kind: 'corrupt' };
  let count = u16(eocd + 10);
  let cdSize = u32(eocd + 12);
  let cdOffset = u32(eocd + 16);
  if (count === 0xffff || cdSize === MAX32 || cdOffset === MAX32) {
    const locator = eocd - 20;
    if (locator < 0 || u32(locator) !== SIG_ZIP64_LOCATOR) return { kind: 'corrupt' };
    const at = u64(locator + 8);
    if (at + 56 > bytes.length || u32(at) !== SIG_ZIP64_EOCD) return { kind: 'corrupt' };
    count = u64(at + 32);
    cdSize = u64(at + 40);
    cdOffset = u64(at + 48);
  }
  if (count > LIMITS.parts) return { kind: 'tooManyParts', parts: count };
  if (cdOffset + cdSize > bytes.length) return { kind: 'corrupt' };

  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  while (p < cdOffset + cdSize) {
    if (p + 46 > bytes.length || u32(p) !== SIG_CENTRAL) return { kind: 'corrupt' };
    const nameLength = u16(p + 28);
    const extraLength = u16(p + 30);
    const commentLength = u16(p + 32);
    if (p + 46 + nameLength + extraLength > bytes.length) return { kind: 'corrupt' };
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    let compressedSize = u32(p + 20);
    let size = u32(p + 24);
    let localOffset = u32(p + 42);
    if (size === MAX32 || compressedSize === MAX32 || localOffset === MAX32) {
      // Zip64: the real values follow in the extra field 0x0001, in this order, for those at the maximum.
      let e = p + 46 + nameLength;
      const end = e + extraLength;
      while (e + 4 <= end && u16(e) !== 0x0001) e += 4 + u16(e + 2);
      if (e + 4 > end) return { kind: 'corrupt' };
      let f = e + 4;
      const next = () => {
        if (f + 8 > end) throw new PackageError({ kind: 'corrupt' });
        const v = u64(f);
        f += 8;
        return v;
      };
      try {
        if (size === MAX32) size = next();
        if (compressedSize === MAX32) compressedSize = next();
        if (localOffset === MAX32) localOffset = next();
      } catch {
        return { kind: 'corrupt' };
      }
    }
    if (!name.endsWith('/')) entries.push({ name, method: u16(p + 10), flags: u16(p + 8), compressedSize, size, localOffset });
    if (entries.length > LIMITS.parts) return { kind: 'tooManyParts', parts: entries.length };
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries };
}

export function checkSizes(entries: readonly ZipEntry[]): PackageProblem | undefined {
  let total = 0;
  for (const e of entries) {
    if (e.size > LIMITS.ratioFromBytes && e.size > LIMITS.ratio * Math.max(e.compressedSize, 1)) return { kind: 'zipBomb', part: e.name };
    total += e.size;
  }
  return total > LIMITS.unpackedBytes ? { kind: 'tooLarge', bytes: total } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Inflating one part as a stream, stopping the moment it passes the size it declared.

export type Inflated = 'ok' | 'overflow' | 'corrupt' | 'stopped';

/** Feeds the part's bytes to `onChunk` as they inflate; `onChunk` returns false to stop early. */
export async function inflateEntry(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => boolean | void): Promise<Inflated> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== SIG_LOCAL) return 'corrupt';
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) return 'corrupt';
  if ((entry.flags & 1) !== 0) return 'corrupt';
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) return 'corrupt';
    return onChunk(data) === false ? 'stopped' : 'ok';
  }
  if (entry.method !== 8) return 'corrupt';
  // Excel 2010 writes an empty part (a thumbnail) as deflated with no data at all, which zlib refuses.
  if (entry.size === 0 && entry.compressedSize === 0) return onChunk(data) === false ? 'stopped' : 'ok';
  const zlib = entry.size <= SYNC_INFLATE_BYTES ? nodeZlib() : undefined;
  if (zlib) return inflateSync(zlib, data, entry.size, onChunk);
  return typeof DecompressionStream === 'function' ? inflateStream(data, entry.size, onChunk) : inflateWhole(data, entry.size, onChunk);
}

/**
 * Under Node, small parts inflate in one call to zlib, capped at their declared size: twenty
 * times faster than a stream for the 1–60 KB parts of a return. Larger parts stream, so that a
 * huge sheet is refused after its first rows. The browser (the pane) always streams.
 */
const SYNC_INFLATE_BYTES = 1024 * 1024;

type NodeZlib = { inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array };

let zlibModule: NodeZlib | null | undefined;

function nodeZlib(): NodeZlib | undefined {
  if (zlibModule === undefined) {
    // process.getBuiltinModule (Node ≥ 20.16) leaves nothing for a bundler to follow.
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const zlib = typeof proc?.getBuiltinModule === 'function' ? proc.getBuiltinModule('node:zlib') : undefined;
    zlibModule = typeof zlib === 'object' && zlib !== null && 'inflateRawSync' in zlib ? (zlib as NodeZlib) : null;
  }
  return zlibModule ?? undefined;
}

function inflateSync(zlib: NodeZlib, data: Uint8Array, declared: number, onChunk: (chunk: Uint8Array) => boolean | void): Inflated {
  let inflated: Uint8Array;
  try {
    inflated = zlib.inflateRawSync(data, { maxOutputLength: declared + 1 });
  } catch (error) {
    // Compared by name: the error may come from another realm (a test runner's VM context).
    const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : '';
    return name === 'RangeError' ? 'overflow' : 'corrupt';
  }
  if (inflated.length > declared) return 'overflow';
  if (inflated.length !== declared) return 'corrupt';
  return onChunk(inflated) === false ? 'stopped' : 'ok';
}

async function inflateStream(data: Uint8Array, declared: number, onChunk: (chunk: Uint8Array) => boolean | void): Promise<Inflated> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // A view into the file's own bytes, never a SharedArrayBuffer.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > declared) {
        await reader.cancel().catch(() => undefined);
        return 'overflow';
      }
      if (onChunk(value) === false) {
        await reader.cancel().catch(() => undefined);
        return 'stopped';
      }
    }
  } catch {
    return 'corrupt';
  }
  return total === declared ? 'ok' : 'corrupt';
}

/**
 * Where the platform has no DecompressionStream (old browsers, jsdom): inflate with JSZip, whole.
 * The declared sizes were already bounded, so only a part lying about its size can cost more than
 * the limits, and JSZip refuses it once inflated.
 */
async function inflateWhole(data: Uint8Array, declared: number, onChunk: (chunk: Uint8Array) => boolean | void): Promise<Inflated> {
  let inflated: Uint8Array;
  try {
    const part = (await JSZip.loadAsync(oneEntryZip(data, declared))).file('part');
    if (!part) return 'corrupt';
    inflated = await part.async('uint8array');
  } catch {
    return 'corrupt';
  }
  if (inflated.length !== declared) return 'corrupt';
  return onChunk(inflated) === false ? 'stopped' : 'ok';
}

/** JSZip inflates only inside an archive: wrap the part's deflated data as a one-part archive. */
function oneEntryZip(deflated: Uint8Array, size: number): Uint8Array {
  const name = new TextEncoder().encode('part');
  const local = new Uint8Array(30 + name.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, SIG_LOCAL, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, deflated.length, true);
  lv.setUint32(22, size, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  const central = new Uint8Array(46 + name.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, SIG_CENTRAL, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, deflated.length, true);
  cv.setUint32(24, size, true);
  cv.setUint16(28, name.length, true);
  central.set(name, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, SIG_EOCD, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length + deflated.length, true);
  const out = new Uint8Array(local.length + deflated.length + central.length + end.length);
  out.set(local, 0);
  out.set(deflated, local.length);
  out.set(central, local.length + deflated.length);
  out.set(end, local.length + deflated.length + central.length);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scanning the XML of a part as it inflates.

const DDE_LINK = /<(?:[\w.-]+:)?ddeLink\b|\bddeService\s*=/;
const DOCTYPE = /<!DOCTYPE|<!ENTITY/i;
/**
 * A row or cell start tag; for a cell that is not self-closing, its first child when that is a
 * value, an inline string or a formula (the schema puts them first), which makes it count.
 */
const ROW_OR_CELL = /<(?:[\w.-]+:)?(row|c)(?=[\s>/])([^>]*?)(\/?)>(\s*<(?:[\w.-]+:)?(?:v|f|is)[\s>/])?/g;
const CELL_COLUMN = /\sr\s*=\s*["']\$?([A-Za-z]{1,3})\$?\d/;
const OPEN_CELL = /<(?:[\w.-]+:)?c[\s>]/g;
const FORMULA = /<(?:[\w.-]+:)?f(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?f>/g;
const OPEN_FORMULA = /<(?:[\w.-]+:)?f[\s>]/g;
/** Text kept back between chunks stays below this, whatever the part holds. */
const MAX_CARRY = 256 * 1024;

function hasDoctype(text: string): boolean {
  return DOCTYPE.test(text);
}

function hasVbaOverride(contentTypes: string): boolean {
  return [...contentTypes.matchAll(/<(?:[\w.-]+:)?Override\b[^>]*>/g)].some((m) => VBA_PROJECT.test(m[0]));
}

type ScanState = {
  /** Row and cell elements seen. */
  elements: number;
  /** Rows holding a value, and whether the row open now already counted. */
  rows: number;
  rowCounted: boolean;
  /** The column of the last cell seen in the open row (cells without `r` follow it), and the last holding a value. */
  column: number;
  columns: number;
  /** A DDE link or formula: a policy refusal, so the scan goes on to the part's end. */
  dde: boolean;
  problem?: PackageProblem;
};

async function scanEntry(bytes: Uint8Array, entry: ZipEntry, sheetNames: ReadonlyMap<string, string>, parts: Map<string, string>): Promise<{ problem?: PackageProblem; dde: boolean }> {
  const name = entry.name.replace(/^\//, '');
  const xml = /\.(xml|rels|vml)$/i.test(name);
  const sheet = sheetNames.get(name.toLowerCase()) ?? (/^xl\/worksheets\/[^/]+\.xml$/i.test(name) ? name : undefined);
  const state: ScanState = { elements: 0, rows: 0, rowCounted: false, column: 0, columns: 0, dde: false };
  const decoder = new TextDecoder();
  let carry = '';
  const texts: string[] = [];
  const scan = (text: string) => scanText(text, name, sheet, state);
  const outcome = await inflateEntry(bytes, entry, (chunk) => {
    if (!xml) return true;
    const text = decoder.decode(chunk, { stream: true });
    texts.push(text);
    const all = carry + text;
    const cut = safeCut(all, sheet !== undefined);
    scan(all.slice(0, cut));
    carry = all.slice(cut);
    return state.problem === undefined;
  });
  if (outcome === 'overflow') return { problem: { kind: 'zipBomb', part: name }, dde: false };
  if (outcome === 'corrupt') return { problem: { kind: 'corrupt' }, dde: false };
  if (outcome === 'ok' && xml) {
    const rest = decoder.decode();
    scan(carry + rest);
    texts.push(rest);
    if (!state.problem) parts.set(name, texts.join(''));
  }
  return { ...(state.problem ? { problem: state.problem } : {}), dde: state.dde };
}

/**
 * Where to cut the text seen so far so that no tag, no formula, and no cell start tag and its
 * first child are split across two scans.
 */
function safeCut(text: string, sheet: boolean): number {
  let cut = text.lastIndexOf('<');
  if (cut < 0) cut = text.length;
  if (sheet) {
    const lastOpen = lastMatch(OPEN_FORMULA, text);
    if (lastOpen >= 0 && !/<\/(?:[\w.-]+:)?f>/.test(text.slice(lastOpen))) cut = Math.min(cut, lastOpen);
    const lastCell = lastMatch(OPEN_CELL, text);
    if (lastCell >= 0) cut = Math.min(cut, lastCell);
  }
  return Math.max(cut, text.length - MAX_CARRY);
}

function lastMatch(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m.index;
  return last;
}

function scanText(text: string, part: string, sheet: string | undefined, state: ScanState): void {
  if (state.problem || text === '') return;
  if (DOCTYPE.test(text)) {
    state.problem = { kind: 'xmlEntities', part };
    return;
  }
  if (DDE_LINK.test(text)) state.dde = true;
  if (sheet === undefined) return;
  countCells(text, sheet, state);
  if (state.problem || state.dde) return;
  FORMULA.lastIndex = 0;
  for (let m = FORMULA.exec(text); m; m = FORMULA.exec(text)) {
    if (isDdeFormula(m[1] ?? '')) {
      state.dde = true;
      return;
    }
  }
}

function countCells(text: string, sheet: string, state: ScanState): void {
  ROW_OR_CELL.lastIndex = 0;
  for (let m = ROW_OR_CELL.exec(text); m; m = ROW_OR_CELL.exec(text)) {
    state.elements += 1;
    if (m[1] === 'row') {
      state.rowCounted = false;
      state.column = 0;
    } else {
      const letters = CELL_COLUMN.exec(m[2] ?? '')?.[1];
      state.column = letters === undefined ? state.column + 1 : columnNumber(letters);
      if (m[3] !== '/' && m[4] !== undefined) {
        if (state.column > state.columns) state.columns = state.column;
        if (!state.rowCounted) {
          state.rowCounted = true;
          state.rows += 1;
        }
      }
    }
  }
  if (state.rows > LIMITS.sheetRows) state.problem = { kind: 'tooManyRows', sheet, rows: state.rows };
  else if (state.columns > LIMITS.sheetColumns) state.problem = { kind: 'tooManyColumns', sheet, columns: state.columns };
  else if (state.elements > LIMITS.sheetElements) state.problem = { kind: 'tooManyCells', sheet, cells: state.elements };
}

/** `=cmd|'/C calc'!A0`: outside string literals, a bar only ever means a DDE call in a formula. */
export function isDdeFormula(xmlText: string): boolean {
  const formula = xmlText.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#124;|&#x7[cC];/g, '|').replace(/&amp;/g, '&');
  return formula.replace(/"(?:[^"]|"")*"/g, '').includes('|');
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Worksheet part path (lower case) → sheet name, from the workbook and its relationships. */
function worksheetNames(workbookPart: string, workbook: string, rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const rel of parseRelationships(rels)) {
    if (!rel.external && (rel.type === '' || WORKSHEET_REL.test(rel.type))) targets.set(rel.id, resolveTarget(workbookPart, rel.target));
  }
  const names = new Map<string, string>();
  for (const m of workbook.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"|\b[\w]+:id="([^"]*)"/.exec(m[0]);
    const target = targets.get(id?.[1] ?? id?.[2] ?? '');
    if (name !== undefined && target) names.set(target.toLowerCase(), unescapeXml(name));
  }
  return names;
}
