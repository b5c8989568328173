import type JSZip from 'jszip';
import { allocateTargets, sampleAnswers } from '../../src/core';
import type { Campaign } from '../../src/core';
import { unitFormFileName } from '../../src/workbook';
import { fillReturn } from '../helpers/fill-return';
import type { FillValue } from '../helpers/fill-return';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The return a union sends back: its form from the zip the pane downloaded, filled with the
 * campaign's sample answers for that unit (its share of each allocated target), dated `reportDate`;
 * `spoil` names an indicator answered with words instead of a number. Ready for `setInputFiles`.
 */
export async function unitReturnFile(zip: JSZip, campaign: Campaign, index: number, options: { readonly reportDate: string; readonly spoil?: string | undefined }) {
  const unit = campaign.units[index];
  if (unit === undefined) throw new Error('unit missing');
  const { perUnit } = allocateTargets(campaign);
  const targets = new Map([...perUnit].flatMap(([code, byUnit]) => (byUnit.has(unit.code) ? [[code, byUnit.get(unit.code) ?? 0] as const] : [])));
  const answers: Record<string, FillValue> = Object.fromEntries(sampleAnswers(campaign, unit, index, targets));
  if (options.spoil !== undefined) answers[options.spoil] = 'mười hai';
  const form = await zip.file(`units/${unitFormFileName(unit)}`)?.async('uint8array');
  if (form === undefined) throw new Error(`no form for ${unit.code}`);
  const bytes = await fillReturn(form, answers, { reporter: 'Nguyễn Văn A', phone: '0912345678', reportDate: { date: options.reportDate }, round: campaign.reportingRounds[0]?.label ?? null });
  return { name: `${unit.code}.xlsx`, mimeType: XLSX, buffer: Buffer.from(bytes) };
}
