import { META_KEYS, META_SHEET } from '../../workbook';
import type { OfficeContext } from './excel-model';

/**
 * The campaign definition embedded in a master workbook's `_danvan` sheet, as JSON text; undefined
 * when the open workbook is not a master. Two syncs: whether the sheet is there, then its values
 * (a missing sheet's methods cannot be queued on).
 */
export async function readEmbeddedCampaign(context: OfficeContext): Promise<string | undefined> {
  // ExcelApi 1.4: getItemOrNullObject / getUsedRangeOrNullObject report absence instead of failing.
  const sheet = context.workbook.worksheets.getItemOrNullObject(META_SHEET);
  await context.sync();
  if (sheet.isNullObject) return undefined;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('values');
  await context.sync();
  if (used.isNullObject) return undefined;
  const pattern = new RegExp(`^${META_KEYS.campaignJson}\\.(\\d+)$`);
  const chunks = used.values
    .map((row) => [pattern.exec(String(row[0] ?? '')), String(row[1] ?? '')] as const)
    .filter((entry): entry is readonly [RegExpExecArray, string] => entry[0] !== null)
    .sort((a, b) => Number(a[0][1]) - Number(b[0][1]));
  return chunks.length ? chunks.map(([, text]) => text).join('') : undefined;
}
