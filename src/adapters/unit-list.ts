/**
 * Reads a unit list file (CSV or xlsx) into rows of cells for `parseUnitTable`. Bytes in, no file
 * system, so the task pane and the CLI share it.
 *
 * In the browser bundle `csv-parse/sync` must resolve to `csv-parse/browser/esm/sync` (a webpack
 * alias): the Node build relies on the global `Buffer`.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { MessageKey } from '../core/messages';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { Issue } from '../core/schema/issue';
import { makeIssue } from '../core/schema/issue';
import type { CellValue, UnitTable } from '../core/units';
import { parseUnitTable } from '../core/units';

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

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<UnitListRows> {
  const workbook = new ExcelJS.Workbook();
  // A copy, so that the ArrayBuffer holds exactly these bytes: a Node Buffer may be a view into
  // a larger pool, and its `slice` does not copy.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.worksheets.find((ws) => ws.state === 'visible');
  if (!sheet) return failure('units.noSheet', fileName);

  const rows: CellValue[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) {
      const cell = row.getCell(c);
      // A merged area's value lives in its top-left cell only.
      cells.push(cell.isMerged && cell.master !== cell ? null : plainValue(cell.value));
    }
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows.push(cells);
  }
  return ok(rows);
}

/** Rich text to its text, a formula to its last result, a hyperlink to its text, an error to its code. */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return richText(value.richText);
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? null : plainValue(value.result);
  // exceljs types a hyperlink's text as a string, but a styled link holds rich text there.
  if ('hyperlink' in value) return hyperlinkText(value.text as unknown);
  if ('error' in value) return value.error;
  return null;
}

function hyperlinkText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (typeof text === 'object' && text !== null && 'richText' in text && Array.isArray(text.richText)) return richText(text.richText);
  return '';
}

function richText(runs: readonly ExcelJS.RichText[]): string {
  return runs.map((run) => run.text).join('');
}
