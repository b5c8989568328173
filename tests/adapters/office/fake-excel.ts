/**
 * An in-memory stand-in for the part of the Excel object model the Office.js edge uses (the
 * `OfficeContext` contract in src/adapters/office/excel-model.ts, which the compiler also checks
 * against @types/office-js). It behaves as Excel does where it matters for batching:
 *
 * - every call only queues a command; commands run in order at `context.sync()`, which is counted;
 * - a property can be read only after `load()` and a sync (else PropertyNotLoaded, as Office.js);
 *   `isNullObject` only after a sync;
 * - a command on a missing sheet fails the sync (ItemNotFound), a duplicate name ItemAlreadyExists,
 *   a write to a protected sheet AccessDenied, an API newer than the simulated ExcelApi version
 *   ApiNotFound; a failed sync stops at the failing command;
 * - a workbook keeps at least one visible sheet, and a very hidden sheet cannot be deleted;
 * - renaming a sheet carries the formulas that refer to it along, deleting it turns them into #REF!;
 * - a sync whose request or response passes 5 MB fails, as Excel on the web does;
 * - `shapes.addImage` takes base64 of a PNG or JPEG only (no `data:` prefix), as the reference
 *   says (learn.microsoft.com/javascript/api/excel/excel.shapecollection#excel-excel-shapecollection-addimage-member(1)),
 *   and a shape's width and height must be above zero, its left and top not negative;
 * - `Range.hyperlink` shows `textToDisplay` as the cell's value.
 *
 * `insertWorksheetsFromBase64` reads the file with exceljs and copies values, formulas, number
 * formats, locks, merges and protection.
 *
 * Text written through `values` is parsed as Excel parses typing (numbers, dates, times, TRUE,
 * formulas; a leading apostrophe keeps text), see `parseTyped`. It does not calculate formulas (a
 * formula cell's value is '' unless a test sets one, '#REF!' once its sheet is deleted), and keeps
 * formats per cell rather than as Excel's styles.
 */
import ExcelJS from 'exceljs';
import type {
  BorderEdge,
  OfficeChart,
  OfficeChartAxis,
  OfficeChartCollection,
  OfficeChartSeries,
  OfficeShape,
  OfficeShapeCollection,
  OfficeContext,
  OfficeCustomProperties,
  OfficeDataValidation,
  OfficeDocumentProperties,
  OfficeFreezePanes,
  OfficeNamedItem,
  OfficeNamedItemCollection,
  OfficeHeadersFooters,
  OfficePageLayout,
  OfficeRange,
  OfficeRangeAreas,
  OfficeRangeBorder,
  OfficeRangeFill,
  OfficeRangeFont,
  OfficeRangeFormat,
  OfficeWorkbook,
  OfficeWorksheet,
  OfficeWorksheetCollection,
  OfficeWorksheetProtection,
} from '../../../src/adapters/office/excel-model';
import type { ExcelRun } from '../../../src/adapters/office/excel-run';

/** `Office.context.requirements`' one method. */
type RequirementChecker = { isSetSupported(name: string, minVersion?: string): boolean };

export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation: string };

  constructor(
    readonly code: string,
    message: string,
    location = '',
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export type Rect = { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
type Area = Rect & { readonly wholeColumns?: boolean; readonly wholeRows?: boolean };

export type Border = { style: string; color: string };
export type CellValidation = { rule?: Excel.DataValidationRule; prompt?: Excel.DataValidationPrompt; errorAlert?: Excel.DataValidationErrorAlert; ignoreBlanks?: boolean };

export type CellModel = {
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string };
  fill: string | null;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  borders: { top?: Border; bottom?: Border; left?: Border; right?: Border };
  locked: boolean;
  validation?: CellValidation;
  hyperlink?: Excel.RangeHyperlink;
};

/** A picture added with `shapes.addImage`: its bytes, and where it stands in points. */
export type ShapeModel = { readonly base64: string; name: string; altTextDescription: string; left: number; top: number; width: number; height: number };

export type PageModel = {
  orientation?: string;
  paperSize?: string;
  centerHorizontally?: boolean;
  margins: Record<string, number>;
  zoom?: Excel.PageLayoutZoomOptions;
  printTitleRows?: string;
  printTitleColumns?: string;
} & HeaderFooterModel;

/** What the sheet's headers and footers were set to (ExcelApi 1.9 HeaderFooterGroup). */
type HeaderFooterModel = {
  centerFooter?: string;
  centerHeader?: string;
  firstPageCenterHeader?: string;
  headerFooterState?: string;
};

export type ChartAxisModel = { title?: string; numberFormat?: string; minimum?: number; reversePlotOrder?: boolean; position?: string };
export type ChartSeriesModel = { name: string; values: Rect; categories?: Rect; color?: string };
export type ChartModel = {
  readonly type: string;
  readonly source: Rect;
  name: string;
  title?: string;
  legend: { visible?: boolean; position?: string };
  dataLabels: { showValue?: boolean; numberFormat?: string };
  readonly valueAxis: ChartAxisModel;
  readonly categoryAxis: ChartAxisModel;
  readonly series: ChartSeriesModel[];
  /** The chart area's font name (ChartAreaFormat.font). */
  font?: string;
  position?: { start: string; end: string };
};

let nextSheetId = 1;

export class SheetModel {
  /** Excel's sheet IDs are GUIDs; any unique text will do here. */
  readonly id = `{FAKE-${String(nextSheetId++).padStart(4, '0')}}`;
  readonly customProperties = new Map<string, { key: string; value: string }>();
  visibility = 'Visible';
  tabColor = '';
  showGridlines = true;
  readonly cells = new Map<string, CellModel>();
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  readonly merges: Rect[] = [];
  frozen: { rows: number; cols: number } | null = null;
  protection: Excel.WorksheetProtectionOptions | null = null;
  readonly page: PageModel = { margins: {} };
  readonly charts: ChartModel[] = [];
  readonly shapes: ShapeModel[] = [];
  /** The range under the sheet's filter buttons (one AutoFilter a sheet: applying again moves it). */
  autoFilter: string | null = null;

  constructor(public name: string) {}

  cell(address: string): CellModel | undefined {
    const { top, left } = parseArea(address);
    return this.cells.get(key(top, left));
  }

  /** What Excel's `values` would give for one cell: text, number, boolean, or ''. */
  valueAt(address: string): string | number | boolean {
    return this.cell(address)?.value ?? '';
  }

  ensure(row: number, col: number): CellModel {
    let cell = this.cells.get(key(row, col));
    if (!cell) {
      cell = { value: '', formula: null, numberFormat: 'General', font: {}, fill: null, borders: {}, locked: true };
      this.cells.set(key(row, col), cell);
    }
    return cell;
  }

  /** Addresses of cells whose lock was taken off. */
  unlockedCells(): string[] {
    return [...this.cells].filter(([, c]) => !c.locked).map(([k]) => keyAddress(k));
  }

  /** The choices a cell's drop-down offers: Excel splits an inline list source on commas. */
  listItems(address: string): string[] | undefined {
    const source = this.cell(address)?.validation?.rule?.list?.source;
    if (typeof source !== 'string' || source.startsWith('=')) return undefined;
    return source.split(',').map((item) => item.trim());
  }

  isMerged(address: string): boolean {
    const { top, left, bottom, right } = parseArea(address);
    return this.merges.some((m) => m.top === top && m.left === left && m.bottom === bottom && m.right === right);
  }
}

export type WriteRecord = { readonly sheet: string; readonly address: string; readonly property: string; readonly value: unknown };

export type FakeOptions = {
  /** The highest ExcelApi requirement set the fake supports, e.g. '1.7'. Default '1.16'. */
  readonly apiVersion?: string;
  /** Sheets the workbook starts with. Default ['Sheet1']. */
  readonly sheets?: readonly string[];
};

export class FakeExcel {
  readonly sheets: SheetModel[];
  readonly names = new Map<string, string>();
  readonly properties: Record<string, string> = {};
  readonly log: WriteRecord[] = [];
  readonly createdWorkbooks: string[] = [];
  active: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  syncs = 0;
  /** The next n syncs fail as when the user is typing in a cell. */
  cellEditFailures = 0;
  /** Sync numbers (counted by `syncs`) at which the user is typing in a cell, so that sync fails. */
  readonly cellEditAtSyncs = new Set<number>();
  /**
   * The code Excel gives a batch refused in cell-edit mode: "InvalidOperationInCellEditMode"
   * (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling) or
   * "InvalidOperation", as the page "Delay execution while cell is being edited" says.
   */
  cellEditCode = 'InvalidOperationInCellEditMode';
  /** Syncs held until the user left the cell, in runs started with `delayForCellEdit`. */
  delayedForCellEdit = 0;
  /**
   * Sheet settings this Excel refuses with GeneralException, by the property a command sets
   * ('freezeRows', 'freezeAt', 'showGridlines', 'pageLayout.zoom' …), as some builds refuse
   * `freezePanes.freezeRows` (github.com/OfficeDev/office-js/issues/2196).
   */
  readonly refusedSettings = new Set<string>();
  /** How many `insertWorksheetsFromBase64` calls succeed before Excel refuses one (a file-type policy). */
  insertsBeforeRefusal = Number.POSITIVE_INFINITY;
  /**
   * Excel on the web refuses a request or a response over 5 MB ("Resource limits and performance
   * optimization for Office Add-ins", Excel add-ins section): the largest request (queued commands
   * and their values) a sync may send, and the largest response (loaded data) it may return, in
   * UTF-8 bytes of JSON.
   */
  requestLimit = 5_000_000;
  responseLimit = 5_000_000;
  /**
   * Older Excel on the web answers an oversize payload with GeneralException ("An internal error
   * has occurred", github.com/OfficeDev/office-js/issues/1314 and office-js-docs-reference#354)
   * instead of Request/ResponsePayloadSizeLimitExceeded.
   */
  oversizeAsGeneralException = false;
  /** The size of each sync's request, in the same measure. */
  readonly requests: number[] = [];
  /** The size of each sync's response, in the same measure. */
  readonly responses: number[] = [];
  private readonly minor: number;

  constructor(options: FakeOptions = {}) {
    this.minor = minorOf(options.apiVersion ?? '1.16');
    this.sheets = (options.sheets ?? ['Sheet1']).map((name) => new SheetModel(name));
    this.active = this.sheets[0]?.name ?? null;
  }

  readonly requirements: RequirementChecker = {
    isSetSupported: (name, minVersion) => name === 'ExcelApi' && minorOf(minVersion ?? '1.1') <= this.minor,
  };

  /**
   * The `Excel.run` stand-in: a fresh context per run. Stricter than Excel: a batch that ends with
   * commands it never synced fails, so a forgotten `context.sync()` shows up in tests.
   */
  readonly run: ExcelRun = async (batch, options) => {
    const context = new FakeContext(this, options?.delayForCellEdit === true);
    const result = await batch(context);
    if (context.pending > 0) throw new Error(`fake Excel: the batch ended with ${context.pending} commands never synced`);
    return result;
  };

  /** The `Excel.createWorkbook` stand-in (ExcelApi 1.8). */
  readonly createWorkbook = async (base64: string): Promise<void> => {
    this.gate('1.8', 'Excel.createWorkbook');
    this.createdWorkbooks.push(base64);
  };

  context(): FakeContext {
    return new FakeContext(this);
  }

  sheet(name: string): SheetModel {
    const found = this.find(name);
    if (!found) throw new Error(`fake Excel: no sheet "${name}" in ${this.sheets.map((s) => s.name).join(', ')}`);
    return found;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  find(name: string): SheetModel | undefined {
    const lower = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === lower);
  }

  /** `WorksheetCollection.getItem` takes a name or an ID. */
  findByKey(key: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.find(key);
  }

  gate(version: string, api: string): void {
    if (minorOf(version) > this.minor) throw new FakeOfficeError('ApiNotFound', `The API you are trying to use could not be found (${api}, ExcelApi ${version}).`, api);
  }

  record(sheet: string, address: string, property: string, value: unknown): void {
    this.log.push({ sheet, address, property, value });
  }
}

type Op = () => number | void | Promise<number | void>;

/** What a queued command weighs in the request besides its value: object path, method, property. */
const COMMAND_BYTES = 100;

export class FakeContext implements OfficeContext {
  private queue: Op[] = [];
  private requestBytes = 0;
  private staged: (() => void)[] = [];
  readonly workbook: FakeWorkbook;

  constructor(
    readonly excel: FakeExcel,
    private readonly delayForCellEdit = false,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Queues a command; `value` is what it carries to Excel, counted in the request's size. */
  enqueue(op: Op, value: unknown = null): void {
    this.queue.push(op);
    this.requestBytes += COMMAND_BYTES + (value === null ? 0 : Buffer.byteLength(JSON.stringify(value) ?? ''));
  }

  private oversize(code: string, message: string): FakeOfficeError {
    return this.excel.oversizeAsGeneralException ? new FakeOfficeError('GeneralException', 'An internal error has occurred.') : new FakeOfficeError(code, message);
  }

  /** A loaded value becomes readable only when its sync succeeds. */
  stage(publish: () => void): void {
    this.staged.push(publish);
  }

  async sync(): Promise<void> {
    this.excel.syncs += 1;
    const ops = this.queue;
    const request = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    this.staged = [];
    await Promise.resolve();
    const atThisSync = this.excel.cellEditAtSyncs.delete(this.excel.syncs);
    if (atThisSync || this.excel.cellEditFailures > 0) {
      if (!atThisSync) this.excel.cellEditFailures -= 1;
      // delayForCellEdit: Excel holds the batch until the user leaves the cell, then runs it.
      if (this.delayForCellEdit) this.excel.delayedForCellEdit += 1;
      else throw new FakeOfficeError(this.excel.cellEditCode, 'The operation isn’t available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.');
    }
    this.excel.requests.push(request);
    if (request > this.excel.requestLimit) throw this.oversize('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    let response = 0;
    for (const op of ops) response += (await op()) ?? 0;
    this.excel.responses.push(response);
    if (response > this.excel.responseLimit) {
      this.staged = [];
      throw this.oversize('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    for (const publish of this.staged) publish();
    this.staged = [];
  }
}

/** Loaded values, readable after a successful sync. */
class Loadable {
  protected readonly loaded = new Map<string, unknown>();

  constructor(protected readonly ctx: FakeContext) {}

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        property,
      );
    }
    return this.loaded.get(property) as T;
  }

  protected publish(property: string, value: unknown): void {
    this.ctx.stage(() => this.loaded.set(property, value));
  }
}

class FakeWorkbook implements OfficeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNames;
  readonly properties: OfficeDocumentProperties;

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNames(ctx);
    this.properties = documentProperties(ctx);
  }

  /**
   * Reads the file with exceljs and copies the sheets' values, formulas, number formats, locks,
   * merges and protection (not styles or validation). A name already in the workbook gets " (2)",
   * " (3)" … as Excel's move-or-copy does; where Excel's API does exactly that is not documented,
   * so callers rename by the IDs returned and never by the name.
   */
  insertWorksheetsFromBase64(base64File: string, options: Excel.InsertWorksheetOptions = {}): { readonly value: string[] } {
    const result = new FakeClientResult<string[]>();
    this.ctx.enqueue(async () => {
      this.ctx.excel.gate('1.13', 'Workbook.insertWorksheetsFromBase64');
      if (this.ctx.excel.insertsBeforeRefusal <= 0) throw new FakeOfficeError('InvalidOperation', 'This operation is not allowed due to the extension hardening policy.', 'Workbook.insertWorksheetsFromBase64');
      this.ctx.excel.insertsBeforeRefusal -= 1;
      if ((options.positionType ?? 'End') !== 'End' || options.relativeTo !== undefined) throw new Error('fake Excel: only positionType End is simulated');
      const models = await sheetsOfXlsx(base64File, options.sheetNamesToInsert ?? []);
      for (const model of models) {
        model.name = freeSheetName(this.ctx.excel, model.name);
        this.ctx.excel.sheets.push(model);
        this.ctx.excel.record(model.name, '', 'insertWorksheetsFromBase64', model.id);
      }
      const ids = models.map((m) => m.id);
      this.ctx.stage(() => result.set(ids));
      return JSON.stringify(ids).length;
    }, base64File);
    return result;
  }
}

/** `OfficeExtension.ClientResult`: its value is there after the sync. */
class FakeClientResult<T> {
  private state: { readonly value: T } | null = null;

  set(value: T): void {
    this.state = { value };
  }

  get value(): T {
    if (this.state === null) unloaded('ClientResult.value');
    return this.state.value;
  }
}

async function sheetsOfXlsx(base64: string, wanted: readonly string[]): Promise<SheetModel[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  } catch {
    throw new FakeOfficeError('InvalidArgument', 'The base64 text is not a workbook this Excel can open.', 'Workbook.insertWorksheetsFromBase64');
  }
  const chosen = wanted.length === 0 ? workbook.worksheets : wanted.map((name) => workbook.getWorksheet(name));
  return chosen.map((worksheet, i) => {
    if (worksheet === undefined) throw new FakeOfficeError('ItemNotFound', `No sheet "${wanted[i] ?? ''}" in the file.`, 'Workbook.insertWorksheetsFromBase64');
    const model = new SheetModel(worksheet.name);
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        if (cell.isMerged && cell.master !== cell) return;
        const target = model.ensure(rowNumber, colNumber);
        Object.assign(target, cellOfExcelJs(cell.value));
        target.numberFormat = cell.numFmt || 'General';
        target.locked = cell.protection?.locked !== false;
      });
    });
    for (const range of (worksheet.model as { merges?: string[] }).merges ?? []) model.merges.push(parseArea(range));
    if ((worksheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet) model.protection = { allowFormatCells: false };
    model.visibility = worksheet.state === 'visible' ? 'Visible' : worksheet.state === 'hidden' ? 'Hidden' : 'VeryHidden';
    return model;
  });
}

/** An exceljs cell value as Excel's `values` and `formulas` give it: dates as serials, formulas with their cached result. */
function cellOfExcelJs(value: ExcelJS.CellValue): Pick<CellModel, 'value' | 'formula'> {
  const plain = (v: unknown): string | number | boolean => {
    if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    if (v !== null && typeof v === 'object' && 'error' in v) return String((v as { error: unknown }).error);
    return '';
  };
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value || 'sharedFormula' in value) {
      const formula = 'formula' in value ? value.formula : (value as { sharedFormula: string }).sharedFormula;
      return { formula: `=${formula}`, value: plain((value as { result?: unknown }).result) };
    }
    if ('richText' in value) return { formula: null, value: value.richText.map((part) => part.text).join('') };
    if ('text' in value) return { formula: null, value: String(value.text) };
  }
  return { formula: null, value: plain(value) };
}

function freeSheetName(excel: FakeExcel, name: string): string {
  if (!excel.find(name)) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name.slice(0, 31 - ` (${n})`.length)} (${n})`;
    if (!excel.find(candidate)) return candidate;
  }
}

function documentProperties(ctx: FakeContext): OfficeDocumentProperties {
  const property = (name: keyof OfficeDocumentProperties) => ({
    get: (): string => {
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${name}' is not available.`);
    },
    set: (value: string) =>
      ctx.enqueue(() => {
        ctx.excel.gate('1.7', 'Workbook.properties');
        ctx.excel.properties[name] = value;
      }),
    enumerable: true,
  });
  return Object.defineProperties({} as OfficeDocumentProperties, {
    title: property('title'),
    subject: property('subject'),
    keywords: property('keywords'),
    author: property('author'),
    comments: property('comments'),
  });
}

class FakeWorksheetCollection extends Loadable implements OfficeWorksheetCollection {
  add(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.ctx);
    this.ctx.enqueue(() => {
      checkSheetName(name);
      if (this.ctx.excel.find(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`, 'WorksheetCollection.add');
      const model = new SheetModel(name);
      this.ctx.excel.sheets.push(model);
      this.ctx.excel.record(name, '', 'add', name);
      sheet.bind(model);
    });
    return sheet;
  }

  getItem(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.ctx);
    this.ctx.enqueue(() => {
      const model = this.ctx.excel.findByKey(name);
      if (!model) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (sheet "${name}").`, 'WorksheetCollection.getItem');
      sheet.bind(model);
    });
    return sheet;
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.ctx);
    this.ctx.enqueue(() => {
      this.ctx.excel.gate('1.4', 'WorksheetCollection.getItemOrNullObject');
      sheet.bind(this.ctx.excel.findByKey(name) ?? null);
    });
    return sheet;
  }

  load(propertyNames: string | string[]): this {
    const props = list(propertyNames);
    if (props.join() !== 'items/name') throw new Error(`fake Excel: WorksheetCollection.load(${props.join()}) is not simulated`);
    this.ctx.enqueue(() => {
      const items = this.ctx.excel.sheets.map((model) => {
        const sheet = new FakeWorksheet(this.ctx);
        sheet.bind(model);
        sheet.publishName(model.name);
        return sheet;
      });
      this.publish('items', items);
      return JSON.stringify(items.map((_, i) => this.ctx.excel.sheets[i]?.name)).length;
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    return this.read('items');
  }
}

class FakeWorksheet extends Loadable implements OfficeWorksheet {
  private target: SheetModel | null | undefined = undefined;

  bind(model: SheetModel | null): void {
    this.target = model;
    this.publish('isNullObject', model === null);
  }

  publishName(name: string): void {
    this.publish('name', name);
  }

  /** The sheet this proxy stands for, when a command runs. */
  model(api: string): SheetModel {
    if (this.target === undefined) throw new Error(`fake Excel: ${api} on a sheet that was never resolved`);
    if (this.target === null || !this.ctx.excel.sheets.includes(this.target)) {
      throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (${api} on a missing sheet).`, api);
    }
    return this.target;
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  get name(): string {
    return this.read('name');
  }

  set name(value: string) {
    this.ctx.enqueue(() => {
      const model = this.model('Worksheet.name');
      checkSheetName(value);
      const clash = this.ctx.excel.find(value);
      if (clash && clash !== model) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${value}" already exists.`, 'Worksheet.name');
      this.ctx.excel.record(model.name, '', 'name', value);
      // Excel follows a renamed sheet: formulas and names that pointed at it now name the new one.
      rewriteSheetReferences(this.ctx.excel, model.name, `${quoteSheet(value)}!`);
      model.name = value;
    });
  }

  get visibility(): string {
    return this.read('visibility');
  }

  set visibility(value: string) {
    this.ctx.enqueue(() => {
      const model = this.model('Worksheet.visibility');
      this.ctx.excel.gate('1.2', 'Worksheet.visibility');
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(value)) throw new FakeOfficeError('InvalidArgument', `Bad visibility ${value}`, 'Worksheet.visibility');
      if (value !== 'Visible' && visibleSheets(this.ctx.excel).every((s) => s === model)) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', 'Worksheet.visibility');
      }
      model.visibility = value;
      this.ctx.excel.record(model.name, '', 'visibility', value);
    });
  }

  get tabColor(): string {
    return this.read('tabColor');
  }

  set tabColor(value: string) {
    this.sheetWrite('tabColor', '1.7', value, (m) => (m.tabColor = value));
  }

  get showGridlines(): boolean {
    return this.read('showGridlines');
  }

  set showGridlines(value: boolean) {
    this.sheetWrite('showGridlines', '1.8', value, (m) => (m.showGridlines = value));
  }

  get freezePanes(): OfficeFreezePanes {
    const freeze = (rows: number, cols: number, api: string) => this.sheetWrite(api, '1.7', { rows, cols }, (m) => (m.frozen = { rows, cols }));
    return {
      freezeRows: (count) => freeze(count, 0, 'freezeRows'),
      freezeColumns: (count) => freeze(0, count, 'freezeColumns'),
      freezeAt: (range) => {
        const area = parseArea(range);
        freeze(area.bottom, area.right, 'freezeAt');
      },
      unfreeze: () => this.sheetWrite('unfreeze', '1.7', null, (m) => (m.frozen = null)),
    };
  }

  get protection(): FakeProtection {
    return new FakeProtection(this.ctx, this);
  }

  get pageLayout(): OfficePageLayout {
    return new FakePageLayout(this);
  }

  get customProperties(): FakeCustomProperties {
    return new FakeCustomProperties(this.ctx, this);
  }

  get charts(): OfficeChartCollection {
    return new FakeCharts(this.ctx, this);
  }

  get shapes(): OfficeShapeCollection {
    return new FakeShapes(this.ctx, this);
  }

  get autoFilter(): { apply(range: string): void } {
    return {
      apply: (range: string) =>
        this.sheetWrite('autoFilter.apply', '1.9', range, (m) => {
          // Excel refuses filter buttons on a protected sheet that does not allow them.
          if (m.protection && !m.protection.allowAutoFilter) throw new FakeOfficeError('AccessDenied', 'The sheet is protected.', 'AutoFilter.apply');
          const area = parseArea(range);
          if (area.top === area.bottom) throw new FakeOfficeError('InvalidArgument', 'An AutoFilter needs a header row and rows below it.', 'AutoFilter.apply');
          m.autoFilter = areaAddress(area);
        }),
    };
  }

  sheetWrite(property: string, version: string, value: unknown, apply: (model: SheetModel) => void): void {
    this.ctx.enqueue(() => {
      const model = this.model(`Worksheet.${property}`);
      this.ctx.excel.gate(version, `Worksheet.${property}`);
      if (this.ctx.excel.refusedSettings.has(property)) throw new FakeOfficeError('GeneralException', 'There was an internal error while processing the request.', `Worksheet.${property}`);
      apply(model);
      this.ctx.excel.record(model.name, '', property, value);
    }, value);
  }

  /** Without an address, the whole sheet. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this, () => [address === undefined ? WHOLE_SHEET : parseArea(address)]);
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.ctx,
      this,
      () => {
        this.ctx.excel.gate('1.9', 'Worksheet.getRanges');
        return address.split(',').map((a) => parseArea(a.trim()));
      },
      'Worksheet.getRanges',
    );
  }

  getUsedRangeOrNullObject(valuesOnly: boolean): FakeRange {
    return new FakeRange(this.ctx, this, (model) => {
      this.ctx.excel.gate('1.4', 'Worksheet.getUsedRangeOrNullObject');
      const used = usedArea(model, valuesOnly);
      return used ? [used] : null;
    });
  }

  getUsedRange(valuesOnly: boolean): FakeRange {
    return new FakeRange(this.ctx, this, (model) => [usedArea(model, valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 }]);
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const model = this.model('Worksheet.delete');
      if (model.visibility === 'Visible' && visibleSheets(this.ctx.excel).length === 1) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', 'Worksheet.delete');
      }
      // learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
      if (model.visibility === 'VeryHidden') throw new FakeOfficeError('InvalidOperation', 'A very hidden worksheet cannot be deleted; make it hidden or visible first.', 'Worksheet.delete');
      this.ctx.excel.sheets.splice(this.ctx.excel.sheets.indexOf(model), 1);
      // What pointed at the sheet now points nowhere: Excel writes #REF! in its place.
      rewriteSheetReferences(this.ctx.excel, model.name, '#REF!');
      this.ctx.excel.record(model.name, '', 'delete', true);
      if (this.ctx.excel.active === model.name) this.ctx.excel.active = visibleSheets(this.ctx.excel)[0]?.name ?? null;
    });
  }

  activate(): void {
    this.ctx.enqueue(() => {
      const model = this.model('Worksheet.activate');
      if (model.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.', 'Worksheet.activate');
      this.ctx.excel.active = model.name;
    });
  }

  load(propertyNames: string | string[]): this {
    this.ctx.enqueue(() => {
      const model = this.model('Worksheet.load');
      for (const property of list(propertyNames)) {
        if (property !== 'name' && property !== 'visibility') throw new Error(`fake Excel: Worksheet.load(${property}) is not simulated`);
        this.publish(property, property === 'name' ? model.name : model.visibility);
      }
      return 20;
    });
    return this;
  }
}

/** ChartType values the adapter may use; Excel refuses others with InvalidArgument. */
const CHART_TYPES = new Set(['BarClustered', 'ColumnClustered', 'BarStacked', 'ColumnStacked']);

/**
 * Charts as Excel adds them (learn.microsoft.com/javascript/api/excel/excel.chartcollection#add):
 * over a range of the sheet, a series per column with "Columns". A protected sheet refuses new
 * objects unless its protection allows editing objects. Chart properties are write-only here: a
 * read fails as an unloaded property would.
 */
class FakeCharts extends Loadable implements OfficeChartCollection {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(ctx);
  }

  /** The sheet's charts as they are at the sync, each with its name readable and `delete` (ExcelApi 1.1). */
  load(propertyNames: string | string[]): this {
    const props = list(propertyNames);
    if (props.join() !== 'items/name') throw new Error(`fake Excel: ChartCollection.load(${props.join()}) is not simulated`);
    this.ctx.enqueue(() => {
      const model = this.sheet.model('ChartCollection.load');
      this.ctx.excel.gate('1.1', 'ChartCollection.items');
      const items = model.charts.map((chart) => loadedChart(this.ctx, this.sheet, chart));
      this.publish('items', items);
      return JSON.stringify(model.charts.map((c) => c.name)).length;
    });
    return this;
  }

  get items(): OfficeChart[] {
    return this.read('items');
  }

  add(type: string, sourceData: FakeRange, seriesBy = 'Auto'): OfficeChart {
    let chart: ChartModel | undefined;
    this.ctx.enqueue(() => {
      const model = this.sheet.model('ChartCollection.add');
      this.ctx.excel.gate('1.1', 'ChartCollection.add');
      if (!CHART_TYPES.has(type)) throw new FakeOfficeError('InvalidArgument', `Chart type ${type} is not simulated.`, 'ChartCollection.add');
      if (seriesBy !== 'Columns') throw new Error('fake Excel: only seriesBy "Columns" is simulated');
      if (model.protection && !model.protection.allowEditObjects) throw new FakeOfficeError('AccessDenied', `The sheet "${model.name}" is protected (ChartCollection.add).`, 'ChartCollection.add');
      const { areas } = sourceData.resolved('ChartCollection.add');
      const source = areas[0];
      if (source === undefined || areas.length !== 1) throw new FakeOfficeError('InvalidArgument', 'A chart source must be one rectangle here.', 'ChartCollection.add');
      const series = Array.from({ length: source.right - source.left + 1 }, (_, i) => ({ name: `Series${i + 1}`, values: { ...source, left: source.left + i, right: source.left + i } }));
      chart = { type, source, name: `Chart ${model.charts.length + 1}`, legend: {}, dataLabels: {}, valueAxis: {}, categoryAxis: {}, series };
      model.charts.push(chart);
      this.ctx.excel.record(model.name, areaAddress(source), 'ChartCollection.add', type);
    });
    const write = (api: string, version: string, value: unknown, apply: (c: ChartModel) => void) =>
      this.ctx.enqueue(() => {
        if (chart === undefined) throw new Error(`fake Excel: ${api} on a chart never added`);
        this.ctx.excel.gate(version, api);
        apply(chart);
      }, value);
    return fakeChart(write);
  }
}

/**
 * ExcelApi 1.9. A picture lands at the sheet's top-left at its own size (0.75 pt a pixel); a
 * protected sheet refuses it unless it allows editing objects, as it refuses charts.
 */
class FakeShapes implements OfficeShapeCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}

  addImage(base64ImageString: string): OfficeShape {
    let shape: ShapeModel | undefined;
    this.ctx.enqueue(() => {
      const model = this.sheet.model('ShapeCollection.addImage');
      this.ctx.excel.gate('1.9', 'ShapeCollection.addImage');
      const size = imageSize(base64ImageString);
      if (size === undefined) throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format (addImage takes base64 of a PNG or JPEG).', 'ShapeCollection.addImage');
      if (model.protection && !model.protection.allowEditObjects) throw new FakeOfficeError('AccessDenied', `The sheet "${model.name}" is protected (ShapeCollection.addImage).`, 'ShapeCollection.addImage');
      shape = { base64: base64ImageString, name: `Picture ${model.shapes.length + 1}`, altTextDescription: '', left: 0, top: 0, width: size.width * 0.75, height: size.height * 0.75 };
      model.shapes.push(shape);
      this.ctx.excel.record(model.name, '', 'ShapeCollection.addImage', null);
    }, base64ImageString);
    const write = (property: 'name' | 'altTextDescription' | 'left' | 'top' | 'width' | 'height', value: string | number) =>
      this.ctx.enqueue(() => {
        if (shape === undefined) throw new Error(`fake Excel: Shape.${property} on a shape never added`);
        this.ctx.excel.gate('1.9', `Shape.${property}`);
        if (typeof value === 'number' && (value < 0 || ((property === 'width' || property === 'height') && value === 0))) {
          throw new FakeOfficeError('InvalidArgument', `Shape.${property} cannot be ${value}.`, `Shape.${property}`);
        }
        (shape as Record<typeof property, string | number>)[property] = value;
      }, value);
    const target = {};
    for (const property of ['name', 'altTextDescription', 'left', 'top', 'width', 'height'] as const) {
      Object.defineProperty(target, property, { get: () => unloaded(`Shape.${property}`), set: (value: string | number) => write(property, value), enumerable: true });
    }
    return target as OfficeShape;
  }
}

/** The pixel size of a PNG (IHDR) or a JPEG (its first SOFn marker); undefined for anything else. */
function imageSize(base64: string): { width: number; height: number } | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return undefined;
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > 24 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    for (let at = 2; at + 9 < bytes.length; ) {
      const marker = bytes[at + 1] as number;
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { width: bytes.readUInt16BE(at + 7), height: bytes.readUInt16BE(at + 5) };
      at += 2 + bytes.readUInt16BE(at + 2);
    }
  }
  return undefined;
}

type ChartWrite = (api: string, version: string, value: unknown, apply: (c: ChartModel) => void) => void;

/**
 * A chart found by `ChartCollection.items`: its name is readable, and `delete` removes it at the
 * next sync (a protected sheet refuses it, as it refuses adding one). Excel keeps a chart's source
 * range when its cells are cleared and written again, so the fake never moves `source`.
 */
function loadedChart(ctx: FakeContext, sheet: FakeWorksheet, chart: ChartModel): OfficeChart {
  const write: ChartWrite = (api, version, value, apply) =>
    ctx.enqueue(() => {
      ctx.excel.gate(version, api);
      apply(chart);
    }, value);
  const found = fakeChart(write);
  Object.defineProperty(found, 'name', { get: () => chart.name, enumerable: true });
  found.delete = () =>
    ctx.enqueue(() => {
      const model = sheet.model('Chart.delete');
      if (model.protection && !model.protection.allowEditObjects) throw new FakeOfficeError('AccessDenied', `The sheet "${model.name}" is protected (Chart.delete).`, 'Chart.delete');
      const at = model.charts.indexOf(chart);
      if (at < 0) throw new FakeOfficeError('ItemNotFound', 'The chart was deleted.', 'Chart.delete');
      model.charts.splice(at, 1);
      ctx.excel.record(model.name, areaAddress(chart.source), 'Chart.delete', chart.name);
    });
  return found;
}

/** Write-only properties: each set queues a chart write; a read fails as an unloaded property. */
function writeOnly<T>(write: ChartWrite, setters: Record<string, readonly [api: string, version: string, apply: (c: ChartModel, value: never) => void]>, rest: object = {}): T {
  const target = rest;
  for (const [property, [api, version, apply]] of Object.entries(setters)) {
    Object.defineProperty(target, property, {
      get: () => unloaded(api),
      set: (value: never) => write(api, version, value, (c) => apply(c, value)),
      enumerable: true,
      configurable: true,
    });
  }
  return target as T;
}

function fakeChart(write: ChartWrite): OfficeChart {
  const axis = (which: 'valueAxis' | 'categoryAxis'): OfficeChartAxis =>
    writeOnly(
      write,
      {
        numberFormat: ['ChartAxis.numberFormat', '1.8', (c, v: string) => (c[which].numberFormat = v)],
        minimum: ['ChartAxis.minimum', '1.1', (c, v: number) => (c[which].minimum = v)],
        reversePlotOrder: ['ChartAxis.reversePlotOrder', '1.7', (c, v: boolean) => (c[which].reversePlotOrder = v)],
        position: ['ChartAxis.position', '1.8', (c, v: string) => (c[which].position = v)],
      },
      { title: writeOnly(write, { text: ['ChartAxisTitle.text', '1.1', (c, v: string) => (c[which].title = v)] }) },
    );
  const series = (index: number): OfficeChartSeries => {
    const at = (api: string, version: string, value: unknown, apply: (s: ChartSeriesModel) => void) =>
      write(api, version, value, (c) => {
        const found = c.series[index];
        if (found === undefined) throw new FakeOfficeError('ItemNotFound', `The chart has no series ${index}.`, 'ChartSeriesCollection.getItemAt');
        apply(found);
      });
    return {
      get name(): string {
        return unloaded('ChartSeries.name');
      },
      set name(value: string) {
        at('ChartSeries.name', '1.8', value, (s) => (s.name = value));
      },
      setXAxisValues: (range: FakeRange) => at('ChartSeries.setXAxisValues', '1.7', null, (s) => (s.categories = range.resolved('ChartSeries.setXAxisValues').areas[0] as Rect)),
      format: { fill: { setSolidColor: (color: string) => at('ChartFill.setSolidColor', '1.1', color, (s) => (s.color = color)) } },
    } as OfficeChartSeries;
  };
  return writeOnly(
    write,
    { name: ['Chart.name', '1.1', (c, v: string) => (c.name = v)] },
    {
      title: writeOnly(write, { text: ['ChartTitle.text', '1.1', (c, v: string) => (c.title = v)] }),
      legend: writeOnly(write, {
        visible: ['ChartLegend.visible', '1.1', (c, v: boolean) => (c.legend.visible = v)],
        position: ['ChartLegend.position', '1.1', (c, v: string) => (c.legend.position = v)],
      }),
      dataLabels: writeOnly(write, {
        showValue: ['ChartDataLabels.showValue', '1.1', (c, v: boolean) => (c.dataLabels.showValue = v)],
        numberFormat: ['ChartDataLabels.numberFormat', '1.8', (c, v: string) => (c.dataLabels.numberFormat = v)],
      }),
      axes: { valueAxis: axis('valueAxis'), categoryAxis: axis('categoryAxis') },
      format: { font: writeOnly(write, { name: ['ChartFont.name', '1.1', (c, v: string) => (c.font = v)] }) },
      series: { getItemAt: series },
      setPosition: (start: string, end?: string) =>
        write('Chart.setPosition', '1.1', [start, end], (c) => {
          parseArea(start);
          c.position = { start, end: end ?? start };
        }),
      delete: () => {
        throw new Error('fake Excel: Chart.delete is simulated on charts found by ChartCollection.items');
      },
    },
  );
}

class FakeProtection extends Loadable implements OfficeWorksheetProtection {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(ctx);
  }

  protect(options: Excel.WorksheetProtectionOptions): void {
    this.ctx.enqueue(() => {
      const model = this.sheet.model('WorksheetProtection.protect');
      this.ctx.excel.gate('1.2', 'WorksheetProtection.protect');
      if (model.protection) throw new FakeOfficeError('InvalidOperation', 'The worksheet is already protected.', 'WorksheetProtection.protect');
      model.protection = { ...options };
      this.ctx.excel.record(model.name, '', 'protect', options);
    });
  }

  unprotect(): void {
    this.ctx.enqueue(() => {
      const model = this.sheet.model('WorksheetProtection.unprotect');
      this.ctx.excel.gate('1.2', 'WorksheetProtection.unprotect');
      model.protection = null;
      this.ctx.excel.record(model.name, '', 'unprotect', true);
    });
  }

  load(propertyNames: string | string[]): this {
    this.ctx.enqueue(() => {
      const model = this.sheet.model('WorksheetProtection.load');
      this.ctx.excel.gate('1.2', 'WorksheetProtection.load');
      for (const property of list(propertyNames)) {
        if (property === 'protected') this.publish(property, model.protection !== null);
        else if (property === 'options') this.publish(property, { ...(model.protection ?? {}) });
        else throw new Error(`fake Excel: WorksheetProtection.load(${property}) is not simulated`);
      }
    });
    return this;
  }

  get protected(): boolean {
    return this.read('protected');
  }

  get options(): Excel.WorksheetProtectionOptions {
    return this.read('options');
  }
}

class FakeCustomProperties extends Loadable implements OfficeCustomProperties {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(ctx);
  }

  add(key: string, value: string): unknown {
    this.ctx.enqueue(() => {
      const model = this.sheet.model('WorksheetCustomPropertyCollection.add');
      this.ctx.excel.gate('1.12', 'WorksheetCustomPropertyCollection.add');
      if (key.length === 0 || key.length > 255) throw new FakeOfficeError('InvalidArgument', `A custom property key of ${key.length} characters.`, 'WorksheetCustomPropertyCollection.add');
      model.customProperties.set(key.toLowerCase(), { key, value });
      this.ctx.excel.record(model.name, '', 'customProperties.add', { key, value });
    });
    return undefined;
  }

  load(propertyNames: string | string[]): this {
    const props = list(propertyNames);
    if (props.join() !== 'items/key,items/value') throw new Error(`fake Excel: WorksheetCustomPropertyCollection.load(${props.join()}) is not simulated`);
    this.ctx.enqueue(() => {
      const model = this.sheet.model('WorksheetCustomPropertyCollection.load');
      this.ctx.excel.gate('1.12', 'Worksheet.customProperties');
      const items = [...model.customProperties.values()].map((p) => ({ ...p }));
      this.publish('items', items);
      return JSON.stringify(items).length;
    });
    return this;
  }

  get items(): { key: string; value: string }[] {
    return this.read('items');
  }
}

class FakePageLayout implements OfficePageLayout {
  constructor(private readonly sheet: FakeWorksheet) {}

  private write(property: string, value: unknown, apply: (page: PageModel) => void): void {
    this.sheet.sheetWrite(`pageLayout.${property}`, '1.9', value, (m) => apply(m.page));
  }

  private unreadable(property: string): never {
    throw new FakeOfficeError('PropertyNotLoaded', `The property '${property}' is not available.`);
  }

  get orientation(): string {
    return this.unreadable('orientation');
  }
  set orientation(value: string) {
    this.write('orientation', value, (p) => (p.orientation = value));
  }
  get paperSize(): string {
    return this.unreadable('paperSize');
  }
  set paperSize(value: string) {
    this.write('paperSize', value, (p) => (p.paperSize = value));
  }
  get centerHorizontally(): boolean {
    return this.unreadable('centerHorizontally');
  }
  set centerHorizontally(value: boolean) {
    this.write('centerHorizontally', value, (p) => (p.centerHorizontally = value));
  }
  get leftMargin(): number {
    return this.unreadable('leftMargin');
  }
  set leftMargin(value: number) {
    this.write('leftMargin', value, (p) => (p.margins.left = value));
  }
  get rightMargin(): number {
    return this.unreadable('rightMargin');
  }
  set rightMargin(value: number) {
    this.write('rightMargin', value, (p) => (p.margins.right = value));
  }
  get topMargin(): number {
    return this.unreadable('topMargin');
  }
  set topMargin(value: number) {
    this.write('topMargin', value, (p) => (p.margins.top = value));
  }
  get bottomMargin(): number {
    return this.unreadable('bottomMargin');
  }
  set bottomMargin(value: number) {
    this.write('bottomMargin', value, (p) => (p.margins.bottom = value));
  }
  get headerMargin(): number {
    return this.unreadable('headerMargin');
  }
  set headerMargin(value: number) {
    this.write('headerMargin', value, (p) => (p.margins.header = value));
  }
  get footerMargin(): number {
    return this.unreadable('footerMargin');
  }
  set footerMargin(value: number) {
    this.write('footerMargin', value, (p) => (p.margins.footer = value));
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.unreadable('zoom');
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.write('zoom', value, (p) => {
      // "Print page scale value can be between 10 and 400" (Excel.PageLayoutZoomOptions.scale).
      if (value.scale !== undefined && (value.scale < 10 || value.scale > 400)) throw new FakeOfficeError('InvalidArgument', 'The print scale must be between 10 and 400.', 'PageLayout.zoom');
      p.zoom = { ...value };
    });
  }

  setPrintTitleRows(rows: string): void {
    this.write('printTitleRows', rows, (p) => {
      const area = parseArea(rows);
      if (!area.wholeRows) throw new FakeOfficeError('InvalidArgument', 'Print title rows must be whole rows.', 'PageLayout.setPrintTitleRows');
      p.printTitleRows = rows;
    });
  }

  setPrintTitleColumns(columns: string): void {
    this.write('printTitleColumns', columns, (p) => {
      // "The range must span the entire column to be valid" (Excel.PageLayout.setPrintTitleColumns).
      const area = parseArea(columns);
      if (!area.wholeColumns) throw new FakeOfficeError('InvalidArgument', 'Print title columns must be whole columns.', 'PageLayout.setPrintTitleColumns');
      p.printTitleColumns = columns;
    });
  }

  get headersFooters(): OfficeHeadersFooters {
    const text = (property: keyof HeaderFooterModel, apply: (p: PageModel, value: string) => void) => ({
      get: () => this.unreadable(property),
      set: (value: string) => this.write(property, value, (p) => apply(p, value)),
    });
    const defaultFooter = text('centerFooter', (p, v) => (p.centerFooter = v));
    const defaultHeader = text('centerHeader', (p, v) => (p.centerHeader = v));
    const firstHeader = text('firstPageCenterHeader', (p, v) => (p.firstPageCenterHeader = v));
    const state = text('headerFooterState', (p, v) => {
      if (!HEADER_FOOTER_STATES.includes(v)) throw new FakeOfficeError('InvalidArgument', `Unknown header/footer state ${v}.`, 'HeaderFooterGroup.state');
      p.headerFooterState = v;
    });
    return {
      get state(): OfficeHeadersFooters['state'] {
        return state.get();
      },
      set state(value: OfficeHeadersFooters['state']) {
        state.set(value);
      },
      defaultForAllPages: {
        get centerFooter(): string {
          return defaultFooter.get();
        },
        set centerFooter(value: string) {
          defaultFooter.set(value);
        },
        get centerHeader(): string {
          return defaultHeader.get();
        },
        set centerHeader(value: string) {
          defaultHeader.set(value);
        },
      },
      firstPage: {
        get centerHeader(): string {
          return firstHeader.get();
        },
        set centerHeader(value: string) {
          firstHeader.set(value);
        },
      },
    };
  }
}

/** Excel.HeaderFooterState's values. */
const HEADER_FOOTER_STATES: readonly string[] = ['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'];

type Resolve = (model: SheetModel) => Area[] | null;

/** What a range or range-areas proxy points at, once its command has run. */
class Target extends Loadable {
  protected areas: Area[] | null | undefined = undefined;
  protected modelRef: SheetModel | undefined = undefined;

  constructor(
    ctx: FakeContext,
    protected readonly sheet: FakeWorksheet,
    resolve: Resolve,
    api: string,
  ) {
    super(ctx);
    ctx.enqueue(() => {
      this.modelRef = sheet.model(api);
      this.areas = resolve(this.modelRef);
      this.publish('isNullObject', this.areas === null);
    });
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  get context(): FakeContext {
    return this.ctx;
  }

  /** A null object (…OrNullObject found nothing): loading it gives nothing, as in Excel. */
  isResolvedNull(): boolean {
    return this.areas === null;
  }

  /** The sheet and rectangles, when a command runs. */
  resolved(api: string): { model: SheetModel; areas: Area[] } {
    if (this.modelRef === undefined || this.areas === undefined) throw new Error(`fake Excel: ${api} before the range was resolved`);
    if (this.areas === null) throw new FakeOfficeError('ItemNotFound', `${api} on a null object`, api);
    if (!this.ctx.excel.sheets.includes(this.modelRef)) throw new FakeOfficeError('ItemNotFound', `${api} on a deleted sheet`, api);
    return { model: this.modelRef, areas: this.areas };
  }

  /** Queues a write to every cell of the target. */
  cellWrite(api: string, version: string, value: unknown, apply: (cell: CellModel, row: number, col: number, area: Area) => void, kind: 'format' | 'content' = 'format'): void {
    this.ctx.enqueue(() => {
      const { model, areas } = this.resolved(api);
      this.ctx.excel.gate(version, api);
      for (const area of areas) {
        if (area.wholeColumns || area.wholeRows) throw new Error(`fake Excel: ${api} on whole rows or columns is not simulated`);
        checkProtection(model, area, kind, api);
        for (let row = area.top; row <= area.bottom; row++) for (let col = area.left; col <= area.right; col++) apply(model.ensure(row, col), row, col, area);
        this.ctx.excel.record(model.name, areaAddress(area), api, value);
      }
    });
  }

  get format(): OfficeRangeFormat {
    return new FakeRangeFormat(this);
  }

  get dataValidation(): OfficeDataValidation {
    return new FakeDataValidation(this);
  }
}

class FakeRange extends Target implements OfficeRange {
  constructor(ctx: FakeContext, sheet: FakeWorksheet, resolve: Resolve) {
    super(ctx, sheet, resolve, 'Worksheet.getRange');
  }

  get address(): string {
    return this.read('address');
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(matrix: unknown[][]) {
    this.writeMatrix('values', matrix);
  }

  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(matrix: unknown[][]) {
    this.writeMatrix('formulas', matrix);
  }

  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(matrix: unknown[][]) {
    this.writeMatrix('numberFormat', matrix);
  }

  get hyperlink(): Excel.RangeHyperlink {
    return this.read('hyperlink');
  }
  /** ExcelApi 1.7, on one cell here; `textToDisplay` becomes its value, as typing it would not parse it. */
  set hyperlink(link: Excel.RangeHyperlink) {
    this.ctx.enqueue(() => {
      const { model, areas } = this.resolved('Range.hyperlink');
      this.ctx.excel.gate('1.7', 'Range.hyperlink');
      const area = areas[0] as Area;
      if (areas.length !== 1 || area.top !== area.bottom || area.left !== area.right) throw new Error('fake Excel: Range.hyperlink is simulated on one cell only');
      const cell = model.ensure(area.top, area.left);
      if (model.protection && cell.locked) throw new FakeOfficeError('AccessDenied', `The cell ${areaAddress(area)} is protected.`, 'Range.hyperlink');
      cell.hyperlink = { ...link };
      if (link.textToDisplay !== undefined) {
        cell.value = link.textToDisplay;
        cell.formula = null;
      }
      this.ctx.excel.record(model.name, areaAddress(area), 'hyperlink', link);
    }, link);
  }

  get columnHidden(): boolean {
    return this.read('columnHidden');
  }
  set columnHidden(value: boolean) {
    this.ctx.enqueue(() => {
      const { model, areas } = this.resolved('Range.columnHidden');
      this.ctx.excel.gate('1.2', 'Range.columnHidden');
      for (const area of areas) {
        if (!area.wholeColumns) throw new Error('fake Excel: columnHidden is simulated on whole columns only');
        for (let col = area.left; col <= area.right; col++) {
          if (value) model.hiddenColumns.add(col);
          else model.hiddenColumns.delete(col);
        }
        this.ctx.excel.record(model.name, areaAddress(area), 'columnHidden', value);
      }
    });
  }

  private writeMatrix(property: 'values' | 'formulas' | 'numberFormat', matrix: unknown[][]): void {
    this.ctx.enqueue(() => {
      const api = `Range.${property}`;
      const { model, areas } = this.resolved(api);
      const area = areas[0] as Area;
      const rows = area.bottom - area.top + 1;
      const cols = area.right - area.left + 1;
      if (matrix.length !== rows || matrix.some((r) => r.length !== cols)) {
        throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${areaAddress(area)}).`, api);
      }
      matrix.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null) return;
          const address = areaAddress({ top: area.top + r, left: area.left + c, bottom: area.top + r, right: area.left + c });
          const cell = model.ensure(area.top + r, area.left + c);
          if (property !== 'numberFormat' && model.protection && cell.locked) throw new FakeOfficeError('AccessDenied', `The cell ${address} is protected.`, api);
          if (property === 'numberFormat') cell.numberFormat = String(value);
          else enter(cell, value);
          this.ctx.excel.record(model.name, address, property, value);
        }),
      );
    }, matrix);
  }

  /**
   * ExcelApi 1.1. 'All' takes values, formulas and formats (number format, font, fill, borders,
   * alignment, locks) off the cells. Data validation and merges are left: the reference does not
   * say this clears them, so callers clear them themselves (`dataValidation.clear`, `unmerge`).
   */
  clear(applyTo = 'All'): void {
    this.ctx.enqueue(() => {
      const { model, areas } = this.resolved('Range.clear');
      if (applyTo !== 'All') throw new Error(`fake Excel: Range.clear(${applyTo}) is not simulated`);
      for (const area of areas) {
        checkProtection(model, area, 'format', 'Range.clear');
        for (const [k, cell] of [...model.cells]) {
          const [row, col] = k.split(',').map(Number) as [number, number];
          if (!inArea(area, row, col)) continue;
          model.cells.delete(k);
          if (cell.validation) model.ensure(row, col).validation = cell.validation;
        }
        this.ctx.excel.record(model.name, areaAddress(area), 'clear', applyTo);
      }
    });
  }

  unmerge(): void {
    this.ctx.enqueue(() => {
      const { model, areas } = this.resolved('Range.unmerge');
      this.ctx.excel.gate('1.2', 'Range.unmerge');
      for (const area of areas) {
        checkProtection(model, area, 'format', 'Range.unmerge');
        const kept = model.merges.filter((m) => !overlaps(m, area));
        model.merges.splice(0, model.merges.length, ...kept);
        this.ctx.excel.record(model.name, areaAddress(area), 'unmerge', true);
      }
    });
  }

  merge(across: boolean): void {
    this.ctx.enqueue(() => {
      const { model, areas } = this.resolved('Range.merge');
      this.ctx.excel.gate('1.2', 'Range.merge');
      for (const area of areas) {
        checkProtection(model, area, 'format', 'Range.merge');
        if (across) throw new Error('fake Excel: merge(across) is not simulated');
        model.merges.push({ top: area.top, left: area.left, bottom: area.bottom, right: area.right });
        this.ctx.excel.record(model.name, areaAddress(area), 'merge', true);
      }
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const { model, areas } = this.resolved('Range.select');
      if (this.ctx.excel.active !== model.name) throw new FakeOfficeError('InvalidSelection', 'Only cells of the active sheet can be selected.', 'Range.select');
      this.ctx.excel.selection = { sheet: model.name, address: areaAddress(areas[0] as Area) };
    });
  }

  getSpecialCellsOrNullObject(cellType: 'Formulas'): FakeRangeAreas {
    return new FakeRangeAreas(
      this.ctx,
      this.sheet,
      () => {
        this.ctx.excel.gate('1.9', 'Range.getSpecialCellsOrNullObject');
        if (cellType !== 'Formulas') throw new Error(`fake Excel: special cells ${cellType} are not simulated`);
        const { model, areas } = this.resolved('Range.getSpecialCellsOrNullObject');
        const found: Area[] = [];
        for (const area of areas) {
          for (let row = area.top; row <= area.bottom; row++) {
            for (let col = area.left; col <= area.right; col++) if (model.cells.get(key(row, col))?.formula) found.push({ top: row, left: col, bottom: row, right: col });
          }
        }
        return found.length > 0 ? found : null;
      },
      'Range.getSpecialCellsOrNullObject',
    );
  }

  load(propertyNames: string | string[]): this {
    const props = list(propertyNames);
    this.ctx.enqueue(() => {
      if (this.isResolvedNull()) return 0;
      const { model, areas } = this.resolved('Range.load');
      const area = areas[0] as Area;
      let bytes = 0;
      for (const property of props) {
        const value = snapshot(model, area, property);
        bytes += Buffer.byteLength(JSON.stringify(value));
        this.publish(property, value);
      }
      return bytes;
    });
    return this;
  }
}

class FakeRangeAreas extends Target implements OfficeRangeAreas {
  constructor(ctx: FakeContext, sheet: FakeWorksheet, resolve: Resolve, api: string) {
    super(ctx, sheet, resolve, api);
  }

  get address(): string {
    return this.read('address');
  }

  load(propertyNames: string | string[]): this {
    if (list(propertyNames).join() !== 'address') throw new Error('fake Excel: RangeAreas.load is simulated for address only');
    this.ctx.enqueue(() => {
      if (this.isResolvedNull()) return 0;
      const { model, areas } = this.resolved('RangeAreas.load');
      const address = areas.map((area) => `${quoteSheet(model.name)}!${areaAddress(area)}`).join(', ');
      this.publish('address', address);
      return Buffer.byteLength(address);
    });
    return this;
  }
}

class FakeRangeFormat implements OfficeRangeFormat {
  constructor(private readonly target: Target) {}

  private cells(property: string, value: unknown, apply: (cell: CellModel) => void, version = '1.1'): void {
    this.target.cellWrite(`format.${property}`, version, value, apply);
  }

  get font(): OfficeRangeFont {
    const write = (property: keyof CellModel['font'], value: string | number | boolean) => this.cells(`font.${property}`, value, (c) => ((c.font as Record<string, unknown>)[property] = value));
    const unreadable = (property: string): never => {
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${property}' is not available.`);
    };
    return {
      get name(): string {
        return unreadable('name');
      },
      set name(v: string) {
        write('name', v);
      },
      get size(): number {
        return unreadable('size');
      },
      set size(v: number) {
        write('size', v);
      },
      get bold(): boolean {
        return unreadable('bold');
      },
      set bold(v: boolean) {
        write('bold', v);
      },
      get italic(): boolean {
        return unreadable('italic');
      },
      set italic(v: boolean) {
        write('italic', v);
      },
      get color(): string {
        return unreadable('color');
      },
      set color(v: string) {
        write('color', v);
      },
    };
  }

  get fill(): OfficeRangeFill {
    return new FakeFill(this.target);
  }

  get borders(): { getItem(index: BorderEdge): OfficeRangeBorder } {
    return {
      getItem: (edge) => {
        const write = (property: keyof Border, value: string) =>
          this.target.cellWrite(`format.borders.${edge}.${property}`, '1.1', value, (cell, row, col, area) => {
            for (const side of sides(edge, row, col, area)) cell.borders[side] = { ...(cell.borders[side] ?? { style: 'None', color: '#000000' }), [property]: value };
          });
        return {
          get style(): string {
            throw new FakeOfficeError('PropertyNotLoaded', "The property 'style' is not available.");
          },
          set style(v: string) {
            write('style', v);
          },
          get color(): string {
            throw new FakeOfficeError('PropertyNotLoaded', "The property 'color' is not available.");
          },
          set color(v: string) {
            write('color', v);
          },
        };
      },
    };
  }

  get protection(): { locked: boolean } {
    const write = (v: boolean) => this.cells('protection.locked', v, (c) => (c.locked = v), '1.2');
    return {
      get locked(): boolean {
        throw new FakeOfficeError('PropertyNotLoaded', "The property 'locked' is not available.");
      },
      set locked(v: boolean) {
        write(v);
      },
    };
  }

  get horizontalAlignment(): string {
    return unloaded('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.cells('horizontalAlignment', v, (c) => (c.horizontalAlignment = v));
  }
  get verticalAlignment(): string {
    return unloaded('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.cells('verticalAlignment', v, (c) => (c.verticalAlignment = v));
  }
  get wrapText(): boolean {
    return unloaded('wrapText');
  }
  set wrapText(v: boolean) {
    this.cells('wrapText', v, (c) => (c.wrapText = v));
  }
  get indentLevel(): number {
    return unloaded('indentLevel');
  }
  set indentLevel(v: number) {
    this.cells('indentLevel', v, (c) => (c.indentLevel = v), '1.9');
  }
  get columnWidth(): number {
    return unloaded('columnWidth');
  }
  set columnWidth(v: number) {
    this.sizeWrite('columnWidth', v);
  }
  get rowHeight(): number {
    return unloaded('rowHeight');
  }
  set rowHeight(v: number) {
    this.sizeWrite('rowHeight', v);
  }

  private sizeWrite(property: 'columnWidth' | 'rowHeight', value: number): void {
    const ctx = this.target.context;
    ctx.enqueue(() => {
      const { model, areas } = this.target.resolved(`format.${property}`);
      ctx.excel.gate('1.2', `RangeFormat.${property}`);
      if (model.protection && !(property === 'columnWidth' ? model.protection.allowFormatColumns : model.protection.allowFormatRows)) {
        throw new FakeOfficeError('AccessDenied', 'The sheet is protected.', `RangeFormat.${property}`);
      }
      for (const area of areas) {
        if (property === 'columnWidth') for (let col = area.left; col <= area.right; col++) model.columnWidths.set(col, value);
        else for (let row = area.top; row <= area.bottom; row++) model.rowHeights.set(row, value);
        ctx.excel.record(model.name, areaAddress(area), property, value);
      }
    });
  }
}

class FakeFill extends Loadable implements OfficeRangeFill {
  constructor(private readonly target: Target) {
    super(target.context);
  }

  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.target.cellWrite('format.fill.color', '1.1', v, (c) => (c.fill = v));
  }

  clear(): void {
    this.target.cellWrite('format.fill.clear', '1.1', null, (c) => (c.fill = null));
  }

  load(propertyNames: string | string[]): this {
    if (list(propertyNames).join() !== 'color') throw new Error('fake Excel: RangeFill.load is simulated for color only');
    this.ctx.enqueue(() => {
      const { model, areas } = this.target.resolved('RangeFill.load');
      const colors = new Set<string>();
      for (const area of areas) for (let row = area.top; row <= area.bottom; row++) for (let col = area.left; col <= area.right; col++) colors.add(model.cells.get(key(row, col))?.fill ?? '#FFFFFF');
      this.publish('color', colors.size === 1 ? [...colors][0] : null);
      return 12;
    });
    return this;
  }
}

class FakeDataValidation implements OfficeDataValidation {
  constructor(private readonly target: Target) {}

  private write(property: keyof CellValidation, value: unknown, check: () => void = () => undefined): void {
    this.target.cellWrite(`dataValidation.${property}`, '1.8', value, (c) => {
      check();
      c.validation = { ...c.validation, [property]: value };
    });
  }

  get rule(): Excel.DataValidationRule {
    return unloaded('rule');
  }
  set rule(v: Excel.DataValidationRule) {
    this.write('rule', v, () => {
      if (Object.keys(v).length !== 1) throw new FakeOfficeError('InvalidArgument', 'A data validation rule holds exactly one kind of criteria.', 'DataValidation.rule');
      const source = v.list?.source;
      // An inline list longer than an Excel list source may be (255 characters) is refused.
      if (typeof source === 'string' && !source.startsWith('=') && source.length > 255) {
        throw new FakeOfficeError('InvalidArgument', `A list source of ${source.length} characters.`, 'DataValidation.rule');
      }
    });
  }
  get prompt(): Excel.DataValidationPrompt {
    return unloaded('prompt');
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.write('prompt', v, () => checkMessage(v.title, v.message, 'DataValidation.prompt'));
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return unloaded('errorAlert');
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.write('errorAlert', v, () => checkMessage(v.title, v.message, 'DataValidation.errorAlert'));
  }
  get ignoreBlanks(): boolean {
    return unloaded('ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this.write('ignoreBlanks', v);
  }

  clear(): void {
    const ctx = this.target.context;
    ctx.enqueue(() => {
      const { model, areas } = this.target.resolved('DataValidation.clear');
      ctx.excel.gate('1.8', 'DataValidation.clear');
      for (const area of areas) {
        checkProtection(model, area, 'format', 'DataValidation.clear');
        for (const [k, cell] of model.cells) {
          const [row, col] = k.split(',').map(Number) as [number, number];
          if (inArea(area, row, col)) delete cell.validation;
        }
        ctx.excel.record(model.name, areaAddress(area), 'dataValidation.clear', true);
      }
    });
  }
}

class FakeNames extends Loadable implements OfficeNamedItemCollection {
  add(name: string, reference: OfficeRange | string): unknown {
    this.ctx.enqueue(() => {
      this.ctx.excel.gate('1.4', 'NamedItemCollection.add');
      if (typeof reference !== 'string') throw new Error('fake Excel: names are simulated with formula references');
      if ([...this.ctx.excel.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError('ItemAlreadyExists', `The name "${name}" already exists.`, 'NamedItemCollection.add');
      }
      this.ctx.excel.names.set(name, reference);
      this.ctx.excel.record('', '', 'names.add', { name, reference });
    });
    return undefined;
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    const item = new FakeNamedItem(this.ctx, name);
    this.ctx.enqueue(() => {
      this.ctx.excel.gate('1.4', 'NamedItemCollection.getItemOrNullObject');
      item.resolve(this.ctx.excel.names.has(name));
    });
    return item;
  }

  load(propertyNames: string | string[]): this {
    const props = list(propertyNames);
    if (props.join() !== 'items/name') throw new Error(`fake Excel: NamedItemCollection.load(${props.join()}) is not simulated`);
    this.ctx.enqueue(() => {
      const names = [...this.ctx.excel.names.keys()];
      this.publish(
        'items',
        names.map((name) => {
          const item = new FakeNamedItem(this.ctx, name);
          item.resolve(true);
          item.publishName();
          return item;
        }),
      );
      return JSON.stringify(names).length;
    });
    return this;
  }

  get items(): FakeNamedItem[] {
    return this.read('items');
  }
}

class FakeNamedItem extends Loadable implements OfficeNamedItem {
  private exists = false;

  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }

  resolve(exists: boolean): void {
    this.exists = exists;
    this.publish('isNullObject', !exists);
  }

  publishName(): void {
    this.publish('name', this.key);
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  get name(): string {
    return this.read('name');
  }

  delete(): void {
    this.ctx.enqueue(() => {
      this.ctx.excel.gate('1.4', 'NamedItem.delete');
      if (!this.exists || !this.ctx.excel.names.has(this.key)) throw new FakeOfficeError('ItemNotFound', `No name "${this.key}".`, 'NamedItem.delete');
      this.ctx.excel.names.delete(this.key);
      this.ctx.excel.record('', '', 'names.delete', this.key);
    });
  }
}

// ——— helpers ———

function unloaded(property: string): never {
  throw new FakeOfficeError('PropertyNotLoaded', `The property '${property}' is not available.`, property);
}

function minorOf(version: string): number {
  const match = /^1\.(\d+)$/.exec(version);
  if (!match) throw new Error(`fake Excel: requirement set version "${version}"`);
  return Number(match[1]);
}

function list(propertyNames: string | string[]): string[] {
  return (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(',')).map((p) => p.trim()).filter(Boolean);
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}

function keyAddress(k: string): string {
  const [row, col] = k.split(',').map(Number) as [number, number];
  return `${letters(col)}${row}`;
}

function letters(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnNumber(text: string): number {
  let n = 0;
  for (const ch of text) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const WHOLE_SHEET: Area = { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL, wholeRows: true, wholeColumns: true };

function inArea(area: Rect, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * Points every formula and defined name that refers to sheet `name` ('Tổng hợp'!C5, Sheet1!A1,
 * case-insensitive, as Excel compares sheet names) at `replacement` instead: the new name when a
 * sheet is renamed, "#REF!" when it is deleted (='Tổng hợp'!C5 becomes =#REF!C5).
 */
function rewriteSheetReferences(excel: FakeExcel, name: string, replacement: string): void {
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const quoted = escaped(`'${name.replace(/'/g, "''")}'!`);
  const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `|(?<![A-Za-z0-9_.'])${escaped(name)}!` : '';
  const pattern = new RegExp(`${quoted}${bare}`, 'giu');
  const deleted = replacement === '#REF!';
  for (const sheet of excel.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.formula === null || !pattern.test(cell.formula)) continue;
      pattern.lastIndex = 0;
      cell.formula = cell.formula.replace(pattern, replacement);
      if (deleted) cell.value = '#REF!';
    }
  }
  for (const [key, reference] of excel.names) excel.names.set(key, reference.replace(pattern, replacement));
}

/** "A1", "$A$1:F10", "A:C", "5:7" → a rectangle. */
export function parseArea(address: string): Area {
  const text = address.replace(/\$/g, '').trim();
  const cell = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(text);
  if (cell) {
    const left = columnNumber(cell[1] as string);
    const top = Number(cell[2]);
    return { top, left, bottom: cell[4] ? Number(cell[4]) : top, right: cell[3] ? columnNumber(cell[3]) : left };
  }
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(text);
  if (cols) return { top: 1, left: columnNumber(cols[1] as string), bottom: MAX_ROW, right: columnNumber(cols[2] as string), wholeColumns: true };
  const rows = /^(\d+):(\d+)$/.exec(text);
  if (rows) return { top: Number(rows[1]), left: 1, bottom: Number(rows[2]), right: MAX_COL, wholeRows: true };
  throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format (${address}).`, 'address');
}

function areaAddress(area: Area): string {
  if (area.wholeColumns) return `${letters(area.left)}:${letters(area.right)}`;
  if (area.wholeRows) return `${area.top}:${area.bottom}`;
  const start = `${letters(area.left)}${area.top}`;
  return area.top === area.bottom && area.left === area.right ? start : `${start}:${letters(area.right)}${area.bottom}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeOfficeError('InvalidArgument', `"${name}" is not a valid sheet name.`, 'Worksheet.name');
  }
}

function checkMessage(title: string, message: string, api: string): void {
  if (title.length > 32 || message.length > 255) throw new FakeOfficeError('InvalidArgument', `Title over 32 or message over 255 characters (${title.length}/${message.length}).`, api);
}

function checkProtection(model: SheetModel, area: Area, kind: 'format' | 'content', api: string): void {
  if (!model.protection) return;
  if (kind === 'format' && !model.protection.allowFormatCells) throw new FakeOfficeError('AccessDenied', `The sheet "${model.name}" is protected (${api} ${areaAddress(area)}).`, api);
}

function visibleSheets(excel: FakeExcel): SheetModel[] {
  return excel.sheets.filter((s) => s.visibility === 'Visible');
}

/**
 * What typing (or writing `values`/`formulas`) a value does to a cell. Excel parses text as the
 * user's typing would be: "=…" (and "+…", "-…", "@…" that are not numbers) become formulas
 * (the Range.values reference: "If the returned value starts with a plus, minus, or equal sign,
 * Excel interprets this value as a formula"); numbers ("-5", "0912345678" → 912345678, "1,234.5",
 * "(5)", "1E3"), percentages ("90%" → 0.9), TRUE/FALSE, dates ("17/12/2024", "1/2", "2024-12-17",
 * "17-Dec") and times ("5 PM", "17:30") become numbers and booleans. A leading apostrophe keeps
 * the rest as text and is not part of the value; so does a cell formatted as text ("@").
 * Dates are read day first, as a Vietnamese (vi-VN) Excel reads them.
 */
function enter(cell: CellModel, value: unknown): void {
  if (typeof value === 'number' || typeof value === 'boolean') {
    cell.value = value;
    cell.formula = null;
  } else if (typeof value === 'string') {
    const parsed = cell.numberFormat === '@' ? { value, formula: null } : parseTyped(value);
    cell.value = parsed.value;
    cell.formula = parsed.formula;
  } else {
    throw new FakeOfficeError('InvalidArgument', `Unsupported cell value ${JSON.stringify(value)}`, 'Range.values');
  }
}

export function parseTyped(text: string): { value: string | number | boolean; formula: string | null } {
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  const trimmed = text.trim();
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', formula: null };
  const parsed = typedNumber(trimmed);
  if (parsed !== null) return { value: parsed, formula: null };
  if (/^[+\-@]./.test(text)) return { value: '', formula: `=${text.replace(/^@/, '')}` };
  return { value: text, formula: null };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function typedNumber(text: string): number | null {
  const number = /^([+-])?\(?([+-])?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(?:e([+-]?\d+))?\)?(%)?$/i.exec(text);
  if (number && (number[3] !== undefined || number[4] !== undefined) && text.startsWith('(') === text.includes(')')) {
    const magnitude = Number(`${(number[3] ?? '0').replace(/,/g, '')}${number[4] ?? ''}e${number[5] ?? '0'}`);
    const negative = (number[1] === '-') !== (number[2] === '-') !== text.startsWith('(');
    return (negative ? -magnitude : magnitude) / (number[6] ? 100 : 1);
  }
  const time = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(am|pm)?$/i.exec(text);
  if (time && (time[2] !== undefined || time[4] !== undefined)) {
    const hours = (Number(time[1]) % (time[4] ? 12 : 24)) + (time[4]?.toLowerCase() === 'pm' ? 12 : 0);
    return (hours * 3600 + Number(time[2] ?? 0) * 60 + Number(time[3] ?? 0)) / 86_400;
  }
  const serial = (year: number, month: number, day: number) => (month >= 1 && month <= 12 && day >= 1 && day <= 31 ? Date.UTC(year, month - 1, day) / 86_400_000 + 25_569 : null);
  const thisYear = new Date().getUTCFullYear();
  const fullYear = (y: string | undefined) => (y === undefined ? thisYear : y.length <= 2 ? 2000 + Number(y) : Number(y));
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return serial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(text);
  if (dayFirst) return serial(fullYear(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const named = /^(\d{1,2})[-\s]([a-z]{3})[a-z]*(?:[-\s](\d{2}|\d{4}))?$/i.exec(text) ?? null;
  const month = named ? MONTHS.indexOf((named[2] as string).toLowerCase()) : -1;
  if (named && month >= 0) return serial(fullYear(named[3]), month + 1, Number(named[1]));
  return null;
}

function usedArea(model: SheetModel, valuesOnly: boolean): Area | null {
  let area: { top: number; left: number; bottom: number; right: number } | null = null;
  for (const [k, cell] of model.cells) {
    if (valuesOnly && cell.value === '' && cell.formula === null) continue;
    const [row, col] = k.split(',').map(Number) as [number, number];
    area = area
      ? { top: Math.min(area.top, row), left: Math.min(area.left, col), bottom: Math.max(area.bottom, row), right: Math.max(area.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  }
  return area;
}

function snapshot(model: SheetModel, area: Area, property: string): unknown {
  if (property === 'address') return `${quoteSheet(model.name)}!${areaAddress(area)}`;
  const rows: unknown[][] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const out: unknown[] = [];
    for (let col = area.left; col <= area.right; col++) {
      const cell = model.cells.get(key(row, col));
      if (property === 'values') out.push(cell?.value ?? '');
      else if (property === 'formulas') out.push(cell?.formula ?? cell?.value ?? '');
      else if (property === 'numberFormat') out.push(cell?.numberFormat ?? 'General');
      else throw new Error(`fake Excel: Range.load(${property}) is not simulated`);
    }
    rows.push(out);
  }
  return rows;
}

/** Which sides of a cell a border index sets. */
function sides(edge: BorderEdge, row: number, col: number, area: Area): ('top' | 'bottom' | 'left' | 'right')[] {
  switch (edge) {
    case 'EdgeTop':
      return row === area.top ? ['top'] : [];
    case 'EdgeBottom':
      return row === area.bottom ? ['bottom'] : [];
    case 'EdgeLeft':
      return col === area.left ? ['left'] : [];
    case 'EdgeRight':
      return col === area.right ? ['right'] : [];
    case 'InsideHorizontal':
      return [...(row > area.top ? (['top'] as const) : []), ...(row < area.bottom ? (['bottom'] as const) : [])];
    case 'InsideVertical':
      return [...(col > area.left ? (['left'] as const) : []), ...(col < area.right ? (['right'] as const) : [])];
  }
}
