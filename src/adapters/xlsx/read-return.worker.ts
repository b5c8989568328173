/**
 * A Web Worker that reads returned workbooks for the page (browser-read-pool.ts): a file's bytes
 * (or the File itself) in, the read return and the same bytes out, the bytes transferred both ways.
 */
import '../../core/strict-csp';
import { readChosenReturn } from './read-chosen-return';
import type { ReadReply, ReadRequest } from './browser-read-pool';

/** The worker's global scope, as far as this module uses it (the DOM lib has no WorkerGlobalScope). */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ReadRequest>) => void) | null;
  postMessage: (message: ReadReply, transfer?: Transferable[]) => void;
};

scope.onmessage = (e) => {
  const { id, name, bytes, blob } = e.data;
  void (async () => {
    const buffer = bytes ?? (await (blob as Blob).arrayBuffer());
    const read = await readChosenReturn(new Uint8Array(buffer), name);
    scope.postMessage({ id, read, bytes: buffer }, [buffer]);
  })();
};
scope.postMessage({ ready: true });
