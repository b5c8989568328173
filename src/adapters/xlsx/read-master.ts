import { fail, makeIssue, ok, parseCampaignJson } from '../../core';
import type { Campaign, Issue, Result } from '../../core';
import { META_KEYS } from '../../workbook';
import { metaChunks } from './identity';
import { readWorkbookFile } from './read-return';

/**
 * The campaign embedded in a master workbook, so the workbook alone is enough to validate against.
 * Read with the same reader and checks as a return: a master saved in Excel on the web is one
 * exceljs 4.4.0 never finishes loading.
 */
export async function readCampaignFromMaster(bytes: Uint8Array, fileName: string): Promise<Result<Campaign, Issue[]>> {
  const read = await readWorkbookFile(bytes, fileName, (workbook) => ok(metaChunks(workbook, META_KEYS.campaignJson)));
  if (!read.ok) return fail([makeIssue({ severity: 'error', code: 'cli.masterUnreadable', file: fileName, params: { file: fileName, detail: read.error[0]?.code ?? '' } })]);
  const json = read.value;
  if (json === '') return fail([makeIssue({ severity: 'error', code: 'cli.notMaster', file: fileName, params: { file: fileName } })]);
  return parseCampaignJson(json, fileName);
}
