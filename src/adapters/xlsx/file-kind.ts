import { t } from '../../core/messages';
import type { Lang, MessageKey } from '../../core/messages';
import { cfbDirectoryNames, hasCfbSignature } from './cfb';
import { foreignFileMessage } from './foreign-file';
import { sniffFile } from './sniff';
import { readCentralDirectory } from './zip-package';

/**
 * What a chosen file really is, so that a picker given the wrong kind says so in a sentence
 * ("this is an Excel workbook, not a campaign file") instead of a parser's error. Judged by the
 * bytes; the name only settles what bytes cannot (a one-column CSV is text to them).
 */
export type DocumentKind =
  | 'empty'
  | 'xlsx'
  | 'xlsm'
  | 'xlsb'
  | 'ods'
  | 'xls'
  | 'encrypted'
  | 'docx'
  | 'doc'
  | 'pptx'
  | 'odt'
  | 'zip'
  | 'pdf'
  | 'json'
  | 'csv'
  | 'text'
  | 'image'
  | 'other';

export function documentKind(bytes: Uint8Array, fileName = ''): DocumentKind {
  const sniffed = sniffFile(bytes);
  if (sniffed === 'empty' || sniffed === 'xls' || sniffed === 'encrypted') return sniffed;
  if (sniffed === 'zip') return packageKind(bytes);
  if (hasCfbSignature(bytes)) return cfbDirectoryNames(bytes).includes('WordDocument') ? 'doc' : 'other';
  if (startsWithAscii(bytes, '%PDF-')) return 'pdf';
  if (IMAGE_SIGNATURES.some((signature) => signature.every((b, i) => bytes[i] === b))) return 'image';
  return textKind(bytes, extensionOf(fileName));
}

const IMAGE_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP)
];

/** OOXML by its parts' folders (ECMA-376 part 2 names no fixed part, but every app writes these); ODF by its `mimetype` part. */
function packageKind(bytes: Uint8Array): DocumentKind {
  const odf = odfMimetype(bytes);
  if (odf === 'application/vnd.oasis.opendocument.spreadsheet') return 'ods';
  if (odf === 'application/vnd.oasis.opendocument.text') return 'odt';
  const directory = readCentralDirectory(bytes);
  if (!('entries' in directory)) return 'zip';
  const names = new Set(directory.entries.map((e) => e.name));
  if (names.has('xl/workbook.bin')) return 'xlsb';
  if (names.has('xl/vbaProject.bin')) return 'xlsm';
  if ([...names].some((n) => n.startsWith('xl/'))) return 'xlsx';
  if ([...names].some((n) => n.startsWith('word/'))) return 'docx';
  if ([...names].some((n) => n.startsWith('ppt/'))) return 'pptx';
  return 'zip';
}

/** The first local entry's stored content when it is named `mimetype` (ODF 1.2 part 3, 3.3). */
function odfMimetype(bytes: Uint8Array): string {
  const nameLength = (bytes[26] ?? 0) | ((bytes[27] ?? 0) << 8);
  const extraLength = (bytes[28] ?? 0) | ((bytes[29] ?? 0) << 8);
  if (String.fromCharCode(...bytes.subarray(30, 30 + nameLength)) !== 'mimetype') return '';
  const size = (bytes[18] ?? 0) | ((bytes[19] ?? 0) << 8);
  const start = 30 + nameLength + extraLength;
  return String.fromCharCode(...bytes.subarray(start, start + Math.min(size, 100)));
}

function textKind(bytes: Uint8Array, extension: string): DocumentKind {
  const message = foreignFileMessage(bytes);
  if (message === 'reader.notSpreadsheet' && !isText(bytes)) return 'other';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[') || extension === 'json') return 'json';
  if (message === 'reader.csv' || extension === 'csv') return 'csv';
  return 'text';
}

/** UTF-8 without control characters in its first 4 KiB (a character cut at the window's end is forgiven). */
function isText(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, TEXT_WINDOW);
  for (let cut = end; cut >= Math.max(0, end - 3); cut -= 1) {
    try {
      // eslint-disable-next-line no-control-regex
      return !/[\u0000-\u0008\u000e-\u001f]/.test(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, cut)));
    } catch {
      if (end === bytes.length) return false;
    }
  }
  return false;
}

const TEXT_WINDOW = 4096;

function startsWithAscii(bytes: Uint8Array, text: string): boolean {
  return [...text].every((c, i) => bytes[i] === c.charCodeAt(0));
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** What each picker takes. */
export type FilePurpose = 'campaign' | 'unitList' | 'plan' | 'return';

const ACCEPTED: Readonly<Record<FilePurpose, readonly DocumentKind[]>> = {
  // A master.xlsx carries its campaign (issue 15: the campaign picker opens it too).
  campaign: ['json', 'xlsx'],
  unitList: ['csv', 'xlsx'],
  plan: ['docx', 'pdf', 'text'],
  // The return reader has its own sentences for .xls, .ods, encrypted and macro files.
  return: ['xlsx', 'xlsm', 'xlsb', 'ods', 'xls', 'encrypted', 'csv', 'empty'],
};

const PURPOSE_MESSAGE: Readonly<Record<FilePurpose, MessageKey>> = {
  campaign: 'file.wrongKind.campaign',
  unitList: 'file.wrongKind.unitList',
  plan: 'file.wrongKind.plan',
  return: 'file.wrongKind.return',
};

export type WrongKind = { readonly kind: DocumentKind; readonly key: MessageKey; readonly params: { readonly file: string; readonly found: string } };

/**
 * The message for a file of the wrong kind for `purpose` ("expected X, got Y": `found` is the
 * kind's name in `lang`), or undefined when the kind fits and the file's own reader takes over.
 */
export function wrongKindFor(purpose: FilePurpose, bytes: Uint8Array, fileName: string, lang: Lang = 'vi'): WrongKind | undefined {
  const kind = documentKind(bytes, fileName);
  if (ACCEPTED[purpose].includes(kind)) return undefined;
  return { kind, key: PURPOSE_MESSAGE[purpose], params: { file: fileName, found: t(`file.kind.${kind}`, {}, lang) } };
}
