import ExcelJS from 'exceljs';

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet "${name}" in ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

/** A cell's value as plain text: formulas by their cached result, rich text joined. */
export function text(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'formula' in v) return v.result === undefined ? '' : String(v.result);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** Key/value rows of the hidden metadata sheet. */
export function metadata(wb: ExcelJS.Workbook): Map<string, string> {
  const meta = new Map<string, string>();
  sheet(wb, '_danvan').eachRow((row) => meta.set(text(row.getCell(1)), text(row.getCell(2))));
  return meta;
}

/** Every unlocked cell address of a sheet. */
export function unlockedCells(ws: ExcelJS.Worksheet): string[] {
  const found: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.protection?.locked === false && cell.master === cell) found.push(cell.address);
    }),
  );
  return found;
}
