/**
 * The `danvan` program. bin/danvan.js runs it, bundled into build/cli/danvan.cjs by
 * `npm run build:cli` (npm ci runs that through `prepare`) or, failing that, from the sources
 * through tsx. Started as a read worker (see returns.ts), the same file serves reads instead, so
 * the bundle is one self-contained file that `node danvan.cjs …` runs with nothing installed.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { t } from '../core';
import { main } from './main';
import { READ_WORKER, serveReads } from './returns';

if (!isMainThread && workerData === READ_WORKER) serveReads();
else runProgram(process.argv.slice(2));

function runProgram(argv: string[]): void {
  // Output piped into a program that stops reading (`| head`) is not an error of ours.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const detail = error instanceof Error && error.stack ? error.stack : String(error);
      const lang = argv.includes('--lang=en') || argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi';
      process.stderr.write(`${t('cli.crash', { detail }, lang)}\n`);
      process.exitCode = 2;
    },
  );
}
