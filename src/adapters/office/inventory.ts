import type { OfficeContext, OfficeNamedItem, OfficeWorksheet } from './excel-model';

/**
 * The sheets and defined names of the open workbook, by name, as one sync found them. An operation
 * of several steps in one `Excel.run` (the ribbon's "Tổng hợp": campaign, unit sheets, report)
 * loads it once and hands it on, so no step spends a sync of its own finding sheets or names.
 * It describes the workbook at that sync: a step that adds, renames or deletes sheets makes it stale.
 */
export type WorkbookInventory = {
  readonly sheetNames: readonly string[];
  /** The sheet of that name (compared case-insensitively, as Excel does), or undefined. */
  sheet(name: string): OfficeWorksheet | undefined;
  /** The workbook-scoped defined name, or undefined. */
  namedItem(name: string): OfficeNamedItem | undefined;
};

/**
 * Queues the loads (ExcelApi 1.1: `WorksheetCollection.items`, `NamedItemCollection.items`, their
 * names); the returned function gives the inventory once the caller has synced.
 */
export function queueInventory(context: OfficeContext): () => WorkbookInventory {
  const worksheets = context.workbook.worksheets;
  const names = context.workbook.names;
  worksheets.load('items/name');
  names.load('items/name');
  return () => {
    const sheets = new Map(worksheets.items.map((sheet) => [sheet.name.toLocaleLowerCase(), sheet] as const));
    const named = new Map(names.items.map((item) => [item.name.toLocaleLowerCase(), item] as const));
    return {
      sheetNames: worksheets.items.map((sheet) => sheet.name),
      sheet: (name) => sheets.get(name.toLocaleLowerCase()),
      namedItem: (name) => named.get(name.toLocaleLowerCase()),
    };
  };
}

/** One sync: the inventory of the open workbook. */
export async function loadInventory(context: OfficeContext): Promise<WorkbookInventory> {
  const inventory = queueInventory(context);
  await context.sync();
  return inventory();
}
