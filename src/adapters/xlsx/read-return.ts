import { sha256Hex } from '../file-hash';
import type { MessageKey } from '../../core/messages';
import type { Result } from '../../core/result';
import { fail, ok } from '../../core/result';
import type { ProducingApp, RawCell, RawReturn, RawRow } from '../../core/schema/raw-return';
import type { Issue, IssueParams } from '../../core/schema/issue';
import { makeIssue } from '../../core/schema/issue';
import { t } from '../../core/messages';
import { readHeaderBlock } from './header-block';
import { computeFingerprint, identityFrom, readMetadata, workbookKind } from './identity';
import type { Metadata } from './identity';
import { producingApp } from './producing-app';
import { COLUMN_HEADERS, REQUIRED_COLUMNS, findReportTable, insertedRows, mergedAnswers, readTableRows } from './report-table';
import type { ReportTable } from './report-table';
import { foreignFileMessage } from './foreign-file';
import { sniffFile } from './sniff';
import { loadWorkbook } from './fast-workbook';
import { openOds } from './ods-workbook';
import { openXls } from './xls-workbook';
import type { XlsProblem } from './xls-workbook';
import type { ModelWorkbook } from './sheet-model';
import { LIMITS, openPackage, packageInflates } from './zip-package';
import type { PackageProblem } from './zip-package';

/**
 * Reads one returned fill-in workbook into a `RawReturn`: it locates and copies, the core
 * interprets. Whatever the bytes are, it resolves — to the return, or to issues on the file that
 * say what to ask the unit for. It never throws.
 */
export async function readReturnFile(bytes: Uint8Array, fileName: string): Promise<Result<RawReturn, Issue[]>> {
  return readWorkbookFile(bytes, fileName, (workbook, app) => readWorkbook(workbook, bytes, fileName, app), (workbook, app, issue) =>
    refusedOrError(readMetadata(workbook), bytes, fileName, app, issue),
  );
}

/** What a caller makes of an opened workbook; `app` is the program that saved it, where the file says. */
export type WorkbookRead<T> = (workbook: ModelWorkbook, app: ProducingApp) => Result<T, Issue[]>;

/**
 * What a caller makes of a workbook refused for what it carries (macros, external links, DDE:
 * `PolicyKind`) though it passed every other check: `issue` is the refusal. Without one, such a
 * file is simply refused.
 */
export type RefusedRead<T> = (workbook: ModelWorkbook, app: ProducingApp, issue: Issue) => Result<T, Issue[]>;

/**
 * Opens any file as a workbook and hands it to `read`: returns, masters and unit lists all go
 * through the same checks and the same reader. Whatever the bytes are, it resolves — to what
 * `read` makes of the workbook, or to issues on the file (`reader.*`). It never throws: an
 * error's own text (a parser's, in English) stays out of the sentence, in `params.detail`.
 */
export async function readWorkbookFile<T>(bytes: Uint8Array, fileName: string, read: WorkbookRead<T>, refused?: RefusedRead<T>): Promise<Result<T, Issue[]>> {
  try {
    return await openAndRead(bytes, fileName, read, refused);
  } catch (error) {
    return fileError('reader.unreadable', fileName, { detail: errorText(error) });
  }
}

async function openAndRead<T>(bytes: Uint8Array, file: string, read: WorkbookRead<T>, refused: RefusedRead<T> | undefined): Promise<Result<T, Issue[]>> {
  switch (sniffFile(bytes)) {
    case 'empty':
      return fileError('reader.empty', file);
    case 'xls':
      return readOtherFormat(openXls(bytes), file, read, 'other', refused);
    case 'encrypted':
      return fileError('reader.encrypted', file);
    case 'other':
      return fileError(foreignFileMessage(bytes), file);
    case 'zip':
      break;
  }
  const opened = await openPackage(bytes);
  // .ods and .xls carry no docProps/app.xml naming their program.
  if ('kind' in opened && opened.kind === 'ods') return readOtherFormat(await openOds(bytes), file, read, 'other', refused);
  if ('kind' in opened) {
    const parts = opened.kind === 'macroEnabled' || opened.kind === 'externalLinks' || opened.kind === 'dde' ? opened.parts : undefined;
    return refused && parts ? readRefused(() => loadWorkbook(parts), producingApp(parts.get(APP_PART)), packageError(opened, file), refused) : packageError(opened, file);
  }

  try {
    return read(loadWorkbook(opened.parts), producingApp(opened.parts.get(APP_PART)));
  } catch (error) {
    // XML the reader cannot make sense of (sheets are parsed when first looked at).
    return (await packageInflates(bytes)) ? fileError('reader.unreadable', file, { detail: errorText(error) }) : fileError('reader.corrupt', file);
  }
}

const APP_PART = 'docProps/app.xml';

/** A file refused for what it carries: the rest passed every check, so whose it is may still be read. */
function readRefused<T>(workbook: () => ModelWorkbook, app: ProducingApp, refusal: Result<never, Issue[]>, refused: RefusedRead<T>): Result<T, Issue[]> {
  const issue = refusal.ok ? undefined : refusal.error[0];
  if (!issue) return refusal;
  try {
    return refused(workbook(), app, issue);
  } catch {
    return refusal;
  }
}

/** .ods and .xls, read by their own readers into the same workbook model as .xlsx, then handed to the same `read`. */
function readOtherFormat<T>(opened: PackageProblem | XlsProblem | { readonly workbook: ModelWorkbook }, file: string, read: WorkbookRead<T>, app: ProducingApp, refused?: RefusedRead<T>): Result<T, Issue[]> {
  if ('kind' in opened) {
    if (refused && 'workbook' in opened && opened.workbook) {
      const { workbook } = opened;
      return readRefused(() => workbook, app, fileError(opened.kind === 'macroEnabled' ? 'reader.macroEnabled' : 'reader.externalLinks', file), refused);
    }
    if (opened.kind === 'legacyXls') return fileError('reader.legacyXls', file);
    if (opened.kind === 'encrypted') return fileError('reader.encrypted', file);
    return packageError(opened, file);
  }
  try {
    return read(opened.workbook, app);
  } catch {
    // Merges that overlap, and other structure no spreadsheet program writes.
    return fileError('reader.corrupt', file);
  }
}

export function readWorkbook(workbook: ModelWorkbook, bytes: Uint8Array, file: string, app: ProducingApp): Result<RawReturn, Issue[]> {
  const meta = readMetadata(workbook);
  const kind = workbookKind(meta);
  if (kind !== '' && kind !== 'danvan-fill-in' && kind !== 'danvan-report') return fileError('reader.notFillIn', file);
  const consolidated = kind === 'danvan-report';

  const table = findReportTable(workbook, consolidated);
  if (!table) return refusedOrError(meta, bytes, file, app, makeIssue({ severity: 'error', code: 'reader.noReportSheet', file, params: { file } }));

  const header = readHeaderBlock(table.sheet, table.headerRow - 1);
  const { rows, clipped } = clipLongText(readTableRows(table));
  const identity = identityFrom(meta, header);
  const unit = identity.unitCode;
  const sheet = table.sheet.name;

  const readIssues: Issue[] = [
    ...(table.renamed ? [makeIssue({ severity: 'warning', code: 'reader.sheetRenamed', file, unit, sheet, params: { sheet } })] : []),
    ...missingColumns(table).map((column) =>
      makeIssue({ severity: 'warning', code: 'reader.columnMissing', file, unit, sheet, params: { sheet, column, row: table.headerRow } }),
    ),
    ...mergedAnswers(table, rows).map(({ code, cell, master }) =>
      makeIssue({ severity: 'warning', code: 'reader.mergedAnswer', file, unit, sheet, cell: cell.address, indicator: code, params: { master } }),
    ),
    ...insertedRows(table).map(({ row, cell, text }) => makeIssue({ severity: 'warning', code: 'reader.insertedRow', file, unit, sheet, cell, params: { row, text } })),
    ...clipped.map(({ code, cell, length }) =>
      makeIssue({ severity: 'warning', code: 'reader.cellTooLong', file, unit, sheet, cell, indicator: code, params: { length, limit: LIMITS.cellChars } }),
    ),
  ];

  return ok({
    file,
    kind: consolidated ? 'report' : 'fill-in',
    sha256: sha256Hex(bytes),
    sheet,
    identity,
    computedFingerprint: computeFingerprint(identity, rows),
    header,
    rows,
    readIssues,
    app,
  });
}

/**
 * A file that cannot be used but still says whose it is: the unit is "bị trả lại" with it (and
 * told how to fix it in the program it uses), instead of "chưa nộp". Without identity it stays an
 * unreadable file.
 */
function refusedOrError(meta: Metadata | undefined, bytes: Uint8Array, file: string, app: ProducingApp, issue: Issue): Result<RawReturn, Issue[]> {
  const header = { unitName: null, unitCode: null, reporter: null, phone: null, reportDate: null, round: null };
  const identity = identityFrom(meta, header);
  const kind = workbookKind(meta);
  if (identity.source !== 'metadata' || identity.unitCode === '' || (kind !== '' && kind !== 'danvan-fill-in' && kind !== 'danvan-report')) return fail([issue]);
  return ok({
    file,
    kind: kind === 'danvan-report' ? 'report' : 'fill-in',
    sha256: sha256Hex(bytes),
    sheet: '',
    identity,
    computedFingerprint: '',
    header,
    rows: [],
    readIssues: [issue],
    app,
    refused: true,
  });
}

/**
 * Excel holds at most 32,767 characters in a cell; longer text was written by something else.
 * It is cut to that length, with a warning, so one crafted cell cannot swell every later step.
 */
function clipLongText(rows: readonly RawRow[]): { rows: RawRow[]; clipped: { code: string; cell: string; length: number }[] } {
  const clipped: { code: string; cell: string; length: number }[] = [];
  const clip = (code: string, cell: RawCell): RawCell => {
    if (typeof cell.value !== 'string' || cell.value.length <= LIMITS.cellChars) return cell;
    clipped.push({ code, cell: cell.address, length: cell.value.length });
    return { ...cell, value: cell.value.slice(0, LIMITS.cellChars) };
  };
  return { rows: rows.map((r) => ({ ...r, result: clip(r.code, r.result), note: clip(r.code, r.note) })), clipped };
}

function missingColumns(table: ReportTable): string[] {
  return REQUIRED_COLUMNS.filter((column) => table.columns[column] === undefined)
    .map((column) => t(COLUMN_HEADERS[column]));
}

function packageError(problem: PackageProblem, file: string): Result<never, Issue[]> {
  switch (problem.kind) {
    case 'corrupt':
      return fileError('reader.corrupt', file);
    case 'tooLarge':
      return fileError('reader.tooLarge', file, { size: Math.ceil(problem.bytes / (1024 * 1024)) });
    case 'ods':
      return fileError('reader.ods', file);
    case 'numbers':
      return fileError('reader.numbers', file);
    case 'xlsb':
      return fileError('reader.xlsb', file);
    case 'macroEnabled':
      return fileError('reader.macroEnabled', file);
    case 'notSpreadsheet':
      return fileError('reader.notSpreadsheet', file);
    case 'strict':
      return fileError('reader.strictXlsx', file);
    case 'encrypted':
      return fileError('reader.encrypted', file);
    case 'zipBomb':
      return fileError('reader.zipBomb', file, { part: problem.part });
    case 'tooManyParts':
      return fileError('reader.tooManyParts', file, { parts: problem.parts, limit: LIMITS.parts });
    case 'externalLinks':
      return fileError('reader.externalLinks', file);
    case 'dde':
      return fileError('reader.dde', file);
    case 'xmlEntities':
      return fileError('reader.xmlEntities', file, { part: problem.part });
    case 'tooManyRows':
      return fileError('reader.tooManyRows', file, { sheet: problem.sheet, rows: problem.rows, limit: LIMITS.sheetRows });
    case 'tooManyColumns':
      return fileError('reader.tooManyColumns', file, { sheet: problem.sheet, columns: problem.columns, limit: LIMITS.sheetColumns });
    case 'tooManyCells':
      return fileError('reader.tooManyCells', file, { sheet: problem.sheet, cells: problem.cells, limit: LIMITS.sheetElements });
  }
}

function fileError(code: MessageKey, file: string, params: IssueParams = {}): Result<never, Issue[]> {
  return fail([makeIssue({ severity: 'error', code, file, params: { file, ...params } })]);
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
