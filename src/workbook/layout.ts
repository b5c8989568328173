/**
 * A workbook described as plain data. The file adapter (exceljs) and the Office.js adapter both
 * render this one description, so a layout is written once. Rows and columns are 1-based.
 */

export type Formula = { readonly formula: string; readonly result?: number | string };
/** Dates are carried as ISO `YYYY-MM-DD` so the description stays JSON-friendly. */
export type DateValue = { readonly date: string };
export type CellValue = string | number | boolean | Formula | DateValue | null;

export type Message = { readonly title: string; readonly text: string };

export type ValidationRule =
  | { readonly kind: 'whole'; readonly min: number; readonly max?: number }
  | { readonly kind: 'decimal'; readonly min: number; readonly max?: number }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'date'; readonly from: string; readonly to: string }
  | { readonly kind: 'textLength'; readonly max: number };

export type Validation = {
  readonly rule: ValidationRule;
  readonly prompt: Message;
  readonly error: Message;
};

export type Cell = {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  readonly style?: StyleName;
  /** A number format for this cell instead of its style's: decimals for decimal and money indicators, % for rates. */
  readonly numFmt?: string;
  /** Cells are locked unless they are answers. */
  readonly unlocked?: boolean;
  readonly validation?: Validation;
  /** An address the cell's text opens when clicked (a hyperlink); the text stays the cell's value. */
  readonly link?: string;
};

export type Merge = { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };

export type Column = { readonly width: number; readonly hidden?: boolean };

export type PrintSetup = {
  readonly orientation: 'portrait' | 'landscape';
  /** Rows repeated at the top of every printed page, e.g. the table header. */
  readonly repeatRows?: { readonly from: number; readonly to: number };
  /** Columns repeated at the left of every printed page, e.g. the code and name of each row. */
  readonly repeatCols?: { readonly from: number; readonly to: number };
  /**
   * A fixed print scale in percent, over as many pages as the sheet needs. Without it the sheet
   * prints one page wide, however small that makes a wide sheet's text.
   */
  readonly scale?: number;
  readonly footer?: string;
  /** Page margins in millimetres, where a sheet has its own (the written report's ND30 margins). */
  readonly marginsMm?: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** The page number at the top centre from the second page on, none on the first (ND30). */
  readonly pageNumberFromSecondPage?: { readonly fontSize: number };
};

/** A bar in each cell proportional to its value: our chart of achievement, which every program renders. */
export type DataBar = { readonly range: Merge; readonly min: number; readonly max: number; readonly color: string };

/**
 * A clustered bar chart drawn over cells of its own sheet: one bar per category, each series a
 * column of numbers beside the categories. Both edges draw it from this description: Office.js
 * charts in Excel, a chart part written into the file by the exceljs edge.
 */
export type BarChart = {
  readonly name: string;
  readonly title: string;
  /** A one-column range of labels, one per bar, top to bottom. */
  readonly categories: Merge;
  readonly series: readonly ChartSeries[];
  readonly valueAxisTitle: string;
  /** The value axis and the data labels' number format, e.g. `0%`. */
  readonly valueFormat: string;
  /** The cells the chart covers, top-left to bottom-right. */
  readonly anchor: Merge;
};

/** A one-column range of numbers, as long as the categories, and the cell holding its name above it. */
export type ChartSeries = { readonly name: string; readonly values: Merge; readonly color: string };

/**
 * A picture over the cells, its top-left corner at the top-left of `anchor`, at its own size in
 * pixels (96 dpi: 0.75 pt a pixel). The rows above it and the columns left of it have sizes in the
 * layout, so the Office.js edge, which places a picture in points, finds the same spot.
 */
export type SheetImage = {
  readonly name: string;
  /** What a screen reader says, and what shows where pictures are not drawn. */
  readonly altText: string;
  /** PNG bytes, base64 without a `data:` prefix: what Office.js `shapes.addImage` takes. */
  readonly pngBase64: string;
  readonly anchor: { readonly row: number; readonly col: number };
  readonly widthPx: number;
  readonly heightPx: number;
};

export type Sheet = {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly columns: readonly Column[];
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly cells: readonly Cell[];
  readonly merges: readonly Merge[];
  /** Rows and columns kept in view while scrolling. */
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly protect: boolean;
  readonly print: PrintSetup;
  readonly tabColor?: string;
  readonly dataBars?: readonly DataBar[];
  readonly charts?: readonly BarChart[];
  /** Pictures; a sheet has pictures or charts, not both (the file edge writes one drawing part a sheet). */
  readonly images?: readonly SheetImage[];
  /** A table's header row and data rows with filter buttons; totals stay outside it. */
  readonly autoFilter?: Merge;
};

/** A workbook-level name for a range, so other tools find landmarks without fixed addresses. */
export type DefinedName = {
  readonly name: string;
  readonly sheet: string;
  readonly range: Merge;
};

export type WorkbookProperties = {
  readonly title: string;
  readonly subject: string;
  readonly keywords: string;
  readonly creator: string;
  readonly description: string;
  /** ISO date-time; fixed by the caller so the same input gives the same file. */
  readonly created: string;
};

export type WorkbookLayout = {
  readonly sheets: readonly Sheet[];
  readonly names: readonly DefinedName[];
  readonly properties: WorkbookProperties;
};

/** Named styles, so every sheet looks alike and an adapter maps each name once. */
export type StyleName =
  | 'title'
  | 'subtitle'
  | 'caption'
  | 'label'
  | 'value'
  | 'valueBold'
  | 'tableHeader'
  | 'section'
  | 'code'
  | 'text'
  | 'textIndent'
  | 'measure'
  | 'number'
  | 'target'
  | 'percent'
  | 'computed'
  | 'answer'
  | 'answerText'
  | 'answerPhone'
  | 'answerDate'
  | 'date'
  | 'note'
  | 'total'
  | 'guideHeading'
  | 'guideText'
  | 'guideStep'
  | 'guideLink'
  | 'signature'
  | 'signatureTitle'
  | 'meta'
  | 'docOrg'
  | 'docOrgBold'
  | 'docNational'
  | 'docMotto'
  | 'docRule'
  | 'docRuleAbove'
  | 'docNumber'
  | 'docPlace'
  | 'docTitle'
  | 'docSubtitle'
  | 'docHeading'
  | 'docText'
  | 'docRecipientsTitle'
  | 'docRecipients'
  | 'docSignature'
  | 'error'
  | 'warning';
