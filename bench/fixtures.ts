import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { renderXlsx } from '../src/adapters/xlsx';
import { smallCampaign } from '../tests/helpers/campaign';
import { fillReturn, rowsByCode } from '../tests/helpers/fill-return';
import { billionLaughs, hugeSheet, partText, partsOf, sheetPart, withParts, writeZip, zeroBomb } from '../tests/hostile/build';
import type { Campaign, Indicator, Unit } from '../src/core';
import { CATALOGUE, checksFor, findPreset, sampleAnswers } from '../src/core';
import { buildCampaignWorkbooks, fillLayout } from '../src/workbook';
import type { CellValue, FillInLayout, WorkbookLayout } from '../src/workbook';

/** A district of `count` units with `indicators` catalogue indicators, made from the annual preset. */
export function syntheticCampaign(count: number, indicators = 44): Campaign {
  const base = findPreset('ke-hoach-nam')?.build();
  if (!base) throw new Error('preset ke-hoach-nam missing');
  const units: Unit[] = Array.from({ length: count }, (_, i) => {
    const sample = base.units[i % base.units.length] as Unit;
    return { ...sample, code: `U${String(i + 1).padStart(4, '0')}`, name: `${sample.name} (${i + 1})` };
  });
  const chosen: Indicator[] = [...base.indicators];
  for (const ind of CATALOGUE) {
    if (chosen.length >= indicators) break;
    if (!chosen.some((c) => c.code === ind.code)) chosen.push(ind);
  }
  const codes = new Set(chosen.map((i) => i.code));
  const usable = chosen.filter((i) => i.type !== 'rate' || [i.numerator, i.denominator].every((t) => !('indicator' in t) || codes.has(t.indicator)));
  return { ...base, units, indicators: usable, checks: checksFor(usable) };
}

/** The fill-in layout as a unit would send it back, with sample answers and its header typed in. */
export function filledLayout(campaign: Campaign, layout: FillInLayout, unitIndex: number): WorkbookLayout {
  const unit = campaign.units[unitIndex] as Unit;
  const answers = new Map<string, CellValue>(sampleAnswers(campaign, unit, unitIndex));
  return fillLayout(layout, answers, { reporter: 'Nguyễn Văn A', phone: '0912000111', reportDate: { date: campaign.period.end }, round: campaign.reportingRounds[0]?.label ?? null });
}

/**
 * The hostile corpus of tests/hostile, written to `dir` as files, for timing each refusal in a
 * process of its own. Returns the file names; the issue each must produce is in `HOSTILE_EXPECTED`.
 */
export const HOSTILE_EXPECTED: Readonly<Record<string, string>> = {
  'zip-bomb-1gb.xlsx': 'reader.zipBomb',
  'zip-bomb-lying-size.xlsx': 'reader.zipBomb',
  'unpacked-101mb.xlsx': 'reader.tooLarge',
  'parts-1001.xlsx': 'reader.tooManyParts',
  'billion-laughs.xlsx': 'reader.xmlEntities',
  'rows-1000000.xlsx': 'reader.tooManyRows',
  'truncated.xlsx': 'reader.corrupt',
  'no-content-types.xlsx': 'reader.corrupt',
  'macro.xlsm': 'reader.macroEnabled',
  'external-link.xlsx': 'reader.externalLinks',
  'dde-formula.xlsx': 'reader.dde',
  'cell-40000-chars.xlsx': 'reader.cellTooLong',
  'no-report-sheet.xlsx': 'reader.noReportSheet',
  'merged-answers.xlsx': 'reader.mergedAnswer',
};

export async function writeHostileCorpus(dir: string): Promise<string[]> {
  const fillIn = buildCampaignWorkbooks(smallCampaign()).fillIns[0];
  if (!fillIn) throw new Error('no fill-in');
  const filled = await fillReturn(await renderXlsx(fillIn.layout), { TT01: 5, TT02: 120 });
  const parts = await partsOf(filled);
  const report = await sheetPart(filled, 'Báo cáo');
  const edit = (mutate: Parameters<typeof fillReturn>[3]) => fillReturn(filled, {}, {}, mutate);
  const sheetOf = (wb: ExcelJS.Workbook) => {
    const ws = wb.getWorksheet('Báo cáo');
    if (!ws) throw new Error('no Báo cáo');
    return ws;
  };
  const mb = zeroBomb(1);
  const files: Record<string, Uint8Array> = {
    'zip-bomb-1gb.xlsx': writeZip(withParts(parts, [{ name: 'xl/media/image1.png', deflated: zeroBomb(1024), declaredSize: 1024 ** 3 }])),
    'zip-bomb-lying-size.xlsx': writeZip(withParts(parts, [{ name: report, deflated: zeroBomb(1024), declaredSize: 60_000 }])),
    'unpacked-101mb.xlsx': writeZip(withParts(parts, Array.from({ length: 101 }, (_, i) => ({ name: `xl/media/image${i}.png`, deflated: mb, declaredSize: 1024 ** 2 })))),
    'parts-1001.xlsx': writeZip(withParts(parts, Array.from({ length: 1001 }, (_, i) => ({ name: `xl/media/x${i}.bin`, data: 'x' })))),
    'billion-laughs.xlsx': writeZip(withParts(parts, [{ name: 'xl/sharedStrings.xml', data: billionLaughs('sst') }])),
    'rows-1000000.xlsx': writeZip(withParts(parts, [{ ...hugeSheet(1_000_000), name: report }])),
    'truncated.xlsx': filled.subarray(0, Math.floor(filled.length * 0.6)),
    'no-content-types.xlsx': writeZip(withParts(parts, [], ['[Content_Types].xml'])),
    'macro.xlsm': writeZip(
      withParts(parts, [
        { name: '[Content_Types].xml', data: (await partText(filled, '[Content_Types].xml')).replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml') },
        { name: 'xl/vbaProject.bin', data: 'Attribute VB_Name' },
      ]),
    ),
    'external-link.xlsx': writeZip(withParts(parts, [{ name: 'xl/externalLinks/externalLink1.xml', data: '<externalLink><externalBook/></externalLink>' }])),
    'dde-formula.xlsx': await edit((wb) => {
      const ws = sheetOf(wb);
      ws.getCell(rowsByCode(ws).get('AS01') ?? 1, 5).value = { formula: "cmd|' /C calc'!A0", result: 0 };
    }),
    'cell-40000-chars.xlsx': await fillReturn(filled, { DG01: 'x'.repeat(40_000) }),
    'no-report-sheet.xlsx': await edit((wb) => wb.removeWorksheet(sheetOf(wb).id)),
    'merged-answers.xlsx': await edit((wb) => {
      const ws = sheetOf(wb);
      const rows = rowsByCode(ws);
      ws.mergeCells(rows.get('TT01') ?? 1, 5, rows.get('TT03') ?? 2, 5);
    }),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return Object.keys(files);
}
