import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Campaign, Result, UnitTable } from '../../core';
import type { MessageKey } from '../../core/messages';
import { parseCampaignJson } from '../../core/campaign-file';
import { makeIssue } from '../../core/schema/issue';
import type { Issue } from '../../core/schema/issue';
import { draftToCampaign, importPlan, supplyDraft } from '../../core/plan-import';
import type { DraftToCampaignResult, PlanDraft, PlanSupplement, SuppliedField } from '../../core/plan-import';
import { isPresetYear } from '../../core/presets';
import type { Preset } from '../../core/presets';
import { applyEdit, checkDraft, draftOf } from './campaign-edit';
import type { CampaignDraft, CampaignEdit } from './campaign-edit';
import { readBlobBytes, readBlobText } from '../shared/file-workbooks';
import type { ChosenFile } from '../shared/file-workbooks';
import { buildError, errorDetail } from '../shared/pane-error';
import type { PaneError } from '../shared/pane-error';
import type { FlowServices } from '../shared/use-returns-flow';
import { draftWithParentLink, useParentLink, withParentLink } from './use-parent-link';
import type { ParentLinkFailure, ParentLinkState, ReadParentForm } from './use-parent-link';
import type { ParentLinkNote } from '../../core/parent-link';

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
  /** Reads a workbook with the returns' reader: "Nhận kế hoạch của cấp trên" opens the province's fill-in with it. */
  readonly readReturn?: ReadParentForm;
};

/** Everything the pane needs from the outside world. */
export type PaneServices = CampaignServices & FlowServices;

export type WorkbookStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly error: PaneError };

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

export function readPlan(text: string, supplement: PlanSupplement = {}, random?: string): PlanReading {
  if (text.trim() === '') return { kind: 'empty' };
  return supplyPlan(importPlan(text), supplement, random);
}

function supplyPlan(imported: PlanDraft, supplement: PlanSupplement, random?: string): PlanReading {
  const { draft } = supplyDraft(imported, supplement);
  return { kind: 'read', imported, supplement, draft, result: draftToCampaign(draft, random === undefined ? {} : { random }) };
}

/** Where the campaign in use comes from. */
export type CampaignSource = 'preset' | 'plan' | 'file' | 'workbook';

/** What the open workbook held when the pane started inside Excel. */
export type OpenWorkbookCampaign = { readonly kind: 'found'; readonly campaign: Campaign } | { readonly kind: 'failed'; readonly message: string };

/** A campaign file that could not be used, with every reason. */
export type FileFailure = { readonly fileName: string; readonly issues: readonly Issue[] };

/** A unit list read: how many units it gave and the rows that need fixing. */
export type UnitListReading =
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'read'; readonly fileName: string; readonly count: number; readonly issues: readonly Issue[] };

/**
 * Edits made in the form to one source campaign (`base`): the draft as typed, what checking it
 * found, and the last draft that was a valid campaign (the one the other steps use).
 */
export type CampaignEditing = {
  readonly base: Campaign;
  readonly draft: CampaignDraft;
  readonly issues: readonly Issue[];
  readonly valid: Campaign;
};

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
  /** Reads a campaign JSON file; a valid one becomes the campaign in use. */
  readonly openCampaignFile: (file: Blob & { readonly name: string }) => Promise<void>;
  /** The form's draft of the campaign in use (its valid self when nothing was edited). */
  readonly draft: CampaignDraft | undefined;
  /** What checking the draft found; empty when the draft is a valid campaign. */
  readonly draftIssues: readonly Issue[];
  /** The campaign was edited in the form. */
  readonly edited: boolean;
  readonly edit: (edit: CampaignEdit) => void;
  readonly resetEdits: () => void;
  readonly unitList: UnitListReading | undefined;
  /** Reads a unit list file; its units replace the campaign's. */
  readonly chooseUnitList: (file: Blob & { readonly name: string }) => Promise<void>;
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

export function startEditing(base: Campaign): CampaignEditing {
  return { base, draft: draftOf(base), issues: [], valid: base };
}

/** One edit applied and checked; the last valid campaign is kept while the draft is not valid. */
export function editCampaign(editing: CampaignEditing, edit: CampaignEdit): CampaignEditing {
  const draft = applyEdit(editing.draft, edit);
  const checked = checkDraft(draft);
  return checked.ok
    ? { base: editing.base, draft, issues: [], valid: checked.value }
    : { base: editing.base, draft, issues: checked.error, valid: editing.valid };
}

type Built = { readonly campaign: Campaign | undefined; readonly error: PaneError | undefined };

function buildPreset(preset: Preset | undefined, year: number | undefined, random: string | undefined): Built {
  if (preset === undefined || year === undefined) return { campaign: undefined, error: undefined };
  try {
    return { campaign: preset.build(random === undefined ? { year } : { year, random }), error: undefined };
  } catch (cause) {
    return { campaign: undefined, error: { code: 'presetFailed', preset: preset.name, detail: errorDetail(cause) } };
  }
}

export function parseYear(text: string): number | undefined {
  if (!/^\s*\d{4}\s*$/.test(text)) return undefined;
  const year = Number(text);
  return isPresetYear(year) ? year : undefined;
}

/**
 * The state and actions of the "Chiến dịch / Tạo sổ" view: a preset and a year make a campaign,
 * or a pasted plan does once the user chooses to use it; the campaign makes the master workbook.
 * The first preset is selected at start; picking a preset or a year goes back to the presets.
 */
export function useCampaignWorkbook(services: CampaignServices, initialYear: number): CampaignWorkbook {
  const { presets } = services;
  const [presetName, setPresetName] = useState<string | undefined>(presets[0]?.name);
  const [yearText, setYearTextState] = useState(String(initialYear));
  const [status, setStatus] = useState<WorkbookStatus>({ kind: 'idle' });
  const [planText, setPlanTextState] = useState('');
  const [planReading, setPlanReading] = useState<PlanReading | undefined>(undefined);
  const [source, setSource] = useState<CampaignSource>('preset');
  const [fileCampaign, setFileCampaign] = useState<{ readonly campaign: Campaign; readonly fileName: string } | undefined>(undefined);
  const [fileFailure, setFileFailure] = useState<FileFailure | undefined>(undefined);
  const [editing, setEditing] = useState<CampaignEditing | undefined>(undefined);
  const [unitList, setUnitList] = useState<UnitListReading | undefined>(undefined);
  const [workbookCampaign, setWorkbookCampaign] = useState<OpenWorkbookCampaign | undefined>(undefined);
  // Drawn once: rebuilding the same preset and year (a re-render, an edit) keeps the same id.
  const [random] = useState(() => services.drawRandom?.());

  // Reopening the pane on a master (the next day, after returns came in) picks up its campaign,
  // edits included, instead of starting again from a sample plan.
  const { readOpenCampaign } = services;
  useEffect(() => {
    if (readOpenCampaign === undefined) return undefined;
    let live = true;
    void readOpenCampaign().then((read) => {
      if (!live) return;
      if (!read.ok) setWorkbookCampaign({ kind: 'failed', message: read.error.message });
      else if (read.value !== undefined) {
        setWorkbookCampaign({ kind: 'found', campaign: read.value });
        // Only when the user has not chosen another campaign while Excel answered.
        setSource((current) => (current === 'preset' ? 'workbook' : current));
      }
    });
    return () => {
      live = false;
    };
  }, [readOpenCampaign]);
  const chooseWorkbookCampaign = useCallback(() => {
    setSource('workbook');
    setStatus({ kind: 'idle' });
  }, []);

  const preset = presets.find((p) => p.name === presetName);
  const year = parseYear(yearText);
  const built = useMemo(() => buildPreset(preset, year, random), [preset, year, random]);

  const selectPreset = useCallback((name: string) => {
    setPresetName(name);
    setSource('preset');
    setStatus({ kind: 'idle' });
  }, []);
  const setYearText = useCallback((text: string) => {
    setYearTextState(text);
    setSource('preset');
    setStatus({ kind: 'idle' });
  }, []);
  const setPlanText = useCallback((text: string) => setPlanTextState(text), []);
  const readPlanText = useCallback(() => {
    setPlanReading(readPlan(planText, {}, random));
    setSource((current) => (current === 'plan' ? 'preset' : current));
    setStatus({ kind: 'idle' });
  }, [planText, random]);

  const supplyPlanField = useCallback((field: SuppliedField, value: string) => {
    setPlanReading((current) => (current?.kind === 'read' ? supplyPlan(current.imported, { ...current.supplement, [field]: value }, random) : current));
    setStatus({ kind: 'idle' });
  }, [random]);
  const openPlanFile = useCallback(async (file: Blob & { readonly name: string }) => {
    setPlanReading({ kind: 'opening', fileName: file.name });
    setSource((current) => (current === 'plan' ? 'preset' : current));
    try {
      const [{ readPlanFile }, bytes] = await Promise.all([import(/* webpackChunkName: "plan-file" */ '../../adapters/plan-file'), readBlobBytes(file)]);
      const opened = await readPlanFile(bytes, file.name);
      if (!opened.ok) {
        setPlanReading({ kind: 'fileFailed', code: opened.code, params: opened.params });
        return;
      }
      setPlanTextState(opened.text);
      setPlanReading(readPlan(opened.text, {}, random));
    } catch (cause) {
      setPlanReading({ kind: 'fileFailed', code: 'plan.file.unreadable', params: { file: file.name, detail: cause instanceof Error ? cause.message : String(cause) } });
    }
  }, [random]);

  const planCampaign = planReading?.kind === 'read' ? planReading.result.campaign : undefined;
  const usePlanCampaign = useCallback(() => {
    if (planCampaign === undefined) return;
    setSource('plan');
    setStatus({ kind: 'idle' });
  }, [planCampaign]);

  const usingPlan = source === 'plan' && planCampaign !== undefined;
  const usingFile = source === 'file' && fileCampaign !== undefined;
  const usingWorkbook = source === 'workbook' && workbookCampaign?.kind === 'found';
  const fromWorkbook = workbookCampaign?.kind === 'found' ? workbookCampaign.campaign : undefined;
  const sourceCampaign = usingPlan ? planCampaign : usingFile ? fileCampaign.campaign : usingWorkbook ? fromWorkbook : built.campaign;
  // Edits belong to the campaign they were made to: choosing another one leaves them behind.
  const activeEdit = editing !== undefined && editing.base === sourceCampaign ? editing : undefined;
  const link = useParentLink(services.readReturn);
  const unlinked = activeEdit?.valid ?? sourceCampaign;
  const linked = useMemo(() => (unlinked === undefined ? undefined : withParentLink(unlinked, link.state)), [unlinked, link.state]);
  const campaign = linked?.campaign;
  const openParentForm = link.open;
  const parentLink: ParentLinkView = useMemo(
    () => ({
      state: link.state,
      failure: link.failure,
      notes: linked?.notes ?? [],
      available: services.readReturn !== undefined,
      open: (file) => openParentForm(file, unlinked),
      remove: link.remove,
    }),
    [link.state, link.failure, link.remove, linked, services.readReturn, openParentForm, unlinked],
  );

  const openCampaignFile = useCallback(async (file: Blob & { readonly name: string }) => {
    let text: string;
    try {
      text = await readBlobText(file);
    } catch (cause) {
      setFileFailure({ fileName: file.name, issues: [readFailure(file.name, cause)] });
      return;
    }
    const parsed = parseCampaignJson(text, file.name);
    if (!parsed.ok) {
      setFileFailure({ fileName: file.name, issues: parsed.error });
      return;
    }
    setFileFailure(undefined);
    setFileCampaign({ campaign: parsed.value, fileName: file.name });
    setSource('file');
    setStatus({ kind: 'idle' });
  }, []);

  const edit = useCallback(
    (change: CampaignEdit) => {
      if (sourceCampaign === undefined) return;
      setEditing((current) => editCampaign(current !== undefined && current.base === sourceCampaign ? current : startEditing(sourceCampaign), change));
      setStatus({ kind: 'idle' });
    },
    [sourceCampaign],
  );
  const resetEdits = useCallback(() => {
    setEditing(undefined);
    setUnitList(undefined);
  }, []);

  const chooseUnitList = useCallback(
    async (file: Blob & { readonly name: string }) => {
      setUnitList({ kind: 'reading', fileName: file.name });
      try {
        const table = await services.readUnitList({ name: file.name, bytes: await readBlobBytes(file) });
        setUnitList({ kind: 'read', fileName: file.name, count: table.units.length, issues: table.issues });
        if (table.units.length > 0) edit({ kind: 'setUnits', units: table.units });
      } catch (cause) {
        setUnitList({ kind: 'read', fileName: file.name, count: 0, issues: [readFailure(file.name, cause)] });
      }
    },
    [edit, services],
  );
  const downloadMaster = useCallback(async () => {
    if (campaign === undefined) return;
    setStatus({ kind: 'working' });
    try {
      const bytes = await services.createMasterWorkbook(campaign);
      const fileName = services.masterFileName(campaign);
      services.saveFile(bytes, fileName);
      setStatus({ kind: 'saved', fileName });
    } catch (cause) {
      setStatus({ kind: 'failed', error: buildError(cause) });
    }
  }, [campaign, services]);

  const dismissStatus = useCallback(() => setStatus({ kind: 'idle' }), []);

  return {
    preset,
    yearText,
    yearValid: year !== undefined,
    campaign,
    presetError: built.error,
    status,
    planText,
    planReading,
    usingPlan,
    selectPreset,
    setYearText,
    setPlanText,
    readPlanText,
    supplyPlanField,
    openPlanFile,
    usePlanCampaign,
    downloadMaster,
    dismissStatus,
    source: usingPlan ? 'plan' : usingFile ? 'file' : usingWorkbook ? 'workbook' : 'preset',
    fileName: usingFile ? fileCampaign.fileName : undefined,
    fileFailure,
    openCampaignFile,
    draft: draftInUse(activeEdit?.draft ?? (sourceCampaign === undefined ? undefined : draftOf(sourceCampaign)), campaign),
    draftIssues: activeEdit?.issues ?? [],
    edited: activeEdit !== undefined,
    edit,
    resetEdits,
    unitList,
    chooseUnitList,
    workbookCampaign,
    chooseWorkbookCampaign,
    parentLink,
  };
}

function draftInUse(draft: CampaignDraft | undefined, campaign: Campaign | undefined): CampaignDraft | undefined {
  return draft === undefined || campaign === undefined ? draft : draftWithParentLink(draft, campaign);
}

function readFailure(fileName: string, cause: unknown): Issue {
  return makeIssue({ severity: 'error', code: 'pane.error.readFailed', file: fileName, params: { file: fileName, detail: errorDetail(cause) } });
}
