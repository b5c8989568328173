import { consolidate, countStatuses, fail, ok, t, validateReturns } from '../core';
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
  const n = countStatuses(result.units);
  const summary = t('office.consolidated', { ...n, counted: n.onTime + n.late }, lang);
  return ok(written.value.skipped ? `${summary}\n${written.value.skipped}` : summary);
}
