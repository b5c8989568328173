import { useCallback, useEffect, useState } from 'react';
import type { Organisation } from '../../core';
import type { CampaignStore } from './campaign-store';
import type { OrganisationStore } from './organisation-store';

export type OrganisationView = {
  /** The form is shown: the first visit (nothing remembered), or the user asked to change it. */
  readonly asking: boolean;
  readonly organisation: Organisation | undefined;
  /** The browser refused to remember the last one saved. */
  readonly notKept: boolean;
  readonly save: (organisation: Organisation) => void;
  readonly change: () => void;
};

/** The district's identity: remembered in `remember`, put in the campaign store for every new campaign. */
export function useOrganisation(store: CampaignStore, remember: OrganisationStore | undefined): OrganisationView {
  const { dispatch } = store;
  const { organisation } = store.state;
  const [looked, setLooked] = useState(remember === undefined);
  const [changing, setChanging] = useState(false);
  const [notKept, setNotKept] = useState(false);
  useEffect(() => {
    if (remember === undefined) return;
    const known = remember.load();
    if (known !== undefined) dispatch({ type: 'organisationSet', organisation: known });
    setLooked(true);
  }, [remember, dispatch]);
  const save = useCallback(
    (next: Organisation) => {
      setNotKept(remember?.save(next) === false);
      dispatch({ type: 'organisationSet', organisation: next });
      setChanging(false);
    },
    [remember, dispatch],
  );
  const change = useCallback(() => setChanging(true), []);
  const asking = remember !== undefined && looked && (changing || organisation === undefined);
  return { asking, organisation, notKept, save, change };
}
