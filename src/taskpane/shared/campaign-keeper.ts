import { createStore, del, get, set } from 'idb-keyval';
import type { CampaignState } from './campaign-store';

/**
 * The campaign kept in the browser between visits (file mode): a campaign lasts weeks, and returns
 * come in on Monday and on Friday. The store's state is kept whole (the campaign's source, its
 * edits, its unit list and the returns as read), so the second import adds to the first and one
 * check and one consolidation cover both. Inside Excel the open master keeps the campaign instead.
 */
export type KeptCampaign = {
  readonly version: typeof KEPT_VERSION;
  /** The campaign's title when it was kept, to name it in the offer to continue. */
  readonly title: string;
  readonly units: number;
  readonly state: CampaignState;
};

export const KEPT_VERSION = 1;

export type CampaignKeeper = {
  readonly load: () => Promise<KeptCampaign | undefined>;
  readonly save: (kept: KeptCampaign) => Promise<void>;
  readonly clear: () => Promise<void>;
};

const KEY = 'campaign';

/**
 * IndexedDB through idb-keyval: structured clone keeps the state's shared objects shared (the
 * edits' base is the file's campaign again), and a state of 300 returns is far below its quota.
 */
export function indexedDbKeeper(): CampaignKeeper {
  const store = createStore('danvan-report', 'kept');
  return {
    load: async () => {
      const kept: unknown = await get(KEY, store);
      return isKept(kept) ? kept : undefined;
    },
    save: (kept) => set(KEY, kept, store),
    clear: () => del(KEY, store),
  };
}

/** A kept record of this version; anything else (an older release's, a damaged one) is not offered. */
export function isKept(value: unknown): value is KeptCampaign {
  if (typeof value !== 'object' || value === null) return false;
  const kept = value as Partial<KeptCampaign>;
  return kept.version === KEPT_VERSION && typeof kept.title === 'string' && typeof kept.units === 'number' && typeof kept.state === 'object' && kept.state !== null;
}

/**
 * The state worth keeping: what is under way (a file being read, a download running) and what
 * went wrong a moment ago is not carried to the next visit.
 */
export function keptState(state: CampaignState): CampaignState {
  return {
    ...state,
    planReading: state.planReading?.kind === 'opening' ? undefined : state.planReading,
    fileFailure: undefined,
    workbookCampaign: undefined,
    unitList: state.unitList?.kind === 'reading' ? undefined : state.unitList,
    parentLink: state.parentLink.kind === 'reading' ? { kind: 'asCampaign' } : state.parentLink,
    parentLinkFailure: undefined,
    status: { kind: 'idle' },
  };
}
