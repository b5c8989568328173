import { fail, ok, t } from '../../core';
import type { Lang, Result } from '../../core';
import { BASE_FONT_SIZE, FONT_NAME, STYLES, a1, columnLetter, pageNumberCode, printMargins, toBase64 } from '../../workbook';
import type { BarChart, Cell, CellValue, DefinedName, Merge, Sheet, SheetImage, Style, StyleName, Validation, ValidationRule, WorkbookLayout } from '../../workbook';
import { Batch, estimateBytes, lookUpSheets } from './batch';
import type { WorkbookInventory } from './inventory';
import type { BorderEdge, OfficeChart, OfficeContext, OfficeDataValidation, OfficeRangeFormat, OfficeWorksheet } from './excel-model';
import { isCellEditMode, toOfficeError } from './excel-run';

export { toBase64 };
import type { OfficeError } from './excel-run';

export type RenderOptions = {
  /** Bytes queued before an early sync; see `DEFAULT_PAYLOAD_BUDGET`. */
  readonly payloadBudget?: number;
  /** Sheets and names already found in this `Excel.run`: the look-up sync is skipped. */
  readonly inventory?: WorkbookInventory;
};

export type RenderReport = {
  /** The sheets written, in layout order. */
  readonly sheets: readonly string[];
  /** Sheets of the same name that were in the workbook before and have been rewritten in place. */
  readonly replaced: readonly string[];
  /** View and print settings this Excel refused; the pane words them with `describeRefusedSettings`. */
  readonly refused: readonly RefusedSetting[];
  readonly syncs: number;
};

/** The view and print settings of a sheet, written apart so that a refusal fails nothing else. */
export type CosmeticFeature = 'freezePanes' | 'gridlines' | 'pageLayout' | 'autoFilter';

/** A setting Excel refused, with its error code. */
export type RefusedSetting = { readonly feature: CosmeticFeature; readonly code: string };

type Cosmetic = { readonly feature: CosmeticFeature; readonly apply: () => void };

/**
 * Writes a workbook layout into the open workbook: the Office.js edge of the same description
 * that `renderXlsx` writes to a file.
 *
 * Round trips: one sync to find sheets and names that already carry the layout's names (none when
 * the caller passes the workbook's inventory), one sync for everything else, queued in order
 * (values, formats, merges, unlocked cells, validation, then protection and visibility), and one
 * for the view and print settings of the sheets it added (freeze panes, gridlines, page layout),
 * which some Excel builds refuse (github.com/OfficeDev/office-js/issues/2196): that sync is tried
 * apart, and on a refusal each setting once more on its own, so a refusal only leaves the setting
 * out and is reported in `refused`; a sheet with a chart that is written again costs one sync more,
 * to find the chart to replace. So three or four syncs, whatever the number of units, indicators or
 * cells, unless the queued data passes the payload budget (~4 MB, far above a district master of
 * 300 units queues ≈ 0.3 MB); only then is it sent in several syncs.
 *
 * A sheet that exists already is rewritten in place (unprotected, cleared, written again), never
 * deleted: formulas the user wrote against it keep pointing at it instead of turning into #REF!,
 * and the master's `_danvan`, very hidden, can be written again (Excel refuses to delete a very
 * hidden sheet, learn.microsoft.com/javascript/api/excel/excel.worksheet#delete). Its view and
 * print settings are left as they are.
 */
export async function renderLayout(context: OfficeContext, layout: WorkbookLayout, options: RenderOptions = {}): Promise<RenderReport> {
  const batch = new Batch(context, options.payloadBudget);
  const workbook = context.workbook;

  const { inventory } = options;
  const existing = inventory ?? lookUpSheets(context, layout.sheets.map((s) => s.name));
  const withNames = layout.names.length > 0;
  const probes = withNames && inventory === undefined ? layout.names.map((n) => workbook.names.getItemOrNullObject(n.name)) : [];
  if (inventory === undefined) await batch.sync();
  const oldNames = inventory === undefined ? probes.filter((name) => !name.isNullObject) : withNames ? layout.names.flatMap((n) => inventory.namedItem(n.name) ?? []) : [];

  const replaced = layout.sheets.filter((s) => existing.sheet(s.name) !== undefined).map((s) => s.name);
  await batch.reserve(null, oldNames.length);
  for (const name of oldNames) name.delete(); // ExcelApi 1.4

  const oldCharts = await chartsToReplace(layout, existing, batch);

  const written = new Map<string, OfficeWorksheet>();
  const cosmetics: Cosmetic[] = [];
  for (const sheet of layout.sheets) {
    const old = existing.sheet(sheet.name);
    await batch.reserve(sheet.name, old ? 4 : 1);
    const worksheet = old ? clearForRewrite(old) : workbook.worksheets.add(sheet.name); // ExcelApi 1.1
    written.set(sheet.name, worksheet);
    await writeSheet(worksheet, sheet, batch, old !== undefined, oldCharts.get(sheet.name) ?? []);
    if (old === undefined) cosmetics.push(...sheetCosmetics(worksheet, sheet));
  }
  if (withNames) {
    for (const name of layout.names) {
      const reference = nameReference(name);
      await batch.reserve(reference);
      workbook.names.add(name.name, reference); // ExcelApi 1.4
    }
  }
  const p = layout.properties;
  await batch.reserve(p, 5);
  const properties = workbook.properties; // ExcelApi 1.7
  properties.title = p.title;
  properties.subject = p.subject;
  properties.keywords = p.keywords;
  properties.author = p.creator;
  properties.comments = p.description;
  const first = layout.sheets.find((s) => s.state === 'visible');
  if (first) written.get(first.name)?.activate(); // ExcelApi 1.1
  await batch.sync();
  const refused = await writeCosmetics(batch, cosmetics);

  return { sheets: layout.sheets.map((s) => s.name), replaced, refused, syncs: batch.syncs };
}

/**
 * The charts of this layout's names already on the sheets it rewrites, found in one sync (ExcelApi
 * 1.1 `ChartCollection.items`), only when a sheet with a chart is written again.
 */
async function chartsToReplace(layout: WorkbookLayout, existing: { sheet(name: string): OfficeWorksheet | undefined }, batch: Batch): Promise<Map<string, OfficeChart[]>> {
  const probes = layout.sheets.flatMap((sheet) => {
    const old = existing.sheet(sheet.name);
    const names = new Set((sheet.charts ?? []).map((c) => c.name));
    if (old === undefined || names.size === 0) return [];
    const charts = old.charts;
    charts.load('items/name');
    return [{ sheet: sheet.name, charts, names }];
  });
  if (probes.length === 0) return new Map();
  await batch.sync();
  return new Map(probes.map((p) => [p.sheet, p.charts.items.filter((c) => p.names.has(c.name))]));
}

/**
 * Queues what makes an existing sheet blank for writing again: its protection off (ours has no
 * password), values and formats cleared, merges and validation removed (`clear` is not
 * documented to take those). Column widths and row heights that the layout sets are set again.
 */
function clearForRewrite(sheet: OfficeWorksheet): OfficeWorksheet {
  sheet.protection.unprotect(); // ExcelApi 1.2
  const all = sheet.getRange();
  all.clear('All'); // ExcelApi 1.1
  all.unmerge(); // ExcelApi 1.2
  all.dataValidation.clear(); // ExcelApi 1.8
  return sheet;
}

/** One paragraph for the pane's warning bar; empty when nothing was refused. */
export function describeRefusedSettings(refused: readonly RefusedSetting[], lang: Lang = 'vi'): string {
  if (refused.length === 0) return '';
  return [t('office.refused.intro', {}, lang), ...refused.map((r) => `• ${t(`office.refused.${r.feature}`, { code: r.code }, lang)}`)].join('\n');
}

/** Sends the view and print settings; one refused leaves only itself out. */
async function writeCosmetics(batch: Batch, cosmetics: readonly Cosmetic[]): Promise<RefusedSetting[]> {
  if (cosmetics.length === 0) return [];
  const attempt = async (items: readonly Cosmetic[]): Promise<string | null> => {
    for (const item of items) item.apply();
    try {
      await batch.sync();
      return null;
    } catch (cause) {
      // Cell-edit mode refuses every request: the whole batch is retried by runExcel.
      if (isCellEditMode(cause)) throw cause;
      const error = toOfficeError(cause);
      return error.code === 'office' ? error.officeCode : error.code;
    }
  };
  if ((await attempt(cosmetics)) === null) return [];
  const refused: RefusedSetting[] = [];
  for (const feature of [...new Set(cosmetics.map((c) => c.feature))]) {
    const code = await attempt(cosmetics.filter((c) => c.feature === feature));
    if (code !== null) refused.push({ feature, code });
  }
  return refused;
}

async function writeSheet(worksheet: OfficeWorksheet, sheet: Sheet, batch: Batch, rewritten: boolean, oldCharts: readonly OfficeChart[]): Promise<void> {
  if (sheet.columns.length > 0 || Object.keys(sheet.rowHeights).length > 0) await writeSizes(worksheet, sheet, batch);
  await writeMatrix(worksheet, numberFormats(sheet.cells), 'numberFormat', batch);
  // Constants through `values`, formulas through `formulas`: one 2-D array each over its box.
  const inputs = sheet.cells.map((c) => ({ row: c.row, col: c.col, value: cellInput(c.value) })).filter((c) => c.value !== null);
  await writeMatrix(worksheet, inputs.filter((c) => !isFormulaInput(c.value)), 'values', batch);
  await writeMatrix(worksheet, inputs.filter((c) => isFormulaInput(c.value)), 'formulas', batch);

  for (const [name, cells] of groupBy(sheet.cells.filter((c) => c.style !== undefined), (c) => c.style as StyleName)) {
    const style = STYLES[name];
    for (const target of await targets(worksheet, rectangles(cells), batch, STYLE_COMMANDS)) applyStyle(target.format, style);
  }

  for (const merge of sheet.merges) {
    await batch.reserve(null);
    worksheet.getRange(rangeAddress(merge)).merge(false); // ExcelApi 1.2
  }

  const unlocked = sheet.cells.filter((c) => c.unlocked);
  // ExcelApi 1.2: cells are locked by default; only answer cells are opened.
  for (const target of await targets(worksheet, rectangles(unlocked), batch, 1)) target.format.protection.locked = false;

  const validated = sheet.cells.filter((c): c is Cell & { validation: Validation } => c.validation !== undefined);
  for (const [, cells] of groupBy(validated, (c) => JSON.stringify(c.validation))) {
    const validation = (cells[0] as Cell & { validation: Validation }).validation;
    for (const target of await targets(worksheet, rectangles(cells), batch, 4, validation)) applyValidation(target.dataValidation, validation);
  }

  for (const cell of sheet.cells) {
    if (cell.link === undefined || typeof cell.value !== 'string') continue;
    await batch.reserve(cell.link, 2);
    worksheet.getRange(a1(cell.row, cell.col)).hyperlink = { address: cell.link, textToDisplay: cell.value }; // ExcelApi 1.7
  }

  // A chart keeps the cells it was added over when they are cleared and written again, so a table
  // that grew or shrank would be drawn from its first rows: the old chart goes, a new one is added.
  await batch.reserve(null, oldCharts.length);
  for (const chart of oldCharts) chart.delete(); // ExcelApi 1.1
  for (const chart of sheet.charts ?? []) await writeChart(worksheet, chart, batch);
  // A sheet written again keeps the pictures it has: they stand over the same cells, written again.
  if (!rewritten) for (const image of sheet.images ?? []) await writeImage(worksheet, sheet, image, batch);

  if (sheet.tabColor !== undefined) worksheet.tabColor = `#${sheet.tabColor}`; // ExcelApi 1.7
  if (sheet.protect) {
    await batch.reserve(PROTECTION);
    worksheet.protection.protect(PROTECTION); // ExcelApi 1.2; no password, as in the file edge
  }
  // set: ExcelApi 1.2
  if (sheet.state !== 'visible') worksheet.visibility = VISIBILITY[sheet.state];
  else if (rewritten) worksheet.visibility = 'Visible'; // it may have been hidden by hand
}

/**
 * Queues one clustered bar chart over its cells (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts):
 * the series' values give the source, a series per column; the categories, colours and labels are
 * set on it. Categories read top to bottom as in the table, and the value axis stays below them.
 */
async function writeChart(worksheet: OfficeWorksheet, chart: BarChart, batch: Batch): Promise<void> {
  const first = chart.series[0];
  const last = chart.series[chart.series.length - 1];
  if (first === undefined || last === undefined) return;
  await batch.reserve(chart, 15 + 3 * chart.series.length);
  const source = { top: first.values.top, left: first.values.left, bottom: first.values.bottom, right: last.values.right };
  const added = worksheet.charts.add('BarClustered', worksheet.getRange(rangeAddress(source)), 'Columns'); // ExcelApi 1.1
  added.name = chart.name;
  added.title.text = chart.title;
  added.format.font.name = FONT_NAME; // ChartAreaFormat.font, ExcelApi 1.1: every text of the chart, not the theme's Calibri
  added.legend.visible = true;
  added.legend.position = 'Bottom';
  added.dataLabels.showValue = true;
  added.dataLabels.numberFormat = chart.valueFormat; // ExcelApi 1.8
  const { valueAxis, categoryAxis } = added.axes;
  valueAxis.title.text = chart.valueAxisTitle;
  valueAxis.numberFormat = chart.valueFormat; // ExcelApi 1.8
  valueAxis.minimum = 0;
  categoryAxis.reversePlotOrder = true; // ExcelApi 1.7
  categoryAxis.position = 'Maximum'; // ExcelApi 1.8
  chart.series.forEach((s, i) => {
    const series = added.series.getItemAt(i);
    series.name = s.name; // ExcelApi 1.8
    series.setXAxisValues(worksheet.getRange(rangeAddress(chart.categories))); // ExcelApi 1.7
    series.format.fill.setSolidColor(`#${s.color}`);
  });
  added.setPosition(a1(chart.anchor.top, chart.anchor.left), a1(chart.anchor.bottom, chart.anchor.right));
}

/**
 * Queues one picture (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-shapes#images):
 * `addImage` puts it at the sheet's top-left, so it is moved to its anchor cell, whose position in
 * points is the sum of the column widths and row heights before it, as this layout sets them (a
 * row the layout leaves alone counts at Excel's default height). No load, so no extra sync.
 */
async function writeImage(worksheet: OfficeWorksheet, sheet: Sheet, image: SheetImage, batch: Batch): Promise<void> {
  await batch.reserve(image.pngBase64, 7);
  const shape = worksheet.shapes.addImage(image.pngBase64); // ExcelApi 1.9
  shape.name = image.name;
  shape.altTextDescription = image.altText;
  const { left, top } = cellOffsetPoints(sheet, image.anchor);
  shape.left = left;
  shape.top = top;
  shape.width = image.widthPx * 0.75;
  shape.height = image.heightPx * 0.75;
}

/** Excel's row height for the default 11 pt font, in points, where the layout sets none. */
const DEFAULT_ROW_HEIGHT = 15;
/** Excel's default column width in characters, where the layout sets none. */
const DEFAULT_COLUMN_WIDTH = 8.43;

/** The top-left of a cell in points from the sheet's top-left, from the layout's sizes. */
export function cellOffsetPoints(sheet: Sheet, at: { readonly row: number; readonly col: number }): { left: number; top: number } {
  let left = 0;
  for (let col = 1; col < at.col; col++) {
    const column = sheet.columns[col - 1];
    if (!column?.hidden) left += columnWidthPoints(column?.width ?? DEFAULT_COLUMN_WIDTH);
  }
  let top = 0;
  for (let row = 1; row < at.row; row++) top += sheet.rowHeights[row] ?? DEFAULT_ROW_HEIGHT;
  return { left, top };
}

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/** The view and print settings of a sheet just added, queued only when `writeCosmetics` applies them. */
function sheetCosmetics(worksheet: OfficeWorksheet, sheet: Sheet): Cosmetic[] {
  const out: Cosmetic[] = [];
  const freeze = sheet.freeze;
  if (freeze !== undefined && (freeze.rows > 0 || freeze.cols > 0)) {
    out.push({
      feature: 'freezePanes',
      apply: () => {
        // ExcelApi 1.7
        if (freeze.rows > 0 && freeze.cols > 0) worksheet.freezePanes.freezeAt(`A1:${a1(freeze.rows, freeze.cols)}`);
        else if (freeze.rows > 0) worksheet.freezePanes.freezeRows(freeze.rows);
        else worksheet.freezePanes.freezeColumns(freeze.cols);
      },
    });
  }
  if (sheet.state === 'visible') {
    out.push({ feature: 'gridlines', apply: () => (worksheet.showGridlines = false) }); // ExcelApi 1.8
    out.push({ feature: 'pageLayout', apply: () => writePageLayout(worksheet, sheet) });
  }
  const filtered = sheet.autoFilter;
  if (filtered !== undefined) out.push({ feature: 'autoFilter', apply: () => worksheet.autoFilter.apply(rangeAddress(filtered)) }); // ExcelApi 1.9
  return out;
}

/** The same allowances as the file edge: select anything, resize rows and columns, nothing else. */
const PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowFormatCells: false,
  allowInsertRows: false,
  allowDeleteRows: false,
  allowSort: false,
  allowAutoFilter: false,
  selectionMode: 'Normal',
};

/**
 * A layout column width is the `width` of the .xlsx column (what the file edge gives exceljs): a
 * number of characters of the Normal style's widest digit, 7 px for Calibri 11 (the Normal font
 * of new workbooks and of exceljs files). Excel turns it into pixels as ECMA-376 §18.3.1.13 says,
 * pixels = Truncate(((256 × width + Truncate(128 / 7)) / 256) × 7), i.e. about width × 7 px; a
 * file width of 8.7109375 shows as 61 px. `RangeFormat.columnWidth` takes points, 0.75 pt per px
 * at 96 dpi. So both edges give a column the same on-screen width.
 */
export function columnWidthPoints(width: number): number {
  const digit = 7;
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / digit)) / 256) * digit);
  return pixels * 0.75;
}

async function writeSizes(worksheet: OfficeWorksheet, sheet: Sheet, batch: Batch): Promise<void> {
  // ExcelApi 1.2: RangeFormat.columnWidth / rowHeight (points), Range.columnHidden.
  for (const run of runs(sheet.columns.map((c, i) => ({ at: i + 1, key: c.width })))) {
    await batch.reserve(null);
    worksheet.getRange(`${columnLetter(run.from)}:${columnLetter(run.to)}`).format.columnWidth = columnWidthPoints(run.key);
  }
  for (const run of runs(sheet.columns.flatMap((c, i) => (c.hidden ? [{ at: i + 1, key: true }] : [])))) {
    await batch.reserve(null);
    worksheet.getRange(`${columnLetter(run.from)}:${columnLetter(run.to)}`).columnHidden = true;
  }
  const heights = Object.entries(sheet.rowHeights)
    .map(([row, height]) => ({ at: Number(row), key: height }))
    .sort((a, b) => a.at - b.at);
  for (const run of runs(heights)) {
    await batch.reserve(null);
    worksheet.getRange(`${run.from}:${run.to}`).format.rowHeight = run.key;
  }
}

/** Consecutive positions with the same key, e.g. columns B:D all 11 characters wide. */
function runs<K>(items: readonly { at: number; key: K }[]): { from: number; to: number; key: K }[] {
  const out: { from: number; to: number; key: K }[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && last.to === item.at - 1 && last.key === item.key) last.to = item.at;
    else out.push({ from: item.at, to: item.at, key: item.key });
  }
  return out;
}

type Entry = { readonly row: number; readonly col: number; readonly value: string | number | boolean | null };

/**
 * Writes entries as 2-D arrays over their bounding box; `null` leaves a cell untouched (Excel's
 * documented meaning of null in a written 2-D array). A box too large for one request is written
 * in bands of rows.
 */
async function writeMatrix(worksheet: OfficeWorksheet, entries: readonly Entry[], property: 'values' | 'formulas' | 'numberFormat', batch: Batch): Promise<void> {
  if (entries.length === 0) return;
  const top = Math.min(...entries.map((e) => e.row));
  const bottom = Math.max(...entries.map((e) => e.row));
  const left = Math.min(...entries.map((e) => e.col));
  const right = Math.max(...entries.map((e) => e.col));
  const matrix: (string | number | boolean | null)[][] = Array.from({ length: bottom - top + 1 }, () => new Array<string | number | boolean | null>(right - left + 1).fill(null));
  for (const e of entries) (matrix[e.row - top] as (string | number | boolean | null)[])[e.col - left] = e.value;

  let start = 0;
  while (start < matrix.length) {
    let end = start + 1;
    let bytes = estimateBytes(matrix[start]);
    while (end < matrix.length && bytes + estimateBytes(matrix[end]) <= batch.commandBudget) {
      bytes += estimateBytes(matrix[end]);
      end += 1;
    }
    const band = matrix.slice(start, end);
    await batch.reserve(band);
    worksheet.getRange(rangeAddress({ top: top + start, left, bottom: top + end - 1, right }))[property] = band; // ExcelApi 1.1
    start = end;
  }
}

function numberFormats(cells: readonly Cell[]): Entry[] {
  return cells.flatMap((c) => {
    const format = c.numFmt ?? (c.style ? STYLES[c.style].numFmt : undefined) ?? (isDateValue(c.value) ? DATE_FORMAT : undefined);
    return format === undefined ? [] : [{ row: c.row, col: c.col, value: format }];
  });
}

const DATE_FORMAT = 'dd/mm/yyyy';

/**
 * What is written for a layout value. Excel parses text written through `Range.values` as it
 * parses typing: a leading = + - @ makes a formula (the Range.values reference says so), and
 * numbers, dates, times and percentages become numbers ("0912345678" → 912345678, "17-Dec",
 * "5 PM", "1/2"), TRUE a boolean, "#N/A" an error. Text that could be any of these gets a
 * leading apostrophe, which Excel keeps as the cell's quote prefix and does not show: the cell
 * holds exactly the text. Every one of them starts with one of = + - @ # ( ' or holds a digit, or
 * is TRUE/FALSE; plain words are written as they are.
 * Dates become Excel serial numbers (days since 1899-12-30) shown with a date format.
 */
export function cellInput(value: CellValue): string | number | boolean | null {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (value === '') return null;
    return looksParsable(value) ? `'${value}` : value;
  }
  if ('date' in value) return dateSerial(value.date);
  return value.formula.startsWith('=') ? value.formula : `=${value.formula}`;
}

function looksParsable(text: string): boolean {
  const trimmed = text.trim();
  return /^[=+\-@#(']/.test(trimmed) || /^(true|false)$/i.test(trimmed) || /\d/.test(trimmed);
}

function isFormulaInput(value: string | number | boolean | null): boolean {
  return typeof value === 'string' && value.startsWith('=');
}

function isDateValue(value: CellValue): boolean {
  return typeof value === 'object' && value !== null && 'date' in value;
}

/** ISO `YYYY-MM-DD` → Excel serial (1900 date system; 25569 is 1970-01-01). */
export function dateSerial(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;
}

/** The commands one style group costs per target (font ×5, fill, alignment ×4, borders ×12). */
const STYLE_COMMANDS = 22;
const THIN_BORDER = '#8C8C8C';
const EDGES: readonly BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right', justify: 'Justify' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function applyStyle(format: OfficeRangeFormat, style: Style): void {
  // ExcelApi 1.1 unless noted.
  format.font.name = FONT_NAME;
  format.font.size = style.font?.size ?? BASE_FONT_SIZE;
  if (style.font?.bold) format.font.bold = true;
  if (style.font?.italic) format.font.italic = true;
  if (style.font?.color) format.font.color = `#${style.font.color}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  const align = style.align;
  if (align?.horizontal) format.horizontalAlignment = HORIZONTAL[align.horizontal];
  if (align?.vertical) format.verticalAlignment = VERTICAL[align.vertical];
  if (align?.wrap) format.wrapText = true;
  if (align?.indent) format.indentLevel = align.indent; // ExcelApi 1.9
  if (style.border) {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.color = THIN_BORDER;
    }
  }
  if (style.rule) {
    const border = format.borders.getItem(style.rule === 'top' ? 'EdgeTop' : 'EdgeBottom');
    border.style = 'Continuous';
    border.color = '#000000';
  }
}

/** ExcelApi 1.8: rule, input message and a stop alert, blanks allowed (as the file edge). */
function applyValidation(target: OfficeDataValidation, validation: Validation): void {
  target.rule = validationRule(validation.rule);
  target.prompt = { showPrompt: true, title: validation.prompt.title, message: validation.prompt.text };
  target.errorAlert = { showAlert: true, style: 'Stop', title: validation.error.title, message: validation.error.text };
  target.ignoreBlanks = true;
}

export function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.kind) {
    case 'whole':
    case 'decimal': {
      const criteria: Excel.BasicDataValidation =
        rule.max === undefined ? { formula1: rule.min, operator: 'GreaterThanOrEqualTo' } : { formula1: rule.min, formula2: rule.max, operator: 'Between' };
      return rule.kind === 'whole' ? { wholeNumber: criteria } : { decimal: criteria };
    }
    case 'list':
      // A comma-separated source, as the file edge's inline list (items hold no commas).
      return { list: { inCellDropDown: true, source: rule.items.join(',') } };
    case 'date':
      // ISO 8601 strings are accepted for date criteria.
      return { date: { formula1: rule.from, formula2: rule.to, operator: 'Between' } };
    case 'textLength':
      return { textLength: { formula1: rule.max, operator: 'LessThanOrEqualTo' } };
  }
}

/** Margins in inches, as the file edge sets them; the page layout takes points. */
const points = (inches: number) => Math.round(inches * 72 * 100) / 100;

/** A few hundred bytes a sheet: queued without a payload reservation. */
function writePageLayout(worksheet: OfficeWorksheet, sheet: Sheet): void {
  // ExcelApi 1.9 (Worksheet.pageLayout and everything under it).
  const page = worksheet.pageLayout;
  page.orientation = sheet.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.paperSize = 'A4';
  page.centerHorizontally = sheet.print.marginsMm === undefined;
  const margins = printMargins(sheet.print);
  page.leftMargin = points(margins.left);
  page.rightMargin = points(margins.right);
  page.topMargin = points(margins.top);
  page.bottomMargin = points(margins.bottom);
  page.headerMargin = points(margins.header);
  page.footerMargin = points(margins.footer);
  // One page wide, as many tall as needed (the file edge's fitToWidth 1, fitToHeight 0), or a fixed scale.
  const scale = sheet.print.scale;
  page.zoom = scale === undefined ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale };
  const numbered = sheet.print.pageNumberFromSecondPage;
  if (numbered) {
    // ExcelApi 1.9: a first page of its own, with no header; the page number on the others.
    page.headersFooters.state = 'FirstAndDefault';
    page.headersFooters.firstPage.centerHeader = '';
    page.headersFooters.defaultForAllPages.centerHeader = pageNumberCode(numbered.fontSize);
  }
  const repeat = sheet.print.repeatRows;
  if (repeat) page.setPrintTitleRows(`$${repeat.from}:$${repeat.to}`);
  const repeatCols = sheet.print.repeatCols;
  if (repeatCols) page.setPrintTitleColumns(`$${columnLetter(repeatCols.from)}:$${columnLetter(repeatCols.to)}`);
  if (sheet.print.footer) page.headersFooters.defaultForAllPages.centerFooter = `&"${FONT_NAME},Italic"&9${sheet.print.footer}`;
}

type Formattable = { readonly format: OfficeRangeFormat; readonly dataValidation: OfficeDataValidation };

/**
 * Excel objects covering rectangles of one sheet: one `getRanges` (RangeAreas, ExcelApi 1.9) per
 * group of rectangles. Groups stay small (≤ 100 areas,
 * ≤ 2,000 characters) because long area lists are refused with InvalidArgument at lengths that
 * are not documented (github.com/OfficeDev/office-js/issues/5198).
 */
async function targets(worksheet: OfficeWorksheet, rects: readonly Merge[], batch: Batch, commands: number, payload: unknown = null): Promise<Formattable[]> {
  const out: Formattable[] = [];
  for (const group of groupAddresses(rects.map(rangeAddress))) {
    const list = group.join(', ');
    await batch.reserve([list, payload], commands);
    out.push(worksheet.getRanges(list)); // ExcelApi 1.9
  }
  return out;
}

const MAX_AREAS = 100;
const MAX_ADDRESS_LENGTH = 2000;

function groupAddresses(addresses: readonly string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const address of addresses) {
    if (current.length > 0 && (current.length >= MAX_AREAS || length + address.length + 2 > MAX_ADDRESS_LENGTH)) {
      groups.push(current);
      current = [];
      length = 0;
    }
    current.push(address);
    length += address.length + 2;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Covers a set of cells with few rectangles: runs along each row, then runs with the same columns
 * on consecutive rows are stacked.
 */
export function rectangles(cells: readonly { readonly row: number; readonly col: number }[]): Merge[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    const cols = byRow.get(c.row) ?? [];
    cols.push(c.col);
    byRow.set(c.row, cols);
  }
  const done: Merge[] = [];
  let open = new Map<string, Merge>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const next = new Map<string, Merge>();
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    for (const span of runs(cols.map((col) => ({ at: col, key: 0 })))) {
      const key = `${span.from}:${span.to}`;
      const above = open.get(key);
      if (above && above.bottom === row - 1) {
        next.set(key, { ...above, bottom: row });
        open.delete(key);
      } else next.set(key, { top: row, left: span.from, bottom: row, right: span.to });
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

export function rangeAddress(r: Merge): string {
  const start = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? start : `${start}:${a1(r.bottom, r.right)}`;
}

/** A defined name's formula: `='Báo cáo'!$A$11:$F$40`. */
export function nameReference(name: DefinedName): string {
  const r = name.range;
  const abs = (row: number, col: number) => `$${columnLetter(col)}$${row}`;
  const area = r.top === r.bottom && r.left === r.right ? abs(r.top, r.left) : `${abs(r.top, r.left)}:${abs(r.bottom, r.right)}`;
  return `='${name.sheet.replace(/'/g, "''")}'!${area}`;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export type CreateWorkbookServices = {
  /** The file edge's `renderXlsx`, passed in: this adapter does not import exceljs. */
  readonly toXlsx: (layout: WorkbookLayout) => Promise<Uint8Array>;
  /** Defaults to `Excel.createWorkbook` (ExcelApi 1.8). */
  readonly createWorkbook?: (base64: string) => Promise<void>;
};

/**
 * The other path: render the layout to .xlsx bytes and let Excel open them as a new workbook
 * (`Excel.createWorkbook(base64)`, ExcelApi 1.8). Everything the file edge writes comes along in
 * one call, but it opens a separate workbook (a new window on the desktop, a new tab on the web)
 * that this pane is not attached to; `renderLayout` writes into the workbook at hand.
 */
export async function createWorkbookFromLayout(layout: WorkbookLayout, services: CreateWorkbookServices): Promise<Result<void, OfficeError>> {
  const create = services.createWorkbook ?? realCreateWorkbook();
  if (create === undefined) return fail({ code: 'notInExcel' });
  try {
    await create(toBase64(await services.toXlsx(layout)));
    return ok(undefined);
  } catch (cause) {
    return fail(toOfficeError(cause));
  }
}

function realCreateWorkbook(): ((base64: string) => Promise<void>) | undefined {
  if (typeof Excel === 'undefined' || typeof Excel.createWorkbook !== 'function') return undefined;
  return (base64) => Excel.createWorkbook(base64);
}

