import { campaignFileText } from './campaign-file-text';
import { ExcelFailed, excelError } from '../shared/flow-context';
import type { FlowContext } from '../shared/flow-context';
import { refusedForSamples } from '../shared/sample-guard';

/** Inside Excel: writes the campaign's master sheets into the open workbook. */
export async function writeMaster(ctx: FlowContext): Promise<void> {
  const { excel, campaign } = ctx;
  if (excel === undefined || campaign === undefined || refusedForSamples(ctx, campaign)) return;
  await ctx.runJob('excel', 1, async () => {
    const written = await excel.writeMaster(campaign);
    if (!written.ok) throw new ExcelFailed(written.error.message);
    ctx.store({ type: 'campaignSaved', json: campaignFileText(campaign) });
    return { kind: 'masterWritten', sheets: written.value.sheets.length, skipped: written.value.skipped };
  }, excelError);
}
