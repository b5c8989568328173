/**
 * The pane's Office calls, in one small module: each action queues its work through the Office
 * edge (src/adapters/office) inside one `runExcel`, and returns a Result whose error is already
 * worded. Components never call this; the hook does, and only when the host is Excel.
 *
 * Returns are read in the pane first (the file adapter), which gives each file's status and its
 * unit. The return's own sheet is then copied into the master as the unit sent it
 * (`insertWorksheetsFromBase64`, ExcelApi 1.13), renamed to the unit code, its identity stored as
 * custom properties; where Excel refuses the copy, the unit sheet is written from what was read
 * (`renderLayout`).
 */
import { consolidate, describeIssue, fail, ok, parseCampaignJson, t, validateReturns } from '../../core';
import type { Campaign, Consolidation, Lang, RawReturn, Result } from '../../core';
import {
  clearHighlights,
  describeOfficeError,
  describeRefusedSettings,
  goToCell,
  highlightIssues,
  insertSheetsFromFiles,
  loadInventory,
  readEmbeddedCampaign,
  readUnitSheets,
  renderLayout,
  runExcel,
  toBase64,
  toOfficeError,
} from '../../adapters/office';
import { isOoxmlPackage } from '../../adapters/xlsx/file-format';
import type { ExcelRun, OfficeContext, OfficeWorksheet, RenderReport } from '../../adapters/office';
import type { Sheet, WorkbookLayout } from '../../workbook';
import type * as WorkbookLayer from '../../workbook';
import type { ConsolidatedWorkbook, ExcelActions, ExcelFailure, ImportReport, WriteReport } from './excel-types';
import type { JobControl } from './file-workbooks';

export type ExcelActionsOptions = {
  readonly lang: () => Lang;
  /** Tests pass the fake Excel's run; the real one is used otherwise. */
  readonly run?: ExcelRun;
  /** Excel holds each batch while the user edits a cell (the ribbon command: nobody is looking at the pane). */
  readonly delayForCellEdit?: boolean;
};

const META_SHEET_NAME = '_danvan';

export function createExcelActions(options: ExcelActionsOptions): ExcelActions {
  const run = async <T>(batch: (context: OfficeContext) => Promise<T>): Promise<Result<T, ExcelFailure>> => {
    const result = await runExcel(batch, { ...(options.run === undefined ? {} : { run: options.run }), ...(options.delayForCellEdit ? { delayForCellEdit: true } : {}) });
    return result.ok ? result : fail({ message: describeOfficeError(result.error, options.lang()) });
  };
  const workbookModule = () => import(/* webpackChunkName: "workbook" */ '../../workbook');
  const worded = (written: RenderReport): WriteReport => ({ sheets: written.sheets, skipped: describeRefusedSettings(written.refused, options.lang()) });
  /** The district report's sheets for the open master: its own `_danvan` (the campaign definition) stays. */
  const reportForMaster = async (campaign: Campaign, consolidation: Consolidation, now: Date): Promise<WorkbookLayout> => {
    const [{ buildReportLayout, META_SHEET }, { localIsoDate }] = await Promise.all([workbookModule(), import('./file-workbooks')]);
    const layout = buildReportLayout({ campaign, consolidation, readAt: now.toISOString(), includeErrors: false, reportDate: localIsoDate(now) });
    return { ...layout, sheets: layout.sheets.filter((s) => s.name !== META_SHEET) };
  };

  return {
    async writeMaster(campaign) {
      const { buildMasterLayout } = await workbookModule();
      const layout = buildMasterLayout(campaign);
      const written = await run((context) => renderLayout(context, layout));
      return written.ok ? ok(worded(written.value)) : written;
    },

    importReturns: (campaign, files, control) => importReturns(run, workbookModule, campaign, files, control),

    async readOpenCampaign() {
      const lang = options.lang();
      const text = await run((context) => readEmbeddedCampaign(context));
      if (!text.ok || text.value === undefined) return text.ok ? ok(undefined) : text;
      return campaignOf(text.value, lang);
    },

    async consolidateOpenWorkbook(now) {
      const lang = options.lang();
      const { expectedFingerprints } = await workbookModule();
      // One run, four syncs whatever the number of units: what the workbook holds, the campaign,
      // the unit sheets, the report (five the first time: the report sheets just added get their
      // print settings apart). Each step takes the inventory instead of looking sheets up.
      const done = await run(async (context): Promise<Result<ConsolidatedWorkbook, ExcelFailure>> => {
        const inventory = await loadInventory(context);
        const text = await readEmbeddedCampaign(context, inventory);
        if (text === undefined) return fail({ message: t('office.notMaster', {}, lang) });
        const campaign = campaignOf(text, lang);
        if (!campaign.ok) return campaign;
        const read = await readUnitSheets(context, campaign.value.units.map((u) => u.code), { inventory });
        const consolidation = consolidate(campaign.value, validateReturns(campaign.value, sentReturns(read), [], { expectedFingerprints: expectedFingerprints(campaign.value) }));
        const written = await renderLayout(context, await reportForMaster(campaign.value, consolidation, now), { inventory });
        return ok({ campaign: campaign.value, consolidation, report: worded(written) });
      });
      return done.ok ? done.value : done;
    },

    async readUnitSheets(campaign) {
      const codes = campaign.units.map((u) => u.code);
      const read = await run((context) => readUnitSheets(context, codes));
      return read.ok ? ok(sentReturns(read.value)) : read;
    },

    async writeReport(campaign, consolidation, now) {
      const layout = await reportForMaster(campaign, consolidation, now);
      const written = await run((context) => renderLayout(context, layout));
      return written.ok ? ok(worded(written.value)) : written;
    },

    async goToCell(sheet, cell) {
      return run((context) => goToCell(context, sheet, cell));
    },

    async highlightIssues(issues) {
      return run((context) => highlightIssues(context, issues));
    },

    async clearHighlights(highlights) {
      return run((context) => clearHighlights(context, highlights));
    },
  };
}

type WorkbookModule = typeof WorkbookLayer;
type RunBatch = <T>(batch: (context: OfficeContext) => Promise<T>) => Promise<Result<T, ExcelFailure>>;
type Incoming = Parameters<ExcelActions['importReturns']>[1][number];
type KeptSheetName = (code: string, taken: ReadonlySet<string>) => string;
type Inventory = Awaited<ReturnType<typeof loadInventory>>;

/**
 * Copies the returns' own sheets into the open master (each under its unit's code), earlier unit
 * sheets kept aside under a new name, hidden; written from what was read where Excel refuses.
 */
async function importReturns(run: RunBatch, workbookModule: () => Promise<WorkbookModule>, campaign: Campaign, files: readonly Incoming[], control: JobControl): Promise<Result<ImportReport, ExcelFailure>> {
  const [{ buildCampaignWorkbooks }, { keptSheetName, unitIdentity, unitSheet }] = await Promise.all([workbookModule(), import(/* webpackChunkName: "workbook" */ './unit-sheet')]);
  const built = buildCampaignWorkbooks(campaign);
  const known = new Set(campaign.units.map((u) => u.code));
  // A return of a unit the campaign does not list has no unit sheet; validation reports it.
  const units = files.filter((f) => known.has(f.raw.identity.unitCode));
  control.onProgress(0, files.length);
  // What an attempt that failed part-way left (runExcel runs the batch again after cell-edit
  // mode): sheets it copied in, and earlier unit sheets it had already moved aside.
  const leftover = { copied: [] as string[], keptAside: [] as string[] };
  return run(async (context) => {
    const copied = leftover.copied.splice(0).map((id) => context.workbook.worksheets.getItemOrNullObject(id)); // ExcelApi 1.4
    // One sync: the names in the workbook, so an earlier unit sheet is kept under a new name.
    const inventory = await loadInventory(context);
    for (const sheet of copied) if (!sheet.isNullObject) sheet.delete(); // sent with the copies
    const before = new Set(inventory.sheetNames);
    const taken = new Set(before);
    const keptNow: string[] = [...leftover.keptAside];
    const aside = moveEarlierAside(inventory, units, taken, keptNow, keptSheetName);
    const placed = placeReturns(units, taken, keptNow, keptSheetName);
    const writeFromReading = async (which = placed) => {
      // The sheet written from what the pane read of the file.
      const sheets = which.map(({ raw, name, latest }) => unitSheet(campaign, built, raw, name, latest ? 'visible' : 'hidden')).filter((s): s is Sheet => s !== undefined);
      return (await renderLayout(context, { sheets, names: [], properties: built.master.properties })).sheets;
    };
    let written: readonly string[] = [];
    if (placed.length > 0) {
      // Each return's own sheet, as the unit sent it. Excel copies sheets out of .xlsx
      // packages; returns sent as .ods or .xls are written from what was read.
      const copied = placed.filter((p) => isOoxmlPackage(p.file.bytes));
      const others = placed.filter((p) => !copied.includes(p));
      const items = copied.map(({ file, raw, name, latest }) => ({ base64: toBase64(file.bytes), sheet: raw.sheet, name, visible: latest, properties: unitIdentity(campaign, raw) }));
      const onInserted = (ids: readonly string[]) => {
        // The first sync also moved the earlier sheets aside.
        if (leftover.copied.length === 0) leftover.keptAside = [...new Set([...leftover.keptAside, ...aside.map(([, name]) => name)])];
        leftover.copied.push(...ids);
      };
      try {
        written = [...(items.length > 0 ? (await insertSheetsFromFiles(context, items, { onInserted })).sheets : []), ...(others.length > 0 ? await writeFromReading(others) : [])];
        leftover.copied = [];
      } catch (cause) {
        // Excel refused the copy (a policy on file types, a workbook it cannot take in, a
        // limit of Excel on the web): undo what got in and write the sheets from what was read.
        if (toOfficeError(cause).code === 'cellEditMode') throw cause;
        await undoRefusedCopy(context, before, aside);
        written = await writeFromReading();
      }
    }
    control.onProgress(files.length, files.length);
    return { written: written.filter((name) => !keptNow.includes(name)), kept: keptNow };
  });
}

/** Earlier sheets of the units returning now, moved aside (their new names added to `taken` and `keptNow`). */
function moveEarlierAside(inventory: Inventory, units: readonly Incoming[], taken: Set<string>, keptNow: string[], keptSheetName: KeptSheetName): (readonly [string, string])[] {
  const aside: (readonly [string, string])[] = [];
  for (const code of new Set(units.map((f) => f.raw.identity.unitCode))) {
    const existing = inventory.sheet(code);
    if (existing === undefined) continue;
    const name = keptSheetName(code, taken);
    taken.add(name);
    moveAside(existing, name);
    keptNow.push(name);
    aside.push([code, name]);
  }
  return aside;
}

/**
 * Several returns of one unit in this batch: the last one chosen takes the unit's name, the
 * others are kept hidden as well ("nothing lost"); validation picks by report date.
 */
function placeReturns(units: readonly Incoming[], taken: Set<string>, keptNow: string[], keptSheetName: KeptSheetName) {
  const lastOf = new Map<string, RawReturn>(units.map((f) => [f.raw.identity.unitCode, f.raw]));
  return units.map((f) => {
    const code = f.raw.identity.unitCode;
    const latest = lastOf.get(code) === f.raw;
    const name = latest ? code : keptSheetName(code, taken);
    taken.add(name);
    if (!latest) keptNow.push(name);
    return { ...f, name, latest };
  });
}

/** Units without a sheet have not sent a return: validation says "chưa nộp", not a read error. */
function sentReturns(read: readonly RawReturn[]): RawReturn[] {
  return read.filter((raw) => !raw.readIssues.some((issue) => issue.code === 'office.read.sheetMissing'));
}

/** The campaign embedded in a master; worded when it does not pass the schema (edited by hand, or a newer version). */
function campaignOf(text: string, lang: Lang): Result<Campaign, ExcelFailure> {
  const campaign = parseCampaignJson(text, META_SHEET_NAME);
  if (campaign.ok) return campaign;
  return fail({ message: t('office.campaignInvalid', { detail: campaign.error.map((i) => describeIssue(i, lang)).join('; ') }, lang) });
}

/** Keeps an earlier unit sheet under another name, hidden ("nothing lost"). */
function moveAside(sheet: OfficeWorksheet, name: string): void {
  sheet.name = name;
  sheet.visibility = 'Hidden'; // ExcelApi 1.2
}

/**
 * After a refused copy: the commands queued before the failing one have run, those after have
 * not. Sheets that arrived are removed, and an earlier unit sheet not yet moved aside is moved now,
 * so writing the unit sheets again loses nothing. One sync, to see what the workbook holds.
 */
async function undoRefusedCopy(context: OfficeContext, before: ReadonlySet<string>, aside: readonly (readonly [string, string])[]): Promise<void> {
  const inventory = await loadInventory(context);
  const movedAside = new Set(aside.map(([, name]) => name));
  for (const [code, name] of aside) {
    const earlier = inventory.sheet(code);
    if (inventory.sheet(name) === undefined && earlier !== undefined) moveAside(earlier, name);
  }
  for (const name of inventory.sheetNames) if (!before.has(name) && !movedAside.has(name)) inventory.sheet(name)?.delete();
}
