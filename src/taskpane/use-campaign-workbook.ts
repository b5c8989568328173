import { useCallback, useMemo, useState } from 'react';
import type { Campaign } from '../core';
import { draftToCampaign, importPlan } from '../core/plan-import';
import type { DraftToCampaignResult, PlanDraft } from '../core/plan-import';
import { isPresetYear } from '../core/presets';
import type { Preset } from '../core/presets';
import { buildError, errorDetail } from './pane-error';
import type { PaneError } from './pane-error';
import type { FlowServices } from './use-returns-flow';

/** What the campaign step needs from the outside world; index.tsx wires the real ones, tests pass fakes. */
export type CampaignServices = {
  readonly presets: readonly Preset[];
  /** Builds the master workbook as .xlsx bytes. */
  readonly createMasterWorkbook: (campaign: Campaign) => Promise<Uint8Array>;
  readonly masterFileName: (campaign: Campaign) => string;
  /** Hands the bytes to the user (a browser download for now). */
  readonly saveFile: (bytes: Uint8Array, fileName: string) => void;
};

/** Everything the pane needs from the outside world. */
export type PaneServices = CampaignServices & FlowServices;

export type WorkbookStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly error: PaneError };

/** A pasted plan, read: the draft with its sources, and the campaign made from it (or why not). */
export type PlanReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'read'; readonly draft: PlanDraft; readonly result: DraftToCampaignResult };

export function readPlan(text: string): PlanReading {
  if (text.trim() === '') return { kind: 'empty' };
  const draft = importPlan(text);
  return { kind: 'read', draft, result: draftToCampaign(draft) };
}

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
  /** Makes the campaign read from the plan the one the view summarises and builds. */
  readonly usePlanCampaign: () => void;
  readonly downloadMaster: () => Promise<void>;
  readonly dismissStatus: () => void;
};

type Built = { readonly campaign: Campaign | undefined; readonly error: PaneError | undefined };

function buildPreset(preset: Preset | undefined, year: number | undefined): Built {
  if (preset === undefined || year === undefined) return { campaign: undefined, error: undefined };
  try {
    return { campaign: preset.build({ year }), error: undefined };
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
  const [usingPlan, setUsingPlan] = useState(false);

  const preset = presets.find((p) => p.name === presetName);
  const year = parseYear(yearText);
  const built = useMemo(() => buildPreset(preset, year), [preset, year]);

  const selectPreset = useCallback((name: string) => {
    setPresetName(name);
    setUsingPlan(false);
    setStatus({ kind: 'idle' });
  }, []);
  const setYearText = useCallback((text: string) => {
    setYearTextState(text);
    setUsingPlan(false);
    setStatus({ kind: 'idle' });
  }, []);
  const setPlanText = useCallback((text: string) => setPlanTextState(text), []);
  const readPlanText = useCallback(() => {
    setPlanReading(readPlan(planText));
    setUsingPlan(false);
    setStatus({ kind: 'idle' });
  }, [planText]);

  const planCampaign = planReading?.kind === 'read' ? planReading.result.campaign : undefined;
  const usePlanCampaign = useCallback(() => {
    if (planCampaign === undefined) return;
    setUsingPlan(true);
    setStatus({ kind: 'idle' });
  }, [planCampaign]);

  const campaign = usingPlan && planCampaign !== undefined ? planCampaign : built.campaign;
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
    usingPlan: usingPlan && planCampaign !== undefined,
    selectPreset,
    setYearText,
    setPlanText,
    readPlanText,
    usePlanCampaign,
    downloadMaster,
    dismissStatus,
  };
}
