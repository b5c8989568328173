import { useMemo } from 'react';
import { describeSampleValue, sampleValuesIn } from '../../core/organisation';
import type { SampleInCampaign } from '../../core/organisation';
import type { Campaign } from '../../core';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';
import { StatusMessage } from './StatusMessage';

/** A step's write buttons and the values that keep them off. */
export type SampleGate = {
  /** The id of the warning's sentence. */
  readonly id: string;
  readonly samples: readonly SampleInCampaign[];
  readonly blocked: boolean;
  /** Spread on each blocked button: it is described by the warning's sentence while samples remain. */
  readonly describedBy: { readonly 'aria-describedby'?: string };
};

/** The campaign's values still the invented district's, worked out once per campaign, as a gate for the buttons. */
export function useSampleGate(campaign: Campaign | undefined, id: string): SampleGate {
  return useMemo(() => {
    const samples = campaign === undefined ? [] : sampleValuesIn(campaign);
    const blocked = samples.length > 0;
    return { id, samples, blocked, describedBy: blocked ? { 'aria-describedby': id } : {} };
  }, [campaign, id]);
}

export type SampleBlockProps = {
  readonly gate: SampleGate;
  /** What stays unwritten while samples remain. */
  readonly blocks: 'master' | 'forms' | 'report';
  readonly lang: Lang;
  /** Opens step 1, where the values are replaced (from the later steps). */
  readonly onOpenCampaign?: (() => void) | undefined;
};

/**
 * Why a step's write buttons are off, just above them: each value still the sample's and the
 * editor section to replace it in. Nothing once there are none.
 */
export function SampleBlock({ gate, blocks, lang, onOpenCampaign }: SampleBlockProps) {
  const { id, samples } = gate;
  if (!gate.blocked) return null;
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
