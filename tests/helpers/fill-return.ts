import type ExcelJS from 'exceljs';
import { HEADER_ROWS, TABLE_COLUMNS } from '../../src/workbook';
import { loadWorkbook, sheet, text } from './read-xlsx';

/**
 * Plays a grassroots union filling in its workbook: types answers into the answer cells of a
 * generated fill-in file (found by indicator code, as a person finds them), optionally edits it
 * some other way, and saves. For reader and validation tests.
 */

/** What a person can put in a cell; `{ date }` is a calendar day, typed as Excel stores dates. */
export type FillValue = ExcelJS.CellValue | { readonly date: string };

export type FillHeader = {
  readonly reporter?: FillValue;
  readonly phone?: FillValue;
  readonly reportDate?: FillValue;
  readonly round?: FillValue;
};

export const REPORT_SHEET = 'Báo cáo';

export async function fillReturn(
  bytes: Uint8Array,
  answers: Readonly<Record<string, FillValue>>,
  header: FillHeader = {},
  mutate?: (wb: ExcelJS.Workbook) => void | Promise<void>,
): Promise<Uint8Array> {
  const wb = await loadWorkbook(bytes);
  const ws = sheet(wb, REPORT_SHEET);
  const rows = rowsByCode(ws);
  for (const [code, value] of Object.entries(answers)) {
    const row = rows.get(code);
    if (row === undefined) throw new Error(`no row for indicator ${code}`);
    setValue(ws.getCell(row, TABLE_COLUMNS.result), value);
  }
  const at: Record<keyof FillHeader, [number, number]> = {
    reporter: [HEADER_ROWS.reporter, 3],
    phone: [HEADER_ROWS.reporter, 6],
    reportDate: [HEADER_ROWS.date, 3],
    round: [HEADER_ROWS.date, 6],
  };
  for (const [field, value] of Object.entries(header) as [keyof FillHeader, FillValue][]) {
    const [row, col] = at[field];
    setValue(ws.getCell(row, col), value);
  }
  await mutate?.(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Row number of each indicator code in the generated layout's `Mã` column. */
export function rowsByCode(ws: ExcelJS.Worksheet): Map<string, number> {
  const rows = new Map<string, number>();
  ws.eachRow((row, r) => {
    const code = text(row.getCell(TABLE_COLUMNS.code));
    if (/^[A-Z][A-Z0-9_]+$/.test(code)) rows.set(code, r);
  });
  return rows;
}

/**
 * exceljs shares one style object among the cells it loaded with the same format, and typing a
 * date into a cell without a date format sets one on that shared object: the cell gets its own
 * copy first, so a date in one cell does not turn the numbers elsewhere into dates.
 */
function setValue(cell: ExcelJS.Cell, value: FillValue): void {
  cell.style = { ...cell.style };
  cell.value = cellValue(value);
}

function cellValue(value: FillValue): ExcelJS.CellValue {
  if (value !== null && typeof value === 'object' && 'date' in value && typeof value.date === 'string') {
    return new Date(`${value.date}T00:00:00Z`);
  }
  return value as ExcelJS.CellValue;
}

type Box = { top: number; left: number; bottom: number; right: number };

/**
 * Inserts blank rows before `at` as a spreadsheet program would: exceljs' `spliceRows` moves the
 * cells but leaves merged areas where they were, so they are moved here too.
 */
export function insertRows(ws: ExcelJS.Worksheet, at: number, count: number): void {
  moveMerges(ws, (m) => (m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : m), () => {
    ws.spliceRows(at, 0, ...Array.from({ length: count }, () => []));
  });
}

/** Inserts one blank column before `at`, moving merged areas with the cells. */
export function insertColumn(ws: ExcelJS.Worksheet, at: number): void {
  moveMerges(
    ws,
    (m) => (m.left >= at ? { ...m, left: m.left + 1, right: m.right + 1 } : m.right >= at ? { ...m, right: m.right + 1 } : m),
    () => {
      const widths = Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width);
      ws.spliceColumns(at, 0, []);
      widths.forEach((w, i) => {
        if (i + 1 >= at) ws.getColumn(i + 2).width = w ?? 10;
      });
    },
  );
}

function moveMerges(ws: ExcelJS.Worksheet, move: (m: Box) => Box, edit: () => void): void {
  const merges = Object.values((ws as unknown as { _merges: Record<string, { model: Box }> })._merges).map((r) => ({ ...r.model }));
  for (const m of merges) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  edit();
  for (const m of merges.map(move)) ws.mergeCells(m.top, m.left, m.bottom, m.right);
}
