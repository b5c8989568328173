/**
 * A test page for the browser read pool (src/adapters/xlsx/browser-read-pool.ts), built with the
 * add-in's webpack config under the task pane's CSP: it fetches the return files the test or the
 * bench put beside it and reads them through the pool, or one by one on the main thread as the
 * pane does today, then validates them, and reports what it read and how long the page stalled.
 */
import { validateReturns } from '../../../src/core';
import type { Campaign, Issue, RawReturn } from '../../../src/core';
import { readReturnFiles } from '../../../src/adapters/xlsx/browser-read-pool';
import type { FileRead, ReturnFile } from '../../../src/adapters/xlsx/browser-read-pool';
import { readReturnFile } from '../../../src/adapters/xlsx/read-return';
import { expectedFingerprints } from '../../../src/workbook';

export type FileSummary = { readonly file: string; readonly unit?: string; readonly results?: Record<string, unknown>; readonly issues: string[]; readonly bytes: number };
export type HarnessRun = {
  readonly files: FileSummary[];
  /** From having the bytes to the validated batch, in ms. */
  readonly ms: number;
  /** The longest the page went without running a 10-ms timer while reading (validation not included), in ms. */
  readonly longestStallMs: number;
  readonly progress: number[];
  readonly units: Record<string, string>;
};

async function fetchFiles(names: readonly string[]): Promise<ReturnFile[]> {
  return Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await (await fetch(`returns/${encodeURIComponent(name)}`)).arrayBuffer()) })));
}

async function readInTurn(files: readonly ReturnFile[]): Promise<FileRead[]> {
  const out: FileRead[] = [];
  for (const file of files) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    out.push({ file, read: await readReturnFile(file.bytes, file.name) });
  }
  return out;
}

function summary({ file, read }: FileRead): FileSummary {
  if (!read.ok) return { file: file.name, issues: read.error.map((i: Issue) => i.code), bytes: file.bytes.byteLength };
  const raw: RawReturn = read.value;
  return {
    file: file.name,
    unit: raw.identity.unitCode,
    results: Object.fromEntries(raw.rows.map((r) => [r.code, r.result.value])),
    issues: raw.readIssues.map((i) => i.code),
    bytes: file.bytes.byteLength,
  };
}

async function run(names: readonly string[], how: 'pool' | 'main'): Promise<HarnessRun> {
  const campaign = (await (await fetch('returns/campaign.json')).json()) as Campaign;
  const files = await fetchFiles(names);
  let last = performance.now();
  let longestStallMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longestStallMs = Math.max(longestStallMs, now - last);
    last = now;
  }, 10);
  const progress: number[] = [];
  const start = performance.now();
  const reads = how === 'pool' ? await readReturnFiles(files, { onProgress: (done) => progress.push(done) }) : await readInTurn(files);
  // The stall is the reading's: validation runs on the page's thread either way.
  clearInterval(ticker);
  longestStallMs = Math.max(longestStallMs, performance.now() - last);
  const validation = validateReturns(
    campaign,
    reads.flatMap((r) => (r.read.ok ? [r.read.value] : [])),
    reads.flatMap((r) => (r.read.ok ? [] : r.read.error)),
    // As the pane and `danvan validate` check them: against the forms this campaign issued.
    { expectedFingerprints: expectedFingerprints(campaign) },
  );
  const ms = performance.now() - start;
  return { files: reads.map(summary), ms, longestStallMs, progress, units: Object.fromEntries(validation.units.map((u) => [u.code, u.status])) };
}

(window as unknown as { readPool: typeof run }).readPool = run;
document.body.dataset.ready = 'true';
