import { consolidate, fail, ok, t, validateReturns } from '../core';
import type { Lang, Result } from '../core';
import type { ExcelActions, ExcelFailure } from '../taskpane/excel-types';

/**
 * The ribbon's "Tổng hợp": the campaign embedded in the open master, the unit sheets now in it
 * (hand corrections included), validated and consolidated into the report sheets.
 */
export async function consolidateOpenWorkbook(actions: ExcelActions, now: Date, lang: Lang): Promise<Result<string, ExcelFailure>> {
  const campaign = await actions.readCampaign();
  if (!campaign.ok) return campaign;
  const raws = await actions.readUnitSheets(campaign.value);
  if (!raws.ok) return raws;
  const result = consolidate(campaign.value, validateReturns(campaign.value, raws.value));
  const written = await actions.writeReport(campaign.value, result, now);
  if (!written.ok) return fail(written.error);
  const n = (status: string) => result.units.filter((u) => u.status === status).length;
  const summary = t('office.consolidated', { counted: n('on-time') + n('late'), units: result.units.length, late: n('late'), missing: n('missing'), rejected: n('rejected') }, lang);
  return ok(written.value.skipped ? `${summary}\n${written.value.skipped}` : summary);
}
