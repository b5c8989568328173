import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Campaign, Indicator, Unit } from '../core';

/** Bumped whenever the fill-in layout changes in a way a reader must know about. */
export const TEMPLATE_VERSION = 1;

/** The very-hidden sheet that carries what identifies a file, whatever it is named on disk. */
export const META_SHEET = '_danvan';

export const META_KEYS = {
  kind: 'kind',
  campaignId: 'campaignId',
  unitCode: 'unitCode',
  templateVersion: 'templateVersion',
  fingerprint: 'fingerprint',
  campaignJson: 'campaign',
  campaignTitle: 'campaignTitle',
  /** The body that sent the form: a district reads it as the name of its parent body. */
  organization: 'organization',
  /** A fill-in's own unit's view of the campaign (core campaignForUnit), split like `campaign`. */
  unitCampaignJson: 'unitCampaign',
} as const;

/** Names other tools can look up instead of fixed addresses. */
export const NAMES = {
  campaignId: 'DV_CAMPAIGN_ID',
  unitCode: 'DV_UNIT_CODE',
  templateVersion: 'DV_TEMPLATE_VERSION',
  fingerprint: 'DV_FINGERPRINT',
  table: 'DV_TABLE',
} as const;

export type WorkbookKind = 'danvan-fill-in' | 'danvan-master';

/** Excel holds at most 32,767 characters in a cell; the campaign JSON is split below that. */
export const JSON_CHUNK = 30000;

/** Who the file is for: taken from the campaign when writing, from the file's metadata when reading. */
export type LockedIdentity = { readonly campaignId: string; readonly unitCode: string; readonly templateVersion: number };

export function identityOf(campaign: Campaign, unit: Unit): LockedIdentity {
  return { campaignId: campaign.id, unitCode: unit.code, templateVersion: TEMPLATE_VERSION };
}

export type LockedRow = { readonly code: string; readonly label: string; readonly measure: string; readonly target: string };

/**
 * What a unit may not change: identity and the indicator table's fixed columns. It is hashed by
 * content, not by address, so a clerk inserting rows above the table does not break it, while an
 * edited label, target or code does.
 */
export function lockedContent(identity: LockedIdentity, rows: readonly LockedRow[]): string {
  const head = [identity.campaignId, identity.unitCode, String(identity.templateVersion)].join('\u001f');
  const body = [...rows]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((r) => [r.code, r.label, r.measure, r.target].join('\u001f'));
  return [head, ...body].join('\u001e');
}

export function fingerprint(content: string): string {
  return bytesToHex(sha256(utf8ToBytes(content.normalize('NFC'))));
}

export function lockedRow(indicator: Indicator, label: string, target: string): LockedRow {
  return { code: indicator.code, label, measure: indicator.measure, target };
}

export function splitChunks(text: string, size = JSON_CHUNK): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return chunks.length > 0 ? chunks : [''];
}
