/**
 * The browser read pool's bookkeeping, with a stand-in Worker that runs the real reader in this
 * process: results in the order given, bytes transferred and handed back, a worker that dies on a
 * file replaced, a worker that cannot start replaced by the main thread, cancellation. The pool in
 * a real browser, with real workers: tests/e2e/read-pool.e2e.test.ts.
 */
import { renderXlsx } from '../../../src/adapters/xlsx';
import { poolSize, readReturnFiles } from '../../../src/adapters/xlsx/browser-read-pool';
import type { ReadReply, ReadRequest, ReturnFile } from '../../../src/adapters/xlsx/browser-read-pool';
import { readReturnFile } from '../../../src/adapters/xlsx/read-return';
import { buildCampaignWorkbooks } from '../../../src/workbook';
import { smallCampaign } from '../../helpers/campaign';
import { fillReturn } from '../../helpers/fill-return';

type Listener<T> = ((e: T) => void) | null;

/** Posts like a Worker (structured clone with transfer: the sender's buffer is detached), reads in-process. */
class StandInWorker {
  static started = 0;
  static terminated = 0;
  static failToStart = false;
  onmessage: Listener<{ data: ReadReply }> = null;
  onerror: Listener<{ message: string; preventDefault: () => void }> = null;
  onmessageerror: Listener<unknown> = null;
  private ended = false;
  constructor() {
    StandInWorker.started += 1;
    setTimeout(() => {
      if (StandInWorker.failToStart) this.onerror?.({ message: 'script blocked', preventDefault: () => undefined });
      else this.onmessage?.({ data: { ready: true } });
    }, 0);
  }
  postMessage(message: ReadRequest, transfer: Transferable[] = []): void {
    const { id, name, bytes } = structuredClone(message, { transfer });
    void (async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.ended) return;
      if (name === 'crash.xlsx') return this.onerror?.({ message: 'out of memory', preventDefault: () => undefined });
      const buffer = bytes as ArrayBuffer;
      const read = await readReturnFile(new Uint8Array(buffer), name);
      if (!this.ended) this.onmessage?.({ data: structuredClone({ id, read, bytes: buffer }, { transfer: [buffer] }) });
    })();
  }
  terminate(): void {
    if (!this.ended) StandInWorker.terminated += 1;
    this.ended = true;
  }
}

const start = { start: () => new StandInWorker() as unknown as Worker };

async function returnsOfSmallCampaign(): Promise<ReturnFile[]> {
  const fillIns = buildCampaignWorkbooks(smallCampaign()).fillIns;
  return Promise.all(fillIns.map(async ({ unit, layout }, i) => ({ name: `${unit.code}.xlsx`, bytes: await fillReturn(await renderXlsx(layout), { TT01: i + 2 }) })));
}

describe('browser read pool', () => {
  let files: ReturnFile[] = [];
  beforeAll(async () => {
    files = await returnsOfSmallCampaign();
  });
  beforeEach(() => {
    Object.assign(globalThis, { Worker: StandInWorker });
    StandInWorker.started = 0;
    StandInWorker.terminated = 0;
    StandInWorker.failToStart = false;
  });
  afterEach(() => {
    delete (globalThis as { Worker?: unknown }).Worker;
  });

  const copies = () => files.map((f) => ({ name: f.name, bytes: f.bytes.slice() }));
  const tt01 = (read: Awaited<ReturnType<typeof readReturnFiles>>[number]['read']) => (read.ok ? read.value.rows.find((r) => r.code === 'TT01')?.result.value : read.error.map((i) => i.code));

  it('should give one worker per core, at most four, none for a single file', () => {
    expect([poolSize(1, 8), poolSize(300, 2), poolSize(300, 16), poolSize(3, 8), poolSize(300, undefined)]).toEqual([0, 2, 4, 3, 1]);
  });

  it('should hand each file back in the order given, its bytes returned whole after the transfer', async () => {
    const sent = copies();
    const seen: string[] = [];
    const progress: number[] = [];
    const out = await readReturnFiles(sent, { onRead: (i, o) => seen.push(`${i}:${o.file.name}`), onProgress: (done) => progress.push(done) }, start);
    expect(seen).toEqual(['0:XA01.xlsx', '1:GD02.xlsx', '2:DN03.xlsx']);
    expect(out.map((o) => tt01(o.read))).toEqual([2, 3, 4]);
    // Transferred, not copied: the caller's buffer went to the worker, and the same bytes came back.
    expect(sent.map((f) => f.bytes.byteLength)).toEqual([0, 0, 0]);
    expect(out.map((o) => o.file.bytes.byteLength)).toEqual(files.map((f) => f.bytes.byteLength));
    expect(progress).toEqual([0, 1, 2, 3]);
    expect(StandInWorker.terminated).toBe(StandInWorker.started);
  });

  it('should transfer a copy of a view on part of a larger buffer, never the larger buffer', async () => {
    const first = files[0] as ReturnFile;
    const big = new Uint8Array(first.bytes.byteLength + 10);
    big.set(first.bytes, 10);
    const view = { name: first.name, bytes: big.subarray(10) };
    const [out] = await readReturnFiles([view, ...copies().slice(1)], {}, start);
    expect(big.byteLength).toBe(first.bytes.byteLength + 10);
    expect(out && tt01(out.read)).toBe(2);
  });

  it('should give a file its worker died on an issue, and read the rest with a new worker', async () => {
    const [a, b, c] = copies();
    const out = await readReturnFiles([a, { name: 'crash.xlsx', bytes: new Uint8Array([1, 2, 3]) }, b, c] as ReturnFile[], {}, start);
    expect(out.map((o) => [o.file.name, tt01(o.read)])).toEqual([
      ['XA01.xlsx', 2],
      ['crash.xlsx', ['reader.unreadable']],
      ['GD02.xlsx', 3],
      ['DN03.xlsx', 4],
    ]);
    const crash = out[1]?.read;
    expect(crash?.ok === false && crash.error[0]?.params).toEqual({ file: 'crash.xlsx', detail: 'out of memory' });
    // The lanes this machine gets, and one more for the worker that died.
    const lanes = poolSize(4, globalThis.navigator?.hardwareConcurrency);
    expect(StandInWorker.started).toBe(lanes + 1);
    expect(StandInWorker.terminated).toBe(lanes + 1);
  });

  it('should read on the main thread when a worker cannot start', async () => {
    StandInWorker.failToStart = true;
    const out = await readReturnFiles(copies(), {}, start);
    expect(out.map((o) => tt01(o.read))).toEqual([2, 3, 4]);
  });

  it('should read on the main thread where there is no Worker (jsdom)', async () => {
    delete (globalThis as { Worker?: unknown }).Worker;
    const out = await readReturnFiles(copies(), {}, start);
    expect(out.map((o) => tt01(o.read))).toEqual([2, 3, 4]);
    expect(StandInWorker.started).toBe(0);
  });

  it('should read with the reader it is given where no worker runs', async () => {
    delete (globalThis as { Worker?: unknown }).Worker;
    const out = await readReturnFiles(copies(), {}, { readOnMainThread: (file) => readReturnFile(new Uint8Array(0), file.name) });
    expect(out.map((o) => tt01(o.read))).toEqual([['reader.empty'], ['reader.empty'], ['reader.empty']]);
  });

  it('should stop between files when cancelled, and end its workers', async () => {
    const abort = new AbortController();
    const reading = readReturnFiles(copies(), { signal: abort.signal, onProgress: (done) => done === 1 && abort.abort() }, start);
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(StandInWorker.terminated).toBe(StandInWorker.started);
  });
});
