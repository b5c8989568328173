import type { MessageKey } from '../../core/messages';

/**
 * What to tell about a file that is neither a zip nor a compound file: a spreadsheet saved as
 * text by another app gets its own hint (which app opens it, and to save it as .xlsx); anything
 * else is simply not a spreadsheet.
 */
export function foreignFileMessage(bytes: Uint8Array): MessageKey {
  const text = leadingText(bytes);
  if (text === undefined) return 'reader.notSpreadsheet';
  if (FLAT_ODS.test(text)) return 'reader.fods';
  if (looksLikeCsv(text)) return 'reader.csv';
  return 'reader.notSpreadsheet';
}

/** LibreOffice's flat XML spreadsheet: one XML document whose root says it is a spreadsheet. */
const FLAT_ODS = /<office:document\b[^>]*office:mimetype\s*=\s*["']application\/vnd\.oasis\.opendocument\.spreadsheet["']/;
const LOOKED_AT = 64 * 1024;

/** The start of the file as text, when it is UTF-8 or UTF-16 with a BOM and holds no control characters. */
function leadingText(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, LOOKED_AT);
  let text: string;
  try {
    if (head[0] === 0xff && head[1] === 0xfe) text = new TextDecoder('utf-16le').decode(head.subarray(2));
    else if (head[0] === 0xfe && head[1] === 0xff) text = new TextDecoder('utf-16be').decode(head.subarray(2));
    // A multi-byte character may be cut at the end of the window: only that last bit may be lost.
    else text = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, lastWholeCharacter(head)));
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text) ? undefined : text.replace(/^\uFEFF/, '');
}

function lastWholeCharacter(bytes: Uint8Array): number {
  if (bytes.length < LOOKED_AT) return bytes.length;
  let end = bytes.length;
  while (end > bytes.length - 4 && end > 0 && ((bytes[end - 1] ?? 0) & 0xc0) === 0x80) end -= 1;
  return end > 0 && ((bytes[end - 1] ?? 0) & 0xc0) === 0xc0 ? end - 1 : bytes.length;
}

/** Lines of fields: the first line that is not blank splits into two or more on a comma, semicolon or tab, and is not markup. */
function looksLikeCsv(text: string): boolean {
  const first = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '');
  if (first === undefined || /^\s*[<%{[]/.test(first)) return false;
  return /[,;\t]/.test(first);
}
