import type { Campaign } from '../../core';
import { ExcelFailed, consolidateSheets, excelError, readSheets } from '../shared/flow-context';
import type { FlowContext, FlowServices } from '../shared/flow-context';
import { buildError } from '../shared/pane-error';
import { refusedForSamples } from '../shared/sample-guard';

/** Makes the report (.xlsx, or the written report as .docx) and hands it to the user. */
export async function saveReport(ctx: FlowContext, create: FlowServices['createReport'], fileName: (campaign: Campaign) => string): Promise<void> {
  const { campaign, consolidation, services } = ctx;
  if (campaign === undefined || consolidation === undefined || refusedForSamples(ctx, campaign)) return;
  await ctx.runJob(
    'report',
    1,
    async () => {
      const bytes = await create(campaign, consolidation, services.now());
      const file = fileName(campaign);
      services.saveFile(bytes, file);
      return { kind: 'saved', task: 'report', file };
    },
    (cause) => buildError(cause, 'reportFailed'),
  );
}

/** Writes the report sheets into the open workbook from its unit sheets as they are now. */
export async function writeReport(ctx: FlowContext): Promise<void> {
  const { excel, campaign } = ctx;
  if (excel === undefined || campaign === undefined || refusedForSamples(ctx, campaign)) return;
  await ctx.runJob('excel', 1, async () => {
    // Read the unit sheets again first: a value corrected by hand counts.
    const sheets = await readSheets(ctx, excel, campaign);
    const written = await excel.writeReport(campaign, consolidateSheets(ctx, campaign, sheets), ctx.services.now());
    if (!written.ok) throw new ExcelFailed(written.error.message);
    ctx.dispatch({ type: 'reportWritten', sheets: written.value.sheets });
    return { kind: 'reportWritten', sheets: written.value.sheets, skipped: written.value.skipped };
  }, excelError);
}
