import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { consolidate, validateReturns } from '../../core';
import type { Campaign, Consolidation, Issue, RawReturn, Result, ValidationOptions, ValidationResult } from '../../core';
import type { CellHighlight, ExcelActions } from './excel-types';
import { JobCancelled } from './file-workbooks';
import type { ChosenFile, JobControl } from './file-workbooks';
import { buildError, errorDetail } from './pane-error';
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
};

/** A file the user chose, and what reading it gave. */
export type ImportedFile = { readonly id: number; readonly name: string; readonly read: Result<RawReturn, Issue[]> };

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

type State = {
  readonly files: readonly ImportedFile[];
  /** Returns read from the unit sheets of the open workbook (Excel only); they replace the files' returns. */
  readonly sheetReturns: readonly RawReturn[] | undefined;
  /** Cells coloured for issues in the open workbook, with what they had before (Excel only). */
  readonly highlights: readonly CellHighlight[];
  /** The report sheets last written into the open workbook (Excel only). */
  readonly reportSheets: readonly string[];
  readonly job: Job | undefined;
  readonly notice: Notice | undefined;
  readonly nextId: number;
};

type Action =
  | { readonly type: 'jobStart'; readonly task: JobTask; readonly total: number }
  | { readonly type: 'jobProgress'; readonly done: number; readonly total: number }
  | { readonly type: 'jobEnd'; readonly notice?: Notice }
  | { readonly type: 'fileRead'; readonly name: string; readonly read: Result<RawReturn, Issue[]> }
  | { readonly type: 'sheetsRead'; readonly returns: readonly RawReturn[] }
  | { readonly type: 'highlighted'; readonly highlights: readonly CellHighlight[] }
  | { readonly type: 'reportWritten'; readonly sheets: readonly string[] }
  | { readonly type: 'clearFiles' }
  | { readonly type: 'notice'; readonly notice: Notice | undefined };

const INITIAL: State = { files: [], sheetReturns: undefined, highlights: [], reportSheets: [], job: undefined, notice: undefined, nextId: 1 };

export function flowReducer(state: State, action: Action): State {
  switch (action.type) {
    case 'jobStart':
      return { ...state, job: { task: action.task, done: 0, total: action.total }, notice: undefined };
    case 'jobProgress':
      return state.job === undefined ? state : { ...state, job: { ...state.job, done: action.done, total: action.total } };
    case 'jobEnd':
      return { ...state, job: undefined, notice: action.notice };
    case 'fileRead':
      return { ...state, files: [...state.files, { id: state.nextId, name: action.name, read: action.read }], nextId: state.nextId + 1 };
    case 'sheetsRead':
      return { ...state, sheetReturns: action.returns };
    case 'highlighted':
      return { ...state, highlights: action.highlights };
    case 'reportWritten':
      return { ...state, reportSheets: action.sheets };
    case 'clearFiles':
      return { ...state, files: [], sheetReturns: undefined, notice: undefined };
    case 'notice':
      return { ...state, notice: action.notice };
  }
}

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
};

/**
 * The state and actions of the steps after the campaign: send out the forms, import returns,
 * check, consolidate. One reducer; every long job is cancellable between files and ends in a
 * notice, every failure included.
 */
export function useReturnsFlow(campaign: Campaign | undefined, services: FlowServices): ReturnsFlow {
  const [state, dispatch] = useReducer(flowReducer, INITIAL);
  const controller = useRef<AbortController | undefined>(undefined);
  const { excel } = services;

  const forms = useFormFingerprints(campaign, services.expectedFingerprints);
  const validation = useMemo(() => {
    if (campaign === undefined) return undefined;
    if (state.sheetReturns !== undefined) return validateReturns(campaign, [...state.sheetReturns, ...refusedOf(state.files)], unreadableOf(state.files), forms);
    if (state.files.length === 0) return undefined;
    return validateReturns(campaign, returnsOf(state.files), unreadableOf(state.files), forms);
  }, [campaign, state.files, state.sheetReturns, forms]);
  const consolidation = useMemo(() => (campaign === undefined || validation === undefined ? undefined : consolidate(campaign, validation)), [campaign, validation]);

  /** Runs one long job: progress, cancel, and a notice at the end whatever happens. */
  const runJob = useCallback(async (task: JobTask, total: number, work: (control: JobControl) => Promise<Notice | undefined>, onError: (cause: unknown) => PaneError) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    dispatch({ type: 'jobStart', task, total });
    const control: JobControl = { signal: abort.signal, onProgress: (done, all) => dispatch({ type: 'jobProgress', done, total: all }) };
    try {
      const notice = await work(control);
      dispatch({ type: 'jobEnd', ...(notice === undefined ? {} : { notice }) });
    } catch (cause) {
      const cancelled = cause instanceof JobCancelled || abort.signal.aborted;
      dispatch({ type: 'jobEnd', notice: cancelled ? { kind: 'cancelled' } : { kind: 'failed', error: onError(cause) } });
    } finally {
      if (controller.current === abort) controller.current = undefined;
    }
  }, []);

  const downloadFillIns = useCallback(async () => {
    if (campaign === undefined) return;
    await runJob(
      'zip',
      campaign.units.length + 1,
      async (control) => {
        const bytes = await services.createFillInZip(campaign, control);
        const file = services.zipFileName(campaign);
        services.saveFile(bytes, file);
        return { kind: 'saved', task: 'zip', file };
      },
      (cause) => buildError(cause, 'zipFailed'),
    );
  }, [campaign, runJob, services]);

  const readSheets = useCallback(
    async (actions: ExcelActions, target: Campaign): Promise<void> => {
      const read = await actions.readUnitSheets(target);
      if (!read.ok) throw new ExcelFailed(read.error.message);
      dispatch({ type: 'sheetsRead', returns: read.value });
    },
    [],
  );

  const importFiles = useCallback(
    async (chosen: readonly File[]) => {
      if (chosen.length === 0) return;
      let current = '';
      await runJob(
        'read',
        chosen.length,
        async (control) => {
          const readable: { file: ChosenFile; raw: RawReturn }[] = [];
          for (const [i, file] of chosen.entries()) {
            if (control.signal.aborted) throw new JobCancelled();
            current = file.name;
            const bytes = new Uint8Array(await file.arrayBuffer());
            const read = await services.readReturn({ name: file.name, bytes });
            dispatch({ type: 'fileRead', name: file.name, read });
            // A refused file is attributed to its unit, never copied into the master.
            if (read.ok && read.value.refused !== true) readable.push({ file: { name: file.name, bytes }, raw: read.value });
            control.onProgress(i + 1, chosen.length);
          }
          if (excel === undefined || campaign === undefined || readable.length === 0) return undefined;
          current = '';
          const imported = await excel.importReturns(campaign, readable, control);
          if (!imported.ok) throw new ExcelFailed(imported.error.message);
          await readSheets(excel, campaign);
          return { kind: 'imported', written: imported.value.written.length, kept: imported.value.kept.length };
        },
        (cause) => (cause instanceof ExcelFailed ? { code: 'excel', detail: cause.message } : { code: 'readFailed', file: current, detail: errorDetail(cause) }),
      );
    },
    [campaign, excel, readSheets, runJob, services],
  );

  const readWorkbook = useCallback(async () => {
    if (excel === undefined || campaign === undefined) return;
    await runJob('excel', 1, async () => {
      await readSheets(excel, campaign);
      return undefined;
    }, excelError);
  }, [campaign, excel, readSheets, runJob]);

  const saveReport = useCallback(
    async (create: FlowServices['createReport'], fileName: (campaign: Campaign) => string) => {
      if (campaign === undefined || consolidation === undefined) return;
      await runJob(
        'report',
        1,
        async () => {
          const bytes = await create(campaign, consolidation, services.now());
          const file = fileName(campaign);
          services.saveFile(bytes, file);
          return { kind: 'saved', task: 'report', file };
        },
        (cause) => buildError(cause, 'reportFailed'),
      );
    },
    [campaign, consolidation, runJob, services],
  );
  const downloadReport = useCallback(() => saveReport(services.createReport, services.reportFileName), [saveReport, services]);
  const downloadReportDocument = useCallback(() => saveReport(services.createReportDocument, services.reportDocumentFileName), [saveReport, services]);

  const writeReport = useCallback(async () => {
    if (excel === undefined || campaign === undefined) return;
    await runJob('excel', 1, async () => {
      // Read the unit sheets again first: a value corrected by hand counts.
      const read = await excel.readUnitSheets(campaign);
      if (!read.ok) throw new ExcelFailed(read.error.message);
      dispatch({ type: 'sheetsRead', returns: read.value });
      const fresh = consolidate(campaign, validateReturns(campaign, [...read.value, ...refusedOf(state.files)], unreadableOf(state.files), forms));
      const written = await excel.writeReport(campaign, fresh, services.now());
      if (!written.ok) throw new ExcelFailed(written.error.message);
      dispatch({ type: 'reportWritten', sheets: written.value.sheets });
      return { kind: 'reportWritten', sheets: written.value.sheets, skipped: written.value.skipped };
    }, excelError);
  }, [campaign, excel, forms, runJob, services, state.files]);

  const writeMaster = useCallback(async () => {
    if (excel === undefined || campaign === undefined) return;
    await runJob('excel', 1, async () => {
      const written = await excel.writeMaster(campaign);
      if (!written.ok) throw new ExcelFailed(written.error.message);
      return { kind: 'masterWritten', sheets: written.value.sheets.length, skipped: written.value.skipped };
    }, excelError);
  }, [campaign, excel, runJob]);

  const goToCell = useCallback(
    async (sheet: string, cell: string) => {
      if (excel === undefined || sheet === '' || cell === '') return;
      const went = await excel.goToCell(sheet, cell);
      if (!went.ok) dispatch({ type: 'notice', notice: { kind: 'failed', error: { code: 'excel', detail: went.error.message } } });
    },
    [excel],
  );
  const goToIssue = useCallback((issue: Issue) => goToCell(issue.sheet, issue.cell), [goToCell]);
  const openSheet = useCallback((sheet: string) => goToCell(sheet, 'A1'), [goToCell]);

  const highlightIssues = useCallback(async () => {
    if (excel === undefined || validation === undefined || state.sheetReturns === undefined) return;
    const earlier = state.highlights;
    await runJob('excel', 1, async () => {
      if (earlier.length > 0) await takeOffHighlights(excel, earlier, dispatch);
      const marked = await excel.highlightIssues(validation.issues);
      if (!marked.ok) throw new ExcelFailed(marked.error.message);
      dispatch({ type: 'highlighted', highlights: marked.value });
      return { kind: 'highlighted', cells: marked.value.length };
    }, excelError);
  }, [excel, runJob, state.highlights, state.sheetReturns, validation]);

  const clearHighlights = useCallback(async () => {
    if (excel === undefined || state.highlights.length === 0) return;
    const marked = state.highlights;
    await runJob('excel', 1, async () => {
      await takeOffHighlights(excel, marked, dispatch);
      return { kind: 'highlightsCleared' };
    }, excelError);
  }, [excel, runJob, state.highlights]);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const clearFiles = useCallback(() => dispatch({ type: 'clearFiles' }), []);
  const dismissNotice = useCallback(() => dispatch({ type: 'notice', notice: undefined }), []);

  return {
    files: state.files,
    job: state.job,
    notice: state.notice,
    validation,
    consolidation,
    inExcel: excel !== undefined,
    canGoToCells: excel !== undefined && state.sheetReturns !== undefined,
    downloadFillIns,
    importFiles,
    clearFiles,
    readWorkbook,
    downloadReport,
    downloadReportDocument,
    writeReport,
    writeMaster,
    goToIssue,
    reportSheets: state.reportSheets,
    openSheet,
    highlighted: state.highlights.length > 0,
    highlightIssues,
    clearHighlights,
    cancel,
    dismissNotice,
  };
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

class ExcelFailed extends Error {}

/** Puts back what earlier colours replaced; the cells are then as they were. */
async function takeOffHighlights(actions: ExcelActions, marked: readonly CellHighlight[], dispatch: (action: Action) => void): Promise<void> {
  const cleared = await actions.clearHighlights(marked);
  if (!cleared.ok) throw new ExcelFailed(cleared.error.message);
  dispatch({ type: 'highlighted', highlights: [] });
}

function excelError(cause: unknown): PaneError {
  return { code: 'excel', detail: errorDetail(cause) };
}

function returnsOf(files: readonly ImportedFile[]): RawReturn[] {
  return files.flatMap((f) => (f.read.ok ? [f.read.value] : []));
}

/** Files the reader refused but could attribute: their units are "bị trả lại", not "chưa nộp". */
function refusedOf(files: readonly ImportedFile[]): RawReturn[] {
  return returnsOf(files).filter((raw) => raw.refused === true);
}

function unreadableOf(files: readonly ImportedFile[]): Issue[] {
  return files.flatMap((f) => (f.read.ok ? [] : f.read.error));
}
