/**
 * Just enough of the Compound File Binary format (OLE2) to list the names in its directory: it
 * tells a legacy .xls (a `Workbook` stream) from a password-protected .xlsx (`EncryptionInfo` and
 * `EncryptedPackage` streams). Every read is bounds-checked and every chain is cut off at the
 * number of sectors the file can hold, so a damaged file gives a short list, never a loop.
 */

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const HEADER_SIZE = 512;
const DIRECTORY_ENTRY = 128;
const HEADER_DIFAT_ENTRIES = 109;
/** Sector numbers at or above this mean "end of chain", "free" or "FAT sector". */
const MAX_REGULAR_SECTOR = 0xfffffffa;

export function hasCfbSignature(bytes: Uint8Array): boolean {
  return CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Names of the storages and streams in the directory, or `[]` when it cannot be followed. */
export function cfbDirectoryNames(bytes: Uint8Array): string[] {
  if (bytes.length < HEADER_SIZE || !hasCfbSignature(bytes)) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return [];
  const sectorSize = 1 << shift;
  const maxSectors = Math.ceil(bytes.length / sectorSize);
  const sectorOffset = (n: number) => (n + 1) * sectorSize;

  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i += 1) {
    const s = view.getUint32(0x4c + i * 4, true);
    if (s < MAX_REGULAR_SECTOR) fatSectors.push(s);
  }
  const perFatSector = sectorSize / 4;
  const nextSector = (n: number): number | undefined => {
    const fatSector = fatSectors[Math.floor(n / perFatSector)];
    if (fatSector === undefined) return undefined;
    const at = sectorOffset(fatSector) + (n % perFatSector) * 4;
    return at + 4 <= bytes.length ? view.getUint32(at, true) : undefined;
  };

  const names: string[] = [];
  let sector: number | undefined = view.getUint32(0x30, true);
  for (let visited = 0; sector !== undefined && sector < MAX_REGULAR_SECTOR && visited < maxSectors; visited += 1) {
    const start = sectorOffset(sector);
    for (let at = start; at + DIRECTORY_ENTRY <= Math.min(start + sectorSize, bytes.length); at += DIRECTORY_ENTRY) {
      const name = entryName(bytes, view, at);
      if (name) names.push(name);
    }
    sector = nextSector(sector);
  }
  return names;
}

function entryName(bytes: Uint8Array, view: DataView, at: number): string {
  const type = view.getUint8(at + 0x42);
  const length = view.getUint16(at + 0x40, true);
  if (type === 0 || length < 2 || length > 64) return '';
  // The length counts the terminating UTF-16 null.
  return new TextDecoder('utf-16le').decode(bytes.subarray(at, at + length - 2));
}

/** Whether the UTF-16LE spelling of `name` occurs anywhere: the fallback when the directory is damaged. */
export function containsUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i += 1) {
    needle[i * 2] = name.charCodeAt(i) & 0xff;
    needle[i * 2 + 1] = name.charCodeAt(i) >> 8;
  }
  outer: for (let i = 0; i + needle.length <= bytes.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
