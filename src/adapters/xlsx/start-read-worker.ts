/**
 * Starts one read worker. webpack 5 sees `new Worker(new URL(…, import.meta.url))` and emits the
 * worker's module as a chunk of its own, fetched from the add-in's server ('self', which the
 * pages' CSP allows for scripts and so for workers); the pages' start-up script does not grow.
 */
export function startReadWorker(): Worker {
  return new Worker(/* webpackChunkName: "read-worker" */ new URL('./read-return.worker.ts', import.meta.url), { name: 'danvan-read-return' });
}
