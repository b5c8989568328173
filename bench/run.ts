/**
 * `npm run bench`: each case in its own process (so its peak memory is its own); prints one set of
 * tables and writes the same as bench/results.json. Times are wall-clock on whatever machine runs
 * it; nothing here asserts a time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CASE_NAMES, PLAN_FILES } from './cases';
import { measureCliStartup } from './cli-startup';
import type { CaseResult } from './cases';

function child(args: readonly string[]): string {
  const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', join(__dirname, 'cases.ts'), ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`bench case ${args.join(' ')} failed:\n${run.stderr}`);
  return run.stdout.trim().split('\n').pop() ?? '';
}

const runCase = (...args: string[]) => JSON.parse(child(args)) as CaseResult;

/** `initial`: the pane's entry; `page`: another page's entry (the ribbon's function file…); `lazy`: a chunk loaded on demand. */
type Bundle = { file: string; bytes: number; gzipBytes: number; kind: 'initial' | 'page' | 'lazy' };

/** The pane's scripts in dist/, gzipped: the taskpane entry loads first; chunks load when needed. */
function bundleSizes(dist = join(__dirname, '..', 'dist')): Bundle[] | string {
  if (!existsSync(dist)) return 'run npm run build first';
  const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
  if (files.length === 0) return 'run npm run build first';
  return files
    .map((file) => {
      const bytes = readFileSync(join(dist, file));
      const kind: Bundle['kind'] = /^taskpane\.[^.]*\.js$/.test(file) ? 'initial' : file.endsWith('.chunk.js') ? 'lazy' : 'page';
      return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length, kind };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || b.gzipBytes - a.gzipBytes);
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`;
const started = Date.now();

const results = CASE_NAMES.map((name) => runCase(name));

const corpus = mkdtempSync(join(tmpdir(), 'danvan-hostile-'));
let hostile: CaseResult[];
try {
  const names = JSON.parse(child(['hostile-corpus', corpus])) as string[];
  hostile = names.map((name) => runCase('hostile', corpus, name));
} finally {
  rmSync(corpus, { recursive: true, force: true });
}
const formatDir = mkdtempSync(join(tmpdir(), 'danvan-formats-'));
let formats: CaseResult[] | string;
try {
  const names = JSON.parse(child(['format-corpus', formatDir])) as string[] | { skipped: string };
  formats = Array.isArray(names) ? names.map((name) => runCase('format', formatDir, name)) : names.skipped;
} finally {
  rmSync(formatDir, { recursive: true, force: true });
}
const plans = PLAN_FILES.map((name) => runCase('plan', name));
const bundles = bundleSizes();
const pane = runCase('pane');
const phone = runCase('phone-form');
const startup = measureCliStartup();
const realFiles = runCase('corpus');
const paneReads = runCase('pane-reads').paneReads as Record<string, number | string> | undefined;

console.log(`DanVan Report benchmark — ${machine}`);
console.log('');
console.log('task                          units  indicators  files   time (s)  peak memory (MB)  floor (s)  × floor');
for (const r of results) {
  const floor = r.floorSeconds === undefined ? '' : `${r.floorSeconds.toFixed(2).padStart(9)}  ${(r.seconds / r.floorSeconds).toFixed(1).padStart(7)}`;
  console.log(
    `${r.task.padEnd(28)} ${String(r.units).padStart(6)}  ${String(r.indicators).padStart(10)}  ${String(r.files).padStart(5)}  ${r.seconds.toFixed(2).padStart(9)}  ${r.peakMb.toFixed(0).padStart(16)}  ${floor}`,
  );
}
console.log('(floor: unzip + XML-parse of the same files with jszip + saxes, nothing else)');
console.log('');
console.log('hostile file                       answer                         time (ms)  peak memory (MB)');
for (const r of hostile) {
  const mark = r.issue === r.expected ? '' : `  ≠ expected ${r.expected ?? ''}`;
  console.log(`${r.task.replace(/^hostile /, '').padEnd(34)} ${(r.issue ?? '').padEnd(30)} ${(r.seconds * 1000).toFixed(0).padStart(9)}  ${r.peakMb.toFixed(0).padStart(16)}${mark}`);
}
console.log('(peak memory is the whole reading process: Node, tsx and exceljs loaded, then the one file)');
console.log('');
console.log(
  `real-file corpus (tests/fixtures/corpus): ${realFiles.files} files; slowest ${realFiles.slowestFile ?? ''} (${realFiles.issue ?? ''}) ${(realFiles.seconds * 1000).toFixed(0)} ms; peak memory ${realFiles.peakMb.toFixed(0)} MB`,
);
console.log(
  `  slowest of each format: ${Object.entries(realFiles.slowestByFormat ?? {})
    .map(([format, { file, seconds }]) => `.${format} ${file} ${(seconds * 1000).toFixed(0)} ms`)
    .join('; ')}`,
);
if (typeof formats === 'string') console.log(`return formats: skipped (${formats})`);
else {
  console.log('return (60 indicators)   size (KB)  first read (ms)  median read (ms)  peak memory (MB)');
  for (const r of formats) {
    console.log(`${r.task.replace(/^read /, '').padEnd(24)} ${kb(r.bytes ?? 0).padStart(9)}  ${((r.firstSeconds ?? 0) * 1000).toFixed(1).padStart(15)}  ${(r.seconds * 1000).toFixed(1).padStart(16)}  ${r.peakMb.toFixed(0).padStart(16)}`);
  }
  console.log('(.ods and .xls saved from the .xlsx by LibreOffice; each file read in a process of its own, median of 50 reads after the first)');
}
console.log('plan file → draft                    size (KB)  first read (ms)  next reads, median (ms)');
for (const r of plans) {
  console.log(`${r.task.replace(/^plan /, '').padEnd(36)} ${((r.bytes ?? 0) / 1024).toFixed(1).padStart(9)}  ${((r.coldSeconds ?? 0) * 1000).toFixed(0).padStart(15)}  ${(r.seconds * 1000).toFixed(1).padStart(23)}`);
}
console.log('(first read: a fresh process, the reader loaded then — pdf.js for a PDF; then importPlan)');
console.log('');
if (typeof bundles === 'string') console.log(`task pane bundle: ${bundles}`);
else {
  const list = (kind: Bundle['kind']) => bundles.filter((b) => b.kind === kind).map((b) => `${b.file} ${kb(b.gzipBytes)}`).join(', ') || 'none';
  console.log(`task pane initial JavaScript (gzip -9): ${bundles.filter((b) => b.kind === 'initial').map((b) => `${b.file} ${kb(b.gzipBytes)} (${kb(b.bytes)} minified)`).join(', ')}`);
  console.log(`lazy chunks, loaded when needed: ${list('lazy')}`);
  console.log(`other pages' entries: ${list('page')}`);
}
const paneResult = pane.pane as Record<string, unknown> | undefined;
if (paneResult && 'skipped' in paneResult) console.log(`task pane first render: skipped (${String(paneResult.skipped)})`);
else if (paneResult) console.log(`task pane first render (headless chromium, median): ${Number(paneResult.medianFirstRenderMs).toFixed(0)} ms; scripts taskpane.html loads: ${kb(Number(paneResult.initialJsGzipBytes))} gzipped`);
if (paneReads && 'skipped' in paneReads) console.log(`pane reads 300 returns: skipped (${String(paneReads.skipped)})`);
else if (paneReads) {
  const n = (key: string) => Number(paneReads[key]);
  const inProcess = results.find((r) => r.task === 'read + validate returns' && r.units === 300)?.seconds;
  console.log(`pane reads 300 returns (headless chromium, ${n('cores')} cores, median of ${n('runs')}; read + validate, bytes in memory):`);
  console.log(`  worker pool ${n('poolSeconds').toFixed(2)} s; main thread, one file after another ${n('mainThreadSeconds').toFixed(2)} s`);
  console.log(`  danvan validate master.xlsx <the same 300 files> ${n('cliSeconds').toFixed(2)} s (a process, start-up included)${inProcess === undefined ? '' : `; in-process read + validate ${inProcess.toFixed(2)} s`}`);
  console.log(`  pool ÷ danvan validate = ${(n('poolSeconds') / n('cliSeconds')).toFixed(2)}× (goal ≤ 1.3×); main thread ÷ danvan validate = ${(n('mainThreadSeconds') / n('cliSeconds')).toFixed(2)}×`);
  if (paneReads.realPaneSeconds !== undefined) {
    console.log(`  the real pane (dist/, file mode): 300 returns chosen in step 3 until it shows them read ${n('realPaneSeconds').toFixed(2)} s; ÷ danvan validate = ${(n('realPaneSeconds') / n('cliSeconds')).toFixed(2)}× (goal ≤ 1.3×)`);
  } else console.log(`  the real pane: skipped (${String(paneReads.realPaneSkipped)})`);
  console.log(`  longest the page could not run a timer while reading: pool ${n('poolLongestStallMs').toFixed(0)} ms, main thread ${n('mainThreadLongestStallMs').toFixed(0)} ms`);
}
if (typeof startup === 'string') console.log(`danvan --help start-up: ${startup}`);
else for (const r of startup) console.log(`danvan --help start-up, ${r.how}: ${r.medianCpuSeconds.toFixed(2)} s CPU, ${r.medianWallSeconds.toFixed(2)} s wall (median of ${r.runs})`);
console.log(`\nbench took ${((Date.now() - started) / 1000).toFixed(0)} s`);

const phoneResult = phone.phoneForm as Record<string, unknown> | undefined;
if (phoneResult && 'skipped' in phoneResult) console.log(`phone form: skipped (${String(phoneResult.skipped)})`);
else if (phoneResult) console.log(`phone form (dien-bao-cao.html): initial JavaScript ${kb(Number(phoneResult.initialJsGzipBytes))} gzipped (goal ≤ 200 KB); form of ${String(phoneResult.indicators)} indicators shown ${Number(phoneResult.medianFormShownMs).toFixed(0)} ms after the file is chosen (headless chromium, 360 px, median)`);
writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify({ machine, date: new Date().toISOString(), results, hostile, corpus: realFiles, formats, plans, bundles, pane: pane.pane ?? null, paneReads: paneReads ?? null, phoneForm: phone.phoneForm ?? null, startup }, null, 2)}\n`);
