import ExcelJS from 'exceljs';
import { fail, makeIssue, parseCampaignJson } from '../../core';
import type { Campaign, Issue, Result } from '../../core';
import { META_KEYS, META_SHEET } from '../../workbook';

/** The campaign embedded in a master workbook, so the workbook alone is enough to validate against. */
export async function readCampaignFromMaster(bytes: Uint8Array, fileName: string): Promise<Result<Campaign, Issue[]>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return fail([makeIssue({ severity: 'error', code: 'cli.masterUnreadable', file: fileName, params: { file: fileName, detail: (e as Error).message } })]);
  }
  const meta = workbook.getWorksheet(META_SHEET);
  const chunks: [number, string][] = [];
  meta?.eachRow((row) => {
    const key = String(row.getCell(1).value ?? '');
    const match = new RegExp(`^${META_KEYS.campaignJson}\\.(\\d+)$`).exec(key);
    if (match) chunks.push([Number(match[1]), String(row.getCell(2).value ?? '')]);
  });
  if (chunks.length === 0) return fail([makeIssue({ severity: 'error', code: 'cli.notMaster', file: fileName, params: { file: fileName } })]);
  const json = chunks.sort((a, b) => a[0] - b[0]).map(([, text]) => text).join('');
  return parseCampaignJson(json, fileName);
}
