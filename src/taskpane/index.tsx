/**
 * Task-pane start-up: wait for Office.js (or start at once in a plain browser), wire the real
 * services, render. This is the only place that chooses implementations.
 */
import { createRoot } from 'react-dom/client';
import type { Lang } from '../core/messages';
import { PRESETS, yearForNewCampaign } from '../core/presets';
import { App } from './App';
import { downloadFile, mimeTypeOf } from './shared/download-file';
import type { ExcelActions } from './shared/excel-types';
import { indexedDbKeeper } from './shared/campaign-keeper';
import { localOrganisationStore } from './shared/organisation-store';
import { createFillInZip, createReportDocument, createReportWorkbook, fillInZipFileName, formFingerprints, formPageQr, readCampaignFile, readReturn, readUnitListFile, reportDocumentFileName, reportFileName } from './shared/file-workbooks';
import { createMasterWorkbook, masterWorkbookFileName } from './campaign/master-workbook';
import { whenOfficeReady } from './shared/office-ready';
import type { PaneServices } from './campaign/use-campaign-workbook';

const LANG_KEY = 'danvan.lang';

/** localStorage where the WebView allows it (an Office web iframe may block it). */
function localStorageOrNone(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Office partitions storage on the web and gives its key; elsewhere (and in a browser) there is none. */
function officePartitionKey(): string | undefined {
  return typeof Office === 'undefined' ? undefined : (Office.context as { partitionKey?: string } | undefined)?.partitionKey;
}

function paneServices(excel: ExcelActions | undefined): PaneServices {
  return {
    organisationStore: localOrganisationStore(localStorageOrNone, officePartitionKey()),
    presets: PRESETS,
    createMasterWorkbook,
    masterFileName: masterWorkbookFileName,
    readUnitList: readUnitListFile,
    saveFile: (bytes, fileName) => downloadFile(bytes, fileName, mimeTypeOf(fileName)),
    createFillInZip,
    formPageQr,
    zipFileName: fillInZipFileName,
    readReturn,
    readCampaignFile,
    createReport: createReportWorkbook,
    reportFileName,
    createReportDocument,
    reportDocumentFileName,
    now: () => new Date(),
    drawRandom,
    expectedFingerprints: formFingerprints,
    // Inside Excel the open master keeps the campaign; in a browser, IndexedDB does.
    ...(excel === undefined ? { campaignKeeper: indexedDbKeeper() } : { excel, readOpenCampaign: excel.readOpenCampaign }),
  };
}

/** A UUID where the WebView has one (secure contexts), else the same from getRandomValues. */
function drawRandom(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function storedLang(): Lang {
  try {
    return window.localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi'; // storage can be blocked in an Office web iframe
  }
}

let currentLang: Lang = 'vi';

function storeLang(lang: Lang): void {
  currentLang = lang;
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // not remembered; the pane still works
  }
}

async function start(): Promise<void> {
  const host = await whenOfficeReady();
  const container = document.getElementById('root');
  // assets/host-check.js took #root away: this webview cannot run the pane, and its notice says what to use.
  if (container === null) return;
  currentLang = storedLang();
  // The Office edge (and the layouts it writes) loads only inside Excel: file mode never needs it.
  const excel = host === 'excel' ? (await import(/* webpackChunkName: "excel" */ './shared/excel-actions')).createExcelActions({ lang: () => currentLang }) : undefined;
  const services = paneServices(excel);
  createRoot(container).render(<App services={services} host={host} initialYear={yearForNewCampaign(new Date())} initialLang={currentLang} onLangChange={storeLang} />);
}

void start();
