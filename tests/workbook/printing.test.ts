import { Campaign, consolidate, validateReturns } from '../../src/core';
import type { CampaignInput } from '../../src/core';
import { STYLES, buildCampaignWorkbooks, buildMasterLayout, buildReportLayout } from '../../src/workbook';
import type { Sheet, WorkbookLayout } from '../../src/workbook';
import { unitSheet } from '../../src/taskpane/shared/unit-sheet';
import { smallCampaignInput } from '../helpers/campaign';
import { GOOD_ANSWERS, rawReturnFor } from '../helpers/raw-return';

/**
 * Sheets as Excel shows and prints them (issue 14, point 6): rows no taller than Excel's 409 pt,
 * texts no taller than their rows, filters over tables only, wide sheets at a legible scale.
 */

const long = (words: number, seed: string) => Array.from({ length: words }, (_, i) => `${seed}${i % 7 === 6 ? '.\n' : ''}`).join(' ');

/** The small campaign with a long proposals indicator, and units that wrote pages of text. */
function longTextDistrict() {
  const input = smallCampaignInput();
  const proposals = { code: 'DG04', section: 'assessment', type: 'text', label: { vi: 'Đề xuất, kiến nghị', en: 'Proposals' }, measure: '', maxLength: 20000 } as CampaignInput['indicators'][number];
  const campaign = Campaign.parse({ ...input, indicators: [...input.indicators, proposals] });
  const raws = [
    rawReturnFor(campaign, 'XA01', { ...GOOD_ANSWERS, DG01: long(900, 'khó khăn'), DG04: long(1200, 'kiến nghị') }),
    // A page of text pasted into a number cell: its issue quotes it (cut short by the core).
    rawReturnFor(campaign, 'GD02', { ...GOOD_ANSWERS, TT02: long(600, 'hai mươi'), DG01: long(60, 'thuận lợi'), DG04: long(60, 'đề nghị') }, { reportDate: { date: '2026-01-05' } }),
  ];
  const consolidation = consolidate(campaign, validateReturns(campaign, raws));
  const report = buildReportLayout({ campaign, consolidation, readAt: '2026-01-06T02:30:00.000Z', includeErrors: false, reportDate: '2026-01-06' });
  return { campaign, raws, report };
}

const DEFAULT_ROW = 18; // the file edge's defaultRowHeight
const heightOf = (sheet: Sheet, row: number) => sheet.rowHeights[row] ?? DEFAULT_ROW;

/**
 * What a wrapped text needs, estimated apart from the layouts' own rule: a column `width` wide
 * holds about 1.1 × width characters of 11 pt text (fewer as the font grows), a line takes
 * 1.15 × the font size.
 */
function neededHeight(text: string, widthChars: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor((widthChars * 1.1 * 11) / fontSize));
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return lines * fontSize * 1.15;
}

/** Every wrapped text cell whose row is too short for it, as "sheet!row:col needs … pt, has …". */
function clippedTexts(sheet: Sheet): string[] {
  const out: string[] = [];
  for (const cell of sheet.cells) {
    if (typeof cell.value !== 'string' || !cell.style || !STYLES[cell.style].align?.wrap) continue;
    const merge = sheet.merges.find((m) => m.top === cell.row && m.left === cell.col);
    if (merge && merge.bottom > merge.top) continue;
    const right = merge?.right ?? cell.col;
    let width = 0;
    for (let col = cell.col; col <= right; col++) width += sheet.columns[col - 1]?.width ?? 9;
    const need = neededHeight(cell.value, width, STYLES[cell.style].font?.size ?? 11);
    if (need > heightOf(sheet, cell.row) + 0.5) out.push(`${sheet.name}!${cell.row}:${cell.col} needs ${need.toFixed(0)} pt, has ${heightOf(sheet, cell.row)}`);
  }
  return out;
}

function tallRows(layout: WorkbookLayout): string[] {
  return layout.sheets.flatMap((s) => Object.entries(s.rowHeights).filter(([, h]) => h > 409).map(([row, h]) => `${s.name}!${row}: ${h} pt`));
}

const sheetOf = (layout: WorkbookLayout, name: string) => layout.sheets.find((s) => s.name === name) ?? fail(`no sheet ${name}`);
const valueAt = (sheet: Sheet, row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col)?.value ?? null;

describe('sheets as Excel shows them, over a campaign with long texts', () => {
  const { campaign, raws, report } = longTextDistrict();
  const built = buildCampaignWorkbooks(campaign);
  const master = buildMasterLayout(campaign);
  const shown = ['Tổng hợp', 'Chi tiết', 'Tình hình nộp', 'Kiểm tra', 'Ý kiến đơn vị', 'Nguồn dữ liệu'];

  it('should need no row taller than 409 pt in the report, the master and the fill-ins', () => {
    expect(tallRows(report)).toEqual([]);
    expect(tallRows(master)).toEqual([]);
    for (const f of built.fillIns) expect(tallRows(f.layout)).toEqual([]);
  });

  it('should give every wrapped text of the report its whole height (long texts as excerpts, in full in the appendix)', () => {
    for (const name of shown) expect(clippedTexts(sheetOf(report, name))).toEqual([]);
    const messages = sheetOf(report, 'Kiểm tra').cells.filter((c) => c.row > 3 && c.col === 9).map((c) => String(c.value));
    // The issue quoting the pasted page is there, its quote already short, and its row shows it all (above).
    expect(messages.some((m) => m.startsWith('"hai mươi hai mươi') && m.includes('không phải là số'))).toBe(true);
    const appendix = sheetOf(report, 'Ý kiến đơn vị');
    const written = appendix.cells.filter((c) => c.row > 3 && c.col === 6 && typeof c.value === 'string').map((c) => c.value as string);
    // The 1,200 words of XA01's proposals are all there, carried over several rows.
    expect(written.join(' ').split(/\s+/).filter((w) => w === 'kiến').length).toBe(1200);
  });

  it('should give the master’s unit sheets rows tall enough for the unit’s words, up to 409 pt', () => {
    const sheet = unitSheet(campaign, built, raws[1] ?? fail('no return'), 'GD02', 'visible') ?? fail('no unit sheet');
    expect(clippedTexts(sheet)).toEqual([]);
    expect(Math.max(...Object.values(sheet.rowHeights))).toBeLessThanOrEqual(409);
    // XA01's 900 words cannot show in one row: the cell keeps them whole (the sheet is read back), the row stops at Excel's limit.
    const longest = unitSheet(campaign, built, raws[0] ?? fail('no return'), 'XA01', 'visible') ?? fail('no unit sheet');
    expect(Math.max(...Object.values(longest.rowHeights))).toBe(409);
    expect(clippedTexts(sheetOf(master, 'Đơn vị'))).toEqual([]);
  });

  it('should print Chi tiết landscape at 70 % over several pages, with the code and name columns repeated', () => {
    const detail = sheetOf(report, 'Chi tiết');
    expect(detail.print).toMatchObject({ orientation: 'landscape', scale: 70, repeatRows: { from: 4, to: 5 }, repeatCols: { from: 1, to: 2 } });
    expect(valueAt(detail, 5, 1)).toBe('Mã');
    expect(valueAt(detail, 5, 2)).toBe('Tên đơn vị');
  });

  it('should filter the tables of Chi tiết, Tình hình nộp, Kiểm tra and Nguồn dữ liệu, with the subtotals of Chi tiết below the filter', () => {
    const detail = sheetOf(report, 'Chi tiết');
    // Three units (XA01, GD02, DN03) on rows 6–8 under the filter row 5.
    const width = 3 + campaign.indicators.filter((i) => i.type !== 'rate').length;
    expect(detail.autoFilter).toEqual({ top: 5, left: 1, bottom: 8, right: width });
    const totals = detail.cells.filter((c) => typeof c.value === 'string' && /^Cộng/.test(c.value)).map((c) => c.row);
    expect(totals.length).toBeGreaterThan(1);
    expect(Math.min(...totals)).toBeGreaterThan(8);
    expect(sheetOf(report, 'Tình hình nộp').autoFilter).toEqual({ top: 5, left: 1, bottom: 8, right: 8 });
    expect(sheetOf(report, 'Kiểm tra').autoFilter).toMatchObject({ top: 3, left: 1, right: 9 });
    expect(sheetOf(report, 'Nguồn dữ liệu').autoFilter).toEqual({ top: 3, left: 1, bottom: 5, right: 7 });
  });

  it('should not dress Tổng hợp as a form: no input colours, no required marks', () => {
    const summary = sheetOf(report, 'Tổng hợp');
    expect(summary.cells.filter((c) => c.style && /^answer|computed/.test(c.style))).toEqual([]);
    expect(summary.cells.filter((c) => typeof c.value === 'string' && c.value.includes('(*)'))).toEqual([]);
    expect(summary.cells.filter((c) => c.style && STYLES[c.style].fill === 'FFF2CC')).toEqual([]);
  });

  it('should show in Nguồn dữ liệu the local time of reading and the round’s name', () => {
    const sources = sheetOf(report, 'Nguồn dữ liệu');
    expect(valueAt(sources, 3, 6)).toBe('Thời điểm đọc (giờ Việt Nam)');
    // 02:30 UTC on 6 January is 09:30 in Vietnam (UTC+7).
    expect(valueAt(sources, 4, 6)).toBe('06/01/2026 09:30');
    expect(valueAt(sources, 4, 5)).toBe(campaign.reportingRounds[0]?.label);
    expect(campaign.reportingRounds[0]?.label).not.toBe(campaign.reportingRounds[0]?.id);
  });
});

describe('the fill-in form sheet on a 768-pixel screen', () => {
  const { campaign } = longTextDistrict();
  const form = sheetOf((buildCampaignWorkbooks(campaign).fillIns[0] ?? fail('no fill-in')).layout, 'Báo cáo');

  it('should keep the frozen header short enough to show a dozen typical indicator rows under Excel’s chrome', () => {
    const frozen = form.freeze?.rows ?? 0;
    expect(valueAt(form, frozen, 1)).toBe('Mã');
    let frozenPoints = 0;
    for (let row = 1; row <= frozen; row++) frozenPoints += heightOf(form, row);
    const codes = form.cells.filter((c) => c.col === 1 && c.row > frozen && typeof c.value === 'string' && /^[A-Z]{2}\d{2}/.test(c.value)).map((c) => heightOf(form, c.row));
    const typical = [...codes].sort((a, b) => a - b)[Math.floor(codes.length / 2)] ?? fail('no indicator rows');
    // At 96 dpi a point is 4/3 px; Excel's ribbon, formula bar, headings and status bar take about 250 px.
    const left = 768 - 250 - (frozenPoints * 4) / 3;
    expect(left / ((typical * 4) / 3)).toBeGreaterThanOrEqual(12);
  });

  it('should be narrow enough to print one A4 portrait page wide at 85 % or more', () => {
    // Excel shows a column `width` wide in about 7 × width + 5 px; A4 portrait less the 0.9 inch of side margins is 530 pt.
    const points = form.columns.reduce((sum, c) => sum + (7 * c.width + 5) * 0.75, 0);
    expect(form.print.scale).toBeUndefined();
    expect(530 / points).toBeGreaterThanOrEqual(0.85);
  });
});
