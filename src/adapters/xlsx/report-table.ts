import { t } from '../../core/messages';
import { INDICATOR_CODE_PATTERN, META_SHEET, REQUIRED_RETURN_COLUMNS, RETURN_COLUMN_HEADERS } from '../../workbook';
import type { ReturnColumn } from '../../workbook';
import type { RawCell, RawRow } from '../../core/schema/raw-return';
import { landmark } from '../../workbook';
import { cellText, isCoveredByMerge, rawCell } from './cell-value';
import type { ModelRow, ModelSheet, ModelWorkbook } from './sheet-model';

/**
 * Finds the indicator table by its landmarks rather than fixed addresses: the header row holding
 * `Mã` and `Kết quả`, each column by its header text. Rows inserted above, columns inserted
 * between or hidden, a renamed sheet: the table is still found.
 */

export type TableColumn = ReturnColumn;
export const COLUMN_HEADERS = RETURN_COLUMN_HEADERS;
export const REQUIRED_COLUMNS = REQUIRED_RETURN_COLUMNS;

export type ReportTable = {
  readonly sheet: ModelSheet;
  readonly headerRow: number;
  /** Column numbers by header; absent when the header row lacks that column. */
  readonly columns: Readonly<Partial<Record<TableColumn, number>>>;
  /** The sheet is not named `Báo cáo`. */
  readonly renamed: boolean;
};

/** An indicator code as the catalogue spells them: `TT01`, `AS05`, `X_1`. */
const CODE = INDICATOR_CODE_PATTERN;

export function findReportTable(workbook: ModelWorkbook, consolidated = false): ReportTable | undefined {
  const reportName = landmark(t('wb.sheet.report'));
  const isReport = (ws: ModelSheet) => landmark(ws.name) === reportName;
  const candidates = [
    ...workbook.worksheets.filter(isReport),
    ...workbook.worksheets.filter((ws) => !isReport(ws) && ws.name !== META_SHEET),
  ];
  for (const sheet of candidates) {
    const found = findHeaderRow(sheet);
    // A consolidated report keeps its table in "Tổng hợp"; "Báo cáo" there is the written report.
    if (found) return { sheet, ...found, renamed: !consolidated && !isReport(sheet) };
  }
  return undefined;
}

function findHeaderRow(sheet: ModelSheet): Pick<ReportTable, 'headerRow' | 'columns'> | undefined {
  const wanted = Object.entries(COLUMN_HEADERS).map(([column, key]) => [column as TableColumn, landmark(t(key))] as const);
  let found: Pick<ReportTable, 'headerRow' | 'columns'> | undefined;
  sheet.eachRow((row, rowNumber) => {
    if (found) return;
    const columns: Partial<Record<TableColumn, number>> = {};
    row.eachCell((cell, col) => {
      if (isCoveredByMerge(cell)) return;
      const text = landmark(cellText(cell));
      const match = wanted.find(([column, header]) => header === text && columns[column] === undefined);
      if (match) columns[match[0]] = col;
    });
    if (columns.code !== undefined && columns.result !== undefined) found = { headerRow: rowNumber, columns };
  });
  return found;
}

/** Every row below the header whose `Mã` cell holds an indicator code; section headings are skipped. */
export function readTableRows(table: ReportTable): RawRow[] {
  const { sheet, headerRow, columns } = table;
  const codeCol = columns.code;
  const resultCol = columns.result;
  if (codeCol === undefined || resultCol === undefined) return [];
  const rows: RawRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const codeCell = row.findCell(codeCol);
    if (!codeCell || isCoveredByMerge(codeCell)) return;
    const code = cellText(codeCell).trim().toUpperCase();
    if (!CODE.test(code)) return;
    const text = (col: number | undefined) => (col === undefined ? '' : cellText(row.getCell(col)));
    rows.push({
      code,
      label: text(columns.content),
      measure: text(columns.measure),
      target: text(columns.target),
      result: rawCell(row.getCell(resultCol)),
      note: columns.note === undefined ? { address: '', value: null } : rawCell(row.getCell(columns.note)),
      ...(columns.numerator !== undefined && columns.denominator !== undefined
        ? { parts: { numerator: rawCell(row.getCell(columns.numerator)), denominator: rawCell(row.getCell(columns.denominator)) } }
        : {}),
    });
  });
  return rows;
}

/** Answer cells covered by another cell's merge, except a note merged into its own row's result (text answers span both). */
export function mergedAnswers(table: ReportTable, rows: readonly RawRow[]): { readonly code: string; readonly cell: RawCell; readonly master: string }[] {
  const found: { code: string; cell: RawCell; master: string }[] = [];
  for (const row of rows) {
    for (const answer of [row.result, row.note]) {
      if (!answer.address) continue;
      const cell = table.sheet.getCell(answer.address);
      if (!isCoveredByMerge(cell)) continue;
      const master = cell.master.address;
      if (answer === row.note && master === row.result.address) continue;
      found.push({ code: row.code, cell: answer, master });
    }
  }
  return found;
}

/** Longest text of an inserted row quoted in its warning. */
const QUOTE_CHARS = 120;

/**
 * Rows the clerk inserted into the table (between its header and its last indicator row) and
 * typed into: without a code in `Mã` nothing in them is read, so each is named with its text
 * instead of being silently left out. Section headings (merged across the row) are not inserted.
 */
export function insertedRows(table: ReportTable): { readonly row: number; readonly cell: string; readonly text: string }[] {
  const { sheet, headerRow, columns } = table;
  const codeCol = columns.code;
  if (codeCol === undefined) return [];
  const isIndicator = (row: ModelRow) => {
    const cell = row.findCell(codeCol);
    return cell !== undefined && !isCoveredByMerge(cell) && CODE.test(cellText(cell).trim().toUpperCase());
  };
  let lastIndicatorRow = headerRow;
  sheet.eachRow((row, n) => {
    if (n > headerRow && isIndicator(row)) lastIndicatorRow = n;
  });
  const found: { row: number; cell: string; text: string }[] = [];
  sheet.eachRow((row, n) => {
    if (n <= headerRow || n >= lastIndicatorRow || isIndicator(row)) return;
    const codeCell = row.findCell(codeCol);
    if (codeCell !== undefined && row.findCell(codeCol + 1)?.master === codeCell) return; // a section heading
    const texts: string[] = [];
    let first = '';
    row.eachCell((cell) => {
      const text = isCoveredByMerge(cell) ? '' : cellText(cell).trim();
      if (text === '') return;
      texts.push(text);
      first ||= cell.address;
    });
    const text = texts.join(' | ');
    if (text !== '') found.push({ row: n, cell: first, text: text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text });
  });
  return found;
}
