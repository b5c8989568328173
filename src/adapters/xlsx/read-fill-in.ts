import { allocateTargets, fail, makeIssue, ok, parseCampaignJson } from '../../core';
import type { Campaign, Issue, RawReturn, Result, Unit } from '../../core';
import { META_KEYS } from '../../workbook';
import { readWorkbook, readWorkbookFile } from './read-return';
import { metaChunks, readMetadata, workbookKind } from './identity';

/** A received fill-in as the phone page fills it: the return as read, and the campaign it checks against. */
export type FillInForm = {
  readonly raw: RawReturn;
  /** The unit's view of the campaign the fill-in carries (core campaignForUnit). */
  readonly campaign: Campaign;
  readonly unit: Unit;
  /** Each target's share for this unit, by indicator then unit code, as validation takes them. */
  readonly unitTargets: ReadonlyMap<string, ReadonlyMap<string, number>>;
};

/**
 * Reads a fill-in workbook with the returns reader (identity, header block and table exactly as
 * `danvan validate` reads them) and the campaign its `_danvan` sheet carries. Whatever the bytes
 * are, it resolves: a damaged file, a non-workbook, a master or a workbook without a campaign
 * becomes issues. It never throws.
 */
export async function readFillInForm(bytes: Uint8Array, fileName: string): Promise<Result<FillInForm, Issue[]>> {
  const read = await readWorkbookFile(bytes, fileName, (workbook, app) => {
    const kind = workbookKind(readMetadata(workbook));
    if (kind !== 'danvan-fill-in') return fail([issue(kind === '' ? 'phone.noCampaign' : 'phone.notFillIn', fileName)]);
    const raw = readWorkbook(workbook, bytes, fileName, app);
    return raw.ok ? ok({ raw: raw.value, json: metaChunks(workbook, META_KEYS.unitCampaignJson) }) : raw;
  });
  if (!read.ok) return read;
  const { raw, json } = read.value;
  if (json === '') return fail([issue('phone.noCampaign', fileName)]);
  const campaign = parseCampaignJson(json, fileName);
  if (!campaign.ok) return fail([issue('phone.noCampaign', fileName)]);
  const unit = campaign.value.units.find((u) => u.code === raw.identity.unitCode);
  if (!unit || campaign.value.id !== raw.identity.campaignId) return fail([issue('phone.noCampaign', fileName)]);
  return ok({ raw, campaign: campaign.value, unit, unitTargets: allocateTargets(campaign.value).perUnit });
}

function issue(code: 'phone.noCampaign' | 'phone.notFillIn', file: string): Issue {
  return makeIssue({ severity: 'error', code, file, params: { file } });
}
