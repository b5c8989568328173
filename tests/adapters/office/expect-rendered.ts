import { FONT_NAME, STYLES, a1 } from '../../../src/workbook';
import type { CellValue, WorkbookLayout } from '../../../src/workbook';
import { dateSerial } from '../../../src/adapters/office/render-layout';
import type { FakeExcel } from './fake-excel';

/** What the fake should hold for a layout value. */
function expected(value: Exclude<CellValue, null>): { value: string | number | boolean; formula: string | null } {
  if (typeof value !== 'object') return { value, formula: null };
  if ('date' in value) return { value: dateSerial(value.date), formula: null };
  return { value: '', formula: `=${value.formula}` };
}

/**
 * Compares every cell of a layout with what ended up in the fake: value or formula, number
 * format, font, fill, lock, validation, merges. Returns the differences (empty when all match),
 * so a failure lists them all.
 */
export function renderDifferences(fake: FakeExcel, layout: WorkbookLayout, options: { validation?: boolean; protection?: boolean } = {}): string[] {
  const differences: string[] = [];
  for (const sheet of layout.sheets) {
    const model = fake.sheet(sheet.name);
    for (const c of sheet.cells) {
      const address = a1(c.row, c.col);
      const cell = model.cell(address);
      const where = `${sheet.name}!${address}`;
      if (c.value !== null && c.value !== '') {
        const want = expected(c.value);
        if (cell?.value !== want.value || cell.formula !== want.formula) differences.push(`${where}: ${JSON.stringify(cell?.formula ?? cell?.value)} instead of ${JSON.stringify(want.formula ?? want.value)}`);
      }
      if (c.style) {
        const style = STYLES[c.style];
        if (cell?.font.name !== FONT_NAME) differences.push(`${where}: font ${cell?.font.name}`);
        if (Boolean(cell?.font.bold) !== Boolean(style.font?.bold)) differences.push(`${where}: bold ${cell?.font.bold}`);
        if ((cell?.fill ?? null) !== (style.fill ? `#${style.fill}` : null)) differences.push(`${where}: fill ${cell?.fill}`);
        const numFmt = c.numFmt ?? style.numFmt;
        if (numFmt && cell?.numberFormat !== numFmt) differences.push(`${where}: number format ${cell?.numberFormat}`);
        if (style.border && cell?.borders.top?.style !== 'Continuous') differences.push(`${where}: no border`);
      }
      if (options.protection !== false && Boolean(c.unlocked) === (cell?.locked ?? true)) differences.push(`${where}: locked ${cell?.locked}`);
      if (options.validation !== false && Boolean(c.validation) !== Boolean(cell?.validation?.rule)) differences.push(`${where}: validation ${JSON.stringify(cell?.validation?.rule)}`);
    }
    for (const m of sheet.merges) {
      const address = m.top === m.bottom && m.left === m.right ? a1(m.top, m.left) : `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`;
      if (!model.isMerged(address)) differences.push(`${sheet.name}!${address}: not merged`);
    }
  }
  return differences;
}

/** The cells of every sheet, for comparing two renders. */
export function dump(fake: FakeExcel): Record<string, unknown> {
  return Object.fromEntries(
    fake.sheets.map((s) => [
      s.name,
      {
        cells: Object.fromEntries([...s.cells].sort(([a], [b]) => a.localeCompare(b))),
        merges: s.merges,
        widths: [...s.columnWidths],
        heights: [...s.rowHeights],
        frozen: s.frozen,
        protection: s.protection,
        visibility: s.visibility,
        page: s.page,
      },
    ]),
  );
}
