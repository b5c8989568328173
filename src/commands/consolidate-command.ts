import { countStatuses, ok, t } from '../core';
import type { Lang, Result } from '../core';
import type { ExcelActions, ExcelFailure } from '../taskpane/shared/excel-types';

/**
 * The ribbon's "Tổng hợp": the campaign embedded in the open master, the unit sheets now in it
 * (hand corrections included), validated and consolidated into the report sheets; the outcome as
 * the sentence the ribbon's dialog shows.
 */
export async function consolidateOpenWorkbook(actions: ExcelActions, now: Date, lang: Lang): Promise<Result<string, ExcelFailure>> {
  const done = await actions.consolidateOpenWorkbook(now);
  if (!done.ok) return done;
  const n = countStatuses(done.value.consolidation.units);
  const summary = t('office.consolidated', { ...n, counted: n.onTime + n.late }, lang);
  return ok(done.value.report.skipped ? `${summary}\n${done.value.report.skipped}` : summary);
}
