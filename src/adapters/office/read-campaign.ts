import { META_KEYS, META_SHEET } from '../../workbook';
import type { OfficeContext, OfficeWorksheet } from './excel-model';
import type { WorkbookInventory } from './inventory';

/**
 * The campaign definition embedded in a master workbook's `_danvan` sheet, as JSON text; undefined
 * when the open workbook is not a master. Two syncs: whether the sheet is there, then its values
 * (a missing sheet's methods cannot be queued on); one when the caller's inventory says whether.
 */
export async function readEmbeddedCampaign(context: OfficeContext, inventory?: WorkbookInventory): Promise<string | undefined> {
  const sheet = inventory ? inventory.sheet(META_SHEET) : await probeSheet(context, META_SHEET);
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

async function probeSheet(context: OfficeContext, name: string): Promise<OfficeWorksheet | undefined> {
  // ExcelApi 1.4: getItemOrNullObject reports absence instead of failing the batch.
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  return sheet.isNullObject ? undefined : sheet;
}
