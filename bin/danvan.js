#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx danvan` works right after `npm ci`.
require('tsx/cjs');
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
