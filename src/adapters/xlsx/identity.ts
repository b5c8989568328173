import type { RawHeader, RawIdentity, RawRow } from '../../core/schema/raw-return';
import { META_KEYS, META_SHEET, fingerprint, lockedContent } from '../../workbook';
import { cellText, valueText } from './cell-value';
import type { ModelWorkbook } from './sheet-model';

/**
 * Who a file is for: the key/value rows of the hidden `_danvan` sheet when it survived, else the
 * unit code shown in the header block. The file name is never used.
 */

export type Metadata = ReadonlyMap<string, string>;

/** The `_danvan` rows, or undefined when the sheet is gone or holds none of our keys. */
export function readMetadata(workbook: ModelWorkbook): Metadata | undefined {
  const sheet = workbook.worksheets.find((ws) => ws.name === META_SHEET) ?? workbook.worksheets.find((ws) => ws.name.toLowerCase() === META_SHEET);
  if (!sheet) return undefined;
  const meta = new Map<string, string>();
  sheet.eachRow((row) => {
    const key = cellText(row.getCell(1)).trim();
    if (key && !meta.has(key)) meta.set(key, cellText(row.getCell(2)).trim());
  });
  const known = [META_KEYS.kind, META_KEYS.campaignId, META_KEYS.unitCode, META_KEYS.fingerprint];
  return known.some((k) => meta.has(k)) ? meta : undefined;
}

export function identityFrom(meta: Metadata | undefined, header: RawHeader): RawIdentity {
  if (meta) {
    const campaignTitle = meta.get(META_KEYS.campaignTitle);
    const organization = meta.get(META_KEYS.organization);
    return {
      campaignId: meta.get(META_KEYS.campaignId) ?? '',
      unitCode: meta.get(META_KEYS.unitCode) ?? '',
      templateVersion: templateVersion(meta.get(META_KEYS.templateVersion)),
      fingerprint: meta.get(META_KEYS.fingerprint) ?? '',
      source: 'metadata',
      ...(campaignTitle ? { campaignTitle } : {}),
      ...(organization ? { organization } : {}),
    };
  }
  if (header.unitCode) {
    return { campaignId: '', unitCode: valueText(header.unitCode.value).trim(), templateVersion: null, fingerprint: '', source: 'header' };
  }
  return { campaignId: '', unitCode: '', templateVersion: null, fingerprint: '', source: 'none' };
}

function templateVersion(text: string | undefined): number | null {
  if (text === undefined || !/^\d{1,6}$/.test(text)) return null;
  return Number(text);
}

/** The fingerprint of the locked content as read, with the file's own identity; '' without metadata. */
export function computeFingerprint(identity: RawIdentity, rows: readonly RawRow[]): string {
  if (identity.source !== 'metadata' || identity.templateVersion === null) return '';
  const locked = rows.map(({ code, label, measure, target }) => ({ code, label, measure, target }));
  return fingerprint(lockedContent({ campaignId: identity.campaignId, unitCode: identity.unitCode, templateVersion: identity.templateVersion }, locked));
}

export function workbookKind(meta: Metadata | undefined): string {
  return meta?.get(META_KEYS.kind) ?? '';
}

/** A text the `_danvan` sheet carries split over rows `prefix.1`, `prefix.2`…, joined; '' when absent. */
export function metaChunks(workbook: ModelWorkbook, prefix: string): string {
  const meta = workbook.worksheets.find((ws) => ws.name === META_SHEET);
  const key = new RegExp(`^${prefix}\\.(\\d+)$`);
  const chunks: [number, string][] = [];
  meta?.eachRow((row) => {
    const match = key.exec(cellText(row.getCell(1)));
    if (match) chunks.push([Number(match[1]), cellText(row.getCell(2))]);
  });
  return chunks
    .sort((a, b) => a[0] - b[0])
    .map(([, text]) => text)
    .join('');
}
