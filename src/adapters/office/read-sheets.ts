import { makeIssue } from '../../core';
import type { RawReturn } from '../../core';
import { META_KEYS } from '../../workbook';
import { lookUpSheets } from './batch';
import type { OfficeContext, OfficeCustomProperties, OfficeRange, OfficeRangeAreas, OfficeWorksheet } from './excel-model';
import type { WorkbookInventory } from './inventory';
import { addressOrigin, cellsOfAddress, gridToRawReturn, metadataOf } from './sheet-grid';
import type { SheetGrid } from './sheet-grid';

export type ReadOptions = {
  /**
   * A sheet holding the workbook's key/value metadata (`_danvan` in a fill-in workbook opened in
   * Excel), used for sheets that carry no metadata block of their own.
   */
  readonly metaSheet?: string;
  /** The workbook's name, recorded in each return and its issues. */
  readonly file?: string;
  /** Sheets already found in this `Excel.run`: the look-up sync is skipped. */
  readonly inventory?: WorkbookInventory;
};

/**
 * Reads unit sheets of the open workbook as raw returns, one per requested name, in order.
 * Round trips: one sync to find the sheets, one to load every used range — two, whatever the
 * number of sheets; one when the caller passes the workbook's inventory.
 *
 * Excel on the web caps a response at 5 MB. A return sheet of the 44-indicator annual plan loads
 * as ~10 kB of values and number formats; the formulas are located with
 * `getSpecialCellsOrNullObject('Formulas')` instead of loading every cell's formula (which would
 * repeat all the labels, ~6 kB more), so 300 sheets stay near 3 MB. If Excel still answers
 * "ResponsePayloadSizeLimitExceeded" (or GeneralException, as older Excel on the web does), the
 * load is split in halves and retried: only then do the syncs grow.
 */
export async function readUnitSheets(context: OfficeContext, sheetNames: readonly string[], options: ReadOptions = {}): Promise<RawReturn[]> {
  const file = options.file ?? '';
  const wanted = [...new Set([...sheetNames, ...(options.metaSheet ? [options.metaSheet] : [])])];
  const sheets = options.inventory ?? lookUpSheets(context, wanted);
  if (options.inventory === undefined) await context.sync();

  const present = wanted.filter((name) => sheets.sheet(name) !== undefined);
  const grids = await loadGrids(context, present, (name) => {
    const sheet = sheets.sheet(name);
    if (sheet === undefined) throw new Error(`sheet ${name} vanished`);
    return sheet;
  });

  // A master's own metadata (kind danvan-master) does not identify the unit sheets inside it.
  const workbookMeta = options.metaSheet ? grids.get(options.metaSheet)?.grid : undefined;
  const found = workbookMeta ? metadataOf(workbookMeta) : null;
  const fallbackMeta = found?.get(META_KEYS.kind) === 'danvan-master' ? null : found;
  return sheetNames.map((name) => {
    const loaded = grids.get(name);
    if (loaded === undefined) {
      return {
        file,
        sha256: '',
        sheet: name,
        identity: { campaignId: '', unitCode: '', templateVersion: null, fingerprint: '', source: 'none' },
        computedFingerprint: '',
        header: { unitName: null, unitCode: null, reporter: null, phone: null, reportDate: null, round: null },
        rows: [],
        readIssues: [makeIssue({ severity: 'error', code: 'office.read.sheetMissing', file, sheet: name, params: { sheet: name } })],
      };
    }
    // Identity in cells (a sheet written from a return) or stored with the sheet (one copied in).
    const metadata = metadataOf(loaded.grid) ?? loaded.properties ?? fallbackMeta;
    return gridToRawReturn(loaded.grid, { file, sha256: '', metadata });
  });
}

type Pending = { readonly range: OfficeRange; readonly formulas: OfficeRangeAreas; readonly properties: OfficeCustomProperties };
type Loaded = { readonly grid: SheetGrid; readonly properties: Map<string, string> | null };

async function loadGrids(context: OfficeContext, names: readonly string[], sheet: (name: string) => OfficeWorksheet): Promise<Map<string, Loaded>> {
  const grids = new Map<string, Loaded>();
  if (names.length === 0) return grids;
  const pending = names.map((name): [string, Pending] => {
    const worksheet = sheet(name);
    // ExcelApi 1.12: where a sheet copied from a returned file keeps its identity.
    const properties = worksheet.customProperties;
    properties.load('items/key,items/value');
    // ExcelApi 1.9. getUsedRange (not …OrNullObject) gives A1 on an empty sheet, so the chained
    // call never starts from a null object. Values only: formatted empty rows do not count.
    const range = worksheet.getUsedRange(true);
    range.load(['address', 'values', 'numberFormat']);
    const formulas = range.getSpecialCellsOrNullObject('Formulas');
    formulas.load('address');
    return [name, { range, formulas, properties }];
  });
  try {
    await context.sync();
  } catch (cause) {
    if (!tooLarge(cause) || names.length === 1) throw cause;
    const half = Math.ceil(names.length / 2);
    for (const part of [names.slice(0, half), names.slice(half)]) for (const [name, grid] of await loadGrids(context, part, sheet)) grids.set(name, grid);
    return grids;
  }
  for (const [name, loaded] of pending) grids.set(name, { grid: toGrid(name, loaded), properties: propertiesOf(loaded.properties) });
  return grids;
}

/** Custom properties as metadata, keys as the metadata block spells them (Excel compares keys case-insensitively). */
function propertiesOf(properties: OfficeCustomProperties): Map<string, string> | null {
  if (properties.items.length === 0) return null;
  const spelled = new Map(Object.values(META_KEYS).map((key) => [key.toLowerCase(), key] as const));
  return new Map(properties.items.map((item) => [spelled.get(item.key.toLowerCase()) ?? item.key, item.value] as const));
}

/**
 * ResponsePayloadSizeLimitExceeded, or the GeneralException ("An internal error has occurred")
 * that older Excel on the web gives for the same (github.com/OfficeDev/office-js/issues/1314,
 * OfficeDev/office-js-docs-reference#354). A GeneralException of another cause comes back from
 * the single-sheet load, after a few halvings.
 */
function tooLarge(cause: unknown): boolean {
  if (typeof cause !== 'object' || cause === null) return false;
  const code = (cause as { code?: unknown }).code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'GeneralException';
}

function toGrid(sheet: string, { range, formulas }: Pending): SheetGrid {
  const origin = addressOrigin(range.address);
  return { sheet, top: origin.top, left: origin.left, values: range.values, numberFormats: range.numberFormat, formulaCells: formulas.isNullObject ? new Set<string>() : cellsOfAddress(formulas.address) };
}
