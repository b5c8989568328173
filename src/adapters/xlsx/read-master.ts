import { fail, makeIssue, ok, parseCampaignJson } from '../../core';
import type { Campaign, Issue, Result } from '../../core';
import { META_KEYS, META_SHEET } from '../../workbook';
import { cellText } from './cell-value';
import { readWorkbookFile } from './read-return';

/**
 * The campaign embedded in a master workbook, so the workbook alone is enough to validate against.
 * Read with the same reader and checks as a return: a master saved in Excel on the web is one
 * exceljs 4.4.0 never finishes loading.
 */
export async function readCampaignFromMaster(bytes: Uint8Array, fileName: string): Promise<Result<Campaign, Issue[]>> {
  const read = await readWorkbookFile(bytes, fileName, (workbook) => {
    const meta = workbook.worksheets.find((ws) => ws.name === META_SHEET);
    const chunks: [number, string][] = [];
    const key = new RegExp(`^${META_KEYS.campaignJson}\\.(\\d+)$`);
    meta?.eachRow((row) => {
      const match = key.exec(cellText(row.getCell(1)));
      if (match) chunks.push([Number(match[1]), cellText(row.getCell(2))]);
    });
    return ok(chunks);
  });
  if (!read.ok) return fail([makeIssue({ severity: 'error', code: 'cli.masterUnreadable', file: fileName, params: { file: fileName, detail: read.error[0]?.code ?? '' } })]);
  const chunks = read.value;
  if (chunks.length === 0) return fail([makeIssue({ severity: 'error', code: 'cli.notMaster', file: fileName, params: { file: fileName } })]);
  const json = chunks.sort((a, b) => a[0] - b[0]).map(([, text]) => text).join('');
  return parseCampaignJson(json, fileName);
}
