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
  /** The sentence's id, for the blocked buttons' aria-describedby. */
  readonly id: string;
  readonly samples: readonly SampleInCampaign[];
  /** What stays unwritten while samples remain. */
  readonly blocks: 'master' | 'forms' | 'report';
  readonly lang: Lang;
  /** Opens step 1, where the values are replaced (from the later steps). */
  readonly onOpenCampaign?: () => void;
};

/**
 * Why a step's write buttons are off, just above them: each value still the sample's and the
 * editor section to replace it in. Nothing once there are none.
 */
export function SampleBlock({ id, samples, blocks, lang, onOpenCampaign }: SampleBlockProps) {
  if (samples.length === 0) return null;
  return (
    <StatusMessage
      intent="warning"
      title={t(blocks === 'master' ? 'pane.sample.heading' : 'pane.sample.blockedTitle', {}, lang)}
      message={t(`pane.sample.blocks.${blocks}`, { count: samples.length }, lang)}
      messageId={id}
      lines={samples.map((sample) => describeSampleValue(sample, lang))}
      {...(onOpenCampaign === undefined ? {} : { action: { label: t('pane.next.go', { step: t('pane.tab.campaign', {}, lang) }, lang), onClick: onOpenCampaign } })}
    />
  );
}
