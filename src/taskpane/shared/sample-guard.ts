import { sampleValuesIn } from '../../core/organisation';
import type { Campaign } from '../../core';
import type { FlowContext } from './flow-context';
import type { PaneError } from './pane-error';

/**
 * The refusal to write the master, the forms or the report of a campaign still holding the
 * invented district's values: a chairman must never sign "LĐLĐ huyện Thanh Lâm" by mistake.
 * Undefined when the campaign is the district's own.
 */
export function samplesLeftError(campaign: Campaign): PaneError | undefined {
  const samples = sampleValuesIn(campaign);
  return samples.length === 0 ? undefined : { code: 'samplesLeft', samples };
}

/** True when `campaign` was refused, with the refusal shown as the step's notice. */
export function refusedForSamples(ctx: Pick<FlowContext, 'dispatch'>, campaign: Campaign): boolean {
  const error = samplesLeftError(campaign);
  if (error === undefined) return false;
  ctx.dispatch({ type: 'notice', notice: { kind: 'failed', error } });
  return true;
}
