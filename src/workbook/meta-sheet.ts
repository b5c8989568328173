import type { Sheet } from './layout';
import { META_SHEET } from './metadata';
import { createSheet } from './sheet-builder';

/**
 * Key/value rows in a very-hidden sheet: survives every spreadsheet program we target (LibreOffice
 * keeps it, merely hidden), unlike custom document properties, which exceljs cannot write.
 */
export function metaSheet(entries: readonly (readonly [string, string | number])[]): Sheet {
  const sheet = createSheet(META_SHEET);
  entries.forEach(([key, value], i) => {
    sheet.cell(i + 1, 1, key, 'meta');
    sheet.cell(i + 1, 2, value, 'meta');
  });
  return sheet.build({ columns: [{ width: 18 }, { width: 80 }], state: 'veryHidden', protect: true });
}
