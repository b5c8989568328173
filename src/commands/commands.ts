/**
 * The function file (manifest FunctionFile): the ribbon's "Tổng hợp" button runs here without
 * opening the pane. Its outcome — the summary or the error, worded — is shown in a small dialog,
 * so nothing fails silently; `runFunctionCommand` keeps the runtime alive until that dialog is
 * closed, and no longer than Office allows a function command.
 */
import { t } from '../core';
import type { ExcelRun } from '../adapters/office';
import { consolidateOpenWorkbook } from './consolidate-command';
import { COMMAND_TIMES, runFunctionCommand } from './function-command';
import type { CommandRuntime } from './function-command';

/** The `<FunctionName>` of the manifest's Tổng hợp button. */
export const CONSOLIDATE_ACTION = 'consolidateWorkbook';

const LANG = 'vi';

/**
 * A ribbon click can come while the user is typing in a cell: `delayForCellEdit` makes Excel hold
 * the batch until the cell is left instead of failing it ("Delay execution while cell is being
 * edited", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit). The
 * dialog shown after a few seconds tells the user to press Enter or Esc.
 */
const runHoldingForCellEdit: ExcelRun = (batch) => Excel.run({ delayForCellEdit: true }, (context) => batch(context));

async function consolidateWorkbook(): Promise<string> {
  const { createExcelActions } = await import(/* webpackChunkName: "excel" */ '../taskpane/shared/excel-actions');
  const result = await consolidateOpenWorkbook(createExcelActions({ lang: () => LANG, run: runHoldingForCellEdit }), new Date(), LANG);
  return result.ok ? result.value : result.error.message;
}

function dialogUrl(text: string): string {
  const url = new URL('message.html', window.location.href);
  url.searchParams.set('text', text);
  return url.toString();
}

export function onConsolidateClicked(event: Office.AddinCommands.Event, runtime: CommandRuntime = Office): Promise<void> {
  return runFunctionCommand({
    event,
    runtime,
    dialogUrl,
    work: consolidateWorkbook,
    texts: {
      working: t('office.command.working', {}, LANG),
      stopping: t('office.command.stopping', { minutes: Math.round(COMMAND_TIMES.warnAfterMs / 60_000) }, LANG),
    },
  });
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    Office.actions.associate(CONSOLIDATE_ACTION, (event: Office.AddinCommands.Event) => void onConsolidateClicked(event));
  });
}
