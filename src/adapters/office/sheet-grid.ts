import { makeIssue, messages, t } from '../../core';
import { INDICATOR_CODE_PATTERN, RETURN_COLUMN_HEADERS, labelKey, landmark } from '../../workbook';
import type { ReturnColumn } from '../../workbook';
import type { Issue, MessageKey, RawCell, RawHeader, RawIdentity, RawReturn, RawRow, RawValue } from '../../core';
import { META_KEYS, a1, fingerprint, lockedContent } from '../../workbook';

/**
 * A sheet's used range as plain arrays, the way Excel hands it over: `values` (cached results for
 * formulas, '' for empty), `formulaCells` (where formulas are), `numberFormats`. Rows and columns
 * of `top`/`left` are 1-based. Nothing here touches Excel, so it is tested with literal arrays.
 */
export type SheetGrid = {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly unknown[])[];
  /** Where formulas are (A1 addresses), located with `getSpecialCellsOrNullObject('Formulas')`. */
  readonly formulaCells?: ReadonlySet<string>;
  readonly numberFormats?: readonly (readonly unknown[])[];
};

export type ReturnSource = {
  /** The workbook or file name as received; never trusted for identity. */
  readonly file: string;
  /** SHA-256 of the file's bytes; '' when the return is read from an open workbook. */
  readonly sha256: string;
  /** Key/value metadata found for this sheet (see `metadataOf`), or null. */
  readonly metadata: ReadonlyMap<string, string> | null;
};

/** The indicator codes of the contract: a capital, then 1–15 capitals, digits or underscores. */
export const CODE_PATTERN = INDICATOR_CODE_PATTERN;

type Column = ReturnColumn;
const COLUMN_HEADERS = RETURN_COLUMN_HEADERS;
const REQUIRED_COLUMNS: readonly Column[] = ['code', 'content', 'measure', 'target', 'result', 'note'];

/**
 * Builds the raw return of one sheet the way the .xlsx reader does: the header row found by its
 * `Mã` and `Kết quả` texts, each column by its header text, every row whose `Mã` holds a code
 * (duplicates included: validation reports them), the header block by its labels, identity from
 * metadata else from the header block, the fingerprint recomputed from what was read.
 */
export function gridToRawReturn(grid: SheetGrid, source: ReturnSource): RawReturn {
  const readIssues: Issue[] = [];
  const table = findTable(grid);
  const rows: RawRow[] = [];
  if (table === null) {
    readIssues.push(makeIssue({ severity: 'error', code: 'office.read.noTable', file: source.file, sheet: grid.sheet, params: { sheet: grid.sheet } }));
  } else {
    const { columns } = table;
    for (let r = table.headerRow + 1; r < grid.values.length; r++) {
      const code = cellText(grid, r, columns.code).trim().toUpperCase();
      if (!CODE_PATTERN.test(code)) continue;
      rows.push({
        code,
        label: cellText(grid, r, columns.content),
        measure: cellText(grid, r, columns.measure),
        target: cellText(grid, r, columns.target),
        result: rawCell(grid, r, columns.result),
        note: rawCell(grid, r, columns.note),
        ...(columns.numerator !== undefined && columns.denominator !== undefined
          ? { parts: { numerator: rawCell(grid, r, columns.numerator), denominator: rawCell(grid, r, columns.denominator) } }
          : {}),
      });
    }
  }

  const header = readHeader(grid, table === null ? grid.values.length : table.headerRow);
  const identity = identityOf(source.metadata, header);
  if (table !== null) {
    for (const column of REQUIRED_COLUMNS.filter((c) => table.columns[c] === undefined)) {
      readIssues.push(
        makeIssue({
          severity: 'warning',
          code: 'reader.columnMissing',
          file: source.file,
          unit: identity.unitCode,
          sheet: grid.sheet,
          params: { sheet: grid.sheet, column: t(COLUMN_HEADERS[column]), row: grid.top + table.headerRow },
        }),
      );
    }
  }
  const computedFingerprint =
    identity.source === 'metadata' && identity.templateVersion !== null
      ? fingerprint(
          lockedContent(
            { campaignId: identity.campaignId, unitCode: identity.unitCode, templateVersion: identity.templateVersion },
            rows.map(({ code, label, measure, target }) => ({ code, label, measure, target })),
          ),
        )
      : '';
  const kind = source.metadata?.get(META_KEYS.kind) === 'danvan-report' ? 'report' : 'fill-in';
  return { file: source.file, kind, sha256: source.sha256, sheet: grid.sheet, identity, computedFingerprint, header, rows, readIssues };
}

type Table = { readonly headerRow: number; readonly columns: Readonly<Partial<Record<Column, number>>> };

/** Header texts in both languages, normalised, for each table column. */
const HEADER_TEXT: ReadonlyMap<string, Column> = new Map(
  (Object.entries(COLUMN_HEADERS) as [Column, MessageKey][]).flatMap(([column, key]) => [landmark(messages[key].vi), landmark(messages[key].en)].map((text) => [text, column] as const)),
);

function findTable(grid: SheetGrid): Table | null {
  for (let r = 0; r < grid.values.length; r++) {
    const columns: Partial<Record<Column, number>> = {};
    (grid.values[r] ?? []).forEach((value, c) => {
      const column = HEADER_TEXT.get(landmarkOf(value));
      if (column !== undefined && columns[column] === undefined) columns[column] = c;
    });
    if (columns.code !== undefined && columns.result !== undefined) return { headerRow: r, columns };
  }
  return null;
}

/** Labels of the header block, in both languages. */
const HEADER_LABELS: readonly [keyof RawHeader, MessageKey][] = [
  ['unitName', 'wb.label.unit'],
  ['unitCode', 'wb.label.unitCode'],
  ['reporter', 'wb.label.reporter'],
  ['phone', 'wb.label.phone'],
  ['reportDate', 'wb.label.reportDate'],
  ['round', 'wb.label.round'],
];

/** Columns searched right of a label. */
const MAX_SCAN = 30;

/**
 * The header block above the table: each answer is the first non-empty cell right of its label
 * and before the next label, else the cell right next to the label (merged answers keep their
 * value in their top-left cell).
 */
function readHeader(grid: SheetGrid, beforeRow: number): RawHeader {
  const found: Record<keyof RawHeader, RawCell | null> = { unitName: null, unitCode: null, reporter: null, phone: null, reportDate: null, round: null };
  const labels = new Map(HEADER_LABELS.flatMap(([field, key]) => [labelKey(messages[key].vi), labelKey(messages[key].en)].map((text) => [text, field] as const)));
  for (let r = 0; r < beforeRow && r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const inRow: { field: keyof RawHeader; col: number }[] = [];
    row.forEach((value, c) => {
      const field = labels.get(labelKeyOf(value));
      if (field !== undefined && found[field] === null && !inRow.some((l) => l.field === field)) inRow.push({ field, col: c });
    });
    inRow.forEach((label, i) => {
      const stop = Math.min(inRow[i + 1]?.col ?? label.col + MAX_SCAN, label.col + MAX_SCAN);
      let answer = label.col + 1;
      for (let c = label.col + 1; c < stop; c++) {
        if (cellText(grid, r, c) !== '') {
          answer = c;
          break;
        }
      }
      found[label.field] = rawCell(grid, r, answer);
    });
  }
  return found;
}

/** Identity as the .xlsx reader takes it: metadata when it holds any of our keys, else the header. */
function identityOf(metadata: ReadonlyMap<string, string> | null, header: RawHeader): RawIdentity {
  if (metadata !== null) {
    const version = metadata.get(META_KEYS.templateVersion);
    const campaignTitle = metadata.get(META_KEYS.campaignTitle);
    const organization = metadata.get(META_KEYS.organization);
    return {
      campaignId: metadata.get(META_KEYS.campaignId) ?? '',
      unitCode: metadata.get(META_KEYS.unitCode) ?? '',
      templateVersion: version !== undefined && /^\d{1,6}$/.test(version) ? Number(version) : null,
      fingerprint: metadata.get(META_KEYS.fingerprint) ?? '',
      source: 'metadata',
      ...(campaignTitle ? { campaignTitle } : {}),
      ...(organization ? { organization } : {}),
    };
  }
  const value = header.unitCode?.value ?? null;
  const code = value === null ? '' : (typeof value === 'object' ? value.date : String(value)).trim();
  return { campaignId: '', unitCode: code, templateVersion: null, fingerprint: '', source: code === '' ? 'none' : 'header' };
}

const META_KEY_SET: ReadonlySet<string> = new Set(Object.values(META_KEYS));
/** Keys whose presence makes key/value rows our metadata (as the .xlsx reader decides). */
const IDENTIFYING_KEYS: readonly string[] = [META_KEYS.kind, META_KEYS.campaignId, META_KEYS.unitCode, META_KEYS.fingerprint];

/**
 * Key/value rows as the `_danvan` sheet holds them: a known key, its value in the next cell.
 * Null unless one of kind, campaign id, unit code or fingerprint is among them.
 */
export function metadataOf(grid: SheetGrid): Map<string, string> | null {
  const found = new Map<string, string>();
  grid.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const key = typeof value === 'string' ? value.trim() : '';
      if ((META_KEY_SET.has(key) || key.startsWith(`${META_KEYS.campaignJson}.`)) && !found.has(key)) found.set(key, cellText(grid, r, c + 1));
    });
  });
  return IDENTIFYING_KEYS.some((k) => found.has(k)) ? found : null;
}

function rawCell(grid: SheetGrid, r: number, c: number | undefined): RawCell {
  if (c === undefined) return { address: '', value: null };
  const address = a1(grid.top + r, grid.left + c);
  const value = rawValue(grid.values[r]?.[c], grid.numberFormats?.[r]?.[c]);
  return grid.formulaCells?.has(address) === true ? { address, value, formula: true } : { address, value };
}

/**
 * A value as Excel returns it, made raw: '' is empty; a number shown with a date format is a
 * date (Excel keeps dates as serial numbers); everything else is kept as it is.
 */
export function rawValue(value: unknown, numberFormat?: unknown): RawValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return typeof numberFormat === 'string' && isDateFormat(numberFormat) ? { date: serialToIsoDate(value) } : value;
  }
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/**
 * Whether an Excel number format shows a date: it has day or year codes, or month codes without
 * hours or seconds (`m` next to `h`/`s` means minutes). Quoted text, escapes and [colour]/[$-…]
 * sections are ignored; "General" and number formats are not dates.
 */
export function isDateFormat(format: string): boolean {
  const codes = format
    .split(';')[0]
    ?.replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase() ?? '';
  if (codes === 'general' || codes === '@') return false;
  if (/[dy]/.test(codes)) return true;
  return /m/.test(codes) && !/[hs]/.test(codes);
}

/** Excel 1900-system serial → ISO date (serials before 1 March 1900 carry Excel's leap-year bug). */
export function serialToIsoDate(serial: number): string {
  const days = Math.floor(serial) < 61 ? Math.floor(serial) + 1 : Math.floor(serial);
  return new Date((days - 25_569) * 86_400_000).toISOString().slice(0, 10);
}

/** A cell as the text a person sees, for codes, labels and targets; dates as ISO (as the .xlsx reader). */
function cellText(grid: SheetGrid, r: number, c: number | undefined): string {
  if (c === undefined) return '';
  const value = rawValue(grid.values[r]?.[c], grid.numberFormats?.[r]?.[c]);
  if (value === null) return '';
  return typeof value === 'object' ? value.date : String(value);
}

/** Landmark text of a cell as Excel hands it over; anything but text is no landmark. */
function landmarkOf(value: unknown): string {
  return typeof value === 'string' ? landmark(value) : '';
}

/** A header label of a cell as Excel hands it over. */
function labelKeyOf(value: unknown): string {
  return typeof value === 'string' ? labelKey(value) : '';
}

/** "'Báo cáo'!A1:F40" → its sheet and top-left corner (1-based). */
export function addressOrigin(address: string): { readonly sheet: string; readonly top: number; readonly left: number } {
  const bang = address.lastIndexOf('!');
  const rawSheet = bang < 0 ? '' : address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const match = /^\$?([A-Z]+)\$?(\d+)/.exec(address.slice(bang + 1));
  if (!match) return { sheet, top: 1, left: 1 };
  return { sheet, top: Number(match[2]), left: columnNumber(match[1] as string) };
}

/**
 * The cells of a RangeAreas address ("'Báo cáo'!E21, 'Báo cáo'!E26:E27") as A1 addresses. The
 * part after each "!" holds no comma, so sheet names with commas do not confuse it.
 */
export function cellsOfAddress(address: string): Set<string> {
  const cells = new Set<string>();
  for (const match of address.matchAll(/!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?=\s*,|\s*$)/g)) {
    const left = columnNumber(match[1] as string);
    const top = Number(match[2]);
    const right = match[3] ? columnNumber(match[3]) : left;
    const bottom = match[4] ? Number(match[4]) : top;
    for (let row = top; row <= bottom; row++) for (let col = left; col <= right; col++) cells.add(a1(row, col));
  }
  return cells;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
