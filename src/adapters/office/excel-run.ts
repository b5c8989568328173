import { fail, ok, t } from '../../core';
import type { Lang, Result } from '../../core';
import { asOfficeContext } from './excel-model';
import type { OfficeContext } from './excel-model';

/** What can go wrong talking to Excel, as data; `describeOfficeError` words it for people. */
export type OfficeError =
  | { readonly code: 'cellEditMode'; readonly attempts: number }
  | { readonly code: 'apiNotSupported'; readonly detail: string }
  | { readonly code: 'accessDenied'; readonly detail: string }
  | { readonly code: 'itemNotFound'; readonly detail: string }
  | { readonly code: 'itemAlreadyExists'; readonly detail: string }
  | { readonly code: 'payloadTooLarge'; readonly detail: string }
  | { readonly code: 'invalidArgument'; readonly detail: string }
  | { readonly code: 'notInExcel' }
  /** Any other OfficeExtension.Error, with Excel's own code and message. */
  | { readonly code: 'office'; readonly officeCode: string; readonly message: string; readonly location: string }
  | { readonly code: 'unexpected'; readonly detail: string };

export function describeOfficeError(error: OfficeError, lang: Lang = 'vi'): string {
  switch (error.code) {
    case 'cellEditMode':
      return t('office.error.cellEditMode', {}, lang);
    case 'notInExcel':
      return t('office.error.notInExcel', {}, lang);
    case 'office':
      return t('office.error.office', { officeCode: error.officeCode, message: error.message }, lang);
    case 'apiNotSupported':
    case 'accessDenied':
    case 'itemNotFound':
    case 'itemAlreadyExists':
    case 'payloadTooLarge':
    case 'invalidArgument':
    case 'unexpected':
      return t(`office.error.${error.code}`, { detail: error.detail }, lang);
  }
}

/** The `Excel.RunOptions` this adapter passes (learn.microsoft.com/javascript/api/excel/excel.runoptions). */
export type ExcelRunOptions = { readonly delayForCellEdit?: boolean };

/** `Excel.run` as this adapter uses it; tests pass the in-memory fake's stand-in. */
export type ExcelRun = <T>(batch: (context: OfficeContext) => Promise<T>, options?: ExcelRunOptions) => Promise<T>;

export type RunOptions = {
  /** Defaults to the real `Excel.run` (ExcelApi 1.1), looked up only when called. */
  readonly run?: ExcelRun;
  /** How many times the whole batch is tried while Excel is in cell-edit mode. */
  readonly attempts?: number;
  /** Milliseconds before the first retry; doubled each time. */
  readonly delayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /**
   * Asks Excel to hold the batch until the user leaves the cell instead of failing it
   * (`Excel.RunOptions.delayForCellEdit`). For the ribbon command, which the user starts and then
   * waits for; the pane keeps the default and retries, so it is never left waiting silently.
   */
  readonly delayForCellEdit?: boolean;
};

const CELL_EDIT_MODE = 'InvalidOperationInCellEditMode';
/**
 * A batch refused in cell-edit mode fails with InvalidOperationInCellEditMode
 * (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling) or,
 * as the page "Delay execution while cell is being edited"
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit) says, with
 * InvalidOperation. InvalidOperation has other causes too, so it is retried like cell-edit mode,
 * but named so only when its message says so; otherwise the last error is reported as it is.
 */
const MAYBE_CELL_EDIT = 'InvalidOperation';
const EDIT_MODE_MESSAGE = /edit(ing)?[ -]?(cell )?mode|cell[ -]edit/i;

/**
 * The one way this add-in talks to Excel. A batch that fails because the user is typing in a cell
 * (Excel refuses every request then, error code "InvalidOperationInCellEditMode" or
 * "InvalidOperation") is run again a few times with a short back-off; every failure comes back as
 * an `OfficeError`, never thrown. The batch must therefore be safe to run again from the start
 * (ours queue, then sync, and clear up what a failed attempt left).
 *
 * With `delayForCellEdit` Excel holds the batch instead (the pattern the docs give for a ribbon
 * command). Its reference (learn.microsoft.com/javascript/api/excel/excel.runoptions) names no
 * requirement set: an Excel that ignores it fails the batch as before, and the retry still runs.
 */
export async function runExcel<T>(batch: (context: OfficeContext) => Promise<T>, options: RunOptions = {}): Promise<Result<T, OfficeError>> {
  const run = options.run ?? realExcelRun();
  if (run === undefined) return fail({ code: 'notInExcel' });
  const attempts = Math.max(1, options.attempts ?? 4);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let delay = options.delayMs ?? 250;
  const runOptions: ExcelRunOptions | undefined = options.delayForCellEdit ? { delayForCellEdit: true } : undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      return ok(await (runOptions ? run(batch, runOptions) : run(batch)));
    } catch (cause) {
      const code = officeCode(cause);
      if (code !== CELL_EDIT_MODE && code !== MAYBE_CELL_EDIT) return fail(toOfficeError(cause));
      if (attempt >= attempts) return fail(isCellEditMode(cause) ? { code: 'cellEditMode', attempts: attempt } : toOfficeError(cause));
      await sleep(delay);
      delay *= 2;
    }
  }
}

function realExcelRun(): ExcelRun | undefined {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') return undefined;
  return <T>(batch: (context: OfficeContext) => Promise<T>, options?: ExcelRunOptions) =>
    options ? Excel.run(options, (context) => batch(asOfficeContext(context))) : Excel.run((context) => batch(asOfficeContext(context)));
}

/** Excel refused the batch because the user is editing a cell (either code the docs give). */
export function isCellEditMode(cause: unknown): boolean {
  const code = officeCode(cause);
  return code === CELL_EDIT_MODE || (code === MAYBE_CELL_EDIT && EDIT_MODE_MESSAGE.test(messageOf(cause)));
}

/**
 * Maps anything thrown while talking to Excel. OfficeExtension.Error (name "RichApi.Error") carries
 * a string `code` from Excel.ErrorCodes / OfficeExtension.ErrorCodes and `debugInfo.errorLocation`.
 */
export function toOfficeError(cause: unknown): OfficeError {
  const code = officeCode(cause);
  if (code === undefined) return { code: 'unexpected', detail: detailOf(cause) };
  const detail = locationOf(cause) || messageOf(cause);
  if (isCellEditMode(cause)) return { code: 'cellEditMode', attempts: 1 };
  switch (code) {
    case 'ApiNotFound':
    case 'NotImplemented':
    case 'UnsupportedOperation':
      return { code: 'apiNotSupported', detail };
    case 'AccessDenied':
      return { code: 'accessDenied', detail };
    case 'ItemNotFound':
      return { code: 'itemNotFound', detail };
    case 'ItemAlreadyExists':
      return { code: 'itemAlreadyExists', detail };
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return { code: 'payloadTooLarge', detail };
    case 'InvalidArgument':
      return { code: 'invalidArgument', detail };
    default:
      return { code: 'office', officeCode: code, message: messageOf(cause), location: locationOf(cause) };
  }
}

/** The Office error code, if `cause` looks like an OfficeExtension.Error. */
function officeCode(cause: unknown): string | undefined {
  if (typeof cause !== 'object' || cause === null) return undefined;
  const { name, code } = cause as { name?: unknown; code?: unknown };
  if (typeof code !== 'string' || code === '') return undefined;
  return name === 'RichApi.Error' || name === 'OfficeExtension.Error' || 'debugInfo' in cause ? code : undefined;
}

function locationOf(cause: unknown): string {
  const info = (cause as { debugInfo?: { errorLocation?: unknown } }).debugInfo;
  return typeof info?.errorLocation === 'string' ? info.errorLocation : '';
}

function messageOf(cause: unknown): string {
  const message = (cause as { message?: unknown }).message;
  return typeof message === 'string' ? message : '';
}

function detailOf(cause: unknown): string {
  if (cause instanceof Error) return cause.message || cause.name;
  return String(cause);
}
