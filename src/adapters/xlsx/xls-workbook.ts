import { CfbDamaged, openCfb } from './cfb-stream';
import { DEFAULT_FORMATS, excelToDate, isDateFmt } from './fast-workbook';
import { GridSheet } from './grid-sheet';
import type { GridLimit } from './grid-sheet';
import type { ModelWorkbook } from './sheet-model';
import { LIMITS } from './zip-package';

/**
 * An Excel 97–2003 workbook (.xls: BIFF8 records in a compound file), as Excel 2003 saves it and
 * as LibreOffice's "Excel 97–2003" does, read into the same workbook model as the fast .xlsx
 * reader. Only what a return needs is decoded: the sheet list, shared strings, number formats (to
 * know dates), cell values (LABELSST, LABEL, NUMBER, RK, MULRK, BOOLERR, FORMULA with its cached
 * result and STRING) and merges. Formulas are never evaluated, and their text is not decompiled.
 * Records and strings are bounds-checked; the container is followed by `openCfb`.
 * Record layouts: [MS-XLS] 2.4.
 */

export type XlsProblem =
  | { readonly kind: 'corrupt' }
  | { readonly kind: 'tooLarge'; readonly bytes: number }
  /** Excel 5.0/95 or older (BIFF5 and before): another encoding of text, not read. */
  | { readonly kind: 'legacyXls' }
  | { readonly kind: 'encrypted' }
  /** Refused for what it carries; with the workbook when every other check passed (see `PolicyKind`). */
  | { readonly kind: 'macroEnabled'; readonly workbook?: ModelWorkbook }
  | { readonly kind: 'externalLinks'; readonly workbook?: ModelWorkbook }
  | { readonly kind: 'tooManyParts'; readonly parts: number }
  | GridLimit;

export function openXls(bytes: Uint8Array): XlsProblem | { readonly workbook: ModelWorkbook } {
  if (bytes.length > LIMITS.fileBytes) return { kind: 'tooLarge', bytes: bytes.length };
  let macros = false;
  try {
    const cfb = openCfb(bytes);
    const names = cfb.entries.map((e) => e.name.toLowerCase());
    // The VBA storage is never read: only the workbook stream, as for any .xls.
    macros = names.includes('_vba_project_cur') || names.includes('vba');
    const stream = cfb.stream('Workbook');
    // Excel 5.0/95 named its stream Book.
    if (!stream) return macros ? { kind: 'macroEnabled' } : names.includes('book') ? { kind: 'legacyXls' } : { kind: 'corrupt' };
    const read = readWorkbookStream(stream);
    if (!macros) return read;
    return 'workbook' in read ? { kind: 'macroEnabled', workbook: read.workbook } : { kind: 'macroEnabled' };
  } catch (error) {
    if (macros && (error instanceof BiffDamaged || error instanceof BiffRefused)) return { kind: 'macroEnabled' };
    if (error instanceof CfbDamaged || error instanceof BiffDamaged) return { kind: 'corrupt' };
    if (error instanceof BiffRefused) return error.problem;
    throw error;
  }
}

class BiffDamaged extends Error {}

class BiffRefused extends Error {
  constructor(readonly problem: XlsProblem) {
    super(problem.kind);
  }
}

const R = {
  BOF: 0x0809,
  EOF: 0x000a,
  CONTINUE: 0x003c,
  FILEPASS: 0x002f,
  DATEMODE: 0x0022,
  FORMAT: 0x041e,
  XF: 0x00e0,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  SUPBOOK: 0x01ae,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  BOOLERR: 0x0205,
  FORMULA: 0x0006,
  STRING: 0x0207,
  MERGECELLS: 0x00e5,
} as const;

const BIFF8 = 0x0600;
/** The largest record payload BIFF8 allows. */
const MAX_RECORD = 8224;

/** A record with the payloads of the CONTINUE records that follow it. */
type Record_ = { readonly type: number; readonly offset: number; readonly parts: Uint8Array[] };

function records(stream: Uint8Array): Record_[] {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const list: Record_[] = [];
  for (let at = 0; at + 4 <= stream.length; ) {
    const type = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (length > MAX_RECORD || at + 4 + length > stream.length) throw new BiffDamaged('record past the end');
    const data = stream.subarray(at + 4, at + 4 + length);
    const last = list[list.length - 1];
    if (type === R.CONTINUE && last) last.parts.push(data);
    else if (type !== 0 || length !== 0) list.push({ type, offset: at, parts: [data] });
    at += 4 + length;
  }
  return list;
}

/** Reads across a record and its CONTINUE records, as SST and STRING need ([MS-XLS] 2.5.293). */
class Cursor {
  private part = 0;
  private at = 0;

  constructor(private readonly parts: readonly Uint8Array[]) {}

  private current(): Uint8Array {
    for (;;) {
      const part = this.parts[this.part];
      if (part === undefined) throw new BiffDamaged('read past the record');
      if (this.at < part.length) return part;
      this.part += 1;
      this.at = 0;
    }
  }

  get done(): boolean {
    for (let p = this.part, at = this.at; p < this.parts.length; p += 1, at = 0) if (at < (this.parts[p] as Uint8Array).length) return false;
    return true;
  }

  u8(): number {
    const part = this.current();
    return part[this.at++] as number;
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(n: number): void {
    for (let left = n; left > 0; ) {
      const part = this.current();
      const step = Math.min(left, part.length - this.at);
      this.at += step;
      left -= step;
    }
  }

  /** An XLUnicodeString's characters: a CONTINUE boundary inside them starts with a new flags byte. */
  chars(count: number, highByte: boolean): string {
    const out: string[] = [];
    let wide = highByte;
    for (let left = count; left > 0; ) {
      let part = this.parts[this.part];
      if (part === undefined) throw new BiffDamaged('string past the record');
      if (this.at >= part.length) {
        this.part += 1;
        this.at = 0;
        part = this.parts[this.part];
        if (part === undefined || part.length === 0) throw new BiffDamaged('string past the record');
        wide = ((part[this.at++] as number) & 1) === 1;
      }
      const size = wide ? 2 : 1;
      const n = Math.min(left, Math.floor((part.length - this.at) / size));
      if (n === 0) {
        // Half a character before a boundary: not written by Excel or LibreOffice; skip the byte.
        this.at = part.length;
        continue;
      }
      const slice = part.subarray(this.at, this.at + n * size);
      out.push(wide ? new TextDecoder('utf-16le').decode(slice) : latin1(slice));
      this.at += n * size;
      left -= n;
    }
    return out.join('');
  }

  /** XLUnicodeRichExtendedString: its text; rich-text runs and phonetic data are skipped. */
  richString(): string {
    const count = this.u16();
    const flags = this.u8();
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    const text = this.chars(count, (flags & 1) === 1);
    this.skip(runs * 4 + ext);
    return text;
  }
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 4096) text += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return text;
}

type SheetEntry = { readonly name: string; readonly offset: number; readonly kind: number };

type Globals = {
  date1904: boolean;
  readonly formats: Map<number, string>;
  readonly xfFormats: number[];
  readonly sheets: SheetEntry[];
  shared: string[];
};

function readWorkbookStream(stream: Uint8Array): XlsProblem | { readonly workbook: ModelWorkbook } {
  const list = records(stream);
  const bof = list[0];
  if (!bof || bof.type !== R.BOF) {
    // BIFF2–4 start with other BOF record numbers; BIFF5 shares 0x0809 with another version.
    return { kind: list[0] && [0x0009, 0x0209, 0x0409].includes(list[0].type) ? 'legacyXls' : 'corrupt' };
  }
  if (u16(bof.parts[0], 0) !== BIFF8) return { kind: 'legacyXls' };

  const globals: Globals = { date1904: false, formats: new Map(), xfFormats: [], sheets: [], shared: [] };
  let policy: 'macroEnabled' | 'externalLinks' | undefined;
  let i = 1;
  for (; i < list.length; i += 1) {
    const record = list[i] as Record_;
    if (record.type === R.EOF) break;
    const data = record.parts[0] as Uint8Array;
    switch (record.type) {
      case R.FILEPASS:
        return { kind: 'encrypted' };
      case R.DATEMODE:
        globals.date1904 = u16(data, 0) === 1;
        break;
      case R.FORMAT: {
        const cursor = new Cursor(record.parts);
        const id = cursor.u16();
        globals.formats.set(id, cursor.richString());
        break;
      }
      case R.XF:
        globals.xfFormats.push(u16(data, 2));
        break;
      case R.BOUNDSHEET: {
        const cursor = new Cursor(record.parts);
        const offset = cursor.u32();
        cursor.u8(); // visibility: hidden and very hidden sheets are read like the others
        const kind = cursor.u8();
        const length = cursor.u8();
        const flags = cursor.u8();
        globals.sheets.push({ name: cursor.chars(length, (flags & 1) === 1), offset, kind });
        break;
      }
      case R.SST:
        globals.shared = sharedStrings(record.parts);
        break;
      case R.SUPBOOK:
        // Self-references (0x0401), add-in functions (0x3A01), and a one-character path that is
        // 0x00 (same-sheet) or 0x20 (unused; Excel for Mac 2011 writes one) are internal
        // ([MS-XLS] 2.4.271 SupBook); anything else names another file.
        if (![0x0401, 0x3a01].includes(u16(data, 2)) && !isInternalPath(data)) policy ??= 'externalLinks';
        break;
      default:
        break;
    }
  }
  // Excel 4 macro sheets and VBA modules.
  // Excel 4 macro sheets (never read: only worksheets are) take precedence over links.
  if (globals.sheets.some((s) => s.kind === 1 || s.kind === 6)) policy = 'macroEnabled';
  // Each sheet of an .xlsx is a part of its own: the same bound on how many.
  if (globals.sheets.length > LIMITS.parts) return policy ? { kind: policy } : { kind: 'tooManyParts', parts: globals.sheets.length };

  const byOffset = new Map(globals.sheets.map((s) => [s.offset, s]));
  const sheets: GridSheet[] = [];
  for (i += 1; i < list.length; i += 1) {
    const record = list[i] as Record_;
    if (record.type !== R.BOF) continue;
    const entry = byOffset.get(record.offset);
    const end = substreamEnd(list, i);
    if (entry && entry.kind === 0) {
      try {
        sheets.push(readSheet(entry.name, list.slice(i + 1, end), globals));
      } catch (error) {
        // A sheet past the limits or damaged: the policy refusal alone, nothing of the workbook read.
        if (policy && (error instanceof BiffRefused || error instanceof BiffDamaged)) return { kind: policy };
        throw error;
      }
    }
    i = end;
  }
  // In the order of the sheet list, as the tabs are.
  const order = globals.sheets.map((s) => s.name);
  sheets.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  const workbook = { worksheets: sheets.map((s) => s.finish()) };
  return policy ? { kind: policy, workbook } : { workbook };
}

/** The index of the EOF closing the substream opened at `start`, charts embedded in it included. */
function substreamEnd(list: readonly Record_[], start: number): number {
  let depth = 0;
  for (let i = start; i < list.length; i += 1) {
    const type = (list[i] as Record_).type;
    if (type === R.BOF) depth += 1;
    else if (type === R.EOF && --depth === 0) return i;
  }
  return list.length;
}

function sharedStrings(parts: readonly Uint8Array[]): string[] {
  const cursor = new Cursor(parts);
  cursor.u32();
  const unique = cursor.u32();
  const strings: string[] = [];
  // Each string takes at least three bytes: a count larger than the record can hold stops there.
  while (strings.length < unique && !cursor.done) strings.push(cursor.richString());
  return strings;
}

function readSheet(name: string, list: readonly Record_[], globals: Globals): GridSheet {
  const sheet = new GridSheet(name);
  const place = (row: number, col: number, value: unknown) => {
    const limit = sheet.set(row + 1, col + 1, value);
    if (limit) throw new BiffRefused(limit);
  };
  const isDate = (xf: number): boolean => {
    const id = globals.xfFormats[xf];
    return id !== undefined && id !== 0 && isDateFmt(globals.formats.get(id) || DEFAULT_FORMATS[id]);
  };
  const number = (xf: number, n: number): unknown => (isDate(xf) ? excelToDate(n, globals.date1904) : n);
  for (let i = 0; i < list.length; i += 1) {
    const record = list[i] as Record_;
    if (record.type === R.BOF) {
      // A chart embedded in the sheet: its own substream, no cells of the sheet.
      i = substreamEnd(list, i);
      continue;
    }
    const data = record.parts[0] as Uint8Array;
    if (data.length < 6 && record.type !== R.MERGECELLS) continue;
    const row = u16(data, 0);
    const col = u16(data, 2);
    const xf = u16(data, 4);
    switch (record.type) {
      case R.LABELSST: {
        const text = globals.shared[u32(data, 6)];
        if (text === undefined) throw new BiffDamaged('shared string out of range');
        place(row, col, text);
        break;
      }
      case R.LABEL:
      case R.RSTRING: {
        const cursor = new Cursor([data.subarray(6), ...record.parts.slice(1)]);
        const count = cursor.u16();
        place(row, col, cursor.chars(count, (cursor.u8() & 1) === 1));
        break;
      }
      case R.NUMBER:
        place(row, col, number(xf, f64(data, 6)));
        break;
      case R.RK:
        place(row, col, number(xf, rk(u32(data, 6))));
        break;
      case R.MULRK: {
        const last = u16(data, data.length - 2);
        for (let c = col, at = 4; c <= last && at + 6 <= data.length - 2; c += 1, at += 6) place(row, c, number(u16(data, at), rk(u32(data, at + 2))));
        break;
      }
      case R.BOOLERR:
        place(row, col, data[7] === 1 ? { error: ERRORS[data[6] as number] ?? '#N/A' } : data[6] === 1);
        break;
      case R.FORMULA: {
        // A shared or array formula's own record may come between the cell and its STRING.
        const next = list[i + 1] !== undefined && FORMULA_PARTS.has((list[i + 1] as Record_).type) ? list[i + 2] : list[i + 1];
        const result = formulaResult(data, next);
        const value: { formula: string; result?: unknown } = { formula: '' };
        if (result !== undefined && result !== '') value.result = typeof result === 'number' ? number(xf, result) : result;
        place(row, col, value);
        break;
      }
      case R.MERGECELLS: {
        const count = u16(data, 0);
        for (let k = 0, at = 2; k < count && at + 8 <= data.length; k += 1, at += 8) {
          sheet.merge(u16(data, at) + 1, u16(data, at + 4) + 1, u16(data, at + 2) + 1, u16(data, at + 6) + 1);
        }
        break;
      }
      default:
        break;
    }
  }
  return sheet;
}

/** SHRFMLA, ARRAY and TABLE: the formula of a range, written after its first cell's FORMULA. */
const FORMULA_PARTS: ReadonlySet<number> = new Set([0x04bc, 0x0221, 0x0236]);

const ERRORS: Readonly<Record<number, string>> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A' };

/** A FORMULA record's cached value ([MS-XLS] 2.5.133): a number, or a string in the STRING record after it. */
function formulaResult(data: Uint8Array, next: Record_ | undefined): unknown {
  if (data.length < 14) throw new BiffDamaged('formula record too short');
  if (data[12] !== 0xff || data[13] !== 0xff) return f64(data, 6);
  switch (data[6]) {
    case 0: {
      if (!next || next.type !== R.STRING) return undefined;
      const cursor = new Cursor(next.parts);
      const count = cursor.u16();
      return cursor.chars(count, (cursor.u8() & 1) === 1);
    }
    case 1:
      return data[8] === 1;
    case 2:
      return { error: ERRORS[data[8] as number] ?? '#N/A' };
    default:
      return '';
  }
}

/** An RK number ([MS-XLS] 2.5.217): a 30-bit integer or the top of a double, maybe divided by 100. */
function rk(value: number): number {
  let n: number;
  if (value & 2) n = (value | 0) >> 2;
  else {
    const bytes = new DataView(new ArrayBuffer(8));
    bytes.setUint32(4, value & 0xfffffffc, true);
    n = bytes.getFloat64(0, true);
  }
  return value & 1 ? n / 100 : n;
}

function u16(data: Uint8Array | undefined, at: number): number {
  if (!data || at + 2 > data.length) throw new BiffDamaged('record too short');
  return (data[at] as number) | ((data[at + 1] as number) << 8);
}

function u32(data: Uint8Array, at: number): number {
  return (u16(data, at) | (u16(data, at + 2) << 16)) >>> 0;
}

function f64(data: Uint8Array, at: number): number {
  if (at + 8 > data.length) throw new BiffDamaged('record too short');
  return new DataView(data.buffer, data.byteOffset + at, 8).getFloat64(0, true);
}

/** A SupBook whose virtPath is one character, 0x00 or 0x20: no other file named. */
function isInternalPath(data: Uint8Array): boolean {
  if (data.length < 6 || u16(data, 2) !== 1) return false;
  const wide = ((data[4] ?? 0) & 1) === 1;
  const char = wide ? u16(data, 5) : (data[5] ?? -1);
  return char === 0x00 || char === 0x20;
}
