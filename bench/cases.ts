/** One benchmark case, run in its own process so its peak memory is its own. Prints one JSON line. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { validateReturns } from '../src/core';
import { buildCampaignWorkbooks, fillInFileName } from '../src/workbook';
import { renderXlsx } from '../src/adapters/xlsx';
import { writeFilesAtomically } from '../src/cli/files';
import type { OutputFile } from '../src/cli/files';
import { readReturns } from '../src/cli/returns';
import { filledLayout, syntheticCampaign } from './fixtures';

export type CaseResult = { task: string; units: number; indicators: number; files: number; seconds: number; peakMb: number };

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

async function validate(units: number, indicators: number): Promise<CaseResult> {
  const campaign = syntheticCampaign(units, indicators);
  const dir = mkdtempSync(join(tmpdir(), 'danvan-bench-'));
  const built = buildCampaignWorkbooks(campaign);
  for (const [i, f] of built.fillIns.entries()) writeFileSync(join(dir, fillInFileName(f.unit)), await renderXlsx(filledLayout(campaign, f.layout, i)));
  const paths = readdirSync(dir).map((n) => join(dir, n));
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
};

export const CASE_NAMES = Object.keys(CASES);

async function runCase(name: string): Promise<void> {
  const run = CASES[name];
  if (!run) throw new Error(`no bench case ${name}`);
  const result = await run();
  process.stdout.write(`${JSON.stringify({ ...result, peakMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

if (require.main === module) void runCase(process.argv[2] ?? '');
