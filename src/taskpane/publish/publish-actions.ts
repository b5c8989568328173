import type { FlowContext } from '../shared/flow-context';
import { buildError } from '../shared/pane-error';
import { refusedForSamples } from '../shared/sample-guard';

/** "Gửi mẫu": one fill-in per unit, zipped, handed to the user. */
export async function downloadFillIns(ctx: FlowContext): Promise<void> {
  const { campaign, services } = ctx;
  if (campaign === undefined || refusedForSamples(ctx, campaign)) return;
  await ctx.runJob(
    'zip',
    campaign.units.length + 1,
    async (control) => {
      const bytes = await services.createFillInZip(campaign, control);
      const file = services.zipFileName(campaign);
      services.saveFile(bytes, file);
      return { kind: 'saved', task: 'zip', file };
    },
    (cause) => buildError(cause, 'zipFailed'),
  );
}
