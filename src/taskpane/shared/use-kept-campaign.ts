import { useCallback, useEffect, useRef, useState } from 'react';
import type { Campaign } from '../../core';
import { KEPT_VERSION, keptState } from './campaign-keeper';
import type { CampaignKeeper, KeptCampaign } from './campaign-keeper';
import type { CampaignStore } from './campaign-store';

/**
 * Where the pane stands with the campaign kept from an earlier visit: looking for it, offering to
 * continue it, or working (nothing was kept, or the user chose). Nothing is kept until then, so
 * the offer is never overwritten by the fresh pane behind it.
 */
export type KeptOffer =
  | { readonly kind: 'looking' }
  | { readonly kind: 'offer'; readonly kept: KeptCampaign }
  | { readonly kind: 'working' };

export type KeptCampaignView = {
  readonly offer: KeptOffer;
  readonly continueKept: () => void;
  readonly startNew: () => void;
};

/** A burst of keystrokes is kept once, this long after the last. */
const KEEP_AFTER_MS = 300;

/**
 * Keeps the campaign store in the browser (`keeper`, file mode only), offers the kept campaign on
 * load, and warns before the page is closed while the campaign has unsaved changes.
 */
export function useKeptCampaign(store: CampaignStore, keeper: CampaignKeeper | undefined, campaign: Campaign | undefined, unsaved: boolean): KeptCampaignView {
  const { state, dispatch } = store;
  const [offer, setOffer] = useState<KeptOffer>(keeper === undefined ? { kind: 'working' } : { kind: 'looking' });
  useEffect(() => {
    if (keeper === undefined) return undefined;
    let live = true;
    keeper.load().then(
      (kept) => live && setOffer(kept === undefined ? { kind: 'working' } : { kind: 'offer', kept }),
      () => live && setOffer({ kind: 'working' }), // storage refused (private window): the pane works, unkept
    );
    return () => {
      live = false;
    };
  }, [keeper]);
  const working = offer.kind === 'working';
  const first = useRef(true);
  useEffect(() => {
    if (keeper === undefined || !working || campaign === undefined) return undefined;
    // The fresh pane's own first state is not worth keeping over nothing; every change after is.
    if (first.current) {
      first.current = false;
      return undefined;
    }
    const timer = setTimeout(() => void keeper.save({ version: KEPT_VERSION, title: campaign.title, units: campaign.units.length, state: keptState(state) }).catch(() => undefined), KEEP_AFTER_MS);
    return () => clearTimeout(timer);
  }, [keeper, working, campaign, state]);
  useUnloadWarning(unsaved);
  const continueKept = useCallback(() => {
    if (offer.kind !== 'offer') return;
    dispatch({ type: 'restore', state: offer.kept.state });
    setOffer({ kind: 'working' });
  }, [offer, dispatch]);
  const startNew = useCallback(() => {
    void keeper?.clear().catch(() => undefined);
    setOffer({ kind: 'working' });
  }, [keeper]);
  return { offer, continueKept, startNew };
}

/**
 * `beforeunload` while there are unsaved changes: browsers show their own words, not ours (the
 * HTML standard ignores the text), so only the asking is ours. MDN's BeforeUnloadEvent.returnValue:
 * `preventDefault()`, plus a truthy `returnValue` for WebViews older than Chromium 119.
 */
function useUnloadWarning(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = 'unsaved';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
