import { useCallback, useEffect, useMemo } from 'react';
import type { Campaign, Organisation, Result, UnitTable } from '../../core';
import { parseCampaignJson } from '../../core/campaign-file';
import { makeIssue } from '../../core/schema/issue';
import type { Issue } from '../../core/schema/issue';
import type { SuppliedField } from '../../core/plan-import';
import type { Unit } from '../../core/schema/unit';
import { mergeUnitLists } from '../../core/unit-merge';
import type { UnitListMerge, UnitListMode } from '../../core/unit-merge';
import { isPresetYear } from '../../core/presets';
import type { Preset } from '../../core/presets';
import type { ParentLinkNote } from '../../core/parent-link';
import { draftOf } from './campaign-edit';
import { campaignFileName, campaignFileText } from './campaign-file-text';
import type { CampaignDraft, CampaignEdit } from './campaign-edit';
import { readBlobBytes, readBlobText } from '../shared/file-workbooks';
import type { ChosenFile } from '../shared/file-workbooks';
import { buildError, errorDetail } from '../shared/pane-error';
import type { PaneError } from '../shared/pane-error';
import type { FlowServices } from '../shared/flow-context';
import type { CampaignKeeper } from '../shared/campaign-keeper';
import type { OrganisationStore } from '../shared/organisation-store';
import type {
  CampaignAction,
  CampaignEditing,
  CampaignSource,
  CampaignState,
  CampaignStore,
  FileFailure,
  OpenWorkbookCampaign,
  PlanReading,
  UnitListReading,
  WorkbookStatus,
} from '../shared/campaign-store';
import { editsOf, presetKey } from '../shared/campaign-store';
import { draftWithParentLink, useParentLink, withParentLink } from './use-parent-link';
import { samplesLeftError } from '../shared/sample-guard';
import type { ParentLinkFailure, ParentLinkState, ReadParentForm } from './use-parent-link';

/** What the campaign step needs from the outside world; index.tsx wires the real ones, tests pass fakes. */
export type CampaignServices = {
  readonly presets: readonly Preset[];
  /** Builds the master workbook as .xlsx bytes. */
  readonly createMasterWorkbook: (campaign: Campaign) => Promise<Uint8Array>;
  readonly masterFileName: (campaign: Campaign) => string;
  /** Hands the bytes to the user (a browser download for now). */
  readonly saveFile: (bytes: Uint8Array, fileName: string) => void;
  /** Reads a unit list (CSV or .xlsx) into units and the rows that need fixing. */
  readonly readUnitList: (file: ChosenFile) => Promise<UnitTable>;
  /** Inside Excel: the campaign stored in the open master (undefined when the workbook is not one). */
  readonly readOpenCampaign?: () => Promise<Result<Campaign | undefined, { readonly message: string }>>;
  /**
   * Draws the random part of new campaigns' ids (crypto.randomUUID), once per pane session, so
   * this district's campaign id is its own. Without it ids are the shared sample ones.
   */
  readonly drawRandom?: () => string;
  /** Reads what the campaign picker opened: a campaign file or a master's embedded campaign (without it, JSON only). */
  readonly readCampaignFile?: (file: ChosenFile) => Promise<Result<Campaign, Issue[]>>;
  /** Reads a workbook with the returns' reader: "Nhận kế hoạch của cấp trên" opens the province's fill-in with it. */
  readonly readReturn?: ReadParentForm;
};

/** Everything the pane needs from the outside world. */
export type PaneServices = CampaignServices &
  FlowServices & {
    /** File mode: keeps the campaign in the browser between visits (IndexedDB). */
    readonly campaignKeeper?: CampaignKeeper;
    /** Remembers the district's identity (localStorage); without it the pane does not ask. */
    readonly organisationStore?: OrganisationStore;
  };

export type { CampaignSource, FileFailure, OpenWorkbookCampaign, PlanReading, UnitListReading, WorkbookStatus } from '../shared/campaign-store';

export type CampaignWorkbook = {
  readonly preset: Preset | undefined;
  /** The year field as typed; `yearValid` says whether a campaign can be built from it. */
  readonly yearText: string;
  readonly yearValid: boolean;
  readonly campaign: Campaign | undefined;
  /** A preset that could not be built: shown next to the picker. */
  readonly presetError: PaneError | undefined;
  readonly status: WorkbookStatus;
  /** The pasted plan text, what reading it gave, and whether its campaign is the one in use. */
  readonly planText: string;
  readonly planReading: PlanReading | undefined;
  readonly usingPlan: boolean;
  readonly selectPreset: (name: string) => void;
  readonly setYearText: (text: string) => void;
  readonly setPlanText: (text: string) => void;
  readonly readPlanText: () => void;
  /** Types a field the plan lacks (an ISO date for dates); an empty value takes it back. */
  readonly supplyPlanField: (field: SuppliedField, value: string) => void;
  /** Opens a plan file (.docx, PDF with text, .txt): its text goes in the box and is read. */
  readonly openPlanFile: (file: Blob & { readonly name: string }) => Promise<void>;
  /** Makes the campaign read from the plan the one the view summarises and builds. */
  readonly usePlanCampaign: () => void;
  readonly downloadMaster: () => Promise<void>;
  readonly dismissStatus: () => void;
  readonly source: CampaignSource;
  /** The name of the campaign file in use (source 'file'). */
  readonly fileName: string | undefined;
  readonly fileFailure: FileFailure | undefined;
  /** Reads a campaign JSON file or a master workbook; a valid campaign becomes the one in use. */
  readonly openCampaignFile: (file: Blob & { readonly name: string }) => Promise<void>;
  /** The picker opens master workbooks too (the service reads their embedded campaign). */
  readonly opensMasters: boolean;
  /** "Lưu chiến dịch (.json)": the campaign in use downloaded as a campaign file, the one `danvan` reads. */
  readonly saveCampaignFile: () => void;
  /** The campaign in use has changes not yet saved as .json or written to a master. */
  readonly unsaved: boolean;
  /** The form's draft of the campaign in use (its valid self when nothing was edited). */
  readonly draft: CampaignDraft | undefined;
  /** What checking the draft found; empty when the draft is a valid campaign. */
  readonly draftIssues: readonly Issue[];
  /** The campaign was edited in the form. */
  readonly edited: boolean;
  readonly edit: (edit: CampaignEdit) => void;
  readonly resetEdits: () => void;
  readonly unitList: UnitListReading | undefined;
  /** Reads a unit list file; into a campaign that has units, it waits for `applyUnitList`. */
  readonly chooseUnitList: (file: Blob & { readonly name: string }) => Promise<void>;
  /** Replaces the campaign's units with the list just read, or merges it into them; `undefined` puts the list aside. */
  readonly applyUnitList: (mode: UnitListMode | undefined) => void;
  /** Inside Excel, the campaign of the open master: used at start, and again on request. */
  readonly workbookCampaign: OpenWorkbookCampaign | undefined;
  readonly chooseWorkbookCampaign: () => void;
  /** The link to the higher level's campaign, made by opening the fill-in it sent. */
  readonly parentLink: ParentLinkView;
};

export type ParentLinkView = {
  readonly state: ParentLinkState;
  readonly failure: ParentLinkFailure | undefined;
  /** What linking changed in the campaign beyond its `parent`, to be said. */
  readonly notes: readonly ParentLinkNote[];
  /** The form opens only where the pane has the returns' reader. */
  readonly available: boolean;
  readonly open: (file: Blob & { readonly name: string }) => Promise<void>;
  readonly remove: () => void;
};

type Dispatch = (action: CampaignAction) => void;
type Built = { readonly campaign: Campaign | undefined; readonly error: PaneError | undefined };

function buildPreset(preset: Preset | undefined, year: number | undefined, random: string | undefined, organisation: Organisation | undefined): Built {
  if (preset === undefined || year === undefined) return { campaign: undefined, error: undefined };
  try {
    return { campaign: preset.build({ year, ...(random === undefined ? {} : { random }), ...(organisation === undefined ? {} : { organisation }) }), error: undefined };
  } catch (cause) {
    return { campaign: undefined, error: { code: 'presetFailed', preset: preset.name, detail: errorDetail(cause) } };
  }
}

export function parseYear(text: string): number | undefined {
  if (!/^\s*\d{4}\s*$/.test(text)) return undefined;
  const year = Number(text);
  return isPresetYear(year) ? year : undefined;
}

/** The source campaign in use (before edits and the parent link), and the edits made to it. */
type InUse = {
  readonly source: CampaignSource;
  readonly campaign: Campaign | undefined;
  readonly fileName: string | undefined;
  readonly editing: CampaignEditing | undefined;
  /** The preset's key, when the preset's campaign is in use. */
  readonly sourceKey: string | undefined;
};

/** A source counts only once it has a campaign; otherwise the preset's is in use. */
export function campaignInUse(state: CampaignState, presetCampaign: Campaign | undefined): InUse {
  const planCampaign = state.planReading?.kind === 'read' ? state.planReading.result.campaign : undefined;
  const workbook = state.workbookCampaign?.kind === 'found' ? state.workbookCampaign.campaign : undefined;
  const [source, campaign, fileName]: [CampaignSource, Campaign | undefined, string | undefined] =
    state.source === 'plan' && planCampaign !== undefined
      ? ['plan', planCampaign, undefined]
      : state.source === 'file' && state.file !== undefined
        ? ['file', state.file.campaign, state.file.fileName]
        : state.source === 'workbook' && workbook !== undefined
          ? ['workbook', workbook, undefined]
          : ['preset', presetCampaign, undefined];
  // Edits belong to the campaign they were made to: choosing another one leaves them behind.
  const sourceKey = source === 'preset' ? presetKey(state) : undefined;
  const editing = editsOf(state.editing, campaign, sourceKey);
  return { source, campaign, fileName, editing, sourceKey };
}

/**
 * The state and actions of the "Chiến dịch / Tạo sổ" view, read from and dispatched into the
 * campaign store: a preset and a year make a campaign, or a pasted plan does once the user chooses
 * to use it, or a campaign file, or the open master; the campaign makes the master workbook.
 */
export function useCampaignWorkbook(store: CampaignStore, services: CampaignServices): CampaignWorkbook {
  const { state, dispatch } = store;
  useOpenWorkbookCampaign(services.readOpenCampaign, dispatch);
  const preset = services.presets.find((p) => p.name === state.presetName);
  const year = parseYear(state.yearText);
  const built = useMemo(() => buildPreset(preset, year, state.random, state.organisation), [preset, year, state.random, state.organisation]);
  const inUse = campaignInUse(state, built.campaign);
  const unlinked = inUse.editing?.valid ?? inUse.campaign;
  const linked = useMemo(() => (unlinked === undefined ? undefined : withParentLink(unlinked, state.parentLink)), [unlinked, state.parentLink]);
  const campaign = linked?.campaign;
  const parentLink = useParentLinkView(store, services.readReturn, unlinked, linked?.notes);
  const base = inUse.campaign;
  const { sourceKey } = inUse;
  const edit = useCallback((change: CampaignEdit) => {
    if (base !== undefined) dispatch({ type: 'edited', base, edit: change, ...(sourceKey === undefined ? {} : { sourceKey }) });
  }, [dispatch, base, sourceKey]);
  const sourceActions = useSourceActions(dispatch);
  const downloadMaster = useDownloadMaster(campaign, services, dispatch);
  const openCampaignFile = useOpenCampaignFile(services.readCampaignFile, dispatch);
  const saveCampaignFile = useSaveCampaignFile(campaign, services, dispatch);
  const unsaved = useUnsaved(campaign, inUse.editing !== undefined || inUse.source === 'plan', state.saved);
  const resetEdits = useCallback(() => dispatch({ type: 'editsReset' }), [dispatch]);
  const sourceDraft = inUse.editing?.draft ?? (inUse.campaign === undefined ? undefined : draftOf(inUse.campaign));
  const chooseUnitList = useChooseUnitList(services.readUnitList, sourceDraft?.units, edit, dispatch);
  const applyUnitList = useApplyUnitList(state.unitList, sourceDraft?.units, edit, dispatch);
  return {
    preset,
    yearText: state.yearText,
    yearValid: year !== undefined,
    campaign,
    presetError: built.error,
    status: state.status,
    planText: state.planText,
    planReading: state.planReading,
    usingPlan: inUse.source === 'plan',
    ...sourceActions,
    downloadMaster,
    source: inUse.source,
    fileName: inUse.fileName,
    fileFailure: state.fileFailure,
    openCampaignFile,
    opensMasters: services.readCampaignFile !== undefined,
    saveCampaignFile,
    unsaved,
    draft: draftInUse(sourceDraft, campaign),
    draftIssues: inUse.editing?.issues ?? [],
    edited: inUse.editing !== undefined,
    edit,
    resetEdits,
    unitList: state.unitList,
    chooseUnitList,
    applyUnitList,
    workbookCampaign: state.workbookCampaign,
    parentLink,
  };
}

/** Reopening the pane on a master (the next day, after returns came in) picks up its campaign, edits included. */
function useOpenWorkbookCampaign(readOpenCampaign: CampaignServices['readOpenCampaign'], dispatch: Dispatch): void {
  useEffect(() => {
    if (readOpenCampaign === undefined) return undefined;
    let live = true;
    void readOpenCampaign().then((read) => {
      if (!live) return;
      if (!read.ok) dispatch({ type: 'workbookCampaignRead', read: { kind: 'failed', message: read.error.message } });
      else if (read.value !== undefined) dispatch({ type: 'workbookCampaignRead', read: { kind: 'found', campaign: read.value } });
    });
    return () => {
      live = false;
    };
  }, [readOpenCampaign, dispatch]);
}

type SourceActions = Pick<
  CampaignWorkbook,
  'selectPreset' | 'setYearText' | 'setPlanText' | 'readPlanText' | 'supplyPlanField' | 'openPlanFile' | 'usePlanCampaign' | 'dismissStatus' | 'chooseWorkbookCampaign'
>;

/** The choices of where the campaign comes from, each one action into the store. */
function useSourceActions(dispatch: Dispatch): SourceActions {
  return useMemo(
    () => ({
      selectPreset: (name: string) => dispatch({ type: 'presetSelected', name }),
      setYearText: (text: string) => dispatch({ type: 'yearTyped', text }),
      setPlanText: (text: string) => dispatch({ type: 'planTyped', text }),
      readPlanText: () => dispatch({ type: 'planRead' }),
      supplyPlanField: (field: SuppliedField, value: string) => dispatch({ type: 'planFieldSupplied', field, value }),
      openPlanFile: (file: Blob & { readonly name: string }) => openPlanFile(file, dispatch),
      usePlanCampaign: () => {
        dispatch({ type: 'planUsed' });
        dispatch({ type: 'presetCleared' });
      },
      dismissStatus: () => dispatch({ type: 'status', status: { kind: 'idle' } }),
      chooseWorkbookCampaign: () => dispatch({ type: 'workbookCampaignChosen' }),
    }),
    [dispatch],
  );
}

/** Opens a plan file (.docx, PDF with text, .txt): its text goes in the box and is read. */
async function openPlanFile(file: Blob & { readonly name: string }, dispatch: Dispatch): Promise<void> {
  dispatch({ type: 'planFileOpening', fileName: file.name });
  try {
    const [{ readPlanFile }, bytes] = await Promise.all([import(/* webpackChunkName: "plan-file" */ '../../adapters/plan-file'), readBlobBytes(file)]);
    const opened = await readPlanFile(bytes, file.name);
    if (opened.ok) dispatch({ type: 'planFileOpened', text: opened.text });
    else dispatch({ type: 'planFileFailed', code: opened.code, params: opened.params });
  } catch (cause) {
    dispatch({ type: 'planFileFailed', code: 'plan.file.unreadable', params: { file: file.name, detail: cause instanceof Error ? cause.message : String(cause) } });
  }
}

/** Reads a campaign file (or, with the service, a master workbook); a valid campaign becomes the one in use. */
function useOpenCampaignFile(readCampaignFile: CampaignServices['readCampaignFile'], dispatch: Dispatch): CampaignWorkbook['openCampaignFile'] {
  return useCallback(
    async (file: Blob & { readonly name: string }) => {
      let parsed: Result<Campaign, Issue[]>;
      try {
        parsed = readCampaignFile === undefined ? parseCampaignJson(await readBlobText(file), file.name) : await readCampaignFile({ name: file.name, bytes: await readBlobBytes(file) });
      } catch (cause) {
        dispatch({ type: 'campaignFileFailed', failure: { fileName: file.name, issues: [readFailure(file.name, cause)] } });
        return;
      }
      if (parsed.ok) dispatch({ type: 'campaignFileOpened', campaign: parsed.value, fileName: file.name });
      else dispatch({ type: 'campaignFileFailed', failure: { fileName: file.name, issues: parsed.error } });
    },
    [readCampaignFile, dispatch],
  );
}

function useSaveCampaignFile(campaign: Campaign | undefined, services: CampaignServices, dispatch: Dispatch): () => void {
  return useCallback(() => {
    if (campaign === undefined) return;
    const text = campaignFileText(campaign);
    services.saveFile(new TextEncoder().encode(text), campaignFileName(campaign));
    dispatch({ type: 'campaignSaved', json: text });
  }, [campaign, services, dispatch]);
}

/**
 * Unsaved: the user changed the campaign (edits, a plan's campaign) and this campaign is not the
 * one last saved as .json or written to a master. A preset or a file left as it was is not a change.
 */
function useUnsaved(campaign: Campaign | undefined, changed: boolean, saved: string | undefined): boolean {
  return useMemo(() => campaign !== undefined && changed && campaignFileText(campaign) !== saved, [campaign, changed, saved]);
}

/**
 * Reads a unit list file. Into a campaign without units its units go straight in; otherwise the
 * pane asks whether to replace or merge (`applyUnitList`), and the current list never shrinks
 * because of bad rows (mergeUnitLists).
 */
function useChooseUnitList(readUnitList: CampaignServices['readUnitList'], current: readonly Unit[] | undefined, edit: (edit: CampaignEdit) => void, dispatch: Dispatch): CampaignWorkbook['chooseUnitList'] {
  return useCallback(
    async (file: Blob & { readonly name: string }) => {
      dispatch({ type: 'unitList', reading: { kind: 'reading', fileName: file.name } });
      try {
        const table = await readUnitList({ name: file.name, bytes: await readBlobBytes(file) });
        if (current === undefined || current.length === 0) applyMerge(file.name, mergeUnitLists([], table, 'replace'), 'replace', edit, dispatch);
        else dispatch({ type: 'unitList', reading: { kind: 'loaded', fileName: file.name, table } });
      } catch (cause) {
        dispatch({ type: 'unitList', reading: { kind: 'read', fileName: file.name, count: 0, issues: [readFailure(file.name, cause)] } });
      }
    },
    [readUnitList, current, edit, dispatch],
  );
}

function applyMerge(fileName: string, merge: UnitListMerge, mode: UnitListMode, edit: (edit: CampaignEdit) => void, dispatch: Dispatch): void {
  if (!merge.refused) edit({ kind: 'setUnits', units: merge.units });
  dispatch({ type: 'unitList', reading: { kind: 'merged', fileName, mode, merge } });
}

/** The officer's answer to "replace or merge?" for the list just read; `undefined` puts it aside. */
function useApplyUnitList(reading: UnitListReading | undefined, current: readonly Unit[] | undefined, edit: (edit: CampaignEdit) => void, dispatch: Dispatch): CampaignWorkbook['applyUnitList'] {
  return useCallback(
    (mode: UnitListMode | undefined) => {
      if (reading?.kind !== 'loaded') return;
      if (mode === undefined) dispatch({ type: 'unitList', reading: undefined });
      else applyMerge(reading.fileName, mergeUnitLists(current ?? [], reading.table, mode), mode, edit, dispatch);
    },
    [reading, current, edit, dispatch],
  );
}

function useDownloadMaster(campaign: Campaign | undefined, services: CampaignServices, dispatch: Dispatch): () => Promise<void> {
  return useCallback(async () => {
    if (campaign === undefined) return;
    const refused = samplesLeftError(campaign);
    if (refused !== undefined) {
      dispatch({ type: 'status', status: { kind: 'failed', error: refused } });
      return;
    }
    dispatch({ type: 'status', status: { kind: 'working' } });
    try {
      const bytes = await services.createMasterWorkbook(campaign);
      const fileName = services.masterFileName(campaign);
      services.saveFile(bytes, fileName);
      dispatch({ type: 'status', status: { kind: 'saved', fileName } });
      dispatch({ type: 'campaignSaved', json: campaignFileText(campaign) });
    } catch (cause) {
      dispatch({ type: 'status', status: { kind: 'failed', error: buildError(cause) } });
    }
  }, [campaign, services, dispatch]);
}

function useParentLinkView(store: CampaignStore, readReturn: ReadParentForm | undefined, unlinked: Campaign | undefined, notes: readonly ParentLinkNote[] | undefined): ParentLinkView {
  const link = useParentLink(readReturn, store);
  const openParentForm = link.open;
  return useMemo(
    () => ({
      state: link.state,
      failure: link.failure,
      notes: notes ?? [],
      available: readReturn !== undefined,
      open: (file) => openParentForm(file, unlinked),
      remove: link.remove,
    }),
    [link.state, link.failure, link.remove, notes, readReturn, openParentForm, unlinked],
  );
}

function draftInUse(draft: CampaignDraft | undefined, campaign: Campaign | undefined): CampaignDraft | undefined {
  return draft === undefined || campaign === undefined ? draft : draftWithParentLink(draft, campaign);
}

function readFailure(fileName: string, cause: unknown): Issue {
  return makeIssue({ severity: 'error', code: 'pane.error.readFailed', file: fileName, params: { file: fileName, detail: errorDetail(cause) } });
}
