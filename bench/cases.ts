/** One benchmark case, run in its own process so its peak memory is its own. Prints one JSON line. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { consolidate, validateReturns } from '../src/core';
import { buildCampaignWorkbooks, buildReportLayout, fillInFileName } from '../src/workbook';
import { renderXlsx } from '../src/adapters/xlsx';
import { writeFileAtomically, writeFilesAtomically } from '../src/cli/files';
import type { OutputFile } from '../src/cli/files';
import { readReturns } from '../src/cli/returns';
import { readReturnFile } from '../src/adapters/xlsx/read-return';
import { readPlanFile } from '../src/adapters/plan-file';
import { importPlan } from '../src/core/plan-import';
import { HOSTILE_EXPECTED, filledLayout, syntheticCampaign, writeHostileCorpus } from './fixtures';
import type { benchPaneReads as BenchPaneReads } from './pane-reads';
import { sofficeConvert } from '../tests/helpers/libreoffice';
import { hasCommand } from '../tests/helpers/requires';
import { benchPhoneForm } from './phone-form';

export type CaseResult = {
  task: string;
  units: number;
  indicators: number;
  files: number;
  seconds: number;
  peakMb: number;
  /** Unzipping the same files and parsing their sheet XML, nothing more: what any reader must pay. */
  floorSeconds?: number;
  /** Hostile files: the issue the reader answered with, and the one expected. */
  issue?: string;
  expected?: string;
  /** Pane start-up (bench/pane.ts), when built. */
  pane?: unknown;
  /** The phone form (bench/phone-form.ts), when built. */
  phoneForm?: unknown;
  /** The real-file corpus: the file that took longest to read, and the slowest of each format (by extension), in seconds. */
  slowestFile?: string;
  slowestByFormat?: Readonly<Record<string, { readonly file: string; readonly seconds: number }>>;
  /** Return formats: the first read of the file (modules warm) and its size; `seconds` is the median of later reads. */
  firstSeconds?: number;
  /** Plan files: the first read in a fresh process (libraries loaded then), and the file's size. */
  coldSeconds?: number;
  bytes?: number;
  /** The pane reading 300 returns beside `danvan validate` on the same files (bench/pane-reads.ts). */
  paneReads?: unknown;
};

async function generate(units: number): Promise<CaseResult> {
  const campaign = syntheticCampaign(units);
  const dir = mkdtempSync(join(tmpdir(), 'danvan-bench-'));
  const start = performance.now();
  const built = buildCampaignWorkbooks(campaign);
  const files: OutputFile[] = [{ path: 'master.xlsx', bytes: await renderXlsx(built.master) }];
  for (const f of built.fillIns) files.push({ path: join('units', fillInFileName(f.unit)), bytes: await renderXlsx(f.layout) });
  await writeFilesAtomically(join(dir, 'out'), files);
  const seconds = (performance.now() - start) / 1000;
  rmSync(dir, { recursive: true, force: true });
  return { task: 'generate master + fill-ins', units, indicators: campaign.indicators.length, files: files.length, seconds, peakMb: 0 };
}

async function writeReturns(units: number, indicators: number) {
  const campaign = syntheticCampaign(units, indicators);
  const dir = mkdtempSync(join(tmpdir(), 'danvan-bench-'));
  const built = buildCampaignWorkbooks(campaign);
  for (const [i, f] of built.fillIns.entries()) writeFileSync(join(dir, fillInFileName(f.unit)), await renderXlsx(filledLayout(campaign, f.layout, i)));
  return { campaign, dir, paths: readdirSync(dir).map((n) => join(dir, n)) };
}

/** Unzip every file and parse each worksheet's XML with a streaming parser; count the cells. */
async function floor(paths: readonly string[]): Promise<number> {
  const start = performance.now();
  let cells = 0;
  for (const path of paths) {
    const zip = await JSZip.loadAsync(readFileSync(path));
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const parser = new SaxesParser();
      parser.on('opentag', (tag) => {
        if (tag.name === 'c') cells += 1;
      });
      parser.write(await (zip.file(name) as JSZip.JSZipObject).async('string')).close();
    }
  }
  if (cells === 0) throw new Error('floor parsed no cells');
  return (performance.now() - start) / 1000;
}

async function consolidateCase(units: number): Promise<CaseResult> {
  const { campaign, dir, paths } = await writeReturns(units, 60);
  const floorSeconds = await floor(paths);
  const start = performance.now();
  const { raws, unreadable } = await readReturns(paths);
  const result = consolidate(campaign, validateReturns(campaign, raws, unreadable));
  const report = await renderXlsx(buildReportLayout({ campaign, consolidation: result, readAt: new Date().toISOString(), includeErrors: false }));
  await writeFileAtomically(join(dir, 'report', 'bao-cao.xlsx'), report);
  const seconds = (performance.now() - start) / 1000;
  rmSync(dir, { recursive: true, force: true });
  return { task: 'consolidate end to end', units, indicators: campaign.indicators.length, files: paths.length, seconds, peakMb: 0, floorSeconds };
}

async function validate(units: number, indicators: number): Promise<CaseResult> {
  const { campaign, dir, paths } = await writeReturns(units, indicators);
  const floorSeconds = await floor(paths);
  const start = performance.now();
  const { raws, unreadable } = await readReturns(paths);
  const result = validateReturns(campaign, raws, unreadable);
  const seconds = (performance.now() - start) / 1000;
  if (result.units.some((u) => u.status === 'missing')) throw new Error('bench returns were not all recognised');
  rmSync(dir, { recursive: true, force: true });
  return { task: 'read + validate returns', units, indicators: campaign.indicators.length, files: paths.length, seconds, peakMb: 0, floorSeconds };
}

/** One hostile file, read the way `danvan validate` reads a return; the process's peak memory is this file's. */
async function hostile(dir: string, name: string): Promise<CaseResult> {
  const bytes = new Uint8Array(readFileSync(join(dir, name)));
  const start = performance.now();
  const result = await readReturnFile(bytes, name);
  const seconds = (performance.now() - start) / 1000;
  const issues = result.ok ? result.value.readIssues : result.error;
  const issue = [...new Set(issues.map((i) => i.code))].join(', ') || 'read, no issue';
  return { task: `hostile ${name}`, units: 1, indicators: 0, files: 1, seconds, peakMb: 0, issue, expected: HOSTILE_EXPECTED[name] ?? '' };
}

const CORPUS = join(__dirname, '..', 'tests', 'fixtures', 'corpus');

/**
 * Every file of the corpus of real files (tests/fixtures/corpus), read as a return: once to warm
 * up, then timed one by one. `seconds` is the slowest file's time.
 */
async function corpus(): Promise<CaseResult> {
  const names = readdirSync(CORPUS).filter((n) => n !== 'README.md');
  const files = names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(CORPUS, name))) }));
  for (const { name, bytes } of files) await readReturnFile(bytes, name);
  let slowest = { name: '', seconds: 0, issue: '' };
  const byFormat: Record<string, { file: string; seconds: number }> = {};
  for (const { name, bytes } of files) {
    const start = performance.now();
    const result = await readReturnFile(bytes, name);
    const seconds = (performance.now() - start) / 1000;
    if (seconds >= slowest.seconds) slowest = { name, seconds, issue: result.ok ? 'read' : result.error.map((i) => i.code).join(', ') };
    const format = extname(name).slice(1);
    if (seconds >= (byFormat[format]?.seconds ?? 0)) byFormat[format] = { file: name, seconds };
  }
  return { task: 'real-file corpus', units: 0, indicators: 0, files: files.length, seconds: slowest.seconds, peakMb: 0, slowestFile: slowest.name, issue: slowest.issue, slowestByFormat: byFormat };
}

/**
 * One 60-indicator return as the unit's .xlsx and as LibreOffice saves it in .ods and .xls, to
 * compare reading them. Returns the file names, or a reason when LibreOffice is not installed.
 */
async function writeFormatCorpus(dir: string): Promise<string[] | { skipped: string }> {
  if (!hasCommand('soffice')) return { skipped: 'soffice not installed' };
  const campaign = syntheticCampaign(1, 60);
  const fillIn = buildCampaignWorkbooks(campaign).fillIns[0];
  if (!fillIn) throw new Error('no fill-in');
  const xlsx = join(dir, 'return-60.xlsx');
  writeFileSync(xlsx, await renderXlsx(filledLayout(campaign, fillIn.layout, 0)));
  sofficeConvert(xlsx, 'ods:calc8', dir);
  sofficeConvert(xlsx, 'xls:MS Excel 97', dir);
  return ['return-60.xlsx', 'return-60.ods', 'return-60.xls'];
}

/** Reading one return file: the first read, then the median of 50 more, in a process of its own. */
async function formatCase(dir: string, name: string): Promise<CaseResult> {
  const bytes = new Uint8Array(readFileSync(join(dir, name)));
  // Load the reader's modules first, so that the first read is the file's cost, not the import's.
  await readReturnFile(new Uint8Array(0), 'warm-up');
  let start = performance.now();
  const first = await readReturnFile(bytes, name);
  const firstSeconds = (performance.now() - start) / 1000;
  if (!first.ok || first.value.identity.source !== 'metadata') throw new Error(`${name} was not read as a return`);
  const times: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    start = performance.now();
    await readReturnFile(bytes, name);
    times.push((performance.now() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  return { task: `read ${name}`, units: 1, indicators: first.value.rows.length, files: 1, seconds: median, peakMb: 0, firstSeconds, bytes: bytes.length, issue: first.value.readIssues.map((i) => i.code).join(', ') || 'read, no issue' };
}

/** The pane's bundle and first render, from bench/pane.ts when that file is there (another part of the project owns it). */
async function pane(): Promise<CaseResult> {
  const path = join(__dirname, 'pane.ts');
  const base = { task: 'task pane first render', units: 0, indicators: 0, files: 0, seconds: 0, peakMb: 0 };
  if (!existsSync(path)) return { ...base, pane: { skipped: 'bench/pane.ts not written yet' } };
  const mod = createRequire(__filename)(path) as { benchPane?: () => Promise<unknown> };
  if (typeof mod.benchPane !== 'function') return { ...base, pane: { skipped: 'bench/pane.ts exports no benchPane()' } };
  const result = await mod.benchPane();
  const median = typeof result === 'object' && result !== null && 'medianFirstRenderMs' in result ? Number(result.medianFirstRenderMs) / 1000 : 0;
  return { ...base, seconds: median, pane: result };
}

/** The phone form's initial JavaScript and its time to show a 60-indicator form (bench/phone-form.ts). */
async function phoneForm(): Promise<CaseResult> {
  const result = await benchPhoneForm();
  const base = { task: 'phone form shown (60 indicators)', units: 1, indicators: 'indicators' in result ? result.indicators : 0, files: 1, peakMb: 0 };
  return { ...base, seconds: 'medianFormShownMs' in result ? result.medianFormShownMs / 1000 : 0, phoneForm: result };
}

/**
 * Opening a plan file and reading it into a draft, as `init --from-plan` and the pane do: the first
 * read in a fresh process (pdf.js loaded then), and the median of the next ten.
 */
async function planFile(name: string): Promise<CaseResult> {
  const bytes = new Uint8Array(readFileSync(join(__dirname, '../tests/fixtures/plans', name)));
  const once = async () => {
    const start = performance.now();
    const file = await readPlanFile(bytes, name);
    if (!file.ok) throw new Error(`${name}: ${file.code}`);
    importPlan(file.text);
    return (performance.now() - start) / 1000;
  };
  const coldSeconds = await once();
  const warm: number[] = [];
  for (let i = 0; i < 10; i++) warm.push(await once());
  warm.sort((a, b) => a - b);
  return { task: `plan ${name}`, units: 0, indicators: 0, files: 1, seconds: warm[5] ?? 0, peakMb: 0, coldSeconds, bytes: bytes.length };
}

export const PLAN_FILES = ['nam-2025-bao-cao-dinh-ky.txt', 'nam-2025-bao-cao-dinh-ky.docx', 'nam-2025-bao-cao-dinh-ky.pdf'] as const;

export const SIZES = [30, 300, 1000] as const;

const CASES: Record<string, (args: readonly string[]) => Promise<CaseResult>> = {
  ...Object.fromEntries(SIZES.map((n) => [`generate-${n}`, () => generate(n)])),
  ...Object.fromEntries(SIZES.map((n) => [`validate-${n}`, () => validate(n, 60)])),
  ...Object.fromEntries(SIZES.map((n) => [`consolidate-${n}`, () => consolidateCase(n)])),
  hostile: ([dir, name]) => hostile(dir ?? '', name ?? ''),
  format: ([dir, name]) => formatCase(dir ?? '', name ?? ''),
  pane: () => pane(),
  'phone-form': () => phoneForm(),
  corpus: () => corpus(),
  plan: ([name]) => planFile(name ?? ''),
  'pane-reads': async () => {
    // Required here, not imported at the top: webpack would otherwise swell every case's peak memory.
    const { benchPaneReads } = createRequire(__filename)(join(__dirname, 'pane-reads.ts')) as { benchPaneReads: typeof BenchPaneReads };
    const paneReads = await benchPaneReads(300);
    const seconds = 'poolSeconds' in paneReads ? paneReads.poolSeconds : 0;
    return { task: 'pane reads 300 returns', units: 300, indicators: 60, files: 300, seconds, peakMb: 0, paneReads };
  },
};

/** The timed cases run.ts starts one by one; `hostile` and `pane` are started with their own arguments. */
export const CASE_NAMES = SIZES.flatMap((n) => [`generate-${n}`, `validate-${n}`, `consolidate-${n}`]);

async function runCase(name: string, args: readonly string[]): Promise<void> {
  if (name === 'hostile-corpus') {
    process.stdout.write(`${JSON.stringify(await writeHostileCorpus(args[0] ?? ''))}\n`);
    return;
  }
  if (name === 'format-corpus') {
    process.stdout.write(`${JSON.stringify(await writeFormatCorpus(args[0] ?? ''))}\n`);
    return;
  }
  const run = CASES[name];
  if (!run) throw new Error(`no bench case ${name}`);
  const result = await run(args);
  process.stdout.write(`${JSON.stringify({ ...result, peakMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

if (require.main === module) void runCase(process.argv[2] ?? '', process.argv.slice(3));
