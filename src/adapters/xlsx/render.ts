import ExcelJS from 'exceljs';
import { FONT_NAME, BASE_FONT_SIZE, STYLES, columnLetter, pageNumberCode, printMargins } from '../../workbook';
import type { CellValue, Sheet, Style, StyleName, Validation, WorkbookLayout } from '../../workbook';
import { addCharts } from './chart-part';
import { namePictures } from './picture-names';

/** Renders a layout description to .xlsx bytes with exceljs (runs in Node and in the pane). */
export async function renderXlsx(layout: WorkbookLayout): Promise<Uint8Array> {
  const workbook = toWorkbook(layout);
  for (const sheet of layout.sheets) {
    if (sheet.protect) await protect(workbook.getWorksheet(sheet.name) as ExcelJS.Worksheet);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return addCharts(await namePictures(new Uint8Array(buffer as ArrayBuffer), layout), layout);
}

function toWorkbook(layout: WorkbookLayout): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const p = layout.properties;
  wb.creator = p.creator;
  wb.lastModifiedBy = p.creator;
  wb.title = p.title;
  wb.subject = p.subject;
  wb.keywords = p.keywords;
  wb.description = p.description;
  wb.created = new Date(p.created);
  wb.modified = new Date(p.created);
  // Formulas are written without trusted cached values; ask the spreadsheet to compute them on open.
  wb.calcProperties.fullCalcOnLoad = true;

  const styles = new Map<StyleName, Partial<ExcelJS.Style>>();
  const styleOf = (name: StyleName) => {
    let s = styles.get(name);
    if (!s) {
      s = toExcelStyle(STYLES[name]);
      styles.set(name, s);
    }
    return s;
  };
  for (const sheet of layout.sheets) addSheet(wb, sheet, styleOf);
  for (const n of layout.names) {
    const r = n.range;
    const ref = `'${n.sheet.replace(/'/g, "''")}'!$${columnLetter(r.left)}$${r.top}:$${columnLetter(r.right)}$${r.bottom}`;
    wb.definedNames.add(ref, n.name);
  }
  const firstVisible = layout.sheets.findIndex((s) => s.state === 'visible');
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, firstVisible), visibility: 'visible' }];
  return wb;
}


function headerFooter(sheet: Sheet): Partial<ExcelJS.HeaderFooter> {
  const { footer, pageNumberFromSecondPage: numbered } = sheet.print;
  return {
    ...(footer ? { oddFooter: `&C&"${FONT_NAME},Italic"&9${footer}` } : {}),
    // ND30: the page number top centre from page 2; the first page has a header of its own, empty.
    ...(numbered ? { differentFirst: true, firstHeader: '', oddHeader: `&C${pageNumberCode(numbered.fontSize)}`, ...(footer ? { firstFooter: `&C&"${FONT_NAME},Italic"&9${footer}` } : {}) } : {}),
  };
}

function addSheet(wb: ExcelJS.Workbook, sheet: Sheet, styleOf: (name: StyleName) => Partial<ExcelJS.Style>): void {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.state,
    properties: { defaultRowHeight: 18, ...(sheet.tabColor ? { tabColor: { argb: `FF${sheet.tabColor}` } } : {}) },
    views: [sheet.freeze ? { state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows, showGridLines: false } : { showGridLines: false }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: sheet.print.orientation,
      ...(sheet.print.scale === undefined ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: sheet.print.scale }),
      // A sheet with margins of its own (the written report) starts at its left margin, as ND30 measures it.
      horizontalCentered: sheet.print.marginsMm === undefined,
      margins: printMargins(sheet.print),
      ...(sheet.print.repeatRows ? { printTitlesRow: `${sheet.print.repeatRows.from}:${sheet.print.repeatRows.to}` } : {}),
      ...(sheet.print.repeatCols ? { printTitlesColumn: `${columnLetter(sheet.print.repeatCols.from)}:${columnLetter(sheet.print.repeatCols.to)}` } : {}),
    },
    headerFooter: headerFooter(sheet),
  });
  sheet.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
  });
  for (const [row, height] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row)).height = height;
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.row, c.col);
    if (c.value !== null) cell.value = c.link !== undefined && typeof c.value === 'string' ? { text: c.value, hyperlink: c.link } : toExcelValue(c.value);
    // A style object is shared by every cell of that style: a cell's own format goes on a copy.
    if (c.style) cell.style = c.numFmt ? { ...styleOf(c.style), numFmt: c.numFmt } : styleOf(c.style);
    else if (c.numFmt) cell.numFmt = c.numFmt;
    if (c.unlocked) cell.protection = { locked: false };
    if (c.validation) cell.dataValidation = toExcelValidation(c.validation);
  }
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  if ((sheet.images ?? []).length > 0 && (sheet.charts ?? []).length > 0) throw new Error(`sheet "${sheet.name}" has pictures and charts: the file edge writes one drawing a sheet`);
  for (const image of sheet.images ?? []) {
    const id = wb.addImage({ base64: `data:image/png;base64,${image.pngBase64}`, extension: 'png' });
    // exceljs anchors count from 0; `ext` is the picture's size in pixels, which it turns into EMUs.
    ws.addImage(id, { tl: { col: image.anchor.col - 1, row: image.anchor.row - 1 }, ext: { width: image.widthPx, height: image.heightPx }, editAs: 'oneCell' });
  }
  if (sheet.autoFilter) ws.autoFilter = { from: { row: sheet.autoFilter.top, column: sheet.autoFilter.left }, to: { row: sheet.autoFilter.bottom, column: sheet.autoFilter.right } };
  for (const bar of sheet.dataBars ?? []) {
    const ref = `${columnLetter(bar.range.left)}${bar.range.top}:${columnLetter(bar.range.right)}${bar.range.bottom}`;
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: 'dataBar',
          priority: 1,
          minLength: 0,
          maxLength: 100,
          cfvo: [
            { type: 'num', value: bar.min },
            { type: 'num', value: bar.max },
          ],
          color: { argb: `FF${bar.color}` },
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
}

/** No password: the clerk's program may be LibreOffice or WPS; the fingerprint detects edits. */
async function protect(ws: ExcelJS.Worksheet): Promise<void> {
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    formatCells: false,
    insertRows: false,
    deleteRows: false,
    sort: false,
    autoFilter: false,
  });
}

function toExcelValue(value: Exclude<CellValue, null>): ExcelJS.CellValue {
  if (typeof value !== 'object') return value;
  if ('date' in value) return new Date(`${value.date}T00:00:00Z`);
  return value.result === undefined ? { formula: value.formula } : { formula: value.formula, result: value.result };
}

function toExcelValidation(v: Validation): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.text,
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: v.error.title,
    error: v.error.text,
  };
  const rule = v.rule;
  switch (rule.kind) {
    case 'whole':
    case 'decimal':
      return rule.max === undefined
        ? { ...common, type: rule.kind, operator: 'greaterThanOrEqual', formulae: [rule.min] }
        : { ...common, type: rule.kind, operator: 'between', formulae: [rule.min, rule.max] };
    case 'list':
      return { ...common, type: 'list', formulae: [listFormula(rule.items)] };
    case 'date':
      return { ...common, type: 'date', operator: 'between', formulae: [new Date(`${rule.from}T00:00:00Z`), new Date(`${rule.to}T00:00:00Z`)] };
    case 'textLength':
      return { ...common, type: 'textLength', operator: 'lessThanOrEqual', formulae: [rule.max] };
  }
}

/** An inline list is limited to 255 characters and cannot hold commas or quotes. */
export function listFormula(items: readonly string[]): string {
  const bad = items.find((i) => /[,"]/.test(i));
  if (bad !== undefined) throw new Error(`list item "${bad}" contains a comma or quote`);
  const formula = `"${items.join(',')}"`;
  if (formula.length > 257) throw new Error(`list of ${items.length} items is longer than Excel allows`);
  return formula;
}

function toExcelStyle(s: Style): Partial<ExcelJS.Style> {
  const thin = { style: 'thin' as const, color: { argb: 'FF8C8C8C' } };
  return {
    font: {
      name: FONT_NAME,
      size: s.font?.size ?? BASE_FONT_SIZE,
      ...(s.font?.bold ? { bold: true } : {}),
      ...(s.font?.italic ? { italic: true } : {}),
      ...(s.font?.color ? { color: { argb: `FF${s.font.color}` } } : {}),
    },
    ...(s.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } } } : {}),
    ...(s.align
      ? {
          alignment: {
            ...(s.align.horizontal ? { horizontal: s.align.horizontal } : {}),
            ...(s.align.vertical ? { vertical: s.align.vertical } : {}),
            ...(s.align.wrap ? { wrapText: true } : {}),
            ...(s.align.indent ? { indent: s.align.indent } : {}),
          },
        }
      : {}),
    ...(s.border ? { border: { top: thin, left: thin, bottom: thin, right: thin } } : {}),
    ...(s.rule ? { border: { [s.rule]: { style: 'thin' as const, color: { argb: 'FF000000' } } } } : {}),
    ...(s.numFmt ? { numFmt: s.numFmt } : {}),
  };
}

