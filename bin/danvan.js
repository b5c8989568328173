#!/usr/bin/env node
// `danvan`: runs the command line bundled by `npm run build:cli` (which `npm ci` runs through
// `prepare`), so it starts without compiling TypeScript. When the bundle is missing or older than
// the sources it was built from, it says so and runs the sources through tsx instead (slower).
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const BUILD = join(ROOT, 'build', 'cli');

/** Why the bundle cannot be used: undefined when it is there and newer than every source it lists. */
function staleness() {
  let built;
  let inputs;
  try {
    built = statSync(join(BUILD, 'danvan.cjs')).mtimeMs;
    inputs = JSON.parse(readFileSync(join(BUILD, 'danvan.inputs.json'), 'utf8')).inputs;
  } catch {
    return { vi: 'chưa có bản biên dịch build/cli/danvan.cjs', en: 'there is no build/cli/danvan.cjs' };
  }
  for (const input of inputs) {
    let changed;
    try {
      changed = statSync(join(ROOT, input)).mtimeMs;
    } catch {
      changed = Number.POSITIVE_INFINITY; // a source the bundle was made from is gone
    }
    if (changed > built) return { vi: `build/cli/danvan.cjs cũ hơn ${input}`, en: `build/cli/danvan.cjs is older than ${input}` };
  }
  return undefined;
}

const stale = staleness();
if (stale === undefined) {
  require(join(BUILD, 'danvan.cjs'));
} else {
  const args = process.argv.slice(2);
  const en = args.includes('--lang=en') || args[args.indexOf('--lang') + 1] === 'en';
  process.stderr.write(
    en
      ? `danvan: ${stale.en}; running the TypeScript sources through tsx (slower). Run npm run build:cli to compile them.\n`
      : `danvan: ${stale.vi}; chạy thẳng mã TypeScript qua tsx (chậm hơn). Chạy npm run build:cli để biên dịch lại.\n`,
  );
  require('tsx/cjs');
  require('../src/cli/entry.ts');
}
