import type { Campaign, RawReturn, RawValue } from '../../core';
import type { CampaignWorkbooks, Cell, CellValue, Sheet, WorkbookLayout } from '../../workbook';
import { MAX_ROW_HEIGHT, META_KEYS, TABLE_COLUMNS, a1, fillLayout, rowHeight } from '../../workbook';

/** Characters a line of a text answer holds (its cell spans Kết quả and Ghi chú); a note alone has fewer, but a row wraps its tallest. */
const TEXT_ANSWER_CHARS = 24;

/** Where a unit sheet keeps its identity (key/value rows, as `_danvan` holds them): right of the table. */
export const UNIT_META_COLUMN = 20;


/** "XA01 (cũ 1)", the first of those names not taken. */
export function keptSheetName(code: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const name = `${code} (cũ ${n})`.slice(0, 31);
    if (!taken.has(name)) return name;
  }
}

/**
 * A return as a unit sheet of the master: the unit's own fill-in "Báo cáo" sheet (same labels,
 * validation and unlocked answer cells, so a hand correction is typed where the unit typed),
 * with the return's answers, header and notes, and its identity (campaign, unit, template
 * version, the fingerprint it arrived with) as key/value cells that the Office reader finds.
 * Used where `insertWorksheetsFromBase64` (ExcelApi 1.13) is missing, and to name sheets by unit.
 */
export function unitSheet(campaign: Campaign, built: CampaignWorkbooks, raw: RawReturn, name: string, state: Sheet['state']): Sheet | undefined {
  const fillIn = built.fillIns.find((f) => f.unit.code === raw.identity.unitCode);
  if (fillIn === undefined) return undefined;
  const answers = new Map<string, CellValue>(raw.rows.map((row) => [row.code, cellValue(row.result.value)]));
  const header = {
    reporter: cellValue(raw.header.reporter?.value ?? null),
    phone: cellValue(raw.header.phone?.value ?? null),
    reportDate: cellValue(raw.header.reportDate?.value ?? null),
    round: cellValue(raw.header.round?.value ?? null),
  };
  const filled: WorkbookLayout = fillLayout(fillIn.layout, answers, header);
  const report = filled.sheets[1];
  if (report === undefined) return undefined;
  const notes = new Map<string, CellValue>();
  const rowHeights: Record<number, number> = { ...report.rowHeights };
  for (const row of raw.rows) {
    const answer = fillIn.layout.answerCells.get(row.code);
    const rowNumber = answer === undefined ? undefined : Number(/\d+$/.exec(answer)?.[0]);
    if (rowNumber === undefined) continue;
    if (row.note.value !== null) notes.set(a1(rowNumber, TABLE_COLUMNS.note), cellValue(row.note.value));
    // The unit's own words stay whole (this sheet is read back); the row grows to show them, up to Excel's 409 pt.
    const texts = [row.result.value, row.note.value].filter((v): v is string => typeof v === 'string');
    if (texts.length > 0) rowHeights[rowNumber] = Math.min(MAX_ROW_HEIGHT, Math.max(rowHeights[rowNumber] ?? 0, rowHeight(texts.map((text) => [text, TEXT_ANSWER_CHARS] as const))));
  }
  const cells: Cell[] = report.cells.map((c) => {
    const note = notes.get(a1(c.row, c.col));
    return note === undefined ? c : { ...c, value: note };
  });
  unitIdentity(campaign, raw).forEach(([key, value], i) => {
    cells.push({ row: i + 1, col: UNIT_META_COLUMN, value: key }, { row: i + 1, col: UNIT_META_COLUMN + 1, value });
  });
  return { ...report, name, state, cells, rowHeights };
}

/**
 * What identifies a unit sheet as the return it came from (campaign, unit, template version, the
 * fingerprint it arrived with) and the file it was read from, as key/value pairs.
 */
export function unitIdentity(campaign: Campaign, raw: RawReturn): [string, string][] {
  return [
    [META_KEYS.campaignId, raw.identity.campaignId || campaign.id],
    [META_KEYS.unitCode, raw.identity.unitCode],
    [META_KEYS.templateVersion, raw.identity.templateVersion === null ? '' : String(raw.identity.templateVersion)],
    [META_KEYS.fingerprint, raw.identity.fingerprint],
    ...(raw.identity.campaignTitle ? [[META_KEYS.campaignTitle, raw.identity.campaignTitle] as [string, string]] : []),
    ...(raw.identity.organization ? [[META_KEYS.organization, raw.identity.organization] as [string, string]] : []),
    ['sourceFile', raw.file],
  ];
}

function cellValue(value: RawValue): CellValue {
  if (value !== null && typeof value === 'object') return { date: value.date };
  return value;
}
