import type { FastRow } from './fast-workbook';
import { FastCell, RowsSheet, applyMerges, columnLetters, getRow } from './fast-workbook';
import type { ModelSheet } from './sheet-model';
import { LIMITS } from './zip-package';

/**
 * A sheet put together cell by cell, for readers of formats other than .xlsx (.ods, .xls): the
 * same cells, rows and merges as the fast .xlsx reader builds, so that everything after reading
 * (landmarks, header block, identity, validation) is shared. Only cells holding a value are
 * placed: a styled empty cell counts toward no limit.
 */
export class GridSheet extends RowsSheet implements ModelSheet {
  private readonly rows: FastRow[] = [];
  private readonly merges: string[] = [];

  constructor(readonly name: string) {
    super();
  }

  /**
   * Places a value at 1-based row and column. Returns the limit it would pass instead of placing
   * it, so that a crafted file is refused before it is built.
   */
  set(row: number, col: number, value: unknown): GridLimit | undefined {
    if (row > LIMITS.sheetRows) return { kind: 'tooManyRows', sheet: this.name, rows: row };
    if (col > LIMITS.sheetColumns) return { kind: 'tooManyColumns', sheet: this.name, columns: col };
    const target = getRow(this.rows, row);
    target.cells[col - 1] = new FastCell(columnLetters(col) + String(row), value);
    return undefined;
  }

  /** A merged area, 1-based and inclusive; applied by `finish`. */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > LIMITS.sheetRows || right > LIMITS.sheetColumns || (bottom === top && right === left)) return;
    this.merges.push(`${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`);
  }

  /** Applies the merges, as the .xlsx reader does after placing the cells. */
  finish(): this {
    applyMerges(this.rows, this.merges);
    return this;
  }

  protected sheetRows(): FastRow[] {
    return this.rows;
  }
}

export type GridLimit =
  | { readonly kind: 'tooManyRows'; readonly sheet: string; readonly rows: number }
  | { readonly kind: 'tooManyColumns'; readonly sheet: string; readonly columns: number };
