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

/** `Excel.run` as this adapter uses it; tests pass the in-memory fake's stand-in. */
export type ExcelRun = <T>(batch: (context: OfficeContext) => Promise<T>) => Promise<T>;

export type RunOptions = {
  /** Defaults to the real `Excel.run` (ExcelApi 1.1), looked up only when called. */
  readonly run?: ExcelRun;
  /** How many times the whole batch is tried while Excel is in cell-edit mode. */
  readonly attempts?: number;
  /** Milliseconds before the first retry; doubled each time. */
  readonly delayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
};

const CELL_EDIT_MODE = 'InvalidOperationInCellEditMode';

/**
 * The one way this add-in talks to Excel. A batch that fails because the user is typing in a cell
 * (Excel refuses every request then, error code "InvalidOperationInCellEditMode") is run again a
 * few times with a short back-off; every failure comes back as an `OfficeError`, never thrown.
 * The batch must therefore be safe to run again from the start (ours queue, then sync).
 *
 * `Excel.RunOptions.delayForCellEdit` would make Excel hold the batch instead, but its reference
 * (learn.microsoft.com/javascript/api/excel/excel.runoptions) names no requirement set to check
 * for, and a held batch leaves the pane waiting silently; retrying, then telling the user to
 * press Enter, works on every version.
 */
export async function runExcel<T>(batch: (context: OfficeContext) => Promise<T>, options: RunOptions = {}): Promise<Result<T, OfficeError>> {
  const run = options.run ?? realExcelRun();
  if (run === undefined) return fail({ code: 'notInExcel' });
  const attempts = Math.max(1, options.attempts ?? 4);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let delay = options.delayMs ?? 250;
  for (let attempt = 1; ; attempt++) {
    try {
      return ok(await run(batch));
    } catch (cause) {
      if (officeCode(cause) !== CELL_EDIT_MODE) return fail(toOfficeError(cause));
      if (attempt >= attempts) return fail({ code: 'cellEditMode', attempts: attempt });
      await sleep(delay);
      delay *= 2;
    }
  }
}

function realExcelRun(): ExcelRun | undefined {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') return undefined;
  return <T>(batch: (context: OfficeContext) => Promise<T>) => Excel.run((context) => batch(asOfficeContext(context)));
}

/**
 * Maps anything thrown while talking to Excel. OfficeExtension.Error (name "RichApi.Error") carries
 * a string `code` from Excel.ErrorCodes / OfficeExtension.ErrorCodes and `debugInfo.errorLocation`.
 */
export function toOfficeError(cause: unknown): OfficeError {
  const code = officeCode(cause);
  if (code === undefined) return { code: 'unexpected', detail: detailOf(cause) };
  const detail = locationOf(cause) || messageOf(cause);
  switch (code) {
    case CELL_EDIT_MODE:
      return { code: 'cellEditMode', attempts: 1 };
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
