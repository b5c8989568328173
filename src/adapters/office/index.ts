/** The Office.js edge: renders workbook layouts into the open workbook and reads returns back. */
export { runExcel, toOfficeError, describeOfficeError, isCellEditMode } from './excel-run';
export type { ExcelRun, ExcelRunOptions, OfficeError, RunOptions } from './excel-run';
export { renderLayout, createWorkbookFromLayout, columnWidthPoints, cellInput, describeRefusedSettings, toBase64 } from './render-layout';
export { insertSheetsFromFiles } from './insert-sheets';
export type { InsertOptions, SheetFromFile } from './insert-sheets';
export type { CosmeticFeature, CreateWorkbookServices, RefusedSetting, RenderOptions, RenderReport } from './render-layout';
export { readUnitSheets } from './read-sheets';
export type { ReadOptions } from './read-sheets';
export { gridToRawReturn, metadataOf, rawValue, isDateFormat, serialToIsoDate } from './sheet-grid';
export type { ReturnSource, SheetGrid } from './sheet-grid';
export { highlightIssues, clearHighlights, goToCell, HIGHLIGHT_FILL } from './highlight';
export type { Highlight } from './highlight';
export { DEFAULT_PAYLOAD_BUDGET } from './batch';
export type { OfficeContext, OfficeWorksheet } from './excel-model';
export { readEmbeddedCampaign } from './read-campaign';
export { loadInventory, queueInventory } from './inventory';
export type { WorkbookInventory } from './inventory';
