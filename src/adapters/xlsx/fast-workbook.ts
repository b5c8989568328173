import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';
import { WORKSHEET_REL, relationshipsPartName, resolveTarget, workbookPartName } from './package-paths';
import type { ModelCell, ModelRow, ModelSheet, ModelWorkbook } from './sheet-model';
import type { PackageParts } from './zip-package';

/**
 * A workbook read straight from the XML parts the package check already inflated: the sheet
 * list, shared strings, the number formats of cell styles (to know dates) and, only when asked
 * for, a sheet's cells and merges. Values come out as exceljs gives them (the reader was built
 * on exceljs): the same types, the same date conversion, the same decoding of text, the same
 * failures on XML that cannot be read. It departs from exceljs where exceljs misreads what the
 * specification (ECMA-376) allows and real applications write: parts found through their
 * relationships whatever their names, elements matched by namespace whatever their prefix, rows
 * and cells without `r`, ISO dates (`t="d"`), inline strings as a formula's result, date formats
 * in capitals, the 1900 leap-year rule and `date1904="true"`.
 */
export function loadWorkbook(parts: PackageParts): ModelWorkbook {
  const lowerCase = new Map([...parts].map(([name, text]) => [name.toLowerCase(), text]));
  // Part names are case-insensitive (ECMA-376 Part 2, §9.1.1.1).
  const part = (name: string) => parts.get(name) ?? lowerCase.get(name.toLowerCase());
  const workbookPart = workbookPartName(part('_rels/.rels'));
  const workbookXml = part(workbookPart);
  const book = workbookXml === undefined ? { sheets: [], date1904: false } : parseWorkbookXml(workbookXml);
  const rels = parseRels(part(relationshipsPartName(workbookPart)), workbookPart);
  const related = (type: RegExp, fallback: string) => part(rels.find((r) => type.test(r.type))?.path ?? fallback);
  const sharedXml = related(/\/sharedStrings$/, 'xl/sharedStrings.xml');
  const shared = sharedXml === undefined ? undefined : parseSharedStrings(sharedXml);
  const stylesXml = related(/\/styles$/, 'xl/styles.xml');
  const styles = stylesXml === undefined ? undefined : parseStyles(stylesXml);
  const context: BookContext = { shared, styles, date1904: book.date1904 };
  const byRelId = new Map(rels.map((r) => [r.id, r]));

  // A sheet is kept when its relationship is a worksheet's (chart and dialog sheets are not);
  // then, as exceljs, sheets are indexed by id (a later duplicate wins) and put in list order.
  const byId: FastSheet[] = [];
  const orderOf = (id: number) => book.sheets.findIndex((s) => s.id === id);
  for (const sheet of book.sheets) {
    const rel = sheet.rId === undefined ? undefined : byRelId.get(sheet.rId);
    if (rel === undefined || !isWorksheet(rel)) continue;
    const xml = part(rel.path);
    if (xml === undefined) continue;
    byId[sheet.id] = new FastSheet(sheet.name, sheet.hidden, orderOf(sheet.id), xml, context);
  }
  const worksheets = byId
    .slice(1)
    .sort((a, b) => a.order - b.order)
    .filter(Boolean);
  return { worksheets };
}

type PartRel = { readonly id: string; readonly type: string; readonly path: string };

/** By its type; a relationship written without one (no real writer does) by its part's folder. */
function isWorksheet(rel: PartRel): boolean {
  return rel.type === '' ? /(^|\/)worksheets\/[^/]+$/i.test(rel.path) : WORKSHEET_REL.test(rel.type);
}

// ---------------------------------------------------------------------------------------------
// SAX parsing as exceljs does it: 16 KB at a time, the last error of a chunk thrown after it,
// never closed (a document cut short is not an error), stopping where the root element closes.

/** An element as the handlers see it: SpreadsheetML and relationship elements by local name. */
type Tag = { readonly name: string; readonly attributes: Readonly<Record<string, string | undefined>>; readonly selfClosing: boolean };

type Handlers = {
  open(tag: Tag): void;
  text(text: string): void;
  /** Returns true when parsing is done. */
  close(name: string): boolean;
};

const CHUNK = 16 * 1024;

const SPREADSHEETML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * `<x:c>` is `<c>` when x is bound to SpreadsheetML, as the OpenXML SDK and Tencent Office write
 * it; an element of another namespace (x14:, mc:) keeps its prefixed name and matches nothing.
 * Elements in no namespace are taken as SpreadsheetML too. `r:id` is the relationship id
 * whatever its prefix.
 */
function plainTag(tag: SaxesTagNS): Tag {
  const attributes: Record<string, string> = {};
  for (const a of Object.values(tag.attributes)) {
    if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
    attributes[a.uri === RELATIONSHIPS ? `r:${a.local}` : a.name] = a.value;
  }
  return { name: elementName(tag), attributes, selfClosing: tag.isSelfClosing };
}

function elementName(tag: SaxesTagNS): string {
  return tag.uri === SPREADSHEETML || tag.uri === PACKAGE_RELATIONSHIPS || tag.uri === '' ? tag.local : tag.name;
}

function parseXml(xml: string, handlers: Handlers): void {
  const parser = new SaxesParser({ xmlns: true });
  let error: Error | undefined;
  let done = false;
  parser.on('error', (e) => {
    error = e;
  });
  parser.on('opentag', (tag) => {
    if (!done) handlers.open(plainTag(tag));
  });
  parser.on('text', (text) => {
    if (!done) handlers.text(text);
  });
  parser.on('closetag', (tag) => {
    if (!done && handlers.close(elementName(tag))) done = true;
  });
  for (let i = 0; i < xml.length; i += CHUNK) {
    parser.write(xml.substring(i, i + CHUNK));
    if (error) throw error;
    if (done) return;
  }
}

function xmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return c;
    }
  });
}

function textXform(parts: readonly string[]): string {
  // Excel writes the hex digits in capitals; some writers (Apache POI's bug 60289) in small letters.
  return parts.join('').replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// ---------------------------------------------------------------------------------------------
// Workbook, relationships, shared strings, styles.

type SheetEntry = { readonly name: string; readonly id: number; readonly rId: string | undefined; readonly hidden: boolean };

function parseWorkbookXml(xml: string): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let closed = false;
  parseXml(xml, {
    open(tag) {
      const a = tag.attributes;
      if (tag.name === 'sheet') {
        if (a.name === undefined) throw new TypeError("Cannot read properties of undefined (reading 'replace')");
        sheets.push({ name: xmlDecode(a.name), id: parseInt(a.sheetId ?? '', 10), rId: a['r:id'], hidden: a.state === 'hidden' || a.state === 'veryHidden' });
      } else if (tag.name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
    text() {},
    close: (name) => (closed = name === 'workbook'),
  });
  // exceljs gets no workbook model from a part whose root never closes, and fails on it.
  if (!closed) throw new TypeError("Cannot read properties of undefined (reading 'sheets')");
  return { sheets, date1904 };
}

/** The workbook's relationships, targets resolved to part names. */
function parseRels(xml: string | undefined, workbookPart: string): PartRel[] {
  const rels: PartRel[] = [];
  if (xml === undefined) return rels;
  let depth = 0;
  parseXml(xml, {
    open(tag) {
      const a = tag.attributes;
      if (depth > 0) depth += 1;
      else if (tag.name === 'Relationship') {
        depth = 1;
        if (a.Id !== undefined && a.Target !== undefined && a.TargetMode !== 'External') rels.push({ id: a.Id, type: a.Type ?? '', path: resolveTarget(workbookPart, a.Target) });
      } else if (tag.name !== 'Relationships') throw new Error(`Unexpected xml node in parseOpen: ${JSON.stringify(tag)}`);
    },
    text() {},
    close(name) {
      if (depth > 0) {
        depth -= 1;
        return false;
      }
      return name === 'Relationships';
    },
  });
  return rels;
}

type RichRun = { text?: string };
type RichText = { richText: RichRun[] };

/** Shared strings: text, rich text runs, or `{}` for an item with neither (exceljs' model). */
function parseSharedStrings(xml: string): unknown[] {
  const values: unknown[] = [];
  let item: unknown;
  let inItem = false;
  let text: string[] | undefined;
  let run: RichRun | undefined;
  /** Depth inside elements other than r and t (rPh, rPr …), whose text is not the item's. */
  let other = 0;
  parseXml(xml, {
    open(tag) {
      if (!inItem) {
        if (tag.name === 'si') {
          inItem = true;
          item = {};
        } else if (tag.name !== 'sst') throw new Error(`Unexpected xml node in parseOpen: ${JSON.stringify(tag)}`);
        return;
      }
      if (other > 0) {
        other += 1;
        return;
      }
      if (tag.name === 'r' && run === undefined) run = {};
      else if (tag.name === 't') text = [];
      else other += 1;
    },
    text(t) {
      if (other === 0 && text !== undefined) text.push(t);
    },
    close(name) {
      if (!inItem) return name === 'sst';
      if (other > 0) {
        other -= 1;
        return false;
      }
      if (name === 't' && text !== undefined) {
        const value = textXform(text);
        text = undefined;
        if (run !== undefined) run.text = value;
        else item = value;
      } else if (name === 'r' && run !== undefined) {
        const rich = item as Partial<RichText>;
        (rich.richText ??= []).push(run);
        run = undefined;
      } else if (name === 'si') {
        values.push(item);
        inItem = false;
      }
      return false;
    },
  });
  return values;
}

/** Built-in number formats exceljs knows, by id. */
export const DEFAULT_FORMATS: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/**
 * Whether a format shows a date or time: a date letter outside brackets, quotes, escapes (`\D`),
 * padding (`_)`) and fills (`*-`), in either case (LibreOffice writes `YYYY`, `D`, `HH`).
 */
export function isDateFmt(format: string | undefined): boolean {
  if (!format) return false;
  const codes = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/[\\_*]./g, '');
  return /[ymdhsbYMDHS]/.test(codes);
}

/** For each cell style (cellXfs index): whether a number in it is a date, as exceljs decides. */
type Styles = { readonly count: number; readonly dateStyles: ReadonlySet<number> };

function parseStyles(xml: string): Styles {
  const formats = new Map<number, string>();
  const xfNumFmts: number[] = [];
  let inCellXfs = false;
  let closed = false;
  parseXml(xml, {
    open(tag) {
      const a = tag.attributes;
      if (tag.name === 'numFmt') {
        if (a.formatCode === undefined) throw new TypeError("Cannot read properties of undefined (reading 'replace')");
        formats.set(parseInt(a.numFmtId ?? '', 10), a.formatCode);
      } else if (tag.name === 'cellXfs') inCellXfs = true;
      else if (tag.name === 'xf' && inCellXfs) xfNumFmts.push(parseInt(a.numFmtId ?? '', 10));
    },
    text() {},
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
      return (closed = name === 'styleSheet');
    },
  });
  if (!closed) throw new TypeError("Cannot read properties of undefined (reading 'styles')");
  const dateStyles = new Set<number>();
  xfNumFmts.forEach((id, index) => {
    // exceljs: a style with numFmtId 0 (or none) has no number format.
    if (id && isDateFmt(formats.get(id) || DEFAULT_FORMATS[id])) dateStyles.add(index);
  });
  return { count: xfNumFmts.length, dateStyles };
}

// ---------------------------------------------------------------------------------------------
// Cells, rows and sheets with exceljs' behaviour.

type BookContext = { readonly shared: unknown[] | undefined; readonly styles: Styles | undefined; readonly date1904: boolean };
/** A sheet's shared formulas: the master cell's address by shared index, as the cells go by. */
type SheetContext = BookContext & { readonly formulae: Map<string | undefined, string | undefined> };

export class FastCell implements ModelCell {
  /** The master of the merge covering this cell, when it is covered. */
  mergedTo: FastCell | undefined;

  constructor(
    readonly address: string,
    /** exceljs' value of the cell itself; null for an empty (styled) cell. */
    readonly own: unknown,
  ) {}

  get value(): unknown {
    return this.mergedTo ? this.mergedTo.value : this.own;
  }

  get master(): FastCell {
    return this.mergedTo ?? this;
  }

  /** exceljs' Null type: skipped by eachCell and does not make its row count. */
  get isNull(): boolean {
    return this.mergedTo === undefined && this.own === null;
  }
}

export class FastRow implements ModelRow {
  readonly cells: FastCell[] = [];

  constructor(readonly number: number) {}

  eachCell(callback: (cell: ModelCell, colNumber: number) => void): void {
    this.cells.forEach((cell, index) => {
      if (!cell.isNull) callback(cell, index + 1);
    });
  }

  findCell(colNumber: number): FastCell | undefined {
    return this.cells[colNumber - 1];
  }

  getCell(colNumber: number): FastCell {
    let cell = this.cells[colNumber - 1];
    if (!cell) {
      cell = new FastCell(columnLetters(colNumber) + String(this.number), null);
      this.cells[colNumber - 1] = cell;
    }
    return cell;
  }

  get hasValues(): boolean {
    return this.cells.some((cell) => !cell.isNull);
  }
}

/** A sheet read into rows, however the file held them (.xlsx here, .ods and .xls in grid-sheet.ts). */
export abstract class RowsSheet {
  protected abstract sheetRows(): FastRow[];

  eachRow(callback: (row: ModelRow, rowNumber: number) => void): void {
    this.sheetRows().forEach((row) => {
      if (row.hasValues) callback(row, row.number);
    });
  }

  findRow(rowNumber: number): FastRow | undefined {
    return this.sheetRows()[rowNumber - 1];
  }

  getCell(address: string): FastCell {
    const { row, col } = decodeAddress(address);
    return getRow(this.sheetRows(), row).getCell(col);
  }
}

class FastSheet extends RowsSheet implements ModelSheet {
  private parsed: FastRow[] | undefined;

  constructor(
    readonly name: string,
    readonly hidden: boolean,
    readonly order: number,
    private readonly xml: string,
    private readonly context: BookContext,
  ) {
    super();
  }

  protected sheetRows(): FastRow[] {
    this.parsed ??= parseSheet(this.xml, { ...this.context, formulae: new Map() });
    return this.parsed;
  }

}

export function getRow(rows: FastRow[], number: number): FastRow {
  let row = rows[number - 1];
  if (!row) {
    row = new FastRow(number);
    rows[number - 1] = row;
  }
  return row;
}

type CellParse = {
  address: string | undefined;
  t: string | undefined;
  styleId: number;
  formula: string | undefined;
  shareType: string | undefined;
  si: string | undefined;
  ref: string | undefined;
  value: unknown;
  node: 'f' | 'v' | 't' | undefined;
  run: RichRun | undefined;
  runText: string[] | undefined;
  runDepth: number;
};

/** A cell, or for an empty self-closing `<c/>` only its `r` ('' when it has none): it holds nothing, but takes a place. */
type RowParse = { number: number; cells: (CellParse | string)[] };

/** A worksheet's rows (sparse, by row number − 1) with merges applied, as exceljs builds them. */
function parseSheet(xml: string, context: SheetContext): FastRow[] {
  const rowModels: RowParse[] = [];
  let mergeRefs: string[] | undefined;
  let closed = false;
  /** Where the parser is: 'data' inside sheetData, 'merges' inside mergeCells, else 'top'. */
  let where: 'top' | 'data' | 'merges' | 'skip' = 'top';
  let skipDepth = 0;
  let row: RowParse | undefined;
  let cell: CellParse | undefined;

  parseXml(xml, {
    open(tag) {
      const a = tag.attributes;
      if (where === 'skip') {
        skipDepth += 1;
        return;
      }
      if (where === 'top') {
        if (tag.name === 'sheetData') where = 'data';
        else if (tag.name === 'mergeCells') {
          where = 'merges';
          mergeRefs = [];
        } else if (tag.name !== 'worksheet' && SKIPPED.has(tag.name)) {
          where = 'skip';
          skipDepth = 1;
        }
        return;
      }
      if (where === 'merges') {
        if (tag.name === 'mergeCell') mergeRefs?.push(a.ref as string);
        return;
      }
      // sheetData
      if (cell) {
        openInCell(cell, tag);
        return;
      }
      if (row) {
        // LibreOffice writes thousands of empty styled cells; they hold nothing a reader looks at
        // (getCell gives the same empty cell), so they cost no object.
        if (tag.name === 'c' && tag.selfClosing) row.cells.push(a.r ?? '');
        else if (tag.name === 'c') {
          cell = { address: a.r, t: a.t, styleId: a.s ? parseInt(a.s, 10) : 0, formula: undefined, shareType: undefined, si: undefined, ref: undefined, value: undefined, node: undefined, run: undefined, runText: undefined, runDepth: 0 };
        }
        return;
      }
      // A row without `r` follows the previous one (ECMA-376 §18.3.1.73).
      if (tag.name === 'row') row = { number: a.r === undefined ? (rowModels[rowModels.length - 1]?.number ?? 0) + 1 : parseInt(a.r, 10), cells: [] };
    },
    text(text) {
      if (cell) textInCell(cell, text);
    },
    close(name) {
      if (where === 'skip') {
        skipDepth -= 1;
        if (skipDepth === 0) where = 'top';
        return false;
      }
      if (where === 'merges') {
        if (name === 'mergeCells') where = 'top';
        return false;
      }
      if (where === 'data') {
        if (cell) {
          if (name === 'c' && cell.run === undefined) {
            row?.cells.push(cell);
            cell = undefined;
          } else closeInCell(cell, name);
          return false;
        }
        if (row) {
          if (name === 'row') {
            rowModels.push(row);
            row = undefined;
          }
          return false;
        }
        if (name === 'sheetData') where = 'top';
        return false;
      }
      if (name === 'worksheet') {
        closed = true;
        return true;
      }
      return false;
    },
  });
  if (!closed) throw new TypeError("Cannot set properties of undefined (setting 'sheetNo')");

  // exceljs makes every value first (and fails there first), then places the cells.
  const values = rowModels.map((model) => model.cells.map((c) => (typeof c === 'string' ? MERGE : cellValue(c, context))));
  const rows: FastRow[] = [];
  for (const [r, model] of rowModels.entries()) {
    if (model.number !== model.number) throw new Error('Invalid row number in model');
    const target = new FastRow(model.number);
    rows[model.number - 1] = target;
    let previous: Place | undefined;
    for (const [i, c] of model.cells.entries()) {
      if (typeof c === 'string') {
        previous = c === '' ? following(previous, model.number) : c;
        continue;
      }
      const value = values[r]?.[i];
      const at = c.address ? decodeAddress(c.address) : following(previous, model.number);
      previous = at;
      if (value === MERGE) continue;
      const existing = target.cells[at.col - 1];
      target.cells[at.col - 1] = new FastCell(existing ? existing.address : at.address, value);
    }
  }
  applyMerges(rows, mergeRefs ?? []);
  return rows;
}

/** Where a cell is: decoded, or the `r` of an empty cell, decoded only when a cell without `r` follows it. */
type Place = { readonly row: number; readonly col: number } | string;

/** A cell without `r` follows the previous one (ECMA-376 §18.3.1.4); the first of its row is in column A. */
function following(previous: Place | undefined, rowNumber: number): { row: number; col: number; address: string } {
  const p = typeof previous === 'string' ? decodeAddress(previous) : previous;
  const col = p ? p.col + 1 : 1;
  const row = p ? p.row : rowNumber;
  return { row, col, address: columnLetters(col) + String(row) };
}

/** Worksheet elements exceljs parses but never holding cells or merges; their children are skipped. */
const SKIPPED: ReadonlySet<string> = new Set(['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'dataValidations', 'conditionalFormatting', 'extLst', 'hyperlinks', 'pageSetup', 'printOptions', 'pageMargins', 'headerFooter', 'rowBreaks', 'picture', 'drawing', 'tableParts', 'autoFilter', 'sheetProtection', 'legacyDrawing', 'legacyDrawingHF', 'oleObjects', 'controls', 'colBreaks', 'phoneticPr', 'customSheetViews', 'sheetCalcPr', 'protectedRanges', 'scenarios', 'sortState', 'dataConsolidate', 'smartTags', 'ignoredErrors', 'webPublishItems']);

function openInCell(cell: CellParse, tag: Tag): void {
  if (cell.run !== undefined) {
    // Inside a rich text run: its <t> text; <rPr> and the rest are skipped.
    if (tag.name === 't' && cell.runDepth === 0) cell.runText = [];
    else cell.runDepth += 1;
    return;
  }
  const a = tag.attributes;
  switch (tag.name) {
    case 'f':
      cell.node = 'f';
      cell.shareType = a.t;
      cell.si = a.si;
      cell.ref = a.ref;
      return;
    case 'v':
      cell.node = 'v';
      return;
    case 't':
      cell.node = 't';
      return;
    case 'r':
      cell.run = {};
      cell.runDepth = 0;
      return;
    default:
      return;
  }
}

function textInCell(cell: CellParse, text: string): void {
  if (cell.run !== undefined) {
    if (cell.runText !== undefined && cell.runDepth === 0) cell.runText.push(text);
    return;
  }
  if (cell.node === 'f') cell.formula = cell.formula ? cell.formula + text : text;
  else if (cell.node === 'v' || cell.node === 't') {
    if (isRich(cell.value)) return;
    cell.value = cell.value ? `${String(cell.value)}${text}` : text;
  }
}

function closeInCell(cell: CellParse, name: string): void {
  if (cell.run !== undefined) {
    if (name === 'r' && cell.runDepth === 0) {
      const value = (cell.value || {}) as Partial<RichText>;
      if (typeof value !== 'object') throw new TypeError(`Cannot create property 'richText' on string '${String(value)}'`);
      (value.richText ??= []).push(cell.run);
      cell.value = value;
      cell.run = undefined;
      cell.node = undefined;
    } else if (name === 't' && cell.runDepth === 0 && cell.runText !== undefined) {
      cell.run.text = textXform(cell.runText);
      cell.runText = undefined;
    } else if (cell.runDepth > 0) cell.runDepth -= 1;
    return;
  }
  if (name === 'f' || name === 'v' || name === 'is' || name === 't') cell.node = undefined;
}

function isRich(value: unknown): value is RichText {
  return typeof value === 'object' && value !== null && 'richText' in value;
}

const MERGE = Symbol('merge');

/** The cell's value as exceljs makes it (parseClose, then reconcile); MERGE when exceljs drops the cell. */
function cellValue(c: CellParse, context: SheetContext): unknown {
  const isDate = c.styleId !== 0 && c.styleId === c.styleId && context.styles !== undefined && c.styleId < context.styles.count && context.styles.dateStyles.has(c.styleId);
  if (c.formula || c.shareType) {
    let result: unknown;
    if (c.value) {
      if (c.t === 'str') result = isRich(c.value) ? c.value : xmlDecode(textOf(c.value));
      // A cached result written as an inline string (`<is>`) is text, as with t="str".
      else if (c.t === 'inlineStr') result = inlineText(c.value);
      else if (c.t === 'b') result = parseInt(String(c.value), 10) !== 0;
      else if (c.t === 'e') result = { error: c.value };
      else if (c.t === 'd') result = isoDate(String(c.value));
      else result = parseFloat(String(c.value));
    }
    if (typeof result === 'number' && isDate) result = excelToDate(result, context.date1904);
    let shareType = c.shareType;
    let sharedFormula: string | undefined;
    if (shareType === 'shared') {
      if (c.ref) context.formulae.set(c.si, c.address);
      else {
        sharedFormula = context.formulae.get(c.si);
        shareType = undefined;
      }
    }
    // Like exceljs, parts that are absent are left out; unlike exceljs, a cached 0 or FALSE is a
    // result (a clerk's =A1+B1 that comes to 0 answered 0), and only a missing one is dropped.
    const value: Record<string, unknown> = {};
    const keep = (key: string, v: unknown) => {
      if (v) value[key] = v;
    };
    keep('formula', c.formula);
    // A data table's cells (What-If Analysis) carry no formula text, only Excel's cached results.
    if (shareType === 'dataTable') value.formula = c.formula ?? '';
    if (result !== undefined && result !== '' && !(typeof result === 'number' && Number.isNaN(result))) value.result = result;
    keep('ref', c.ref);
    keep('shareType', shareType);
    keep('sharedFormula', sharedFormula);
    return value;
  }
  if (c.value !== undefined) {
    switch (c.t) {
      case 's': {
        const index = parseInt(String(c.value), 10);
        const value = context.shared ? context.shared[index] : index;
        if (value === undefined || value === null) throw new TypeError("Cannot read properties of undefined (reading 'richText')");
        return value;
      }
      case 'str':
        return xmlDecode(textOf(c.value));
      case 'inlineStr':
        return inlineText(c.value);
      case 'b':
        return parseInt(String(c.value), 10) !== 0;
      case 'e':
        return { error: c.value };
      case 'd':
        return isoDate(String(c.value));
      default: {
        const n = parseFloat(String(c.value));
        return isDate ? excelToDate(n, context.date1904) : n;
      }
    }
  }
  return c.styleId ? null : MERGE;
}

/** An inline string's `_xHHHH_` escapes decoded, as its runs' are (exceljs left them in the plain text). */
function inlineText(value: unknown): unknown {
  return typeof value === 'string' ? textXform([value]) : value;
}

function textOf(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError('text.replace is not a function');
  return value;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * A date serial as a UTC date. In the 1900 system Excel keeps Lotus 1-2-3's leap day: serial 60
 * is 29 February 1900, a day that never was (given as that text), so serials 1–59 fall a day
 * later than counting from 30 December 1899 gives; below 1 is a time of day, left as exceljs has it.
 */
export function excelToDate(v: number, date1904: boolean): Date | string {
  if (date1904) return new Date(Math.round((v - 25569 + 1462) * DAY_MS));
  if (v >= 60 && v < 61) return '1900-02-29';
  return new Date(Math.round((v - 25569 + (v >= 1 && v < 60 ? 1 : 0)) * DAY_MS));
}

/**
 * A `t="d"` cell's ISO 8601 date or date-time (§18.17.4), in UTC as the other dates are: a
 * value written with no zone is the date as shown, not a moment in this computer's time zone.
 * Text that is no date stays text.
 */
function isoDate(text: string): Date | string {
  const value = text.trim();
  const dated = /^\d{4}-\d{2}-\d{2}/.test(value);
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(value) && value.includes('T');
  const timeOnly = /^T?\d{2}:\d{2}/.test(value);
  const iso = dated ? (value.length === 10 ? `${value}T00:00:00Z` : zoned ? value : `${value}Z`) : timeOnly ? `1899-12-30T${value.replace(/^T/, '')}Z` : '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? text : date;
}

type Area = { top: number; left: number; bottom: number; right: number };

export function applyMerges(rows: FastRow[], refs: readonly string[]): void {
  const areas: Area[] = [];
  for (const ref of refs) {
    const area = decodeRange(ref);
    if (areas.some((m) => m.left <= area.right && m.right >= area.left && m.top <= area.bottom && m.bottom >= area.top)) {
      throw new Error('Cannot merge already merged cells');
    }
    const master = getRow(rows, area.top).getCell(area.left);
    for (let r = area.top; r <= area.bottom; r += 1) {
      for (let c = area.left; c <= area.right; c += 1) {
        if (r > area.top || c > area.left) getRow(rows, r).getCell(c).mergedTo = master;
      }
    }
    areas.push(area);
  }
}

function decodeRange(ref: string): Area {
  const parts = ref.split(':');
  const tl = decodeAddress(parts[0] ?? '');
  const br = parts.length === 2 ? decodeAddress(parts[1] ?? '') : tl;
  return { top: Math.min(tl.row, br.row), left: Math.min(tl.col, br.col), bottom: Math.max(tl.row, br.row), right: Math.max(tl.col, br.col) };
}

/** exceljs' colCache.decodeAddress for the addresses a sheet holds. */
export function decodeAddress(value: string): { row: number; col: number; address: string } {
  let col = '';
  let colNumber = 0;
  let hasCol = false;
  let row = '';
  let rowNumber = 0;
  let hasRow = false;
  for (let i = 0; i < value.length; i += 1) {
    const ch = value.charCodeAt(i);
    if (!hasRow && ch >= 65 && ch <= 90) {
      hasCol = true;
      col += value[i];
      colNumber = colNumber * 26 + ch - 64;
    } else if (ch >= 48 && ch <= 57) {
      hasRow = true;
      row += value[i];
      rowNumber = rowNumber * 10 + ch - 48;
    } else if (hasRow && hasCol && ch !== 36) break;
  }
  if (!hasCol || !hasRow) throw new Error(`Invalid cell address: ${value}`);
  if (colNumber > 16384) throw new Error(`Out of bounds. Invalid column letter: ${col}`);
  return { row: rowNumber, col: colNumber, address: col + row };
}

export function columnLetters(n: number): string {
  let letters = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) letters = String.fromCharCode(65 + ((x - 1) % 26)) + letters;
  return letters;
}
