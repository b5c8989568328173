import type { Campaign } from '../../core';

/** The campaign file's text, as `danvan init` writes it; also what tells a saved campaign from a changed one. */
export function campaignFileText(campaign: Campaign): string {
  return `${JSON.stringify(campaign, null, 2)}\n`;
}

/** "Lưu chiến dịch (.json)" names the file by the campaign id, as the master and the zip are. */
export function campaignFileName(campaign: Campaign): string {
  return `chien-dich-${campaign.id}.json`;
}

