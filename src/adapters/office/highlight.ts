import { groupBy } from '../../core';
import type { Issue, Severity } from '../../core';
import type { OfficeContext, OfficeRangeFill, OfficeWorksheet } from './excel-model';

/** Fill colours by severity: red for errors (lỗi), amber for warnings (cảnh báo). */
export const HIGHLIGHT_FILL: Readonly<Record<Severity, string>> = { error: '#F4B6B6', warning: '#FFD966' };

/** A highlighted cell and the fill it had before, so the highlight can be taken off again. */
export type Highlight = {
  readonly sheet: string;
  readonly address: string;
  /** "#RRGGBB", or null when the cell had no fill. */
  readonly previousFill: string | null;
};

type Mark = Pick<Issue, 'sheet' | 'cell' | 'severity'>;

/**
 * Colours the cells that have issues, an error winning over a warning in the same cell. Issues
 * without a sheet and cell are skipped. Two syncs, whatever the number of cells: the first loads
 * each cell's current fill (so the result says how to undo it) and each sheet's protection; the
 * second colours. Unit sheets are protected without a password (as generated), so a protected
 * sheet is opened for the change and protected again with the options it had. A sheet protected
 * with a password, or gone, fails the batch, which `runExcel` reports as an `OfficeError`.
 */
export async function highlightIssues(context: OfficeContext, issues: readonly Mark[]): Promise<Highlight[]> {
  const cells = new Map<string, { sheet: string; address: string; severity: Severity }>();
  for (const issue of issues) {
    if (!issue.sheet || !issue.cell) continue;
    const key = `${issue.sheet}\u0000${issue.cell}`;
    const seen = cells.get(key);
    if (seen === undefined || (seen.severity === 'warning' && issue.severity === 'error')) cells.set(key, { sheet: issue.sheet, address: issue.cell, severity: issue.severity });
  }
  const worksheets = context.workbook.worksheets;
  const before = [...cells.values()].map((cell) => {
    const fill = worksheets.getItem(cell.sheet).getRange(cell.address).format.fill; // ExcelApi 1.1
    fill.load('color');
    return { ...cell, fill };
  });
  const bySheet = groupBySheet(before);
  const open = queueProtectionLoads(context, [...bySheet.keys()]);
  await context.sync();
  for (const [sheet, bySeverity] of bySheet) {
    open(sheet, (worksheet) => {
      for (const [severity, addresses] of bySeverity) {
        for (const fill of fills(worksheet, addresses)) fill.color = HIGHLIGHT_FILL[severity];
      }
    });
  }
  await context.sync();
  return before.map((cell) => ({ sheet: cell.sheet, address: cell.address, previousFill: fillColor(cell.fill) }));
}

/** Puts back the fills `highlightIssues` replaced. Two syncs: protection, then the fills. */
export async function clearHighlights(context: OfficeContext, highlights: readonly Highlight[]): Promise<void> {
  if (highlights.length === 0) return;
  const bySheet = groupBy(highlights, (h) => h.sheet);
  const open = queueProtectionLoads(context, [...bySheet.keys()]);
  await context.sync();
  for (const [sheet, onSheet] of bySheet) {
    open(sheet, (worksheet) => {
      for (const h of onSheet) {
        const fill = worksheet.getRange(h.address).format.fill;
        if (h.previousFill === null) fill.clear();
        else fill.color = h.previousFill;
      }
    });
  }
  await context.sync();
}

/**
 * Queues a load of each sheet's protection (ExcelApi 1.2). After the sync, `open(sheet, change)`
 * queues the change between an unprotect and a protect with the sheet's own options when the
 * sheet is protected.
 */
function queueProtectionLoads(context: OfficeContext, sheets: readonly string[]): (sheet: string, change: (worksheet: OfficeWorksheet) => void) => void {
  const worksheets = context.workbook.worksheets;
  const loaded = new Map(
    sheets.map((sheet) => {
      const protection = worksheets.getItem(sheet).protection;
      protection.load('protected,options');
      return [sheet, protection] as const;
    }),
  );
  return (sheet, change) => {
    const worksheet = worksheets.getItem(sheet);
    const protection = loaded.get(sheet);
    const guarded = protection?.protected === true;
    if (guarded) worksheet.protection.unprotect();
    change(worksheet);
    if (guarded && protection) worksheet.protection.protect(protection.options);
  };
}

/** Shows a cell: activates its sheet and selects it. One sync. */
export async function goToCell(context: OfficeContext, sheet: string, address: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet); // ExcelApi 1.1
  worksheet.activate();
  worksheet.getRange(address).select(); // ExcelApi 1.1
  await context.sync();
}

function groupBySheet<T extends { sheet: string; address: string; severity: Severity }>(cells: readonly T[]): Map<string, Map<Severity, string[]>> {
  const out = new Map<string, Map<Severity, string[]>>();
  for (const [sheet, onSheet] of groupBy(cells, (cell) => cell.sheet)) {
    const bySeverity = new Map<Severity, string[]>();
    for (const [severity, group] of groupBy(onSheet, (cell) => cell.severity)) bySeverity.set(severity, group.map((cell) => cell.address));
    out.set(sheet, bySeverity);
  }
  return out;
}

const MAX_AREAS = 100;

/** One RangeAreas (ExcelApi 1.9) per ≤100 cells. */
function fills(worksheet: OfficeWorksheet, addresses: readonly string[]): { color: string }[] {
  const out: { color: string }[] = [];
  for (let i = 0; i < addresses.length; i += MAX_AREAS) out.push(worksheet.getRanges(addresses.slice(i, i + MAX_AREAS).join(', ')).format.fill);
  return out;
}

/** Excel reports "#FFFFFF" for a cell without fill. */
function fillColor(fill: OfficeRangeFill): string | null {
  const color = fill.color;
  return !color || color.toUpperCase() === '#FFFFFF' ? null : color;
}
