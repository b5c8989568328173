import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { consolidate } from '../../core';
import type { Campaign, Consolidation, Issue, ValidationOptions, ValidationResult } from '../../core';
import { writeMaster } from '../campaign/write-master';
import { clearHighlights, goToCell, goToIssue, highlightIssues, readWorkbook } from '../check/check-actions';
import { saveReport, writeReport } from '../consolidate/consolidate-actions';
import { importFiles } from '../import/import-actions';
import { downloadFillIns } from '../publish/publish-actions';
import type { CampaignStore, ImportedFile } from './campaign-store';
import { INITIAL_SESSION, flowReducer, validationOf } from './flow-context';
import type { FlowAction, FlowContext, FlowServices, Job, Notice, RunJob } from './flow-context';
import { JobCancelled } from './file-workbooks';
import type { JobControl } from './file-workbooks';

export type ReturnsFlow = {
  readonly files: readonly ImportedFile[];
  readonly job: Job | undefined;
  readonly notice: Notice | undefined;
  /** Undefined until a return was imported (or the workbook's unit sheets were read). */
  readonly validation: ValidationResult | undefined;
  readonly consolidation: Consolidation | undefined;
  readonly inExcel: boolean;
  /** Issues can be shown in their cells: the returns were read from the open workbook. */
  readonly canGoToCells: boolean;
  readonly downloadFillIns: () => Promise<void>;
  readonly importFiles: (files: readonly File[]) => Promise<void>;
  readonly clearFiles: () => void;
  readonly readWorkbook: () => Promise<void>;
  readonly downloadReport: () => Promise<void>;
  readonly downloadReportDocument: () => Promise<void>;
  readonly writeReport: () => Promise<void>;
  readonly writeMaster: () => Promise<void>;
  readonly goToIssue: (issue: Issue) => Promise<void>;
  /** The report sheets written into the open workbook, to open from the pane. */
  readonly reportSheets: readonly string[];
  readonly openSheet: (sheet: string) => Promise<void>;
  /** Cells are coloured for issues in the workbook now. */
  readonly highlighted: boolean;
  /** Colours the cells of the issues now shown (taking earlier colours off first). */
  readonly highlightIssues: () => Promise<void>;
  readonly clearHighlights: () => Promise<void>;
  readonly cancel: () => void;
  readonly dismissNotice: () => void;
  /** The phone form's address and QR code, for the Phát hành step. */
  readonly loadFormQr: FlowServices['formPageQr'];
};/**
 * The state and actions of the steps after the campaign: send out the forms, import returns,
 * check, consolidate. The returns are in the campaign store, the jobs' session in one reducer;
 * every long job is cancellable between files and ends in a notice, every failure included.
 */
export function useReturnsFlow(store: CampaignStore, campaign: Campaign | undefined, services: FlowServices): ReturnsFlow {
  const [session, dispatch] = useReducer(flowReducer, INITIAL_SESSION);
  const { returns } = store.state;
  const { excel } = services;
  const forms = useFormFingerprints(campaign, services.expectedFingerprints);
  const validation = useMemo(() => validationOf(campaign, returns, forms), [campaign, returns, forms]);
  const consolidation = useMemo(() => (campaign === undefined || validation === undefined ? undefined : consolidate(campaign, validation)), [campaign, validation]);
  const { runJob, cancel } = useJobRunner(dispatch);
  const ctx: FlowContext = { campaign, services, excel, returns, session, forms, validation, consolidation, runJob, dispatch, store: store.dispatch };
  const storeDispatch = store.dispatch;
  const clearFiles = useCallback(() => {
    storeDispatch({ type: 'returnsCleared' });
    dispatch({ type: 'notice', notice: undefined });
  }, [storeDispatch]);
  const dismissNotice = useCallback(() => dispatch({ type: 'notice', notice: undefined }), []);
  return {
    files: returns.files,
    job: session.job,
    notice: session.notice,
    validation,
    consolidation,
    inExcel: excel !== undefined,
    canGoToCells: excel !== undefined && returns.sheetReturns !== undefined,
    downloadFillIns: () => downloadFillIns(ctx),
    importFiles: (files) => importFiles(ctx, files),
    clearFiles,
    readWorkbook: () => readWorkbook(ctx),
    downloadReport: () => saveReport(ctx, services.createReport, services.reportFileName),
    downloadReportDocument: () => saveReport(ctx, services.createReportDocument, services.reportDocumentFileName),
    writeReport: () => writeReport(ctx),
    writeMaster: () => writeMaster(ctx),
    goToIssue: (issue: Issue) => goToIssue(ctx, issue),
    reportSheets: session.reportSheets,
    openSheet: (sheet) => goToCell(ctx, sheet, 'A1'),
    highlighted: session.highlights.length > 0,
    highlightIssues: () => highlightIssues(ctx),
    clearHighlights: () => clearHighlights(ctx),
    cancel,
    dismissNotice,
    loadFormQr: services.formPageQr,
  };
}

/** One long job at a time: starting one aborts the one before; `cancel` aborts the one running. */
function useJobRunner(dispatch: (action: FlowAction) => void): { readonly runJob: RunJob; readonly cancel: () => void } {
  const controller = useRef<AbortController | undefined>(undefined);
  const runJob: RunJob = useCallback(async (task, total, work, onError) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    dispatch({ type: 'jobStart', task, total });
    const control: JobControl = { signal: abort.signal, onProgress: (done, all) => dispatch({ type: 'jobProgress', done, total: all }) };
    try {
      const notice: Notice | undefined = await work(control);
      dispatch({ type: 'jobEnd', ...(notice === undefined ? {} : { notice }) });
    } catch (cause) {
      const cancelled = cause instanceof JobCancelled || abort.signal.aborted;
      dispatch({ type: 'jobEnd', notice: cancelled ? { kind: 'cancelled' } : { kind: 'failed', error: onError(cause) } });
    } finally {
      if (controller.current === abort) controller.current = undefined;
    }
  }, [dispatch]);
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { runJob, cancel };
}

/** The campaign's form fingerprints once loaded, as validation options; none before (or without the service). */
function useFormFingerprints(campaign: Campaign | undefined, load: FlowServices['expectedFingerprints']): ValidationOptions {
  const [loaded, setLoaded] = useState<{ readonly campaign: Campaign; readonly prints: ReadonlyMap<string, string> } | undefined>(undefined);
  useEffect(() => {
    if (campaign === undefined || load === undefined) return undefined;
    let live = true;
    void load(campaign).then((prints) => {
      if (live) setLoaded({ campaign, prints });
    });
    return () => {
      live = false;
    };
  }, [campaign, load]);
  return useMemo(() => (loaded !== undefined && loaded.campaign === campaign ? { expectedFingerprints: loaded.prints } : {}), [loaded, campaign]);
}
