import { sniffFile } from './sniff';

/**
 * Whether a file is an Office Open XML package (.xlsx) rather than an OpenDocument one (.ods, a zip
 * as well) or anything else: only those are workbooks Excel copies sheets from as they were sent.
 * An OpenDocument package begins with its `mimetype` part (ODF 1.2 part 3, 3.3); OOXML never has one.
 */
export function isOoxmlPackage(bytes: Uint8Array): boolean {
  return sniffFile(bytes) === 'zip' && !startsWithMimetype(bytes);
}

/** Char codes, not a TextEncoder: this runs at module load, where some hosts (jsdom) have none. */
const MIMETYPE = [...'mimetype'].map((c) => c.charCodeAt(0));

function startsWithMimetype(bytes: Uint8Array): boolean {
  // The first local header: its name's length at byte 26, the name itself from byte 30.
  return bytes[26] === MIMETYPE.length && bytes[27] === 0 && MIMETYPE.every((b, i) => bytes[30 + i] === b);
}
