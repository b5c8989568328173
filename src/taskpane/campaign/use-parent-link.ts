import { useCallback } from 'react';
import type { Campaign, Issue, RawReturn, Result } from '../../core';
import { linkToParent, parentFormOf, unlinkParent } from '../../core/parent-link';
import type { ParentLinkNote } from '../../core/parent-link';
import type { CampaignStore, ParentLinkFailure, ParentLinkState } from '../shared/campaign-store';
import { makeIssue } from '../../core/schema/issue';
import type { CampaignDraft } from './campaign-edit';
import { readBlobBytes } from '../shared/file-workbooks';
import type { ChosenFile } from '../shared/file-workbooks';
import { errorDetail } from '../shared/pane-error';

export type { ParentLinkFailure, ParentLinkState } from '../shared/campaign-store';

export type ParentLink = {
  readonly state: ParentLinkState;
  readonly failure: ParentLinkFailure | undefined;
  readonly open: (file: Blob & { readonly name: string }, current: Campaign | undefined) => Promise<void>;
  readonly remove: () => void;
};

export type ReadParentForm = (file: ChosenFile) => Promise<Result<RawReturn, Issue[]>>;

/** Opening the higher level's fill-in and taking the link off, as actions into the campaign store. */
export function useParentLink(readForm: ReadParentForm | undefined, store: CampaignStore): ParentLink {
  const { state, dispatch } = store;
  const previous = state.parentLink;
  const open = useCallback(
    async (file: Blob & { readonly name: string }, current: Campaign | undefined) => {
      if (readForm === undefined) return;
      dispatch({ type: 'parentLinkReading', fileName: file.name });
      let read: Result<RawReturn, Issue[]>;
      try {
        read = await readForm({ name: file.name, bytes: await readBlobBytes(file) });
      } catch (cause) {
        read = { ok: false, error: [makeIssue({ severity: 'error', code: 'pane.error.readFailed', file: file.name, params: { file: file.name, detail: errorDetail(cause) } })] };
      }
      const form = read.ok ? parentFormOf(read.value, current) : undefined;
      if (form?.ok === true) dispatch({ type: 'parentLinked', form: form.value, fileName: file.name });
      // A wrong file leaves the link as it was.
      else dispatch({ type: 'parentLinkFailed', previous, failure: form === undefined ? { fileName: file.name, issues: read.ok ? [] : read.error } : { fileName: file.name, problem: form.error } });
    },
    [readForm, previous, dispatch],
  );
  const remove = useCallback(() => dispatch({ type: 'parentLinkRemoved' }), [dispatch]);
  return { state: state.parentLink, failure: state.parentLinkFailure, open, remove };
}

/** The campaign in use as the link makes it, and what linking changed beyond `parent`. */
export function withParentLink(campaign: Campaign, state: ParentLinkState): { readonly campaign: Campaign; readonly notes: readonly ParentLinkNote[] } {
  if (state.kind === 'linked') return linkToParent(campaign, state.form);
  if (state.kind === 'removed') return { campaign: unlinkParent(campaign), notes: [] };
  return { campaign, notes: [] };
}

/** The form's draft shows the same link and parent body as the campaign it makes. */
export function draftWithParentLink(draft: CampaignDraft, linked: Campaign): CampaignDraft {
  const { parent: _dropped, ...rest } = draft;
  const organization = draft.organization.parent.trim() === '' ? { ...draft.organization, parent: linked.organization.parent } : draft.organization;
  return linked.parent === undefined ? { ...rest, organization } : { ...rest, organization, parent: linked.parent };
}
