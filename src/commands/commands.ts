/**
 * The function file (manifest FunctionFile): the ribbon's "Tổng hợp" button runs here without
 * opening the pane. Its outcome — the summary or the error, worded — is shown in a small dialog,
 * so nothing fails silently.
 */
import { consolidateOpenWorkbook } from './consolidate-command';

function show(text: string): void {
  const url = new URL('message.html', window.location.href);
  url.searchParams.set('text', text);
  // DialogApi 1.1; where dialogs are unavailable the sheets written are the feedback.
  if (Office.context.requirements.isSetSupported('DialogApi', '1.1')) {
    Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 30, displayInIframe: true });
  }
}

async function consolidateWorkbook(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const { createExcelActions } = await import(/* webpackChunkName: "excel" */ '../taskpane/excel-actions');
    const result = await consolidateOpenWorkbook(createExcelActions({ lang: () => 'vi', delayForCellEdit: true }), new Date(), 'vi');
    show(result.ok ? result.value : result.error.message);
  } catch (error) {
    show(error instanceof Error ? error.message : String(error));
  } finally {
    event.completed();
  }
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    Office.actions.associate('consolidateWorkbook', consolidateWorkbook);
  });
}
