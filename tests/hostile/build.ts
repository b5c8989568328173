import { constants, crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

/**
 * Builds hostile .xlsx files byte by byte: a small zip writer that can declare any sizes, deflate
 * streams crafted to inflate to gigabytes from a kilobyte, sheets of a million rows written as
 * plain XML. Nothing here goes through exceljs, so each file is made in milliseconds and the
 * test's own memory stays small.
 */

/** One part of a package: its bytes, or an already-deflated stream with the sizes to declare. */
export type Part =
  | { readonly name: string; readonly data: Uint8Array | string }
  | { readonly name: string; readonly deflated: Uint8Array; readonly declaredSize: number; readonly crc?: number };

const MB = 1024 * 1024;

/** The parts of a real workbook, by name, in archive order. */
export async function partsOf(bytes: Uint8Array): Promise<Part[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Part[] = [];
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) parts.push({ name: entry.name, data: await entry.async('uint8array') });
  }
  return parts;
}

export async function partText(bytes: Uint8Array, name: string): Promise<string> {
  const entry = (await JSZip.loadAsync(bytes)).file(name);
  if (!entry) throw new Error(`no part ${name}`);
  return entry.async('string');
}

/** Replaces (or adds) parts by name and keeps the rest. */
export function withParts(parts: readonly Part[], replace: readonly Part[], drop: readonly string[] = []): Part[] {
  const names = new Set([...replace.map((p) => p.name), ...drop]);
  return [...parts.filter((p) => !names.has(p.name)), ...replace];
}

/** A zip archive, written by hand so that sizes can be declared as the test wants. */
export function writeZip(parts: readonly Part[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    let deflated: Uint8Array;
    let size: number;
    let crc: number;
    if ('data' in part) {
      const raw = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : Buffer.from(part.data);
      deflated = deflateRawSync(raw);
      size = raw.length;
      crc = zlibCrc32(raw);
    } else {
      deflated = part.deflated;
      size = part.declaredSize;
      crc = part.crc ?? 0;
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(deflated));
    centrals.push(central, name);
    offset += local.length + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/**
 * A raw deflate stream that inflates to `megabytes` MB of zeros, about 1 KB per MB: the first
 * megabyte compressed once, then the same block (which refers only to zeros already written)
 * repeated, then an empty final block. Made in milliseconds whatever its inflated size.
 */
export function zeroBomb(megabytes: number): Uint8Array {
  const zeros = Buffer.alloc(MB);
  const first = deflateRawSync(zeros, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const next = deflateRawSync(zeros, { level: 9, dictionary: Buffer.alloc(32 * 1024), finishFlush: constants.Z_SYNC_FLUSH });
  return new Uint8Array(Buffer.concat([first, ...Array.from({ length: megabytes - 1 }, () => next), Buffer.from([0x03, 0x00])]));
}

/** Sheet XML with `rows` rows of one number each, written as text chunks and deflated in one go. */
export function hugeSheet(rows: number): Part & { readonly deflated: Uint8Array } {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const chunks: string[] = [head];
  let batch = '';
  for (let r = 1; r <= rows; r += 1) {
    batch += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    if (r % 10_000 === 0) {
      chunks.push(batch);
      batch = '';
    }
  }
  chunks.push(batch, '</sheetData></worksheet>');
  const raw = Buffer.from(chunks.join(''), 'utf8');
  return { name: '', deflated: deflateRawSync(raw, { level: 1 }), declaredSize: raw.length, crc: zlibCrc32(raw) };
}

/** Billion laughs: ten levels of ten references, 10⁹ "lol"s once expanded by a parser that allows it. */
export function billionLaughs(root: string): string {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i += 1) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE ${root} [\n${entities.join('\n')}\n]>\n<${root} xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></${root}>`;
}

/** The path of the worksheet part holding the sheet named `name`, from workbook.xml and its rels. */
export async function sheetPart(bytes: Uint8Array, name: string): Promise<string> {
  const workbook = await partText(bytes, 'xl/workbook.xml');
  const rels = await partText(bytes, 'xl/_rels/workbook.xml.rels');
  const sheet = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook);
  const id = sheet?.[1];
  const target = id ? new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1] : undefined;
  if (!target) throw new Error(`no part for sheet ${name}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

// ---------------------------------------------------------------------------------------------
// OpenDocument spreadsheets (.ods), written by hand like the .xlsx above.

const ODS_NAMESPACES =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

/** content.xml of a one-sheet spreadsheet whose rows are the given table:table-row elements. */
export function odsContent(rows: string, sheet = 'Báo cáo'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${ODS_NAMESPACES} office:version="1.3"><office:body><office:spreadsheet><table:table table:name="${sheet}">${rows}</table:table></office:spreadsheet></office:body></office:document-content>`;
}

/** A text cell and a number cell as LibreOffice writes them. */
export const odsText = (text: string, attrs = '') => `<table:table-cell office:value-type="string"${attrs}><text:p>${text}</text:p></table:table-cell>`;
export const odsNumber = (n: number, attrs = '') => `<table:table-cell office:value-type="float" office:value="${n}"${attrs}><text:p>${n}</text:p></table:table-cell>`;

/** The parts of an .ods package around its content.xml (a string, or a part with declared sizes). */
export function odsParts(content: string | Part): Part[] {
  const manifest = '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  return [
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
    typeof content === 'string' ? { name: 'content.xml', data: content } : { ...content, name: 'content.xml' },
    { name: 'META-INF/manifest.xml', data: manifest },
  ];
}

/** content.xml with `rows` rows of one number each, deflated in one go, as `hugeSheet` does for .xlsx. */
export function hugeOdsContent(rows: number): Part & { readonly deflated: Uint8Array } {
  const chunks: string[] = [];
  let batch = '';
  for (let r = 1; r <= rows; r += 1) {
    batch += `<table:table-row>${odsNumber(r)}</table:table-row>`;
    if (r % 10_000 === 0) {
      chunks.push(batch);
      batch = '';
    }
  }
  chunks.push(batch);
  const raw = Buffer.from(odsContent(chunks.join('')), 'utf8');
  return { name: 'content.xml', deflated: deflateRawSync(raw, { level: 1 }), declaredSize: raw.length, crc: zlibCrc32(raw) };
}

// ---------------------------------------------------------------------------------------------
// Excel 97–2003 (.xls): BIFF8 records in a compound file, written by hand so that any chain or
// size can be broken on purpose.

/** One BIFF record: type, length, payload. */
export function biffRecord(type: number, payload: Uint8Array | readonly number[]): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(type, 0);
  head.writeUInt16LE(payload.length, 2);
  return Buffer.concat([head, Buffer.from(payload)]);
}

const u16le = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n, 0);
  return b;
};
const u32le = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0, 0);
  return b;
};
/** Text as UTF-16 (the high-byte flag set), as Excel writes Vietnamese. */
const wide = (text: string) => Buffer.from(text, 'utf16le');

export type BiffCell = readonly [row: number, col: number, value: string | number];
export type BiffSheet = { readonly name: string; readonly cells: readonly BiffCell[]; readonly extra?: readonly Buffer[] };

/** A BIFF8 Workbook stream: globals (sheet list, shared strings), then each sheet's cells. */
export function biffWorkbook(sheets: readonly BiffSheet[], globalsExtra: readonly Buffer[] = []): Buffer {
  const strings: string[] = [];
  const index = (text: string) => {
    const at = strings.indexOf(text);
    if (at >= 0) return at;
    strings.push(text);
    return strings.length - 1;
  };
  const bof = (kind: number) => biffRecord(0x0809, Buffer.concat([u16le(0x0600), u16le(kind), Buffer.alloc(12)]));
  const eof = biffRecord(0x000a, []);
  const substreams = sheets.map((sheet) =>
    Buffer.concat([
      bof(0x0010),
      ...sheet.cells.map(([row, col, value]) =>
        typeof value === 'number'
          ? biffRecord(0x0203, Buffer.concat([u16le(row), u16le(col), u16le(15), Buffer.from(new Float64Array([value]).buffer)]))
          : biffRecord(0x00fd, Buffer.concat([u16le(row), u16le(col), u16le(15), u32le(index(value))])),
      ),
      ...(sheet.extra ?? []),
      eof,
    ]),
  );
  const sst = biffRecord(0x00fc, Buffer.concat([u32le(strings.length), u32le(strings.length), ...strings.map((s) => Buffer.concat([u16le(s.length), Buffer.from([1]), wide(s)]))]));
  const boundsheet = (name: string, offset: number) => biffRecord(0x0085, Buffer.concat([u32le(offset), Buffer.from([0, 0, name.length, 1]), wide(name)]));
  const globalsSize = bof(5).length + sheets.reduce((n, s) => n + boundsheet(s.name, 0).length, 0) + globalsExtra.reduce((n, b) => n + b.length, 0) + (strings.length > 0 ? sst.length : 0) + eof.length;
  let offset = globalsSize;
  const sheetList = sheets.map((s, i) => {
    const record = boundsheet(s.name, offset);
    offset += (substreams[i] as Buffer).length;
    return record;
  });
  // No shared strings, no SST record: a test may bring its own among the extra records.
  return Buffer.concat([bof(5), ...sheetList, ...globalsExtra, ...(strings.length > 0 ? [sst] : []), eof, ...substreams]);
}

export type CfbLayout = {
  readonly bytes: Uint8Array;
  /** Byte offset of FAT entry `n` (the FAT is sector 0). */
  readonly fatEntry: (n: number) => number;
  /** Byte offset of the directory entry of stream `i` (0 is the root). */
  readonly directoryEntry: (i: number) => number;
  /** First sector of each stream, in the order given. */
  readonly starts: readonly number[];
};

/**
 * A version 3 compound file (512-byte sectors): header, one FAT sector, one directory sector, then
 * each stream in consecutive sectors, padded to 4,096 bytes so that none lives in the mini stream.
 * At most three streams, which is all an .xls test needs.
 */
export function writeCfb(streams: readonly { readonly name: string; readonly data: Uint8Array }[]): CfbLayout {
  const SECTOR = 512;
  const padded = streams.map((s) => Buffer.concat([Buffer.from(s.data), Buffer.alloc(Math.max(0, 4096 - s.data.length))]));
  const sectorsOf = padded.map((p) => Math.ceil(p.length / SECTOR));
  const total = 2 + sectorsOf.reduce((a, b) => a + b, 0);
  if (total > SECTOR / 4 || streams.length > 3) throw new Error('writeCfb: too large for one FAT and one directory sector');
  const bytes = Buffer.alloc(SECTOR * (1 + total));
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x3e, 0x18);
  bytes.writeUInt16LE(3, 0x1a);
  bytes.writeUInt16LE(0xfffe, 0x1c);
  bytes.writeUInt16LE(9, 0x1e);
  bytes.writeUInt16LE(6, 0x20);
  bytes.writeUInt32LE(1, 0x2c);
  bytes.writeUInt32LE(1, 0x30);
  bytes.writeUInt32LE(4096, 0x38);
  bytes.writeUInt32LE(0xfffffffe, 0x3c);
  bytes.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i += 1) bytes.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + i * 4);
  const fatEntry = (n: number) => SECTOR + n * 4;
  for (let i = 0; i < SECTOR / 4; i += 1) bytes.writeUInt32LE(0xffffffff, fatEntry(i));
  bytes.writeUInt32LE(0xfffffffd, fatEntry(0));
  bytes.writeUInt32LE(0xfffffffe, fatEntry(1));
  const directoryEntry = (i: number) => 2 * SECTOR + i * 128;
  const entry = (i: number, name: string, type: number, start: number, size: number) => {
    const at = directoryEntry(i);
    Buffer.from(name, 'utf16le').copy(bytes, at);
    bytes.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    bytes.writeUInt8(type, at + 0x42);
    bytes.writeUInt32LE(0xffffffff, at + 0x44);
    bytes.writeUInt32LE(0xffffffff, at + 0x48);
    bytes.writeUInt32LE(i === 0 && streams.length > 0 ? 1 : 0xffffffff, at + 0x4c);
    bytes.writeUInt32LE(start, at + 0x74);
    bytes.writeUInt32LE(size, at + 0x78);
  };
  entry(0, 'Root Entry', 5, 0xfffffffe, 0);
  const starts: number[] = [];
  let next = 2;
  padded.forEach((data, i) => {
    const start = next;
    starts.push(start);
    data.copy(bytes, SECTOR * (1 + start));
    for (let s = 0; s < (sectorsOf[i] as number); s += 1) bytes.writeUInt32LE(s + 1 < (sectorsOf[i] as number) ? start + s + 1 : 0xfffffffe, fatEntry(start + s));
    next += sectorsOf[i] as number;
    entry(i + 1, (streams[i] as { name: string }).name, 2, start, data.length);
  });
  return { bytes: new Uint8Array(bytes), fatEntry, directoryEntry, starts };
}

/**
 * A compound file whose one stream is smaller than 4,096 bytes and so lives in the mini stream, as
 * small files from some writers do: header, FAT (sector 0), directory (1), mini FAT (2), then the
 * mini stream itself in 64-byte mini sectors (3…). `miniFatEntry` points into the mini FAT.
 */
export function writeCfbMini(name: string, data: Uint8Array): CfbLayout & { readonly miniFatEntry: (n: number) => number } {
  const SECTOR = 512;
  const minis = Math.ceil(data.length / 64);
  const containerSectors = Math.ceil((minis * 64) / SECTOR);
  if (minis > SECTOR / 4 || data.length >= 4096) throw new Error('writeCfbMini: one mini FAT sector, under 4,096 bytes');
  const base = writeCfb([]);
  const bytes = Buffer.alloc(SECTOR * (4 + containerSectors));
  Buffer.from(base.bytes.subarray(0, SECTOR * 3)).copy(bytes);
  bytes.writeUInt32LE(2, 0x3c);
  bytes.writeUInt32LE(1, 0x40);
  const fatEntry = (n: number) => SECTOR + n * 4;
  bytes.writeUInt32LE(0xfffffffe, fatEntry(2));
  for (let s = 0; s < containerSectors; s += 1) bytes.writeUInt32LE(s + 1 < containerSectors ? 4 + s : 0xfffffffe, fatEntry(3 + s));
  const miniFatEntry = (n: number) => SECTOR * 3 + n * 4;
  for (let i = 0; i < SECTOR / 4; i += 1) bytes.writeUInt32LE(i < minis ? (i + 1 < minis ? i + 1 : 0xfffffffe) : 0xffffffff, miniFatEntry(i));
  Buffer.from(data).copy(bytes, SECTOR * 4);
  const directoryEntry = (i: number) => 2 * SECTOR + i * 128;
  // The root entry holds the mini stream: it starts in sector 3.
  bytes.writeUInt32LE(1, directoryEntry(0) + 0x4c);
  bytes.writeUInt32LE(3, directoryEntry(0) + 0x74);
  bytes.writeUInt32LE(minis * 64, directoryEntry(0) + 0x78);
  const at = directoryEntry(1);
  Buffer.from(name, 'utf16le').copy(bytes, at);
  bytes.writeUInt16LE((name.length + 1) * 2, at + 0x40);
  bytes.writeUInt8(2, at + 0x42);
  bytes.writeUInt32LE(0xffffffff, at + 0x44);
  bytes.writeUInt32LE(0xffffffff, at + 0x48);
  bytes.writeUInt32LE(0xffffffff, at + 0x4c);
  bytes.writeUInt32LE(0, at + 0x74);
  bytes.writeUInt32LE(data.length, at + 0x78);
  return { bytes: new Uint8Array(bytes), fatEntry, directoryEntry, starts: [0], miniFatEntry };
}
