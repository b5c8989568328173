import { useMemo } from 'react';
import { describeSampleValue, sampleValuesIn } from '../../core/organisation';
import type { SampleInCampaign } from '../../core/organisation';
import type { Campaign } from '../../core';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';
import { StatusMessage } from './StatusMessage';

/** The campaign's values still the invented district's, worked out once per campaign. */
export function useSampleValues(campaign: Campaign | undefined): readonly SampleInCampaign[] {
  return useMemo(() => (campaign === undefined ? [] : sampleValuesIn(campaign)), [campaign]);
}

export type SampleBlockProps = {
  /** For the blocked buttons' aria-describedby. */
  readonly id: string;
  readonly samples: readonly SampleInCampaign[];
  /** What stays unwritten while samples remain. */
  readonly blocks: 'master' | 'forms' | 'report';
  readonly lang: Lang;
  /** List each sample under the sentence (the campaign step lists them once, above). */
  readonly listed?: boolean;
};

/** Why a step's write buttons are off: the values to replace first, and where. Nothing once there are none. */
export function SampleBlock({ id, samples, blocks, lang, listed = true }: SampleBlockProps) {
  if (samples.length === 0) return null;
  return (
    <div id={id}>
      <StatusMessage
        intent="warning"
        title={t('pane.sample.blockedTitle', {}, lang)}
        message={t(`pane.sample.blocks.${blocks}`, { count: samples.length }, lang)}
        {...(listed ? { lines: samples.map((sample) => describeSampleValue(sample, lang)) } : {})}
      />
    </div>
  );
}
