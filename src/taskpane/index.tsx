/**
 * Task-pane start-up: wait for Office.js (or start at once in a plain browser), wire the real
 * services, render. This is the only place that chooses implementations.
 */
import { createRoot } from 'react-dom/client';
import type { Lang } from '../core/messages';
import { PRESETS } from '../core/presets';
import { App } from './App';
import { downloadFile, XLSX_MIME_TYPE } from './download-file';
import { createMasterWorkbook, masterWorkbookFileName } from './master-workbook';
import { whenOfficeReady } from './office-ready';
import type { PaneServices } from './use-campaign-workbook';

const LANG_KEY = 'danvan.lang';

const services: PaneServices = {
  presets: PRESETS,
  createMasterWorkbook,
  masterFileName: masterWorkbookFileName,
  saveFile: (bytes, fileName) => downloadFile(bytes, fileName, XLSX_MIME_TYPE),
};

function storedLang(): Lang {
  try {
    return window.localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi'; // storage can be blocked in an Office web iframe
  }
}

function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // not remembered; the pane still works
  }
}

async function start(): Promise<void> {
  const host = await whenOfficeReady();
  const container = document.getElementById('root');
  if (container === null) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(
    <App services={services} host={host} initialYear={new Date().getFullYear()} initialLang={storedLang()} onLangChange={storeLang} />,
  );
}

void start();
