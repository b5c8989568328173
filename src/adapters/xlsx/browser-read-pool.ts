/**
 * Reads a batch of returned workbooks in the browser with Web Workers, one per core (at most four,
 * as `danvan validate` does with worker threads), so the page keeps painting and answering clicks
 * while hundreds of returns are unzipped and parsed. Where Worker is missing (jsdom) or a worker
 * cannot start (its script blocked or not served), the files are read on the main thread instead,
 * a yield between files. The reader itself loads on first use, so this module adds nothing heavy
 * to the page's start-up script.
 */
import { fail, makeIssue } from '../../core';
import type { Issue, RawReturn, Result } from '../../core';

/** A returned file as bytes, or as the File the user chose (then its bytes are read in the worker). */
export type ReturnFile = { readonly name: string; readonly bytes: Uint8Array };
export type ReturnSource = ReturnFile | File;

export type ReturnRead = Result<RawReturn, Issue[]>;
/** One file's outcome: its bytes (handed back by the worker) and what reading it gave. */
export type FileRead = { readonly file: ReturnFile; readonly read: ReturnRead };

export type ReadControl = {
  /** Aborting stops the batch between files: the workers are ended and the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** `done` of `total` files read, in whatever order they finish. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Each file's outcome, in the order the files were given (a slow file holds back later ones). */
  readonly onRead?: (index: number, outcome: FileRead) => void;
};

/**
 * How to read: `start` makes a worker (tests give a stand-in); `readOnMainThread` reads one file where
 * no worker can (the pane passes its own reader, which jsdom tests replace), the xlsx reader by default.
 */
export type ReadOptions = { readonly start?: () => Worker; readonly readOnMainThread?: (file: ReturnFile) => Promise<ReturnRead> };

/** What the page posts to a read worker, and what it answers. */
export type ReadRequest = { readonly id: number; readonly name: string; readonly bytes?: ArrayBuffer; readonly blob?: Blob };
export type ReadReply = { readonly ready: true } | { readonly id: number; readonly read: ReturnRead; readonly bytes: ArrayBuffer };

/** Never more workers than this, whatever the core count: each holds its own copy of the reader. */
const MAX_WORKERS = 4;

/** How many workers a batch gets: one per core, never more than files, none for a single file. */
export function poolSize(files: number, cores: number | undefined): number {
  if (files < 2) return 0;
  return Math.max(1, Math.min(cores ?? 1, MAX_WORKERS, files));
}

/**
 * Reads every file as a return; resolves to one outcome per file, in the order given. A file the
 * reader refuses, and a worker that fails on a file, become issues on that file and the others go on.
 */
export async function readReturnFiles(files: readonly ReturnSource[], control: ReadControl = {}, options: ReadOptions = {}): Promise<FileRead[]> {
  const outcomes = new Array<FileRead | undefined>(files.length);
  let delivered = 0;
  let done = 0;
  const settle = (index: number, outcome: FileRead) => {
    outcomes[index] = outcome;
    done += 1;
    control.onProgress?.(done, files.length);
    for (let next = outcomes[delivered]; next !== undefined && delivered < files.length; next = outcomes[delivered]) {
      control.onRead?.(delivered, next);
      delivered += 1;
    }
  };
  stopIfAborted(control.signal);
  control.onProgress?.(0, files.length);
  const size = typeof Worker === 'undefined' ? 0 : poolSize(files.length, globalThis.navigator?.hardwareConcurrency);
  const batch: Batch = { files, next: 0, settle, signal: control.signal, read: options.readOnMainThread ?? readWithXlsxReader };
  if (size === 0) await readOnMainThread(batch);
  else {
    // Kept in a module of its own: jest (CommonJS, no import.meta) loads it only where Worker exists.
    const begin = options.start ?? (await import(/* webpackMode: "eager" */ './start-read-worker')).startReadWorker;
    await Promise.all(Array.from({ length: size }, () => runLane(batch, begin)));
  }
  stopIfAborted(control.signal);
  return outcomes.map((o) => o as FileRead);
}

/** The files, the next one no lane has taken yet, and where outcomes go. */
type Batch = {
  readonly files: readonly ReturnSource[];
  next: number;
  readonly settle: (index: number, outcome: FileRead) => void;
  readonly signal: AbortSignal | undefined;
  readonly read: (file: ReturnFile) => Promise<ReturnRead>;
};

/** Rejects with the signal's reason (an AbortError), as fetch does; not every WebView has `throwIfAborted`. */
function stopIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
}

async function readWithXlsxReader(file: ReturnFile): Promise<ReturnRead> {
  const { readReturnFile } = await import(/* webpackChunkName: "xlsx" */ './read-return');
  return readReturnFile(file.bytes, file.name);
}

async function readOnMainThread(batch: Batch): Promise<void> {
  while (batch.next < batch.files.length) {
    // Lets the browser paint (progress, the cancel button) between files.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    stopIfAborted(batch.signal);
    const index = batch.next++;
    const source = batch.files[index] as ReturnSource;
    const file = isBlob(source) ? { name: source.name, bytes: new Uint8Array(await source.arrayBuffer()) } : source;
    batch.settle(index, { file, read: await batch.read(file) });
  }
}

/**
 * One worker taking files from the shared queue until it is empty. A worker that dies on a file is
 * replaced and that file gets an issue; a worker that cannot start at all hands its share to the
 * main thread.
 */
async function runLane(batch: Batch, begin: () => Worker): Promise<void> {
  const { files, settle, signal } = batch;
  let worker = await launch(begin);
  if (worker === undefined) return readOnMainThread(batch);
  const stop = () => worker?.terminate();
  signal?.addEventListener('abort', stop);
  try {
    while (batch.next < files.length && signal?.aborted !== true) {
      const index = batch.next++;
      const source = files[index] as ReturnSource;
      const answer = await ask(worker, index, source, signal);
      if (answer === 'aborted') break;
      if ('crash' in answer) {
        worker.terminate();
        settle(index, { file: { name: source.name, bytes: isBlob(source) ? new Uint8Array(0) : source.bytes }, read: crashed(source.name, answer.crash) });
        worker = await launch(begin);
        if (worker === undefined) return readOnMainThread(batch);
      } else settle(index, answer);
    }
  } finally {
    signal?.removeEventListener('abort', stop);
    worker?.terminate();
  }
}

/** A started worker once its reader has loaded, or undefined when it could not start. */
function launch(begin: () => Worker): Promise<Worker | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = begin();
    } catch {
      resolve(undefined);
      return;
    }
    worker.onmessage = (e: MessageEvent<ReadReply>) => {
      if ('ready' in e.data) resolve(worker);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      resolve(undefined);
    };
  });
}

function ask(worker: Worker, id: number, source: ReturnSource, signal: AbortSignal | undefined): Promise<FileRead | { crash: string } | 'aborted'> {
  return new Promise((resolve) => {
    const onAbort = () => resolve('aborted');
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (e: MessageEvent<ReadReply>) => {
      if (!('id' in e.data) || e.data.id !== id) return;
      signal?.removeEventListener('abort', onAbort);
      resolve({ file: { name: source.name, bytes: new Uint8Array(e.data.bytes) }, read: e.data.read });
    };
    worker.onerror = (e) => {
      e.preventDefault();
      signal?.removeEventListener('abort', onAbort);
      resolve({ crash: e.message || 'worker error' });
    };
    worker.onmessageerror = () => resolve({ crash: 'message could not be read' });
    if (isBlob(source)) worker.postMessage({ id, name: source.name, blob: source } satisfies ReadRequest);
    else {
      const buffer = ownBuffer(source.bytes);
      worker.postMessage({ id, name: source.name, bytes: buffer } satisfies ReadRequest, [buffer]);
    }
  });
}

/**
 * The bytes' buffer, to transfer (not copy) to the worker; the caller's view is detached until the
 * worker hands the buffer back. A view on part of a larger buffer is copied first, so that the
 * transfer never takes bytes that are not this file's.
 */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
}

/** A chosen File is posted as it is (a handle, not its bytes): the worker reads it, off the page's thread. */
function isBlob(source: ReturnSource): source is File {
  return typeof Blob !== 'undefined' && source instanceof Blob;
}

function crashed(file: string, detail: string): ReturnRead {
  return fail([makeIssue({ severity: 'error', code: 'reader.unreadable', file, params: { file, detail } })]);
}
