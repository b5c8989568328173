import { META_KEYS, META_SHEET } from '../../workbook';
import type { OfficeContext } from './excel-model';
import { loadInventory } from './inventory';
import type { WorkbookInventory } from './inventory';

/**
 * The campaign definition embedded in a master workbook's `_danvan` sheet, as JSON text; undefined
 * when the open workbook is not a master. Two syncs: whether the sheet is there (the workbook's
 * inventory; a missing sheet's methods cannot be queued on), then its values; one when the caller
 * has the inventory already.
 */
export async function readEmbeddedCampaign(context: OfficeContext, inventory?: WorkbookInventory): Promise<string | undefined> {
  const sheet = (inventory ?? (await loadInventory(context))).sheet(META_SHEET);
  if (sheet === undefined) return undefined;
  // ExcelApi 1.1: an empty sheet's used range is A1, whose one empty value holds no chunk.
  const used = sheet.getUsedRange(true);
  used.load('values');
  await context.sync();
  const pattern = new RegExp(`^${META_KEYS.campaignJson}\\.(\\d+)$`);
  const chunks = used.values
    .map((row) => [pattern.exec(String(row[0] ?? '')), String(row[1] ?? '')] as const)
    .filter((entry): entry is readonly [RegExpExecArray, string] => entry[0] !== null)
    .sort((a, b) => Number(a[0][1]) - Number(b[0][1]));
  return chunks.length ? chunks.map(([, text]) => text).join('') : undefined;
}

