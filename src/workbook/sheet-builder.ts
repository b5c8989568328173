import type { BarChart, Cell, CellValue, Column, DataBar, Merge, PrintSetup, Sheet, SheetImage, StyleName, Validation } from './layout';

type CellOptions = { readonly unlocked?: boolean; readonly validation?: Validation; readonly numFmt?: string | undefined; readonly link?: string };

/** Accumulates one sheet's cells; `build` freezes them into the plain `Sheet` description. */
export function createSheet(name: string) {
  const cells: Cell[] = [];
  const merges: Merge[] = [];
  const rowHeights: Record<number, number> = {};

  const api = {
    cell(row: number, col: number, value: CellValue, style?: StyleName, options: CellOptions = {}) {
      const { numFmt, ...rest } = options;
      cells.push({ row, col, value, ...(style ? { style } : {}), ...(numFmt ? { numFmt } : {}), ...rest });
      return api;
    },
    /** Writes `value` in the top-left cell and styles every cell of the range alike, borders included. */
    span(row: number, left: number, right: number, value: CellValue, style?: StyleName, options: CellOptions = {}) {
      api.cell(row, left, value, style, options);
      for (let col = left + 1; col <= right; col++) api.cell(row, col, null, style, options.unlocked ? { unlocked: true } : {});
      if (right > left) merges.push({ top: row, left, bottom: row, right });
      return api;
    },
    /** As `span`, over several rows: `value` in the top-left cell, the rectangle merged. */
    area(range: Merge, value: CellValue, style?: StyleName) {
      for (let row = range.top; row <= range.bottom; row++) for (let col = range.left; col <= range.right; col++) api.cell(row, col, row === range.top && col === range.left ? value : null, style);
      if (range.bottom > range.top || range.right > range.left) merges.push({ ...range });
      return api;
    },
    height(row: number, points: number) {
      rowHeights[row] = points;
      return api;
    },
    build(settings: {
      columns: readonly Column[];
      state?: Sheet['state'];
      freeze?: Sheet['freeze'];
      protect?: boolean;
      print?: PrintSetup;
      tabColor?: string;
      dataBars?: readonly DataBar[];
      charts?: readonly BarChart[];
      images?: readonly SheetImage[];
      autoFilter?: Merge;
    }): Sheet {
      return {
        name,
        state: settings.state ?? 'visible',
        columns: settings.columns,
        rowHeights: { ...rowHeights },
        cells: [...cells],
        merges: [...merges],
        ...(settings.freeze ? { freeze: settings.freeze } : {}),
        protect: settings.protect ?? false,
        print: settings.print ?? { orientation: 'portrait' },
        ...(settings.tabColor ? { tabColor: settings.tabColor } : {}),
        ...(settings.dataBars?.length ? { dataBars: settings.dataBars } : {}),
        ...(settings.charts?.length ? { charts: settings.charts } : {}),
        ...(settings.images?.length ? { images: settings.images } : {}),
        ...(settings.autoFilter ? { autoFilter: settings.autoFilter } : {}),
      };
    },
  };
  return api;
}

export type SheetBuilder = ReturnType<typeof createSheet>;

/** Excel's tallest row, in points: a text that needs more is cut to an excerpt where it is only shown. */
export const MAX_ROW_HEIGHT = 409;

/** Rough row height for wrapped text, so printed pages show whole sentences. */
export function wrappedHeight(text: string, charsPerLine: number, lineHeight = 15.5): number {
  return rowHeight([[text, charsPerLine]], lineHeight);
}

/** The height of a row whose cells wrap: the tallest cell wins. Widths are in characters. */
export function rowHeight(cells: readonly (readonly [string, number])[], lineHeight = 15.5): number {
  const lines = Math.max(1, ...cells.map(([text, chars]) => text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / chars)), 0)));
  return Math.max(lineHeight + 3, lines * lineHeight + 4);
}
