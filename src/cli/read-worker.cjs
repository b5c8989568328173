// A worker that reads returned workbooks for the CLI, so large batches use every core.
require('tsx/cjs');
const { parentPort } = require('node:worker_threads');
const { readFile } = require('node:fs/promises');
const { basename } = require('node:path');
const { readReturnFile } = require('../adapters/xlsx/read-return.ts');

parentPort.on('message', async ({ id, path }) => {
  const bytes = new Uint8Array(await readFile(path));
  parentPort.postMessage({ id, result: await readReturnFile(bytes, basename(path)) });
});
