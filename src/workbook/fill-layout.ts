import type { CellValue, WorkbookLayout } from './layout';
import type { FillInLayout } from './fill-in';
import { HEADER_ROWS } from './fill-in';
import { a1 } from './styles';

export type TypedHeader = { readonly reporter?: CellValue; readonly phone?: CellValue; readonly reportDate?: CellValue; readonly round?: CellValue };

/**
 * A fill-in layout with answers typed into its answer cells, as a unit would send it back.
 * Used by the demo and the benchmarks; a real return comes from a person, not from here.
 */
export function fillLayout(layout: FillInLayout, answers: ReadonlyMap<string, CellValue>, header: TypedHeader = {}): WorkbookLayout {
  const typed = new Map<string, CellValue>();
  for (const [code, value] of answers) {
    const address = layout.answerCells.get(code);
    if (address) typed.set(address, value);
  }
  const r = HEADER_ROWS;
  if (header.reporter !== undefined) typed.set(`C${r.reporter}`, header.reporter);
  if (header.phone !== undefined) typed.set(`F${r.reporter}`, header.phone);
  if (header.reportDate !== undefined) typed.set(`C${r.date}`, header.reportDate);
  if (header.round !== undefined) typed.set(`F${r.date}`, header.round);
  const report = layout.sheets[1]?.name;
  const sheets = layout.sheets.map((s) =>
    s.name !== report
      ? s
      : {
          ...s,
          cells: s.cells.map((c) => {
            const address = a1(c.row, c.col);
            return typed.has(address) ? { ...c, value: typed.get(address) ?? null } : c;
          }),
        },
  );
  return { ...layout, sheets };
}
