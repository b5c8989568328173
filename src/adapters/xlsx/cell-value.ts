import type { ModelCell } from './sheet-model';
import type { RawCell, RawValue } from '../../core/schema/raw-return';

/**
 * Copies what a cell holds, without interpreting it: the core decides whether "1.000" is a
 * thousand or "Có" means yes. Formulas are never evaluated; their cached result is taken.
 */

/** A1 address and value of one cell; a cell covered by another cell's merge is empty here. */
export function rawCell(cell: ModelCell): RawCell {
  if (isCoveredByMerge(cell)) return { address: cell.address, value: null };
  const v = cell.value;
  if (isFormula(v)) return { address: cell.address, value: toRawValue(v.result), formula: true };
  return { address: cell.address, value: toRawValue(v) };
}

export function rawValue(cell: ModelCell): RawValue {
  return rawCell(cell).value;
}

/** A cell inside a merged area that is not its top-left cell: exceljs shows it the master's value. */
export function isCoveredByMerge(cell: ModelCell): boolean {
  return cell.master !== cell;
}

/** exceljs' `{ formula, result }` or `{ sharedFormula, result }`. */
type FormulaValue = { readonly result?: unknown };

function isFormula(v: unknown): v is FormulaValue {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v);
}

function toRawValue(v: unknown): RawValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'object') {
    const text = objectText(v);
    return text === '' ? null : text;
  }
  return String(v);
}

/** `{ date }` for a valid date; a date exceljs could not build is kept as its text, not dropped. */
function isoDate(d: Date): RawValue {
  const time = d.getTime();
  if (!Number.isFinite(time)) return String(d);
  const year = d.getUTCFullYear();
  if (year < 1 || year > 9999) return String(d);
  // exceljs builds dates in UTC from the serial number: read them back in UTC, never local time.
  return { date: `${String(year).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Rich text runs joined, a hyperlink's shown text, an error value's text (`#N/A`). */
function objectText(v: object): string {
  if ('richText' in v && Array.isArray(v.richText)) {
    return v.richText.map((run: unknown) => (typeof run === 'object' && run !== null && 'text' in run ? String(run.text ?? '') : '')).join('');
  }
  if ('error' in v) return String(v.error ?? '');
  if ('text' in v) {
    const text = v.text;
    return typeof text === 'object' && text !== null ? objectText(text) : String(text ?? '');
  }
  if ('hyperlink' in v) return String(v.hyperlink ?? '');
  return '';
}

/** A value as the text a person sees, for labels and codes; dates as ISO. */
export function valueText(value: RawValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.date;
  return String(value);
}

export function cellText(cell: ModelCell): string {
  return valueText(rawValue(cell));
}
