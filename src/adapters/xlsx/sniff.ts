import { cfbDirectoryNames, containsUtf16Name, hasCfbSignature } from './cfb';

/**
 * What a file is, judged by its bytes, never by its name: units rename, re-save and forward files
 * through Zalo, so `báo cáo.xlsx` may be anything.
 */
export type FileKind =
  /** Nothing, or only spaces and line breaks. */
  | 'empty'
  /** An OLE2 compound file holding a workbook: Excel 97–2003 (.xls). */
  | 'xls'
  /** An OLE2 compound file holding an encrypted OOXML package: a password-protected .xlsx. */
  | 'encrypted'
  /** A zip archive: an .xlsx candidate, still to be checked. */
  | 'zip'
  /** Anything else: a picture, a PDF, a Word 97 document, text, random bytes. */
  | 'other';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;
/** An empty zip archive starts with its end-of-central-directory record. */
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06] as const;
const WHITESPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);

export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.every((b) => WHITESPACE.has(b))) return 'empty';
  if (startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, EMPTY_ZIP_SIGNATURE)) return 'zip';
  if (hasCfbSignature(bytes)) return compoundFileKind(bytes);
  return 'other';
}

function compoundFileKind(bytes: Uint8Array): FileKind {
  const names = new Set(cfbDirectoryNames(bytes));
  if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) return 'encrypted';
  if (names.has('Workbook') || names.has('Book')) return 'xls';
  if (names.has('WordDocument') || names.has('PowerPoint Document')) return 'other';
  // A damaged directory: look for the name anywhere before settling on the likeliest case.
  if (names.size === 0 && containsUtf16Name(bytes, 'EncryptionInfo')) return 'encrypted';
  return 'xls';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
