/** One benchmark case, run in its own process so its peak memory is its own. Prints one JSON line. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { consolidate, validateReturns } from '../src/core';
import { buildCampaignWorkbooks, buildReportLayout, fillInFileName } from '../src/workbook';
import { renderXlsx } from '../src/adapters/xlsx';
import { writeFileAtomically, writeFilesAtomically } from '../src/cli/files';
import type { OutputFile } from '../src/cli/files';
import { readReturns } from '../src/cli/returns';
import { filledLayout, syntheticCampaign } from './fixtures';

export type CaseResult = {
  task: string;
  units: number;
  indicators: number;
  files: number;
  seconds: number;
  peakMb: number;
  /** Unzipping the same files and parsing their sheet XML, nothing more: what any reader must pay. */
  floorSeconds?: number;
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
  const start = performance.now();
  const { raws, unreadable } = await readReturns(paths);
  const result = validateReturns(campaign, raws, unreadable);
  const seconds = (performance.now() - start) / 1000;
  if (result.units.some((u) => u.status === 'missing')) throw new Error('bench returns were not all recognised');
  rmSync(dir, { recursive: true, force: true });
  return { task: 'read + validate returns', units, indicators: campaign.indicators.length, files: paths.length, seconds, peakMb: 0 };
}

const CASES: Record<string, () => Promise<CaseResult>> = {
  'generate-30': () => generate(30),
  'generate-300': () => generate(300),
  'validate-30': () => validate(30, 60),
  'validate-300': () => validate(300, 60),
  'consolidate-300': () => consolidateCase(300),
  'consolidate-1000': () => consolidateCase(1000),
};

export const CASE_NAMES = Object.keys(CASES);

async function runCase(name: string): Promise<void> {
  const run = CASES[name];
  if (!run) throw new Error(`no bench case ${name}`);
  const result = await run();
  process.stdout.write(`${JSON.stringify({ ...result, peakMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

if (require.main === module) void runCase(process.argv[2] ?? '');
