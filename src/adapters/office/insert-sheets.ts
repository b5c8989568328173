import { Batch } from './batch';
import type { OfficeContext } from './excel-model';

/** One sheet of a file to copy into the open workbook. */
export type SheetFromFile = {
  /** The whole .xlsx, base64. */
  readonly base64: string;
  /** The sheet to copy, by its name in the file. */
  readonly sheet: string;
  /** Its name in the open workbook (free: the caller has moved any earlier sheet aside). */
  readonly name: string;
  readonly visible: boolean;
  /** Stored with the sheet as custom properties (ExcelApi 1.12), outside its cells. */
  readonly properties: readonly (readonly [string, string])[];
};

export type InsertOptions = {
  /** Bytes queued before an early sync; see `DEFAULT_PAYLOAD_BUDGET`. */
  readonly payloadBudget?: number;
  /**
   * Told the IDs of the sheets each sync inserted, as soon as it succeeded: if a later sync fails
   * (the user started editing a cell), the caller knows what to remove before running again.
   */
  readonly onInserted?: (ids: readonly string[]) => void;
};

/**
 * Copies sheets of returned files into the open workbook as they were sent: values, formats,
 * validation and protection come with them (ExcelApi 1.13, `insertWorksheetsFromBase64`). Each is
 * then renamed by the ID Excel gives back, so the name it arrived with (every fill-in's sheet is
 * "Báo cáo") never matters, and it carries its identity as custom properties, which need no
 * unprotecting of the sheet.
 *
 * Round trips: one sync for the copies (more only past the ~4 MB request budget: a return is
 * ~25 kB, ~34 kB as base64, so about 115 per sync) and one for names, identities and visibility.
 * Commands the caller queued before (moving earlier sheets aside) go with the first.
 */
export async function insertSheetsFromFiles(context: OfficeContext, items: readonly SheetFromFile[], options: InsertOptions = {}): Promise<{ readonly sheets: readonly string[]; readonly syncs: number }> {
  const batch = new Batch(context, options.payloadBudget);
  const workbook = context.workbook;
  const inserted: { readonly value: string[] }[] = [];
  let told = 0;
  const tell = () => {
    const ids = inserted.slice(told).flatMap((result) => result.value);
    told = inserted.length;
    if (ids.length > 0) options.onInserted?.(ids);
  };
  for (const item of items) {
    const syncs = batch.syncs;
    await batch.reserve(item.base64);
    if (batch.syncs > syncs) tell();
    inserted.push(workbook.insertWorksheetsFromBase64(item.base64, { sheetNamesToInsert: [item.sheet], positionType: 'End' }));
  }
  await batch.sync();
  tell();

  items.forEach((item, i) => {
    const id = inserted[i]?.value[0];
    // A file was read before it is sent here, so its sheet is there; Excel answering otherwise is a fault.
    if (id === undefined) throw new Error(`Excel inserted no sheet "${item.sheet}"`);
    const sheet = workbook.worksheets.getItem(id); // ExcelApi 1.1: a name or an ID
    sheet.name = item.name;
    for (const [key, value] of item.properties) sheet.customProperties.add(key, value); // ExcelApi 1.12
    if (!item.visible) sheet.visibility = 'Hidden'; // ExcelApi 1.2
  });
  await batch.sync();
  return { sheets: items.map((item) => item.name), syncs: batch.syncs };
}
