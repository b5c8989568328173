import type { Campaign, RawReturn } from '../../core';
import { ExcelFailed, readSheets } from '../shared/flow-context';
import type { FlowContext, Notice } from '../shared/flow-context';
import { JobCancelled } from '../shared/file-workbooks';
import type { ChosenFile, JobControl } from '../shared/file-workbooks';
import { errorDetail } from '../shared/pane-error';
import type { ExcelActions } from '../shared/excel-types';

type Readable = { readonly file: ChosenFile; readonly raw: RawReturn };

/** Reads the files chosen, one by one; inside Excel, the usable ones are then copied into the master. */
export async function importFiles(ctx: FlowContext, chosen: readonly File[]): Promise<void> {
  if (chosen.length === 0) return;
  const current = { name: '' };
  await ctx.runJob(
    'read',
    chosen.length,
    async (control) => {
      const readable = await readFiles(ctx, chosen, control, current);
      const { excel, campaign } = ctx;
      if (excel === undefined || campaign === undefined || readable.length === 0) return undefined;
      current.name = '';
      return copyIntoMaster(ctx, excel, campaign, readable, control);
    },
    (cause) => (cause instanceof ExcelFailed ? { code: 'excel', detail: cause.message } : { code: 'readFailed', file: current.name, detail: errorDetail(cause) }),
  );
}

/** Each file read into the store; `current` names the file being read, for the error. */
async function readFiles(ctx: FlowContext, chosen: readonly File[], control: JobControl, current: { name: string }): Promise<Readable[]> {
  const readable: Readable[] = [];
  for (const [i, file] of chosen.entries()) {
    if (control.signal.aborted) throw new JobCancelled();
    current.name = file.name;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = await ctx.services.readReturn({ name: file.name, bytes });
    ctx.store({ type: 'returnRead', name: file.name, read });
    // A refused file is attributed to its unit, never copied into the master.
    if (read.ok && read.value.refused !== true) readable.push({ file: { name: file.name, bytes }, raw: read.value });
    control.onProgress(i + 1, chosen.length);
  }
  return readable;
}

async function copyIntoMaster(ctx: FlowContext, excel: ExcelActions, campaign: Campaign, readable: readonly Readable[], control: JobControl): Promise<Notice> {
  const imported = await excel.importReturns(campaign, readable, control);
  if (!imported.ok) throw new ExcelFailed(imported.error.message);
  await readSheets(ctx, excel, campaign);
  return { kind: 'imported', written: imported.value.written.length, kept: imported.value.kept.length };
}
