import { join } from 'node:path';
import { buildSync } from 'esbuild';

/** ./in-browser.ts as one script for `addInitScript` (exceljs resolves to its browser build). */
export function fakeOfficeScript(): string {
  const out = buildSync({ entryPoints: [join(__dirname, 'in-browser.ts')], bundle: true, write: false, platform: 'browser', inject: [join(__dirname, 'buffer-shim.ts')], format: 'iife', target: 'es2020', logLevel: 'silent' });
  const file = out.outputFiles[0];
  if (file === undefined) throw new Error('esbuild wrote nothing');
  return file.text;
}
