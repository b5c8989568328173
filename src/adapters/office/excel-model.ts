/**
 * The part of the Excel JavaScript API this adapter uses, as plain types: the contract between
 * the adapter and Excel. The real `Excel.RequestContext` (from @types/office-js) is checked
 * against it by the compiler in `asOfficeContext` below, and the in-memory fake used by the tests
 * implements it, so both stay honest about exactly the same subset.
 *
 * Requirement sets are noted per member as the reference (learn.microsoft.com/javascript/api/excel,
 * mirrored in @types/office-js) gives them. Enum-valued properties are typed `string` here so the
 * real, wider unions stay assignable; the values written are the documented literals.
 */

export type OfficeContext = {
  readonly workbook: OfficeWorkbook;
  /** Sends the queued commands to Excel and fills in what was loaded. */
  sync(): Promise<unknown>;
};

export type OfficeWorkbook = {
  /** ExcelApi 1.1 */
  readonly worksheets: OfficeWorksheetCollection;
  /** ExcelApi 1.1 (the collection); `add` and `getItemOrNullObject` need ExcelApi 1.4. */
  readonly names: OfficeNamedItemCollection;
  /** ExcelApi 1.7 */
  readonly properties: OfficeDocumentProperties;
  /**
   * ExcelApi 1.13: copies sheets of an .xlsx (base64) into this workbook; after the sync, the IDs
   * of the new sheets (`WorksheetCollection.getItem` takes an ID as well as a name).
   */
  insertWorksheetsFromBase64(base64File: string, options?: Excel.InsertWorksheetOptions): { readonly value: string[] };
};

export type OfficeDocumentProperties = {
  title: string;
  subject: string;
  keywords: string;
  author: string;
  comments: string;
};

export type OfficeWorksheetCollection = {
  /** ExcelApi 1.1 */
  add(name: string): OfficeWorksheet;
  /** ExcelApi 1.1: fails the batch with ItemNotFound when missing. */
  getItem(name: string): OfficeWorksheet;
  /** ExcelApi 1.4: `isNullObject` after a sync instead of an error. */
  getItemOrNullObject(name: string): OfficeWorksheet;
  load(propertyNames: string | string[]): unknown;
  readonly items: OfficeWorksheet[];
};

export type OfficeWorksheet = {
  readonly isNullObject: boolean;
  /** ExcelApi 1.1 (read and rename). */
  name: string;
  /** ExcelApi 1.1 to read, 1.2 to set: "Visible" | "Hidden" | "VeryHidden". */
  visibility: string;
  /** ExcelApi 1.7, "#RRGGBB". */
  tabColor: string;
  /** ExcelApi 1.8 */
  showGridlines: boolean;
  /** ExcelApi 1.7 */
  readonly freezePanes: OfficeFreezePanes;
  /** ExcelApi 1.2 */
  readonly protection: OfficeWorksheetProtection;
  /** ExcelApi 1.9 */
  readonly pageLayout: OfficePageLayout;
  /** ExcelApi 1.9 */
  readonly autoFilter: OfficeAutoFilter;
  /** ExcelApi 1.12: key/value pairs stored with the sheet, not in its cells. */
  readonly customProperties: OfficeCustomProperties;
  /** ExcelApi 1.1 */
  readonly charts: OfficeChartCollection;
  /** ExcelApi 1.9: pictures and other drawing objects. */
  readonly shapes: OfficeShapeCollection;
  /** ExcelApi 1.1; without an address, the whole sheet. */
  getRange(address?: string): OfficeRange;
  /** ExcelApi 1.9: several rectangles at once ("A1:B2, D4"). */
  getRanges(address: string): OfficeRangeAreas;
  /** ExcelApi 1.1 (`valuesOnly` from 1.2); A1 on an empty sheet. */
  getUsedRange(valuesOnly: boolean): OfficeRange;
  /** ExcelApi 1.1 */
  delete(): void;
  /** ExcelApi 1.1 */
  activate(): void;
  load(propertyNames: string | string[]): unknown;
};

export type OfficeChartCollection = {
  /** ExcelApi 1.1: a chart of `type` ("BarClustered") over `sourceData`; with "Columns", a series per column. */
  add(type: string, sourceData: OfficeRange, seriesBy?: string): OfficeChart;
  /** ExcelApi 1.1: `load('items/name')`, then `items` after a sync. */
  load(propertyNames: string): unknown;
  readonly items: readonly OfficeChart[];
};

export type OfficeShapeCollection = {
  /** ExcelApi 1.9: a JPEG or PNG, base64 without a `data:` prefix, at the sheet's top-left and its own size. */
  addImage(base64ImageString: string): OfficeShape;
};

/** ExcelApi 1.9, every member: positions and sizes in points from the sheet's top-left. */
export type OfficeShape = {
  name: string;
  altTextDescription: string;
  left: number;
  top: number;
  width: number;
  height: number;
};

export type OfficeChart = {
  /** ExcelApi 1.1 */
  name: string;
  /** ExcelApi 1.1 */
  readonly title: { text: string };
  /** ExcelApi 1.1: "Bottom", "Right" … */
  readonly legend: { visible: boolean; position: string };
  /** ExcelApi 1.1 (`numberFormat` 1.8): the labels of every series. */
  readonly dataLabels: { showValue: boolean; numberFormat: string };
  /** ExcelApi 1.1 */
  readonly axes: { readonly categoryAxis: OfficeChartAxis; readonly valueAxis: OfficeChartAxis };
  /** ExcelApi 1.1: the chart area's font, which every text of the chart takes. */
  readonly format: { readonly font: { name: string } };
  /** ExcelApi 1.1 */
  readonly series: { getItemAt(index: number): OfficeChartSeries };
  /** ExcelApi 1.1: from the top-left of `startCell` to the bottom-right of `endCell`. */
  setPosition(startCell: string, endCell?: string): void;
  /** ExcelApi 1.1 */
  delete(): void;
};

export type OfficeChartAxis = {
  /** ExcelApi 1.1 */
  readonly title: { text: string };
  /** ExcelApi 1.8 */
  numberFormat: string;
  /** ExcelApi 1.1 */
  minimum: number;
  /** ExcelApi 1.7: the first category at the top of a bar chart. */
  reversePlotOrder: boolean;
  /** ExcelApi 1.8: where the other axis crosses this one ("Maximum": after the last category). */
  position: string;
};

export type OfficeChartSeries = {
  /** ExcelApi 1.8 */
  name: string;
  /** ExcelApi 1.7: the category labels. */
  setXAxisValues(sourceData: OfficeRange): void;
  /** ExcelApi 1.1 */
  readonly format: { readonly fill: { setSolidColor(color: string): void } };
};

export type OfficeCustomProperties = {
  /** Keys are case-insensitive, at most 255 characters; adding a key again overwrites it. */
  add(key: string, value: string): unknown;
  load(propertyNames: string | string[]): unknown;
  /** After `load('items/key,items/value')`. */
  readonly items: { readonly key: string; readonly value: string }[];
};

export type OfficeFreezePanes = {
  freezeRows(count: number): void;
  freezeColumns(count: number): void;
  /** The range names the cells kept in view: top-left pane. */
  freezeAt(frozenRange: string): void;
  unfreeze(): void;
};

export type OfficeWorksheetProtection = {
  /** ExcelApi 1.2 */
  protect(options: Excel.WorksheetProtectionOptions): void;
  /** ExcelApi 1.2 (the password argument from 1.7); a sheet protected without a password opens. */
  unprotect(): void;
  /** ExcelApi 1.2, after `load('protected,options')`. */
  readonly protected: boolean;
  readonly options: Excel.WorksheetProtectionOptions;
  load(propertyNames: string | string[]): unknown;
};

export type OfficePageLayout = {
  /** "Portrait" | "Landscape" */
  orientation: string;
  /** e.g. "A4" */
  paperSize: string;
  centerHorizontally: boolean;
  /** Margins are in points. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  zoom: Excel.PageLayoutZoomOptions;
  /** The rows must be whole rows, e.g. "$11:$11". */
  setPrintTitleRows(rows: string): void;
  /** The columns must be whole columns, e.g. "$A:$B". */
  setPrintTitleColumns(printTitleColumns: string): void;
  readonly headersFooters: OfficeHeadersFooters;
};

/** ExcelApi 1.9. */
export type OfficeHeadersFooters = {
  /** "Default" | "FirstAndDefault" | …: FirstAndDefault gives the first page a header and footer of its own. */
  state: Excel.HeaderFooterState | 'Default' | 'FirstAndDefault' | 'OddAndEven' | 'FirstOddAndEven';
  readonly defaultForAllPages: { centerFooter: string; centerHeader: string };
  readonly firstPage: { centerHeader: string };
};

export type OfficeAutoFilter = {
  /** Filter buttons on the range's first row, over the rows below it. */
  apply(range: string): void;
};

export type OfficeRange = {
  /** ExcelApi 1.1, with the sheet name: "'Báo cáo'!A1:F40". */
  readonly address: string;
  /** ExcelApi 1.1; `null` entries in a written 2-D array leave those cells unchanged. */
  values: unknown[][];
  /** ExcelApi 1.1 */
  formulas: unknown[][];
  /** ExcelApi 1.1 */
  numberFormat: unknown[][];
  /** ExcelApi 1.2 */
  columnHidden: boolean;
  /** ExcelApi 1.7: what clicking the cell opens; `textToDisplay` becomes the cell's value. */
  hyperlink: Excel.RangeHyperlink;
  /** ExcelApi 1.1 */
  readonly format: OfficeRangeFormat;
  /** ExcelApi 1.8 */
  readonly dataValidation: OfficeDataValidation;
  /** ExcelApi 1.2 */
  merge(across: boolean): void;
  /** ExcelApi 1.2 */
  unmerge(): void;
  /** ExcelApi 1.1: 'All' takes values and formats off the cells. */
  clear(applyTo?: 'All'): void;
  /** ExcelApi 1.1 */
  select(): void;
  /** ExcelApi 1.9: the cells holding formulas, or a null object when there are none. */
  getSpecialCellsOrNullObject(cellType: 'Formulas'): OfficeRangeAreas;
  load(propertyNames: string | string[]): unknown;
};

/** ExcelApi 1.9: rectangles of one sheet formatted and validated as one. */
export type OfficeRangeAreas = {
  readonly isNullObject: boolean;
  /** "Sheet1!A1:B4, Sheet1!D1:D4" */
  readonly address: string;
  readonly format: OfficeRangeFormat;
  readonly dataValidation: OfficeDataValidation;
  load(propertyNames: string | string[]): unknown;
};

export type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export type OfficeRangeFormat = {
  readonly font: OfficeRangeFont;
  readonly fill: OfficeRangeFill;
  readonly borders: { getItem(index: BorderEdge): OfficeRangeBorder };
  /** ExcelApi 1.2 */
  readonly protection: { locked: boolean };
  /** "Left" | "Center" | "Right" … */
  horizontalAlignment: string;
  /** "Top" | "Center" | "Bottom" … */
  verticalAlignment: string;
  wrapText: boolean;
  /** ExcelApi 1.9 */
  indentLevel: number;
  /** ExcelApi 1.2, points. */
  columnWidth: number;
  /** ExcelApi 1.2, points. */
  rowHeight: number;
};

export type OfficeRangeFont = { name: string; size: number; bold: boolean; italic: boolean; color: string };

export type OfficeRangeFill = {
  color: string;
  clear(): void;
  load(propertyNames: string | string[]): unknown;
};

export type OfficeRangeBorder = { style: string; color: string };

/** ExcelApi 1.8 */
export type OfficeDataValidation = {
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
  ignoreBlanks: boolean;
  /** ExcelApi 1.8 */
  clear(): void;
};

export type OfficeNamedItemCollection = {
  /** ExcelApi 1.4 */
  add(name: string, reference: OfficeRange | string): unknown;
  /** ExcelApi 1.4 */
  getItemOrNullObject(name: string): OfficeNamedItem;
  /** ExcelApi 1.1 */
  load(propertyNames: string | string[]): unknown;
  /** ExcelApi 1.1, after `load('items/name')`. */
  readonly items: OfficeNamedItem[];
};

export type OfficeNamedItem = {
  readonly isNullObject: boolean;
  /** ExcelApi 1.1 */
  readonly name: string;
  /** ExcelApi 1.4 */
  delete(): void;
};

/** The compiler checks here that the real Excel context satisfies the contract. */
export function asOfficeContext(context: Excel.RequestContext): OfficeContext {
  return context;
}
