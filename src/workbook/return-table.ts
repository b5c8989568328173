import type { MessageKey } from '../core';

/**
 * The indicator table of a return, as every reader finds it: columns by their header text, rows
 * by an indicator code in `Mã`. Fill-in workbooks have the first six; a consolidated report adds
 * each rate's parts so the level above can recompute it.
 */
export type ReturnColumn = 'code' | 'content' | 'measure' | 'target' | 'result' | 'note' | 'numerator' | 'denominator';

export const RETURN_COLUMN_HEADERS: Readonly<Record<ReturnColumn, MessageKey>> = {
  code: 'wb.col.code',
  content: 'wb.col.content',
  measure: 'wb.col.measure',
  target: 'wb.col.target',
  result: 'wb.col.result',
  note: 'wb.col.note',
  numerator: 'rp.col.numerator',
  denominator: 'rp.col.denominator',
};

/** Columns a fill-in workbook always has. */
export const REQUIRED_RETURN_COLUMNS: readonly ReturnColumn[] = ['code', 'content', 'measure', 'target', 'result', 'note'];

/** How every reader compares header texts and labels: NFC, spaces collapsed, case-folded. */
export function landmark(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

/** Labels are short; longer text is an answer or a sentence, never a label. */
const MAX_LABEL = 80;

/** A header label without its trailing colon or required mark: `Người báo cáo (*):` → `người báo cáo`. */
export function labelKey(text: string): string {
  if (text.length > MAX_LABEL) return '';
  let key = landmark(text);
  for (;;) {
    const next = key.replace(/:$/, '').replace(/\(\s*\*\s*\)$/, '').replace(/\*$/, '').trimEnd();
    if (next === key) return key;
    key = next;
  }
}

/** An indicator code in the `Mã` column: a capital, then 1–15 capitals, digits or underscores. */
export const INDICATOR_CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,15}$/;
