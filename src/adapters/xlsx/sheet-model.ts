/**
 * The little of a workbook the reader looks at, as exceljs shapes it: cells with an address, a
 * value and the master of their merge; rows found by number; sheets by name. The fast reader
 * (fast-workbook.ts) builds these from the sheet XML; exceljs' own objects fit them too.
 */

export interface ModelCell {
  readonly address: string;
  /** exceljs' cell value: text, number, boolean, Date, `{ richText }`, `{ error }`, `{ formula, result }`, or null. */
  readonly value: unknown;
  /** The top-left cell of the merge covering this cell; the cell itself when it is not covered. */
  readonly master: ModelCell;
}

export interface ModelRow {
  /** Calls back for every cell holding a value or covered by a merge, left to right. */
  eachCell(callback: (cell: ModelCell, colNumber: number) => void): void;
  findCell(colNumber: number): ModelCell | undefined;
  getCell(colNumber: number): ModelCell;
}

export interface ModelSheet {
  readonly name: string;
  /** Hidden or very hidden in the workbook (`state`); a reader that does not know leaves it out. */
  readonly hidden?: boolean;
  /** Calls back for every row holding a value or a merged cell, top to bottom. */
  eachRow(callback: (row: ModelRow, rowNumber: number) => void): void;
  findRow(rowNumber: number): ModelRow | undefined;
  getCell(address: string): ModelCell;
}

export interface ModelWorkbook {
  /** In the workbook's tab order. */
  readonly worksheets: readonly ModelSheet[];
}
