import { Campaign, findPreset } from '../../../src/core';
import { META_KEYS, META_SHEET, buildCampaignWorkbooks, fillLayout } from '../../../src/workbook';
import type { CellValue, Sheet, TypedHeader, WorkbookLayout } from '../../../src/workbook';

/** The annual-plan preset (39 units) with its units cloned under new codes to make `count` units. */
export function campaignWithUnits(count: number): Campaign {
  const preset = findPreset('ke-hoach-nam');
  if (!preset) throw new Error('preset ke-hoach-nam is missing');
  const base = preset.build();
  const units = Array.from({ length: count }, (_, i) => {
    const unit = base.units[i % base.units.length];
    if (!unit) throw new Error('preset has no units');
    return { ...unit, code: `DV${String(i + 1).padStart(3, '0')}`, name: `${unit.name} (${i + 1})` };
  });
  return Campaign.parse({ ...base, units });
}

/**
 * The unit sheets a master holds after its returns were imported: each unit's filled report sheet,
 * named by its code, with the unit's metadata beside the table (G:H), as a layout to render.
 */
export function unitSheetsLayout(
  campaign: Campaign,
  answers: ReadonlyMap<string, CellValue>,
  header: TypedHeader = { reporter: 'Nguyễn Văn A', reportDate: { date: campaign.period.end } },
): WorkbookLayout {
  const workbooks = buildCampaignWorkbooks(campaign);
  const sheets: Sheet[] = workbooks.fillIns.map(({ unit, layout }) => {
    const filled = fillLayout(layout, answers, header);
    const report = filled.sheets.find((s) => s.name === 'Báo cáo');
    const meta = filled.sheets.find((s) => s.name === META_SHEET);
    if (!report || !meta) throw new Error('a fill-in without its report or metadata sheet');
    // Identity only, as the pane's unit sheets keep it (src/taskpane/unit-sheet.ts): not the unit's campaign JSON.
    const chunkRows = new Set(meta.cells.filter((c) => c.col === 1 && typeof c.value === 'string' && c.value.startsWith(`${META_KEYS.unitCampaignJson}.`)).map((c) => c.row));
    const block = meta.cells.filter((c) => !chunkRows.has(c.row)).map((c) => ({ ...c, col: c.col + 6 }));
    return { ...report, name: unit.code, cells: [...report.cells, ...block], protect: false };
  });
  return { sheets, names: [], properties: workbooks.master.properties };
}
