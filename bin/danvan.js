#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx danvan` works right after `npm ci`.
require('tsx/cjs');

// Output piped into a program that stops reading (`| head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { main } = require('../src/cli/main.ts');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`danvan: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
