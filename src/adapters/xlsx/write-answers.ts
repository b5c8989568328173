import JSZip from 'jszip';
import { decodeAddress } from './fast-workbook';
import { parseRelationships, relationshipsPartName, resolveTarget, unescapeXml, workbookPartName } from './package-paths';

/** What goes into one answer cell: a number, text, a calendar day (ISO), or nothing. */
export type AnswerCell = { readonly address: string; readonly value: number | string | { readonly date: string } | null };

/**
 * Writes answers into the cells of one worksheet of a received workbook, changing nothing else:
 * only that sheet's XML is edited, each cell keeping its style (its number format, its unlocked
 * protection), so the district's locked content, identity, fingerprint, validations and
 * protection stay as the district wrote them. Numbers are numbers, text is an inline string
 * (no shared-strings table to renumber), a day is its serial number under the cell's date
 * format (1900 date system, as the forms are written). Throws on a package it cannot find the
 * sheet in: the page read the same bytes first, so that is a programming error.
 */
export async function writeAnswers(bytes: Uint8Array, sheetName: string, cells: readonly AnswerCell[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await sheetPart(zip, sheetName);
  const entry = zip.file(part);
  if (!entry) throw new Error(`sheet part ${part} is missing`);
  let xml = await entry.async('string');
  for (const cell of cells) xml = setCell(xml, cell);
  zip.file(part, xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

async function sheetPart(zip: JSZip, sheetName: string): Promise<string> {
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? undefined;
  const workbookPart = workbookPartName(await text('_rels/.rels'));
  const workbookXml = (await text(workbookPart)) ?? '';
  const sheet = [...workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)]
    .map((m) => m[1] ?? '')
    .find((attributes) => unescapeXml(/\bname="([^"]*)"/.exec(attributes)?.[1] ?? '') === sheetName);
  const relId = sheet && /\br:id="([^"]*)"|\b[\w.-]+:id="([^"]*)"/.exec(sheet);
  const id = relId ? (relId[1] ?? relId[2]) : undefined;
  const rel = parseRelationships((await text(relationshipsPartName(workbookPart))) ?? '').find((r) => r.id === id);
  if (!rel) throw new Error(`no worksheet named ${sheetName}`);
  return resolveTarget(workbookPart, rel.target);
}

/** Replaces (or adds, in column order) the `<c>` of one address in the sheet XML. */
export function setCell(xml: string, cell: AnswerCell): string {
  const { row, col: column } = decodeAddress(cell.address);
  const existing = new RegExp(`<c\\b(?=[^>]*\\br="${cell.address}")([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  const found = existing.exec(xml);
  if (found) {
    const style = /\bs="(\d+)"/.exec(found[1] ?? '')?.[1];
    return xml.slice(0, found.index) + cellXml(cell, style) + xml.slice(found.index + found[0].length);
  }
  const rowMatch = new RegExp(`<row\\b(?=[^>]*\\br="${row}")[^>]*?(?:/>|>([\\s\\S]*?)</row>)`).exec(xml);
  if (!rowMatch) throw new Error(`row ${row} is missing from the sheet`);
  const open = rowMatch[0].endsWith('/>') ? `${rowMatch[0].slice(0, -2)}>` : rowMatch[0].slice(0, rowMatch[0].length - (rowMatch[1] ?? '').length - '</row>'.length);
  const cells = [...(rowMatch[1] ?? '').matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => m[0]);
  const after = cells.findIndex((c) => columnOf(c) > column);
  const withNew = after < 0 ? [...cells, cellXml(cell)] : [...cells.slice(0, after), cellXml(cell), ...cells.slice(after)];
  return xml.slice(0, rowMatch.index) + `${open}${withNew.join('')}</row>` + xml.slice(rowMatch.index + rowMatch[0].length);
}

function cellXml(cell: AnswerCell, style?: string): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  const { value } = cell;
  if (value === null || value === '') return `<c r="${cell.address}"${s}/>`;
  if (typeof value === 'number') return `<c r="${cell.address}"${s}><v>${value}</v></c>`;
  if (typeof value === 'object') return `<c r="${cell.address}"${s}><v>${excelSerial(value.date)}</v></c>`;
  return `<c r="${cell.address}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** Days since 1899-12-30, as the 1900 date system counts them for days after 1900-02-28. */
function excelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function escapeXml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped rather than written as a broken part.
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function columnOf(cellElement: string): number {
  const r = /\br="([A-Z]+\d+)"/.exec(cellElement)?.[1];
  return r ? decodeAddress(r).col : 0;
}
