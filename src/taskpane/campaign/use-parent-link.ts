import { useCallback, useState } from 'react';
import type { Campaign, Issue, RawReturn, Result } from '../../core';
import { linkToParent, parentFormOf, unlinkParent } from '../../core/parent-link';
import type { ParentForm, ParentFormProblem, ParentLinkNote } from '../../core/parent-link';
import { makeIssue } from '../../core/schema/issue';
import type { CampaignDraft } from './campaign-edit';
import { readBlobBytes } from '../shared/file-workbooks';
import type { ChosenFile } from '../shared/file-workbooks';
import { errorDetail } from '../shared/pane-error';

/**
 * "Nhận kế hoạch của cấp trên": the province's fill-in, opened, links whatever campaign is in use
 * (a preset, a plan, a file, the open master) to the province's. The link is kept apart from the
 * campaign's source so that choosing another preset or year afterwards keeps it.
 */
export type ParentLinkState =
  | { readonly kind: 'asCampaign' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'linked'; readonly form: ParentForm; readonly fileName: string }
  | { readonly kind: 'removed' };

/** Why the file gave no link: the reader's issues, or the sentence of `parentFormOf`. */
export type ParentLinkFailure = { readonly fileName: string; readonly issues: readonly Issue[] } | { readonly fileName: string; readonly problem: ParentFormProblem };

export type ParentLink = {
  readonly state: ParentLinkState;
  readonly failure: ParentLinkFailure | undefined;
  readonly open: (file: Blob & { readonly name: string }, current: Campaign | undefined) => Promise<void>;
  readonly remove: () => void;
};

export type ReadParentForm = (file: ChosenFile) => Promise<Result<RawReturn, Issue[]>>;

export function useParentLink(readForm: ReadParentForm | undefined): ParentLink {
  const [state, setState] = useState<ParentLinkState>({ kind: 'asCampaign' });
  const [failure, setFailure] = useState<ParentLinkFailure | undefined>(undefined);

  const open = useCallback(
    async (file: Blob & { readonly name: string }, current: Campaign | undefined) => {
      if (readForm === undefined) return;
      const previous = state;
      setState({ kind: 'reading', fileName: file.name });
      let read: Result<RawReturn, Issue[]>;
      try {
        read = await readForm({ name: file.name, bytes: await readBlobBytes(file) });
      } catch (cause) {
        read = { ok: false, error: [makeIssue({ severity: 'error', code: 'pane.error.readFailed', file: file.name, params: { file: file.name, detail: errorDetail(cause) } })] };
      }
      const form = read.ok ? parentFormOf(read.value, current) : undefined;
      if (form?.ok === true) {
        setFailure(undefined);
        setState({ kind: 'linked', form: form.value, fileName: file.name });
        return;
      }
      // A wrong file leaves the link as it was.
      setState(previous);
      setFailure(form === undefined ? { fileName: file.name, issues: read.ok ? [] : read.error } : { fileName: file.name, problem: form.error });
    },
    [readForm, state],
  );
  const remove = useCallback(() => {
    setState({ kind: 'removed' });
    setFailure(undefined);
  }, []);
  return { state, failure, open, remove };
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
