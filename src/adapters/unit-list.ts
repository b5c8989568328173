/**
 * Reads a unit list file (CSV or xlsx) into rows of cells for `parseUnitTable`. Bytes in, no file
 * system, so the task pane and the CLI share it.
 *
 * In the browser bundle `csv-parse/sync` must resolve to `csv-parse/browser/esm/sync` (a webpack
 * alias): the Node build relies on the global `Buffer`.
 */
import { parse } from 'csv-parse/sync';
import type { MessageKey } from '../core/messages';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { Issue } from '../core/schema/issue';
import { makeIssue } from '../core/schema/issue';
import type { CellValue, UnitTable } from '../core/units';
import { parseUnitTable } from '../core/units';
import { isCoveredByMerge } from './xlsx/cell-value';
import { readWorkbookFile } from './xlsx/read-return';
import type { ModelSheet } from './xlsx/sheet-model';

export type UnitListRows = Result<CellValue[][], Issue[]>;

/** Rows as the sheet shows them: `rows[0]` is row 1, blank rows included, so row numbers match. */
export async function readUnitListRows(bytes: Uint8Array, fileName: string): Promise<UnitListRows> {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  try {
    if (extension === 'csv' || extension === 'txt' || extension === 'tsv') return readCsv(bytes, fileName);
    if (extension === 'xlsx' || extension === 'xlsm') return await readXlsx(bytes, fileName);
  } catch (error) {
    return failure('units.unreadable', fileName, error instanceof Error ? error.message : String(error));
  }
  return failure('units.unsupportedFile', fileName);
}

/** Reads the file and its units; any problem reading the file comes back as issues too. */
export async function readUnitList(bytes: Uint8Array, fileName: string): Promise<UnitTable> {
  const rows = await readUnitListRows(bytes, fileName);
  if (!rows.ok) return { units: [], issues: rows.error };
  return parseUnitTable(rows.value, fileName);
}

function failure(code: MessageKey, file: string, detail = ''): UnitListRows {
  return fail([makeIssue({ severity: 'error', code, file, params: { file, detail } })]);
}

// ---------------------------------------------------------------------------------------------
// CSV

const DELIMITERS = ['\t', ';', ','] as const;

function readCsv(bytes: Uint8Array, fileName: string): UnitListRows {
  const text = decodeText(bytes);
  if (text === undefined) return failure('units.notUtf8', fileName);
  const records = parse(text, {
    delimiter: detectDelimiter(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  // A file that ends with a newline gives no extra record; an empty last line in the middle does.
  return ok(records.map((record) => (record.length === 1 && record[0] === '' ? [] : record)));
}

/**
 * UTF-8 (with or without BOM) or UTF-16 with a BOM (Excel's "Unicode Text"). Anything else is
 * most likely Excel's legacy "CSV" in the Windows code page, which has already lost letters.
 */
function decodeText(bytes: Uint8Array): string | undefined {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

/**
 * The delimiter the header uses: among the first lines (a title may come first), the candidate
 * that splits some line into the most fields, outside quotes. Ties go to tab, then ';'.
 */
function detectDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/, 10);
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const most = Math.max(0, ...lines.map((line) => countOutsideQuotes(line, delimiter)));
    if (most > bestCount) {
      best = delimiter;
      bestCount = most;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let n = 0;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) n += 1;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// xlsx

/** Read as returns are, with the same checks: exceljs can hang on a workbook saved by Excel on the web. */
async function readXlsx(bytes: Uint8Array, fileName: string): Promise<UnitListRows> {
  const read = await readWorkbookFile(bytes, fileName, (workbook) => {
    const sheet = workbook.worksheets.find((ws) => !ws.hidden);
    return sheet ? ok(sheetRows(sheet)) : failure('units.noSheet', fileName);
  });
  // The reader's sentences speak of a unit's return; a unit list gets its own.
  if (read.ok || read.error.some((issue) => issue.code.startsWith('units.'))) return read;
  return failure('units.unreadable', fileName, read.error[0]?.code ?? '');
}

function sheetRows(sheet: ModelSheet): CellValue[][] {
  const rows: CellValue[][] = [];
  sheet.eachRow((row, number) => {
    const cells: CellValue[] = [];
    row.eachCell((cell, col) => {
      // A merged area's value lives in its top-left cell only.
      cells[col - 1] = isCoveredByMerge(cell) ? null : plainValue(cell.value);
    });
    rows[number - 1] = Array.from(cells, (c) => c ?? null);
  });
  return Array.from(rows, (cells) => trimTrailingNulls(cells ?? []));
}

function trimTrailingNulls(cells: CellValue[]): CellValue[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === null) end -= 1;
  return cells.slice(0, end);
}

/** Rich text to its text, a formula to its last result, a hyperlink to its text, an error to its code. */
function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  if ('richText' in value) return richText(value.richText);
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? plainValue(value.result) : null;
  if ('hyperlink' in value) return 'text' in value ? hyperlinkText(value.text) : '';
  if ('error' in value) return typeof value.error === 'string' ? value.error : null;
  return null;
}

function hyperlinkText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (typeof text === 'object' && text !== null && 'richText' in text) return richText(text.richText);
  return '';
}

function richText(runs: unknown): string {
  if (!Array.isArray(runs)) return '';
  return runs.map((run: unknown) => (typeof run === 'object' && run !== null && 'text' in run && typeof run.text === 'string' ? run.text : '')).join('');
}
