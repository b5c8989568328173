import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';
import { excelToDate } from './fast-workbook';
import { GridSheet } from './grid-sheet';
import type { ModelWorkbook } from './sheet-model';
import { LIMITS, checkSizes, inflateEntry, readCentralDirectory } from './zip-package';
import type { PackageProblem, ZipEntry } from './zip-package';

/**
 * An OpenDocument spreadsheet (.ods, what LibreOffice saves by default) read into the same
 * workbook model as the fast .xlsx reader, under the same limits: the zip is checked from its
 * central directory (size, parts, ratio) before anything inflates; `content.xml` inflates as a
 * stream, never past the size it declares, each chunk refused on a DOCTYPE or ENTITY before the
 * XML parser sees it, and rows and columns are bounded while it is parsed, so a crafted sheet is
 * refused after its first rows. Only `content.xml` is read: it holds the sheets, their cells and
 * merges. Values come out as the .xlsx reader gives them: numbers, text, booleans, dates as UTC
 * `Date`s, formulas as `{ formula, result }` with LibreOffice's cached result.
 */
export async function openOds(bytes: Uint8Array): Promise<PackageProblem | { readonly workbook: ModelWorkbook }> {
  const directory = readCentralDirectory(bytes);
  if ('kind' in directory) return directory;
  const sizeProblem = checkSizes(directory.entries);
  if (sizeProblem) return sizeProblem;
  const names = directory.entries.map((e) => e.name.replace(/^\//, ''));
  // LibreOffice Basic and scripts live in their own folders of the package; they are never
  // inflated, and content.xml is read as in any .ods, so that whose the file is can be said.
  const macros = names.some((n) => /^(basic|scripts)\//i.test(n));
  const refuse = (problem: PackageProblem): PackageProblem => (macros ? { kind: 'macroEnabled' } : problem);
  if (await isEncrypted(bytes, directory.entries)) return refuse({ kind: 'encrypted' });
  const content = directory.entries.find((e) => e.name.replace(/^\//, '') === 'content.xml');
  if (!content) return refuse({ kind: 'corrupt' });
  const read = await readContent(bytes, content);
  if (!macros) return read;
  return 'workbook' in read ? { kind: 'macroEnabled', workbook: read.workbook } : refuse(read);
}

/**
 * A password-protected .ods keeps its zip and lists each encrypted part with `encryption-data`
 * in META-INF/manifest.xml (ODF 1.2 part 3, §4.8); its content.xml is then noise, not damage.
 */
async function isEncrypted(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<boolean> {
  const manifest = entries.find((e) => e.name.replace(/^\//, '') === 'META-INF/manifest.xml');
  if (!manifest || manifest.size > MAX_MANIFEST_BYTES) return false;
  const decoder = new TextDecoder();
  let text = '';
  if ((await inflateEntry(bytes, manifest, (chunk) => void (text += decoder.decode(chunk, { stream: true })))) !== 'ok') return false;
  return ENCRYPTION_DATA.test(text + decoder.decode());
}

const MAX_MANIFEST_BYTES = 1024 * 1024;
const ENCRYPTION_DATA = /<(?:[\w.-]+:)?encryption-data\b/;

const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  calcext: 'urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0',
} as const;

const DOCTYPE = /<!DOCTYPE|<!ENTITY/i;
/** A DDE link kept in the document, or a sheet linked to another file. */
const DDE = /<(?:[\w.-]+:)?dde-(?:source|link|connection-decl)\b/;
const LINKED_TABLE = /<(?:[\w.-]+:)?table-source\b/;
const DDE_FORMULA = /\bDDE\s*\(/i;
/** Past Excel's limit for one cell, so that the reader still sees the text is too long and says so. */
const MAX_CELL_TEXT = 2 * LIMITS.cellChars;

class Refused extends Error {
  constructor(readonly problem: PackageProblem) {
    super(problem.kind);
  }
}

async function readContent(bytes: Uint8Array, entry: ZipEntry): Promise<PackageProblem | { readonly workbook: ModelWorkbook }> {
  const reader = new ContentReader();
  const parser = new SaxesParser({ xmlns: true });
  let problem: PackageProblem | undefined;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => reader.open(tag));
  parser.on('text', (text) => reader.text(text));
  parser.on('closetag', (tag) => reader.close(tag));
  const decoder = new TextDecoder();
  /** The end of the previous chunk, so that `<!DOCTYPE` split across two chunks is still seen. */
  let tail = '';
  const feed = (text: string): boolean => {
    const seen = tail + text;
    if (DOCTYPE.test(seen)) problem = { kind: 'xmlEntities', part: entry.name };
    else if (DDE.test(seen)) problem = { kind: 'dde' };
    else if (LINKED_TABLE.test(seen)) problem = { kind: 'externalLinks' };
    if (problem) return false;
    tail = seen.slice(-32);
    try {
      parser.write(text);
    } catch (error) {
      // XML that is not well formed: the file was damaged on the way, or not written by a spreadsheet program.
      problem = error instanceof Refused ? error.problem : { kind: 'corrupt' };
    }
    return problem === undefined;
  };
  const outcome = await inflateEntry(bytes, entry, (chunk) => feed(decoder.decode(chunk, { stream: true })));
  if (outcome === 'overflow') return { kind: 'zipBomb', part: entry.name };
  if (outcome === 'corrupt') return { kind: 'corrupt' };
  if (problem) return problem;
  feed(decoder.decode());
  if (problem) return problem;
  try {
    parser.close();
  } catch {
    return { kind: 'corrupt' };
  }
  return { workbook: { worksheets: reader.sheets.map((s) => s.finish()) } };
}

/** office:value-type and the attributes that carry the value, as written on a table:table-cell. */
type CellStart = {
  readonly column: number;
  readonly repeat: number;
  readonly spanColumns: number;
  readonly spanRows: number;
  readonly type: string | undefined;
  readonly calcType: string | undefined;
  readonly value: string | undefined;
  readonly dateValue: string | undefined;
  readonly timeValue: string | undefined;
  readonly booleanValue: string | undefined;
  readonly stringValue: string | undefined;
  readonly formula: string | undefined;
};

/**
 * Walks content.xml: office:spreadsheet → table:table → (header-rows, row-groups) → table:table-row
 * → table:table-cell, with the repeat counts LibreOffice uses to write a million empty rows in one
 * element. Repeats are expanded only for cells that hold a value, and only within the limits.
 */
class ContentReader {
  readonly sheets: GridSheet[] = [];
  private sheet: GridSheet | undefined;
  /** Depth inside an element that holds no cells of this sheet (a nested table, shapes, comments). */
  private skip = 0;
  private row = 0;
  private rowRepeat = 1;
  private rowCells: { column: number; repeat: number; value: unknown }[] = [];
  private column = 0;
  private cell: CellStart | undefined;
  private paragraphs: string[] = [];
  private paragraph: string[] | undefined;
  /** Characters of the cell's text so far: a few bytes of text:s can stand for thousands of spaces. */
  private textLength = 0;

  open(tag: SaxesTagNS): void {
    if (this.skip > 0) {
      this.skip += 1;
      return;
    }
    const { uri, local } = tag;
    if (this.sheet === undefined) {
      if (uri === NS.table && local === 'table') {
        this.sheet = new GridSheet(attr(tag, NS.table, 'name') ?? '');
        this.row = 0;
      }
      return;
    }
    if (this.cell !== undefined) {
      this.openInCell(tag);
      return;
    }
    if (uri !== NS.table) {
      // Shapes, forms and other drawings anchored on the sheet: no cell text in them.
      this.skip = 1;
      return;
    }
    switch (local) {
      case 'table-row':
        this.rowRepeat = count(attr(tag, NS.table, 'number-rows-repeated'));
        this.row += 1;
        this.rowCells = [];
        this.column = 0;
        return;
      case 'table-cell':
      case 'covered-table-cell': {
        const repeat = count(attr(tag, NS.table, 'number-columns-repeated'));
        this.cell = {
          column: this.column + 1,
          repeat,
          spanColumns: local === 'table-cell' ? count(attr(tag, NS.table, 'number-columns-spanned')) : 1,
          spanRows: local === 'table-cell' ? count(attr(tag, NS.table, 'number-rows-spanned')) : 1,
          type: local === 'table-cell' ? attr(tag, NS.office, 'value-type') : undefined,
          calcType: attr(tag, NS.calcext, 'value-type'),
          value: attr(tag, NS.office, 'value'),
          dateValue: attr(tag, NS.office, 'date-value'),
          timeValue: attr(tag, NS.office, 'time-value'),
          booleanValue: attr(tag, NS.office, 'boolean-value'),
          stringValue: attr(tag, NS.office, 'string-value'),
          formula: attr(tag, NS.table, 'formula'),
        };
        this.column += repeat;
        this.paragraphs = [];
        this.textLength = 0;
        return;
      }
      case 'table':
        // A table inside a table (a sub-table in a cell region): not part of the sheet's grid.
        this.skip = 1;
        return;
      default:
        // table-columns, table-header-rows, table-row-group, table-rows, named-expressions…
        return;
    }
  }

  private openInCell(tag: SaxesTagNS): void {
    const { uri, local } = tag;
    if (uri !== NS.text) {
      // A comment (office:annotation), a picture or a text box anchored in the cell: not its value.
      this.skip = 1;
      return;
    }
    if (local === 'p' || local === 'h') {
      if (this.paragraph === undefined) this.paragraph = [];
      else this.push('\n');
    } else if (this.paragraph !== undefined) {
      if (local === 's') this.push(' '.repeat(Math.min(count(attr(tag, NS.text, 'c')), MAX_CELL_TEXT)));
      else if (local === 'tab') this.push('\t');
      else if (local === 'line-break') this.push('\n');
    }
  }

  text(text: string): void {
    // Taken as written: LibreOffice writes a cell's runs of spaces literally, not only as text:s,
    // and reads them back so; collapsing them as the ODF text rules say would change the answer.
    if (this.skip === 0 && this.paragraph !== undefined) this.push(text);
  }

  /** Text of the cell, kept only up to a little past what a cell may hold: the reader cuts it there with a warning. */
  private push(text: string): void {
    if (this.paragraph === undefined || this.textLength > MAX_CELL_TEXT) return;
    const kept = text.slice(0, MAX_CELL_TEXT + 1 - this.textLength);
    this.paragraph.push(kept);
    this.textLength += kept.length;
  }

  close(tag: SaxesTagNS): void {
    if (this.skip > 0) {
      this.skip -= 1;
      return;
    }
    if (this.sheet === undefined) return;
    const { uri, local } = tag;
    if (this.cell !== undefined) {
      if (uri === NS.text && (local === 'p' || local === 'h') && this.paragraph !== undefined) {
        this.paragraphs.push(this.paragraph.join(''));
        this.paragraph = undefined;
      } else if (uri === NS.table && (local === 'table-cell' || local === 'covered-table-cell')) {
        this.closeCell(this.cell);
        this.cell = undefined;
      }
      return;
    }
    if (uri !== NS.table) return;
    if (local === 'table-row') this.closeRow();
    else if (local === 'table') {
      this.sheets.push(this.sheet);
      this.sheet = undefined;
      // Each sheet of an .xlsx is a part of its own: the same bound on how many.
      if (this.sheets.length > LIMITS.parts) throw new Refused({ kind: 'tooManyParts', parts: this.sheets.length });
    }
  }

  private closeCell(cell: CellStart): void {
    const sheet = this.sheet as GridSheet;
    if (cell.spanColumns > 1 || cell.spanRows > 1) {
      sheet.merge(this.row, cell.column, this.row + cell.spanRows - 1, cell.column + cell.spanColumns - 1);
    }
    // =DDE("cmd";"/C calc";…) runs another program where the file is opened with links updated.
    if (cell.formula !== undefined && DDE_FORMULA.test(cell.formula.replace(/"(?:[^"]|"")*"/g, ''))) throw new Refused({ kind: 'dde' });
    const value = cellValue(cell, this.paragraphs.join('\n'));
    if (value === undefined) return;
    this.rowCells.push({ column: cell.column, repeat: cell.repeat, value });
  }

  private closeRow(): void {
    const sheet = this.sheet as GridSheet;
    const first = this.row;
    // A repeated row repeats its cells: the row number moves on by the repeat whatever it holds.
    this.row += this.rowRepeat - 1;
    if (this.rowCells.length === 0) return;
    for (let r = first; r <= this.row; r += 1) {
      for (const { column, repeat, value } of this.rowCells) {
        for (let c = column; c < column + repeat; c += 1) {
          const limit = sheet.set(r, c, value);
          if (limit) throw new Refused(limit);
        }
      }
    }
  }
}

/** The cell's value as the .xlsx reader would give it; undefined for an empty cell. */
function cellValue(cell: CellStart, text: string): unknown {
  const own = typedValue(cell, text);
  if (cell.formula !== undefined) {
    const value: { formula: string; result?: unknown } = { formula: cell.formula.replace(/^(?:of:)?=/, '') };
    if (own !== undefined && own !== '') value.result = own;
    return value;
  }
  return own;
}

function typedValue(cell: CellStart, text: string): unknown {
  if (cell.calcType === 'error') return { error: text };
  switch (cell.type) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const n = Number(cell.value);
      return cell.value === undefined || !Number.isFinite(n) ? text || undefined : n;
    }
    case 'date':
      return dateOf(cell.dateValue) ?? (text || undefined);
    case 'time':
      return timeOf(cell.timeValue) ?? (text || undefined);
    case 'boolean':
      return cell.booleanValue === undefined ? text || undefined : cell.booleanValue === 'true';
    case 'string':
      return cell.stringValue ?? text;
    default:
      // No value type: text typed in a cell whose type was never written.
      return text === '' ? undefined : text;
  }
}

/** `2025-12-31` or `2025-12-31T10:30:00`: a calendar date and time, as UTC like the .xlsx reader. */
function dateOf(value: string | undefined): Date | undefined {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?/.exec(value ?? '');
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac] = m;
  const ms = frac === undefined ? 0 : Math.round(Number(`0.${frac}`) * 1000);
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), ms));
  date.setUTCFullYear(Number(y));
  return date;
}

/** `PT12H30M00S`: a time of day, as the .xlsx reader gives a time (a date on 1899-12-30). */
function timeOf(value: string | undefined): Date | undefined {
  const m = /^-?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(value ?? '');
  if (!m) return undefined;
  const [, d, h, mi, s] = m;
  const days = Number(d ?? 0) + (Number(h ?? 0) * 3600 + Number(mi ?? 0) * 60 + Number(s ?? 0)) / 86400;
  const date = excelToDate(days, false);
  return typeof date === 'string' ? undefined : date;
}

function attr(tag: SaxesTagNS, uri: string, local: string): string | undefined {
  for (const key in tag.attributes) {
    const a = tag.attributes[key];
    if (a !== undefined && a.local === local && a.uri === uri) return a.value;
  }
  return undefined;
}

/** A repeat or span count: at least 1; LibreOffice writes up to 1,048,576. */
function count(value: string | undefined): number {
  const n = value === undefined ? 1 : parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}
