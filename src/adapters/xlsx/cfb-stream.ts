import { hasCfbSignature } from './cfb';
import { LIMITS } from './zip-package';

/**
 * One stream out of a Compound File Binary container (OLE2, the envelope of an .xls), read with
 * every sector chain checked: a sector number past the end of the file, a chain that comes back on
 * itself, a stream longer than its chain or a directory, FAT or DIFAT that cannot be followed all
 * make the file damaged, never a loop or a read out of bounds. Follows [MS-CFB] 2.2–2.6.
 */

export type CfbEntry = { readonly name: string; readonly type: number; readonly start: number; readonly size: number };

export type CfbFile = {
  readonly entries: readonly CfbEntry[];
  /** The bytes of a stream named `name` (any case), undefined when there is none. */
  stream(name: string): Uint8Array | undefined;
};

export class CfbDamaged extends Error {
  constructor(why: string) {
    super(`compound file: ${why}`);
  }
}

const HEADER = 512;
const ENTRY = 128;
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MAX_REGULAR = 0xfffffffa;
const STREAM = 2;
const ROOT = 5;

/** Throws `CfbDamaged` for a container that cannot be followed. */
export function openCfb(bytes: Uint8Array): CfbFile {
  if (bytes.length < HEADER || !hasCfbSignature(bytes)) throw new CfbDamaged('no header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const shift = u16(0x1e);
  if (shift !== 9 && shift !== 12) throw new CfbDamaged('sector size');
  const sectorSize = 1 << shift;
  const miniShift = u16(0x20);
  if (miniShift !== 6) throw new CfbDamaged('mini sector size');
  const miniCutoff = u32(0x38);
  /** Sectors the file can hold: any sector number at or past this is past the end of the file. */
  const sectors = Math.floor((bytes.length - sectorSize) / sectorSize) + (bytes.length % sectorSize === 0 ? 0 : 1);
  const sectorAt = (n: number): Uint8Array => {
    if (n >= sectors) throw new CfbDamaged('sector past the end of the file');
    const start = (n + 1) * sectorSize;
    return bytes.subarray(start, Math.min(start + sectorSize, bytes.length));
  };
  const perSector = sectorSize / 4;

  // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  const fatCount = u32(0x2c);
  if (fatCount > sectors) throw new CfbDamaged('more FAT sectors than the file holds');
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i += 1) fatSectors.push(u32(0x4c + i * 4));
  const difatSeen = new Set<number>();
  for (let s = u32(0x44); s < MAX_REGULAR && fatSectors.length < fatCount; ) {
    if (difatSeen.has(s)) throw new CfbDamaged('DIFAT chain loops');
    difatSeen.add(s);
    const sector = sectorAt(s);
    const sv = new DataView(sector.buffer, sector.byteOffset, sector.byteLength);
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i += 1) fatSectors.push(sv.getUint32(i * 4, true));
    s = sv.getUint32((perSector - 1) * 4, true);
  }
  const fat = new Uint32Array(fatSectors.length * perSector).fill(FREE);
  fatSectors.forEach((s, i) => {
    if (s >= MAX_REGULAR) return;
    const sector = sectorAt(s);
    const sv = new DataView(sector.buffer, sector.byteOffset, sector.byteLength);
    for (let j = 0; j + 4 <= sector.length; j += 4) fat[i * perSector + j / 4] = sv.getUint32(j, true);
  });

  /** The sector numbers of a chain, each checked against the table and the file's end; a loop is damage. */
  const chain = (table: Uint32Array, start: number, limit: number, what: string): number[] => {
    const found: number[] = [];
    const seen = new Set<number>();
    for (let s = start; s !== END_OF_CHAIN; ) {
      if (s >= MAX_REGULAR || s >= table.length || s >= limit) throw new CfbDamaged(`${what} chain leaves the file`);
      if (seen.has(s)) throw new CfbDamaged(`${what} chain loops`);
      seen.add(s);
      found.push(s);
      s = table[s] as number;
    }
    return found;
  };
  const readChain = (start: number, size: number, what: string): Uint8Array => {
    const list = chain(fat, start, sectors, what);
    if (size > list.length * sectorSize) throw new CfbDamaged(`${what} longer than its sectors`);
    const out = new Uint8Array(Math.min(size, list.length * sectorSize));
    let at = 0;
    for (const s of list) {
      if (at >= out.length) break;
      const sector = sectorAt(s).subarray(0, out.length - at);
      out.set(sector, at);
      at += sector.length;
    }
    if (at < out.length) throw new CfbDamaged(`${what} past the end of the file`);
    return out;
  };

  const directoryBytes = readChain(u32(0x30), chain(fat, u32(0x30), sectors, 'directory').length * sectorSize, 'directory');
  const entries: CfbEntry[] = [];
  const dv = new DataView(directoryBytes.buffer, directoryBytes.byteOffset, directoryBytes.byteLength);
  const version = u16(0x1a);
  for (let at = 0; at + ENTRY <= directoryBytes.length; at += ENTRY) {
    const type = dv.getUint8(at + 0x42);
    const length = dv.getUint16(at + 0x40, true);
    if (type === 0 || length < 2 || length > 64) continue;
    const name = new TextDecoder('utf-16le').decode(directoryBytes.subarray(at, at + length - 2));
    // Version 3 files may leave garbage in the size's high half ([MS-CFB] 2.6.3).
    const high = version === 4 ? dv.getUint32(at + 0x7c, true) : 0;
    if (high !== 0) throw new CfbDamaged('stream larger than 4 GB');
    entries.push({ name, type, start: dv.getUint32(at + 0x74, true), size: dv.getUint32(at + 0x78, true) });
    if (entries.length > LIMITS.parts) throw new CfbDamaged('too many entries');
  }

  const root = entries.find((e) => e.type === ROOT);
  let mini: { stream: Uint8Array; fat: Uint32Array } | undefined;
  const miniStreams = () => {
    if (mini) return mini;
    if (!root) throw new CfbDamaged('no root entry');
    const stream = readChain(root.start, root.size, 'mini stream');
    const miniFatStart = u32(0x3c);
    const miniFatBytes = miniFatStart === END_OF_CHAIN ? new Uint8Array(0) : readChain(miniFatStart, chain(fat, miniFatStart, sectors, 'mini FAT').length * sectorSize, 'mini FAT');
    const table = new Uint32Array(Math.floor(miniFatBytes.length / 4));
    const mv = new DataView(miniFatBytes.buffer, miniFatBytes.byteOffset, miniFatBytes.byteLength);
    for (let i = 0; i < table.length; i += 1) table[i] = mv.getUint32(i * 4, true);
    mini = { stream, fat: table };
    return mini;
  };

  return {
    entries,
    stream(name) {
      const entry = entries.find((e) => e.type === STREAM && e.name.toLowerCase() === name.toLowerCase());
      if (!entry) return undefined;
      if (entry.size > LIMITS.fileBytes) throw new CfbDamaged('stream larger than the file');
      if (entry.size >= miniCutoff) return readChain(entry.start, entry.size, 'stream');
      const { stream, fat: miniFat } = miniStreams();
      const list = chain(miniFat, entry.start, Math.ceil(stream.length / 64), 'mini stream');
      if (entry.size > list.length * 64) throw new CfbDamaged('stream longer than its mini sectors');
      const out = new Uint8Array(entry.size);
      list.forEach((s, i) => {
        const part = stream.subarray(s * 64, s * 64 + 64).subarray(0, Math.max(0, entry.size - i * 64));
        out.set(part, i * 64);
      });
      return out;
    },
  };
}
