/**
 * What the steps after the campaign share: the file and Excel services, the long jobs' session
 * (progress, the last notice, Excel's highlights and report sheets) and the context each step's
 * actions run in. The returns themselves live in the campaign store.
 */
import { consolidate, validateReturns } from '../../core';
import type { Campaign, Consolidation, Issue, RawReturn, Result, ValidationOptions, ValidationResult } from '../../core';
import type { CampaignAction, ImportedFile, ImportedReturns } from './campaign-store';
import type { CellHighlight, ExcelActions } from './excel-types';
import type { ChosenFile, FormPageQr, JobControl } from './file-workbooks';
import { errorDetail } from './pane-error';
import type { PaneError } from './pane-error';

/** The file side of the pane's services (index.tsx wires the real ones; tests pass fakes). */
export type FlowServices = {
  readonly createFillInZip: (campaign: Campaign, control: JobControl) => Promise<Uint8Array>;
  readonly zipFileName: (campaign: Campaign) => string;
  readonly readReturn: (file: ChosenFile) => Promise<Result<RawReturn, Issue[]>>;
  readonly createReport: (campaign: Campaign, consolidation: Consolidation, now: Date) => Promise<Uint8Array>;
  readonly reportFileName: (campaign: Campaign) => string;
  /** The written report as a Word document (.docx). */
  readonly createReportDocument: (campaign: Campaign, consolidation: Consolidation, now: Date) => Promise<Uint8Array>;
  readonly reportDocumentFileName: (campaign: Campaign) => string;
  readonly saveFile: (bytes: Uint8Array, fileName: string) => void;
  /** When the report is made: its read time and date line. */
  readonly now: () => Date;
  /** Present only inside Excel. */
  readonly excel?: ExcelActions;
  /** Each unit's form fingerprint (loaded with the workbook layer), so a return made from another form is refused. */
  readonly expectedFingerprints?: (campaign: Campaign) => Promise<ReadonlyMap<string, string>>;
  /** The phone form's address and QR code for the Phát hành step; absent, or undefined, where the build does not know it. */
  readonly formPageQr?: (sizePx: number, title: (url: string) => string) => Promise<FormPageQr | undefined>;
};

export type JobTask = 'zip' | 'read' | 'report' | 'excel';
export type Job = { readonly task: JobTask; readonly done: number; readonly total: number };

/** The outcome of the last action, as data; the view words it. */
export type Notice =
  | { readonly kind: 'saved'; readonly task: 'zip' | 'report'; readonly file: string }
  | { readonly kind: 'failed'; readonly error: PaneError }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'masterWritten'; readonly sheets: number; readonly skipped: string }
  | { readonly kind: 'imported'; readonly written: number; readonly kept: number }
  | { readonly kind: 'reportWritten'; readonly sheets: readonly string[]; readonly skipped: string }
  | { readonly kind: 'highlighted'; readonly cells: number }
  | { readonly kind: 'highlightsCleared' };

/** The Excel session and the long jobs; the returns themselves are in the campaign store. */
export type FlowSession = {
  /** Cells coloured for issues in the open workbook, with what they had before (Excel only). */
  readonly highlights: readonly CellHighlight[];
  /** The report sheets last written into the open workbook (Excel only). */
  readonly reportSheets: readonly string[];
  readonly job: Job | undefined;
  readonly notice: Notice | undefined;
};

export type FlowAction =
  | { readonly type: 'jobStart'; readonly task: JobTask; readonly total: number }
  | { readonly type: 'jobProgress'; readonly done: number; readonly total: number }
  | { readonly type: 'jobEnd'; readonly notice?: Notice }
  | { readonly type: 'highlighted'; readonly highlights: readonly CellHighlight[] }
  | { readonly type: 'reportWritten'; readonly sheets: readonly string[] }
  | { readonly type: 'notice'; readonly notice: Notice | undefined };

export const INITIAL_SESSION: FlowSession = { highlights: [], reportSheets: [], job: undefined, notice: undefined };

export function flowReducer(state: FlowSession, action: FlowAction): FlowSession {
  switch (action.type) {
    case 'jobStart':
      return { ...state, job: { task: action.task, done: 0, total: action.total }, notice: undefined };
    case 'jobProgress':
      return state.job === undefined ? state : { ...state, job: { ...state.job, done: action.done, total: action.total } };
    case 'jobEnd':
      return { ...state, job: undefined, notice: action.notice };
    case 'highlighted':
      return { ...state, highlights: action.highlights };
    case 'reportWritten':
      return { ...state, reportSheets: action.sheets };
    case 'notice':
      return { ...state, notice: action.notice };
  }
}

/** Runs one long job: progress, cancel, and a notice at the end whatever happens. */
export type RunJob = (task: JobTask, total: number, work: (control: JobControl) => Promise<Notice | undefined>, onError: (cause: unknown) => PaneError) => Promise<void>;

/** What a step's action reads and where it dispatches; built afresh on each render. */
export type FlowContext = {
  readonly campaign: Campaign | undefined;
  readonly services: FlowServices;
  readonly excel: ExcelActions | undefined;
  readonly returns: ImportedReturns;
  readonly session: FlowSession;
  readonly forms: ValidationOptions;
  readonly validation: ValidationResult | undefined;
  readonly consolidation: Consolidation | undefined;
  readonly runJob: RunJob;
  readonly dispatch: (action: FlowAction) => void;
  readonly store: (action: CampaignAction) => void;
};

/** The returns checked: the workbook's unit sheets once read, else the imported files'; undefined before any. */
export function validationOf(campaign: Campaign | undefined, returns: ImportedReturns, forms: ValidationOptions): ValidationResult | undefined {
  if (campaign === undefined) return undefined;
  if (returns.sheetReturns !== undefined) return validateReturns(campaign, [...returns.sheetReturns, ...refusedOf(returns.files)], unreadableOf(returns.files), forms);
  if (returns.files.length === 0) return undefined;
  return validateReturns(campaign, returnsOf(returns.files), unreadableOf(returns.files), forms);
}

/** The unit sheets read again (a value corrected by hand counts) and checked with the files' refusals. */
export async function readSheets(ctx: FlowContext, actions: ExcelActions, target: Campaign): Promise<readonly RawReturn[]> {
  const read = await actions.readUnitSheets(target);
  if (!read.ok) throw new ExcelFailed(read.error.message);
  ctx.store({ type: 'sheetsRead', returns: read.value });
  return read.value;
}

/** The consolidation of freshly read unit sheets, with the files the reader refused or could not read. */
export function consolidateSheets(ctx: FlowContext, campaign: Campaign, sheets: readonly RawReturn[]): Consolidation {
  const files = ctx.returns.files;
  return consolidate(campaign, validateReturns(campaign, [...sheets, ...refusedOf(files)], unreadableOf(files), ctx.forms));
}

export class ExcelFailed extends Error {}

export function excelError(cause: unknown): PaneError {
  return { code: 'excel', detail: errorDetail(cause) };
}

/** A file chosen twice counts once: its copies are left out of the check. */
function returnsOf(files: readonly ImportedFile[]): RawReturn[] {
  return files.flatMap((f) => (f.read.ok && f.duplicateOf === undefined ? [f.read.value] : []));
}

/** Files the reader refused but could attribute: their units are "bị trả lại", not "chưa nộp". */
function refusedOf(files: readonly ImportedFile[]): RawReturn[] {
  return returnsOf(files).filter((raw) => raw.refused === true);
}

function unreadableOf(files: readonly ImportedFile[]): Issue[] {
  return files.flatMap((f) => (f.read.ok || f.duplicateOf !== undefined ? [] : f.read.error));
}
