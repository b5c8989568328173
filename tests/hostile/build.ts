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
