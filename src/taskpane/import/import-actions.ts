import { readReturnFiles } from '../../adapters/xlsx/browser-read-pool';
import { takeOnce } from '../../core';
import type { Campaign, ChosenFile as TakenFile, RawReturn } from '../../core';
import { ExcelFailed, readSheets } from '../shared/flow-context';
import type { FlowContext, Notice } from '../shared/flow-context';
import type { ImportedFile } from '../shared/campaign-store';
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

/**
 * Each file read into the store, in Web Workers where the browser has them (the pane's own reader
 * otherwise, as under jsdom); `current` names the file last read, for the error. A cancel rejects
 * with the signal's reason, which the job runner tells apart from a failure.
 */
async function readFiles(ctx: FlowContext, chosen: readonly File[], control: JobControl, current: { name: string }): Promise<Readable[]> {
  const readable: Readable[] = [];
  const taken = takenContents(ctx.returns.files);
  // Files go into the store a few times a second, not one by one: each addition checks every
  // return again, which one by one made 300 returns cost 300 checks of up to 300.
  const pending: Omit<ImportedFile, 'id'>[] = [];
  let flushed = Date.now();
  const flush = () => {
    if (pending.length > 0) ctx.store({ type: 'returnsRead', files: pending.splice(0) });
    flushed = Date.now();
  };
  try {
    await readReturnFiles(
      chosen,
      {
        signal: control.signal,
        onProgress: control.onProgress,
        onRead: (_, { file, read }) => {
          current.name = file.name;
          // The same content chosen again (this time or in an earlier import) is listed, not taken.
          // (Only a file read has its SHA-256, from the reader; an unreadable one is never taken anyway.)
          const first = read.ok ? takeOnce([{ name: file.name, sha256: read.value.sha256 }], taken).duplicates[0]?.first : undefined;
          pending.push({ name: file.name, read, ...(first === undefined ? {} : { duplicateOf: first }) });
          if (first === undefined && read.ok) {
            taken.push({ name: file.name, sha256: read.value.sha256 });
            // A refused file is attributed to its unit, never copied into the master.
            if (read.value.refused !== true) readable.push({ file, raw: read.value });
          }
          if (Date.now() - flushed >= FLUSH_MS) flush();
        },
      },
      { readOnMainThread: ctx.services.readReturn },
    );
  } finally {
    // Files read before a cancel or a failure are kept.
    flush();
  }
  return readable;
}

const FLUSH_MS = 250;

/** The content (SHA-256) of each file already taken, earlier imports' included, with the name it was taken as. */
function takenContents(files: readonly ImportedFile[]): TakenFile[] {
  return files.flatMap((f) => (f.read.ok && f.duplicateOf === undefined ? [{ name: f.name, sha256: f.read.value.sha256 }] : []));
}

async function copyIntoMaster(ctx: FlowContext, excel: ExcelActions, campaign: Campaign, readable: readonly Readable[], control: JobControl): Promise<Notice> {
  const imported = await excel.importReturns(campaign, readable, control);
  if (!imported.ok) throw new ExcelFailed(imported.error.message);
  await readSheets(ctx, excel, campaign);
  return { kind: 'imported', written: imported.value.written.length, kept: imported.value.kept.length };
}
