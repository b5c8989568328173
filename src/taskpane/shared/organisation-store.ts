import { Organisation } from '../../core';

/**
 * The district's own identity, asked once and remembered per user (issue 15). Where it is kept:
 * - Excel has no roaming settings (`Office.context.roamingSettings` is Outlook's only);
 *   `Office.context.document.settings` is kept per document, but the identity is needed before
 *   any master exists and for every new one; `OfficeRuntime.storage` needs a shared runtime,
 *   which this add-in does not declare.
 * - So localStorage in the add-in's origin, the store Microsoft's "Persist add-in state and
 *   settings" names for state across documents on one machine, under `Office.context.partitionKey`
 *   where Office partitions storage (Excel on the web) and as is where it does not (Windows).
 * Storage may be blocked (a private window, a policy): then the form asks again next time, and
 * the campaign still carries the identity it was issued with.
 */
export type OrganisationStore = {
  readonly load: () => Organisation | undefined;
  /** False when the browser refused to keep it. */
  readonly save: (organisation: Organisation) => boolean;
};

export const ORGANISATION_KEY = 'danvan.organisation';

export function localOrganisationStore(storage: () => Storage | undefined, partitionKey: string | undefined): OrganisationStore {
  const key = `${partitionKey ?? ''}${ORGANISATION_KEY}`;
  return {
    load: () => {
      try {
        const text = storage()?.getItem(key);
        if (text === null || text === undefined) return undefined;
        const parsed = Organisation.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined; // blocked storage or a damaged value: ask again
      }
    },
    save: (organisation) => {
      try {
        const store = storage();
        if (store === undefined) return false;
        store.setItem(key, JSON.stringify(organisation));
        return true;
      } catch {
        return false;
      }
    },
  };
}
