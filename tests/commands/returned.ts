import type { Campaign, RawReturn } from '../../src/core';
import { readReturnFile, renderXlsx } from '../../src/adapters/xlsx';
import { buildCampaignWorkbooks, fillLayout } from '../../src/workbook';

export type ReturnedFile = { file: { name: string; bytes: Uint8Array }; raw: RawReturn };

/** The return the campaign's index-th unit sends back with these answers, as a file and as read. */
export async function returned(campaign: Campaign, index: number, answers: Record<string, unknown>): Promise<ReturnedFile> {
  const fillIn = buildCampaignWorkbooks(campaign).fillIns[index];
  if (!fillIn) throw new Error('no fill-in');
  const header = { reporter: 'Nguyễn Văn A', reportDate: { date: campaign.period.end } };
  const bytes = await renderXlsx(fillLayout(fillIn.layout, new Map(Object.entries(answers)) as never, header));
  const read = await readReturnFile(bytes, `${fillIn.unit.code}.xlsx`);
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  return { file: { name: `${fillIn.unit.code}.xlsx`, bytes }, raw: read.value };
}
