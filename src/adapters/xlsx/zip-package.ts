import JSZip from 'jszip';

/**
 * Checks a zip archive before exceljs parses it: that it opens, is an Excel workbook rather than
 * another Office or LibreOffice file, carries no macros and is not so large that parsing it could
 * hang the pane. Reading the directory and one small part costs well under a millisecond.
 */

export type PackageProblem =
  | { readonly kind: 'corrupt' }
  | { readonly kind: 'tooLarge'; readonly bytes: number }
  | { readonly kind: 'ods' }
  | { readonly kind: 'xlsb' }
  | { readonly kind: 'macroEnabled' }
  | { readonly kind: 'notSpreadsheet' }
  | { readonly kind: 'strict' };

/** A returned report is tens of kilobytes; these leave room for pictures and still bound the work. */
export const LIMITS = { fileBytes: 20 * 1024 * 1024, unpackedBytes: 100 * 1024 * 1024 } as const;

const WORKBOOK_PART = 'xl/workbook.xml';
const OOXML_MAIN = /spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template|addin)\.macroEnabled\.main\+xml/i;
const XLSB_MAIN = /ms-excel\.sheet\.binary\.macroEnabled\.main/i;
const ODS_MIME = /^application\/vnd\.oasis\.opendocument\.spreadsheet/;
const STRICT_NAMESPACE = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

export async function checkPackage(bytes: Uint8Array): Promise<PackageProblem | undefined> {
  if (bytes.length > LIMITS.fileBytes) return { kind: 'tooLarge', bytes: bytes.length };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { kind: 'corrupt' };
  }
  const entries = Object.values(zip.files).filter((e) => !e.dir);
  const unpacked = entries.reduce((sum, e) => sum + declaredSize(e), 0);
  if (unpacked > LIMITS.unpackedBytes) return { kind: 'tooLarge', bytes: unpacked };

  try {
    const mimetype = await partText(zip, 'mimetype');
    if (mimetype !== undefined && ODS_MIME.test(mimetype.trim())) return { kind: 'ods' };

    const names = entries.map((e) => e.name.replace(/^\//, '').toLowerCase());
    const contentTypes = (await partText(zip, '[Content_Types].xml')) ?? '';
    if (XLSB_MAIN.test(contentTypes) || names.includes('xl/workbook.bin')) return { kind: 'xlsb' };
    if (/macroEnabled/i.test(contentTypes) || names.some((n) => n.endsWith('vbaproject.bin'))) return { kind: 'macroEnabled' };
    if (!OOXML_MAIN.test(contentTypes) && !names.includes(WORKBOOK_PART)) return { kind: 'notSpreadsheet' };

    const workbook = await partText(zip, WORKBOOK_PART);
    if (workbook === undefined) return { kind: 'notSpreadsheet' };
    if (workbook.includes(STRICT_NAMESPACE)) return { kind: 'strict' };
  } catch {
    return { kind: 'corrupt' };
  }
  return undefined;
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

async function partText(zip: JSZip, name: string): Promise<string | undefined> {
  const entry = zip.file(name) ?? zip.file(`/${name}`);
  return entry ? entry.async('string') : undefined;
}

/**
 * The size an entry claims once inflated. JSZip keeps it in a private field; should that field
 * go away, the guard on the file's own size still holds.
 */
function declaredSize(entry: JSZip.JSZipObject): number {
  const data = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  const size = data?.uncompressedSize;
  return typeof size === 'number' && Number.isFinite(size) ? size : 0;
}
