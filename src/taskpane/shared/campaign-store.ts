import { useMemo, useReducer } from 'react';
import type { Campaign, Issue, Organisation, RawReturn, Result } from '../../core';
import type { UnitTable } from '../../core/units';
import type { UnitListMerge, UnitListMode } from '../../core/unit-merge';
import type { MessageKey } from '../../core/messages';
import { draftToCampaign, importPlan, supplyDraft } from '../../core/plan-import';
import type { DraftToCampaignResult, PlanDraft, PlanSupplement, SuppliedField } from '../../core/plan-import';
import type { ParentForm, ParentFormProblem } from '../../core/parent-link';
import { applyEdit, checkDraft, draftOf } from '../campaign/campaign-edit';
import type { CampaignDraft, CampaignEdit } from '../campaign/campaign-edit';
import type { PaneError } from './pane-error';

/**
 * The campaign the pane works on, in one place: where it comes from, the edits made to it, its
 * units and the returns imported for it. Every step reads this state and dispatches into it; the
 * reducer is pure and the state plain data (no functions, no Maps), so that it can be saved and
 * given back with `restore` (or as the initial state) by whoever keeps it across reloads.
 */

/** Where the campaign in use comes from. */
export type CampaignSource = 'preset' | 'plan' | 'file' | 'workbook';

/**
 * A pasted (or opened) plan, read: the draft as the text gives it, what the user typed where it
 * falls short, the draft with both, and the campaign made from it (or why not).
 */
export type PlanReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'opening'; readonly fileName: string }
  | { readonly kind: 'fileFailed'; readonly code: MessageKey; readonly params: Readonly<Record<string, string>> }
  | {
      readonly kind: 'read';
      readonly imported: PlanDraft;
      readonly supplement: PlanSupplement;
      readonly draft: PlanDraft;
      readonly result: DraftToCampaignResult;
    };

/** What the open workbook held when the pane started inside Excel. */
export type OpenWorkbookCampaign = { readonly kind: 'found'; readonly campaign: Campaign } | { readonly kind: 'failed'; readonly message: string };

/** A campaign file that could not be used, with every reason. */
export type FileFailure = { readonly fileName: string; readonly issues: readonly Issue[] };

/** A unit list read: how many units it gave and the rows that need fixing. */
export type UnitListReading =
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'read'; readonly fileName: string; readonly count: number; readonly issues: readonly Issue[] }
  /** Read into a campaign that has units: the pane asks whether to replace them or merge. */
  | { readonly kind: 'loaded'; readonly fileName: string; readonly table: UnitTable }
  /** Replaced or merged: what was added, kept, updated, dropped and skipped. */
  | { readonly kind: 'merged'; readonly fileName: string; readonly mode: UnitListMode; readonly merge: UnitListMerge };

/**
 * Edits made in the form to one source campaign (`base`): the draft as typed, what checking it
 * found, and the last draft that was a valid campaign (the one the other steps use).
 */
export type CampaignEditing = {
  readonly base: Campaign;
  readonly draft: CampaignDraft;
  readonly issues: readonly Issue[];
  readonly valid: Campaign;
  /**
   * For a preset campaign, which one (`presetKey`): the hook rebuilds it on every load, so after a
   * reload the edits find their campaign by this key rather than by identity.
   */
  readonly sourceKey?: string;
};

export type WorkbookStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly error: PaneError };

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

/**
 * A file the user chose, and what reading it gave. `duplicateOf` names the file first taken with
 * the same content (SHA-256): this one is listed, never counted.
 */
export type ImportedFile = { readonly id: number; readonly name: string; readonly read: Result<RawReturn, Issue[]>; readonly duplicateOf?: string };

export type ImportedReturns = {
  readonly files: readonly ImportedFile[];
  /** Returns read from the unit sheets of the open workbook (Excel only); they replace the files' returns. */
  readonly sheetReturns: readonly RawReturn[] | undefined;
  readonly nextId: number;
};

export type CampaignState = {
  /** The preset picked and the year as typed: with `random`, they build the preset campaign. */
  readonly presetName: string | undefined;
  readonly yearText: string;
  /** The random part of new campaigns' ids, drawn once per pane session. */
  readonly random: string | undefined;
  readonly source: CampaignSource;
  readonly planText: string;
  readonly planReading: PlanReading | undefined;
  readonly file: { readonly campaign: Campaign; readonly fileName: string } | undefined;
  readonly fileFailure: FileFailure | undefined;
  readonly workbookCampaign: OpenWorkbookCampaign | undefined;
  readonly editing: CampaignEditing | undefined;
  readonly unitList: UnitListReading | undefined;
  readonly parentLink: ParentLinkState;
  readonly parentLinkFailure: ParentLinkFailure | undefined;
  /** The master workbook's download. */
  readonly status: WorkbookStatus;
  readonly returns: ImportedReturns;
  /** The district's own identity (asked once, remembered): every preset campaign is issued by it. */
  readonly organisation?: Organisation;
  /** The campaign as last saved as .json or written to a master (its JSON), to tell unsaved changes. */
  readonly saved?: string;
};

export type CampaignAction =
  | { readonly type: 'restore'; readonly state: CampaignState }
  | { readonly type: 'presetSelected'; readonly name: string }
  | { readonly type: 'yearTyped'; readonly text: string }
  | { readonly type: 'planTyped'; readonly text: string }
  | { readonly type: 'planRead' }
  | { readonly type: 'planFieldSupplied'; readonly field: SuppliedField; readonly value: string }
  | { readonly type: 'planFileOpening'; readonly fileName: string }
  | { readonly type: 'planFileOpened'; readonly text: string }
  | { readonly type: 'planFileFailed'; readonly code: MessageKey; readonly params: Readonly<Record<string, string>> }
  | { readonly type: 'planUsed' }
  | { readonly type: 'campaignFileOpened'; readonly campaign: Campaign; readonly fileName: string }
  | { readonly type: 'campaignFileFailed'; readonly failure: FileFailure }
  | { readonly type: 'workbookCampaignRead'; readonly read: OpenWorkbookCampaign }
  | { readonly type: 'workbookCampaignChosen' }
  /** `base` is the source campaign the edit was made to. */
  | { readonly type: 'edited'; readonly base: Campaign; readonly edit: CampaignEdit; readonly sourceKey?: string }
  | { readonly type: 'editsReset' }
  | { readonly type: 'unitList'; readonly reading: UnitListReading | undefined }
  | { readonly type: 'parentLinkReading'; readonly fileName: string }
  | { readonly type: 'parentLinked'; readonly form: ParentForm; readonly fileName: string }
  /** A wrong file leaves the link as it was before the reading (`previous`). */
  | { readonly type: 'parentLinkFailed'; readonly previous: ParentLinkState; readonly failure: ParentLinkFailure }
  | { readonly type: 'parentLinkRemoved' }
  | { readonly type: 'status'; readonly status: WorkbookStatus }
  | { readonly type: 'returnRead'; readonly name: string; readonly read: Result<RawReturn, Issue[]>; readonly duplicateOf?: string }
  /** Several files read at once: one check of the returns for the lot, not one per file. */
  | { readonly type: 'returnsRead'; readonly files: readonly Omit<ImportedFile, 'id'>[] }
  | { readonly type: 'sheetsRead'; readonly returns: readonly RawReturn[] }
  | { readonly type: 'returnsCleared' }
  /** The campaign in use was saved as .json or written to a master, as `json`. */
  | { readonly type: 'campaignSaved'; readonly json: string }
  | { readonly type: 'organisationSet'; readonly organisation: Organisation }
  /** A campaign from elsewhere (a plan) is used: no preset stays picked, nor its description. */
  | { readonly type: 'presetCleared' };

const IDLE: WorkbookStatus = { kind: 'idle' };
const NO_RETURNS: ImportedReturns = { files: [], sheetReturns: undefined, nextId: 1 };

/** A fresh pane: the first preset, this year, nothing read yet. */
export function initialCampaignState(presetName: string | undefined, year: number, random: string | undefined): CampaignState {
  return {
    presetName,
    yearText: String(year),
    random,
    source: 'preset',
    planText: '',
    planReading: undefined,
    file: undefined,
    fileFailure: undefined,
    workbookCampaign: undefined,
    editing: undefined,
    unitList: undefined,
    parentLink: { kind: 'asCampaign' },
    parentLinkFailure: undefined,
    status: IDLE,
    returns: NO_RETURNS,
  };
}

export function readPlan(text: string, supplement: PlanSupplement = {}, random?: string): PlanReading {
  if (text.trim() === '') return { kind: 'empty' };
  return supplyPlan(importPlan(text), supplement, random);
}

function supplyPlan(imported: PlanDraft, supplement: PlanSupplement, random?: string): PlanReading {
  const { draft } = supplyDraft(imported, supplement);
  return { kind: 'read', imported, supplement, draft, result: draftToCampaign(draft, random === undefined ? {} : { random }) };
}

export function startEditing(base: Campaign, sourceKey?: string): CampaignEditing {
  return { base, draft: draftOf(base), issues: [], valid: base, ...(sourceKey === undefined ? {} : { sourceKey }) };
}

/** Which preset campaign the state builds: its name, year, random part and organisation decide it entirely. */
export function presetKey(state: CampaignState): string {
  return JSON.stringify(['preset', state.presetName ?? '', state.yearText.trim(), state.random ?? '', ...(state.organisation === undefined ? [] : [state.organisation])]);
}

/** The edits, when they were made to `base` (by identity, or by the preset's key after a reload). */
export function editsOf(editing: CampaignEditing | undefined, base: Campaign | undefined, sourceKey: string | undefined): CampaignEditing | undefined {
  if (editing === undefined || base === undefined) return undefined;
  if (editing.base === base) return editing;
  return sourceKey !== undefined && editing.sourceKey === sourceKey ? editing : undefined;
}

/** One edit applied and checked; the last valid campaign is kept while the draft is not valid. */
export function editCampaign(editing: CampaignEditing, edit: CampaignEdit): CampaignEditing {
  const draft = applyEdit(editing.draft, edit);
  const checked = checkDraft(draft);
  return checked.ok
    ? { ...editing, draft, issues: [], valid: checked.value }
    : { ...editing, draft, issues: checked.error };
}

/** A plan read again leaves the plan's campaign: the presets are in use until it is chosen again. */
const leavePlan = (source: CampaignSource): CampaignSource => (source === 'plan' ? 'preset' : source);

export function campaignReducer(state: CampaignState, action: CampaignAction): CampaignState {
  switch (action.type) {
    case 'restore':
      return relinkEditing(action.state);
    case 'presetSelected':
      return { ...state, presetName: action.name, source: 'preset', status: IDLE };
    case 'yearTyped':
      return { ...state, yearText: action.text, source: 'preset', status: IDLE };
    case 'planTyped':
      return { ...state, planText: action.text };
    case 'planRead':
      return { ...state, planReading: readPlan(state.planText, {}, state.random), source: leavePlan(state.source), status: IDLE };
    case 'planFieldSupplied':
      return { ...state, planReading: supplied(state, action.field, action.value), status: IDLE };
    case 'planFileOpening':
      return { ...state, planReading: { kind: 'opening', fileName: action.fileName }, source: leavePlan(state.source) };
    case 'planFileOpened':
      return { ...state, planText: action.text, planReading: readPlan(action.text, {}, state.random) };
    case 'planFileFailed':
      return { ...state, planReading: { kind: 'fileFailed', code: action.code, params: action.params } };
    case 'planUsed':
      return state.planReading?.kind === 'read' && state.planReading.result.campaign !== undefined ? { ...state, source: 'plan', status: IDLE } : state;
    case 'campaignFileOpened':
      return { ...state, fileFailure: undefined, file: { campaign: action.campaign, fileName: action.fileName }, source: 'file', status: IDLE };
    case 'campaignFileFailed':
      return { ...state, fileFailure: action.failure };
    case 'presetCleared':
      return { ...state, presetName: undefined };
    default:
      return reduceRest(state, action);
  }
}

function reduceRest(state: CampaignState, action: CampaignAction): CampaignState {
  switch (action.type) {
    case 'workbookCampaignRead':
      // The workbook's campaign is taken only when the user has not chosen another while Excel answered.
      return { ...state, workbookCampaign: action.read, source: action.read.kind === 'found' && state.source === 'preset' ? 'workbook' : state.source };
    case 'workbookCampaignChosen':
      return { ...state, source: 'workbook', status: IDLE };
    case 'edited': {
      // Edits belong to the campaign they were made to: edits to another one are left behind.
      const current = editsOf(state.editing, action.base, action.sourceKey) ?? startEditing(action.base, action.sourceKey);
      return { ...state, editing: editCampaign({ ...current, base: action.base }, action.edit), status: IDLE };
    }
    case 'campaignSaved':
      return { ...state, saved: action.json };
    case 'organisationSet':
      return { ...state, organisation: action.organisation, status: IDLE };
    case 'editsReset':
      return { ...state, editing: undefined, unitList: undefined };
    case 'unitList':
      return { ...state, unitList: action.reading };
    case 'parentLinkReading':
      return { ...state, parentLink: { kind: 'reading', fileName: action.fileName } };
    case 'parentLinked':
      return { ...state, parentLink: { kind: 'linked', form: action.form, fileName: action.fileName }, parentLinkFailure: undefined };
    case 'parentLinkFailed':
      return { ...state, parentLink: action.previous, parentLinkFailure: action.failure };
    case 'parentLinkRemoved':
      return { ...state, parentLink: { kind: 'removed' }, parentLinkFailure: undefined };
    case 'status':
      return { ...state, status: action.status };
    default:
      return { ...state, returns: returnsReducer(state.returns, action) };
  }
}

function returnsReducer(returns: ImportedReturns, action: CampaignAction): ImportedReturns {
  switch (action.type) {
    case 'returnsRead':
      return { ...returns, files: [...returns.files, ...action.files.map((f, i) => ({ ...f, id: returns.nextId + i }))], nextId: returns.nextId + action.files.length };
    case 'returnRead':
      return {
        ...returns,
        files: [...returns.files, { id: returns.nextId, name: action.name, read: action.read, ...(action.duplicateOf === undefined ? {} : { duplicateOf: action.duplicateOf }) }],
        nextId: returns.nextId + 1,
      };
    case 'sheetsRead':
      return { ...returns, sheetReturns: action.returns };
    case 'returnsCleared':
      return { ...returns, files: [], sheetReturns: undefined };
    default:
      return returns;
  }
}

/**
 * Edits belong to their campaign by identity (see `edited`); a state saved as data and given back
 * holds copies, so the edits are pointed at the restored source campaign they were made to.
 */
function relinkEditing(state: CampaignState): CampaignState {
  const { editing } = state;
  if (editing === undefined) return state;
  const sources = [
    state.file?.campaign,
    state.planReading?.kind === 'read' ? state.planReading.result.campaign : undefined,
    state.workbookCampaign?.kind === 'found' ? state.workbookCampaign.campaign : undefined,
  ];
  const same = sources.find((c) => c !== undefined && c !== editing.base && JSON.stringify(c) === JSON.stringify(editing.base));
  return same === undefined ? state : { ...state, editing: { ...editing, base: same } };
}

function supplied(state: CampaignState, field: SuppliedField, value: string): PlanReading | undefined {
  const current = state.planReading;
  return current?.kind === 'read' ? supplyPlan(current.imported, { ...current.supplement, [field]: value }, state.random) : current;
}

export type CampaignStore = { readonly state: CampaignState; readonly dispatch: (action: CampaignAction) => void };

/** The pane's one campaign store; `initial` is called once, on the first render. */
export function useCampaignStore(initial: () => CampaignState): CampaignStore {
  const [state, dispatch] = useReducer(campaignReducer, undefined, initial);
  return useMemo(() => ({ state, dispatch }), [state]);
}
