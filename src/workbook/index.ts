import type { Campaign, Issue, Unit } from '../core';
import { allocateTargets } from '../core/allocation';
import { buildFillInLayout, formFingerprint } from './fill-in';
import type { FillInLayout } from './fill-in';
import { buildMasterLayout as masterLayout } from './master';
import type { WorkbookLayout } from './layout';

export type * from './layout';
export { TABLE_COLUMNS, TABLE_HEADERS, TABLE_HEADER_ROW, HEADER_ROWS, sectionsInOrder } from './fill-in';
export type { FillInLayout } from './fill-in';
export { META_SHEET, META_KEYS, NAMES, TEMPLATE_VERSION, fingerprint, identityOf, lockedContent } from './metadata';
export type { LockedIdentity, LockedRow } from './metadata';
export { STYLES, FONT_NAME, BASE_FONT_SIZE, a1, columnLetter, pageNumberCode, printMargins } from './styles';
export type { Style } from './styles';
export { LIMITS } from './text';

export type CampaignWorkbooks = {
  readonly master: WorkbookLayout;
  readonly fillIns: readonly { readonly unit: Unit; readonly layout: FillInLayout }[];
  /** Findings made while sharing targets (e.g. no unit has the size figure to share by). */
  readonly issues: readonly Issue[];
};

export type CampaignWorkbookOptions = {
  /** The phone form page's address (see form-page.ts); without it the fill-ins' guide shows no address or QR code. */
  readonly formUrl?: string | undefined;
};

/** Every workbook of a campaign, with targets allocated once for all units. */
export function buildCampaignWorkbooks(campaign: Campaign, options: CampaignWorkbookOptions = {}): CampaignWorkbooks {
  const { perUnit, issues } = allocateTargets(campaign);
  const fillIns = campaign.units.map((unit) => ({ unit, layout: buildFillInLayout({ campaign, unit, unitTargets: targetsOf(perUnit, unit), formUrl: options.formUrl }) }));
  return { master: masterLayout(campaign, perUnit), fillIns, issues };
}

/** The fingerprint of each unit's form, by unit code: what validation expects a genuine return to carry. */
export function expectedFingerprints(campaign: Campaign): Map<string, string> {
  const { perUnit } = allocateTargets(campaign);
  return new Map(campaign.units.map((unit) => [unit.code, formFingerprint(campaign, unit, targetsOf(perUnit, unit))]));
}

function targetsOf(perUnit: ReadonlyMap<string, ReadonlyMap<string, number>>, unit: Unit): Map<string, number> {
  const unitTargets = new Map<string, number>();
  for (const [code, byUnit] of perUnit) {
    const value = byUnit.get(unit.code);
    if (value !== undefined) unitTargets.set(code, value);
  }
  return unitTargets;
}

export function buildMasterLayout(campaign: Campaign): WorkbookLayout {
  return masterLayout(campaign, allocateTargets(campaign).perUnit);
}

/** File names are for people; the file is recognised by its embedded metadata. */
export function fillInFileName(unit: Unit): string {
  return `${unit.code}.xlsx`;
}
export { buildReportLayout, SUMMARY_COLUMNS, SUMMARY_HEADER_ROW } from './report';
export { figureSentences } from './report-figures';
export { buildReportDocument } from './report-document';
export type { DocumentBlock, ReportDocument, ReportDocumentInput } from './report-document';
export { ND30, textWidthPt } from './nd30';
export type { Nd30 } from './nd30';
export type { ReportInput } from './report';
export { fillLayout } from './fill-layout';
export type { TypedHeader } from './fill-layout';
export { RETURN_COLUMN_HEADERS, REQUIRED_RETURN_COLUMNS, INDICATOR_CODE_PATTERN, landmark, labelKey } from './return-table';
export type { ReturnColumn } from './return-table';
export { MAX_ROW_HEIGHT, rowHeight } from './sheet-builder';
export { toBase64 } from './base64';
export { BUILD_PUBLIC_URL, FORM_PAGE_FILE, builtFormPageUrl, formPageUrl, formQrDataUrl, formQrSvg, parseFormUrl } from './form-page';
