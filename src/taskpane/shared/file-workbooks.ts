import type { Campaign, Consolidation, Issue, RawReturn, Result, UnitTable } from '../../core';
import { parseCampaignJson } from '../../core/campaign-file';

/** Reports how far a long job is: `done` of `total` files. */
export type Progress = (done: number, total: number) => void;

/** What a long job gets: where to report progress, and the signal that cancels it between files. */
export type JobControl = { readonly signal: AbortSignal; readonly onProgress: Progress };

/** A file the user chose, as bytes. */
export type ChosenFile = { readonly name: string; readonly bytes: Uint8Array };

/** Thrown between files once the job's signal is aborted; the hook tells it apart from failures. */
export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelled';
  }
}

export function checkCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new JobCancelled();
}

/** Lets the browser paint (progress, the cancel button) between files. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function workbookModules() {
  const [workbook, xlsx] = await Promise.all([
    import(/* webpackChunkName: "workbook" */ '../../workbook'),
    import(/* webpackChunkName: "xlsx" */ '../../adapters/xlsx'),
  ]);
  return { workbook, xlsx };
}

/** The folder of fill-in workbooks inside the zip, as `danvan generate` writes it. */
export const UNITS_FOLDER = 'units';
export const MASTER_IN_ZIP = 'master.xlsx';

/**
 * All fill-in workbooks and the master in one zip (`master.xlsx`, `units/<code> - <name>.xlsx`: the
 * layout `danvan generate` writes, each form named with its unit's code and name), built file by file so progress shows and a cancel stops it.
 * The layout builder, exceljs and jszip load on first use.
 */
export async function createFillInZip(campaign: Campaign, control: JobControl): Promise<Uint8Array> {
  const [{ workbook, xlsx }, { default: JSZip }] = await Promise.all([workbookModules(), import(/* webpackChunkName: "jszip" */ 'jszip')]);
  // Each fill-in's guide carries the phone form's address and QR code, as `danvan generate` writes them.
  const built = workbook.buildCampaignWorkbooks(campaign, { formUrl: workbook.builtFormPageUrl() });
  const total = built.fillIns.length + 1;
  const zip = new JSZip();
  control.onProgress(0, total);
  checkCancelled(control.signal);
  zip.file(MASTER_IN_ZIP, await xlsx.renderXlsx(built.master));
  control.onProgress(1, total);
  for (const [i, { unit, layout }] of built.fillIns.entries()) {
    await yieldToBrowser();
    checkCancelled(control.signal);
    zip.file(`${UNITS_FOLDER}/${workbook.unitFormFileName(unit)}`, await xlsx.renderXlsx(layout));
    control.onProgress(i + 2, total);
  }
  checkCancelled(control.signal);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The phone form page of this build and its QR code (an SVG data URL), for the Phát hành step. */
export type FormPageQr = { readonly url: string; readonly src: string };

/**
 * The phone form's address and QR code, `sizePx` square, its image named by `title`; undefined when
 * the build does not know where it is served. The QR encoder loads with the workbook layer.
 */
export async function formPageQr(sizePx: number, title: (url: string) => string): Promise<FormPageQr | undefined> {
  const { builtFormPageUrl, formQrDataUrl } = await import(/* webpackChunkName: "workbook" */ '../../workbook');
  const url = builtFormPageUrl();
  return url === undefined ? undefined : { url, src: formQrDataUrl(url, sizePx, title(url)) };
}

/** "mau-bao-cao-<id>.zip": no diacritics or spaces, safe to send by e-mail or Zalo. */
export function fillInZipFileName(campaign: Pick<Campaign, 'id'>): string {
  return `mau-bao-cao-${campaign.id}.zip`;
}

/** Reads one returned workbook with the file adapter (exceljs, loaded on first use), as the read workers do. */
export async function readReturn(file: ChosenFile): Promise<Result<RawReturn, Issue[]>> {
  const { readChosenReturn } = await import(/* webpackChunkName: "xlsx" */ '../../adapters/xlsx');
  return readChosenReturn(file.bytes, file.name);
}

/** What validation expects each unit's return to carry (the workbook layer, loaded on first use). */
export async function formFingerprints(campaign: Campaign): Promise<ReadonlyMap<string, string>> {
  const { expectedFingerprints } = await import(/* webpackChunkName: "workbook" */ '../../workbook');
  return expectedFingerprints(campaign);
}

/** The district report as .xlsx bytes: the same layout `danvan consolidate` writes. */
export async function createReportWorkbook(campaign: Campaign, consolidation: Consolidation, now: Date): Promise<Uint8Array> {
  const { workbook, xlsx } = await workbookModules();
  return xlsx.renderXlsx(
    workbook.buildReportLayout({ campaign, consolidation, readAt: now.toISOString(), includeErrors: false, reportDate: localIsoDate(now) }),
  );
}

export function reportFileName(campaign: Pick<Campaign, 'id'>): string {
  return `bao-cao-tong-hop-${campaign.id}.xlsx`;
}

/** The written report as a Word document, to edit, sign and send: the same one `danvan consolidate --docx` writes. */
export async function createReportDocument(campaign: Campaign, consolidation: Consolidation, now: Date): Promise<Uint8Array> {
  const [{ buildReportDocument }, { renderReportDocx }] = await Promise.all([
    import(/* webpackChunkName: "workbook" */ '../../workbook'),
    import(/* webpackChunkName: "docx" */ '../../adapters/docx'),
  ]);
  return renderReportDocx(buildReportDocument({ campaign, consolidation, includeErrors: false, reportDate: localIsoDate(now) }));
}

export function reportDocumentFileName(campaign: Pick<Campaign, 'id'>): string {
  return `bao-cao-${campaign.id}.docx`;
}

/** Today's date where the user is, as YYYY-MM-DD (toISOString would give the UTC day). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Reads a unit list (CSV or .xlsx) with the file adapter, loaded on first use. */
export async function readUnitListFile(file: ChosenFile): Promise<UnitTable> {
  const { readUnitList } = await import(/* webpackChunkName: "unit-list" */ '../../adapters/unit-list');
  return readUnitList(file.bytes, file.name);
}

/**
 * What the campaign picker opens: a campaign file (.json), or a master workbook (.xlsx, told by its
 * zip signature whatever its name) whose embedded campaign is read, in file mode as in Excel.
 */
export async function readCampaignFile(file: ChosenFile): Promise<Result<Campaign, Issue[]>> {
  const zip = file.bytes[0] === 0x50 && file.bytes[1] === 0x4b;
  if (zip) {
    const { readCampaignFromMaster } = await import(/* webpackChunkName: "xlsx" */ '../../adapters/xlsx');
    return readCampaignFromMaster(file.bytes, file.name);
  }
  return parseCampaignJson(new TextDecoder('utf-8').decode(file.bytes), file.name);
}

/** A chosen file's bytes (FileReader: older WebViews and jsdom lack `Blob.arrayBuffer`). */
export function readBlobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(blob);
  });
}

/** A chosen file's text, as UTF-8. */
export function readBlobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(blob, 'utf-8');
  });
}
