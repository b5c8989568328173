/**
 * The unit list (danh sách đơn vị) as district staff type it in a spreadsheet: a header row,
 * perhaps under a title, then one unit per row. Every problem in every row is reported, each with
 * the row number and column header the user sees, so one pass is enough to fix the file.
 */
import type { MessageKey } from './messages';
import type { Issue, IssueParams } from './schema/issue';
import { makeIssue } from './schema/issue';
import { UnitCode } from './schema/common';
import { Unit } from './schema/unit';
import { formatNumber } from './format';
import { parseCount } from './vietnamese-number';
import { foldText } from './fold';

/** What a spreadsheet cell can hold once an adapter has read it. */
export type CellValue = string | number | boolean | Date | null;

export type UnitTable = { readonly units: Unit[]; readonly issues: Issue[] };

type ColumnKey = 'code' | 'name' | 'group' | 'members' | 'workforce' | 'contactName' | 'phone';

type ColumnSpec = {
  readonly key: ColumnKey;
  /** The header as the template writes it; used in messages about a missing column. */
  readonly title: string;
  readonly required: boolean;
  /** Accepted headers, compared after `headerKey` folding. */
  readonly aliases: readonly string[];
};

export const UNIT_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'code',
    title: 'Mã',
    required: true,
    aliases: ['Mã', 'Mã đơn vị', 'Mã ĐV', 'Mã số', 'Mã CĐCS', 'Mã công đoàn cơ sở', 'Code', 'Unit code'],
  },
  {
    key: 'name',
    title: 'Tên đơn vị',
    required: true,
    aliases: ['Tên đơn vị', 'Tên', 'Đơn vị', 'Tên ĐV', 'Tên CĐCS', 'CĐCS', 'Tên công đoàn cơ sở', 'Công đoàn cơ sở', 'Name', 'Unit name', 'Unit'],
  },
  {
    key: 'group',
    title: 'Khối',
    required: true,
    aliases: ['Khối', 'Khối đơn vị', 'Khối/ngành', 'Khối ngành', 'Thuộc khối', 'Nhóm', 'Group'],
  },
  {
    key: 'members',
    title: 'Số đoàn viên',
    required: false,
    aliases: ['Số đoàn viên', 'Số ĐV', 'Đoàn viên', 'Tổng số đoàn viên', 'Tổng số ĐV', 'Số ĐVCĐ', 'Số đoàn viên công đoàn', 'Members'],
  },
  {
    key: 'workforce',
    title: 'Số CNVCLĐ',
    required: false,
    aliases: [
      'Số CNVCLĐ', 'CNVCLĐ', 'Tổng số CNVCLĐ', 'Số CNVC-LĐ', 'Số CNVC LĐ', 'Số CNLĐ', 'CNLĐ', 'Số CB CNVCLĐ',
      'Số lao động', 'Tổng số lao động', 'Workforce', 'Workers',
    ],
  },
  {
    key: 'contactName',
    title: 'Người liên hệ',
    required: false,
    aliases: ['Người liên hệ', 'Liên hệ', 'Họ tên người liên hệ', 'Họ và tên người liên hệ', 'Cán bộ liên hệ', 'Contact', 'Contact name'],
  },
  {
    key: 'phone',
    title: 'Điện thoại',
    required: false,
    aliases: ['Điện thoại', 'Số điện thoại', 'SĐT', 'ĐT', 'Số ĐT', 'Điện thoại liên hệ', 'ĐT liên hệ', 'Phone', 'Telephone'],
  },
];

/** How far down a title block may push the header row. */
const HEADER_SEARCH_ROWS = 10;

/** Folds a header for comparison: no case, tone marks, đ, spaces, punctuation or "(…)" notes. */
export function headerKey(text: string): string {
  return foldText(text)
    .replace(/\([^)]*\)/g, '')
    .replace(/[^a-z0-9]/g, '');
}

const ALIAS_TO_KEY: ReadonlyMap<string, ColumnKey> = new Map(
  UNIT_COLUMNS.flatMap((spec) => spec.aliases.map((alias) => [headerKey(alias), spec.key] as const)),
);

type Located = { readonly index: number; readonly header: string };
type HeaderRow = { readonly rowIndex: number; readonly columns: ReadonlyMap<ColumnKey, Located>; readonly duplicates: readonly Located[] };

type RowContext = {
  readonly file: string;
  readonly row: number;
  readonly issues: Issue[];
};

/**
 * Reads the rows of a unit list. Rows are as the sheet shows them: `rows[0]` is row 1. Only rows
 * without errors become units; warnings (such as more members than workers) keep the unit.
 */
export function parseUnitTable(rows: readonly (readonly CellValue[])[], file = ''): UnitTable {
  const header = findHeader(rows);
  if (!header) {
    const columns = UNIT_COLUMNS.filter((c) => c.required).map((c) => c.title).join(', ');
    return { units: [], issues: [makeIssue({ severity: 'error', code: 'units.noHeader', file, params: { columns, rows: HEADER_SEARCH_ROWS } })] };
  }

  const issues: Issue[] = [];
  const headerRow = header.rowIndex + 1;
  for (const spec of UNIT_COLUMNS) {
    if (spec.required && !header.columns.has(spec.key)) {
      issues.push(makeIssue({ severity: 'error', code: 'units.missingColumn', file, row: headerRow, params: { column: spec.title } }));
    }
  }
  for (const dup of header.duplicates) {
    issues.push(makeIssue({ severity: 'warning', code: 'units.duplicateColumn', file, row: headerRow, column: dup.header, params: { column: dup.header } }));
  }
  const complete = issues.every((issue) => issue.severity !== 'error');

  const units: Unit[] = [];
  const seenCodes = new Map<string, number>();
  let dataRows = 0;
  for (let index = header.rowIndex + 1; index < rows.length; index += 1) {
    const cells = rows[index] ?? [];
    const read = (key: ColumnKey): CellValue => {
      const at = header.columns.get(key);
      return at === undefined ? null : (cells[at.index] ?? null);
    };
    if (UNIT_COLUMNS.every((spec) => cellText(read(spec.key)) === '')) continue;
    dataRows += 1;
    const context: RowContext = { file, row: index + 1, issues };
    const unit = readRow(read, header, context, seenCodes);
    if (unit && complete) units.push(unit);
  }
  if (dataRows === 0) issues.push(makeIssue({ severity: 'error', code: 'units.empty', file, row: headerRow }));
  return { units, issues };
}

/** The first row, within the first few, that names the most known columns (at least two). */
function findHeader(rows: readonly (readonly CellValue[])[]): HeaderRow | undefined {
  let best: HeaderRow | undefined;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((cells, rowIndex) => {
    const columns = new Map<ColumnKey, Located>();
    const duplicates: Located[] = [];
    cells.forEach((cell, index) => {
      const header = cellText(cell);
      const key = ALIAS_TO_KEY.get(headerKey(header));
      if (key === undefined) return;
      if (columns.has(key)) duplicates.push({ index, header });
      else columns.set(key, { index, header });
    });
    if (columns.size >= 2 && columns.size > (best?.columns.size ?? 0)) best = { rowIndex, columns, duplicates };
  });
  return best;
}

function readRow(
  read: (key: ColumnKey) => CellValue,
  header: HeaderRow,
  context: RowContext,
  seenCodes: Map<string, number>,
): Unit | undefined {
  const before = context.issues.length;
  const report = (severity: Issue['severity'], key: ColumnKey, code: MessageKey, params: IssueParams = {}, unit = '') => {
    const column = header.columns.get(key)?.header ?? '';
    context.issues.push(makeIssue({ severity, code, file: context.file, row: context.row, column, unit, params }));
  };
  const text = (key: ColumnKey): string | undefined => (header.columns.has(key) ? cellText(read(key)) : undefined);

  const code = text('code');
  let validCode = '';
  if (code === '') report('error', 'code', 'units.requiredValue');
  else if (code !== undefined) {
    if (!UnitCode.safeParse(code).success) report('error', 'code', 'units.badCode', { value: code });
    else {
      const folded = code.toUpperCase();
      const other = seenCodes.get(folded);
      if (other !== undefined) report('error', 'code', 'units.duplicateCode', { value: code, other }, code);
      else {
        seenCodes.set(folded, context.row);
        validCode = code;
      }
    }
  }

  const name = text('name');
  if (name === '') report('error', 'name', 'units.requiredValue', {}, validCode);
  const group = text('group');
  if (group === '') report('error', 'group', 'units.requiredValue', {}, validCode);

  const size = (key: 'members' | 'workforce'): number | undefined => {
    const value = read(key);
    if (!header.columns.has(key) || cellText(value) === '') return undefined;
    const parsed = typeof value === 'string' || typeof value === 'number' ? parseCount(value) : undefined;
    if (parsed?.ok) return parsed.value;
    const shown = displayValue(value);
    if (parsed?.reason === 'ambiguous') report('error', key, 'units.ambiguousCount', { value: shown }, validCode);
    else report('error', key, 'units.badCount', { value: shown }, validCode);
    return undefined;
  };
  const members = size('members');
  const workforce = size('workforce');
  if (members !== undefined && workforce !== undefined && members > workforce) {
    report('warning', 'members', 'units.membersOverWorkforce', { members, workforce }, validCode);
  }

  const hasErrors = context.issues.slice(before).some((issue) => issue.severity === 'error');
  if (hasErrors || code === undefined || name === undefined || group === undefined) return undefined;

  const contactName = text('contactName') ?? '';
  const phone = phoneText(read('phone'));
  const candidate = {
    code,
    name,
    group,
    ...(members === undefined ? {} : { members }),
    ...(workforce === undefined ? {} : { workforce }),
    ...(contactName === '' && phone === '' ? {} : { contact: { ...(contactName === '' ? {} : { name: contactName }), ...(phone === '' ? {} : { phone }) } }),
  };
  const parsed = Unit.safeParse(candidate);
  if (parsed.success) return parsed.data;
  // The checks above mirror the schema, so this is a safety net rather than a path users meet.
  report('error', 'code', 'units.invalidRow', { detail: parsed.error.issues.map((i) => i.path.join('.')).join(', ') }, validCode);
  return undefined;
}

/** A cell as trimmed text, with runs of spaces made single and Vietnamese in composed form. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
}

/** What the user typed, for quoting back in a message. */
function displayValue(value: CellValue): string {
  return typeof value === 'number' ? formatNumber(value, 'vi', 6) : cellText(value);
}

/**
 * Phone numbers are text. Excel drops the leading zero of one typed as a number: 912345678 is a
 * mobile number 0912345678, 2123456789 a landline 02123456789.
 */
function phoneText(value: CellValue): string {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) {
    const digits = String(value);
    if (digits.length === 9 || (digits.length === 10 && digits.startsWith('2'))) return `0${digits}`;
    return digits;
  }
  return cellText(value);
}
