/**
 * `npm run bench`: times the work users wait for and prints figures; nothing here asserts a time.
 * Peak memory is the process's maximum resident set size, sampled by the OS.
 */
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Campaign, Unit } from '../src/core';
import { findPreset } from '../src/core/presets';
import { buildCampaignWorkbooks, fillInFileName } from '../src/workbook';
import { renderXlsx } from '../src/adapters/xlsx';
import { writeFilesAtomically } from '../src/cli/files';
import type { OutputFile } from '../src/cli/files';

/** A district of `count` units made by repeating the sample units with new codes. */
export function syntheticCampaign(count: number): Campaign {
  const base = findPreset('ke-hoach-nam')?.build();
  if (!base) throw new Error('preset ke-hoach-nam missing');
  const units: Unit[] = Array.from({ length: count }, (_, i) => {
    const sample = base.units[i % base.units.length] as Unit;
    return { ...sample, code: `U${String(i + 1).padStart(4, '0')}`, name: `${sample.name} (${i + 1})` };
  });
  return { ...base, units };
}

type Row = { task: string; units: number; indicators: number; ms: number; files: number; mb: number };

async function generate(count: number): Promise<Row> {
  const campaign = syntheticCampaign(count);
  const dir = mkdtempSync(join(tmpdir(), 'danvan-bench-'));
  const start = performance.now();
  const built = buildCampaignWorkbooks(campaign);
  const files: OutputFile[] = [{ path: 'master.xlsx', bytes: await renderXlsx(built.master) }];
  for (const f of built.fillIns) files.push({ path: join('units', fillInFileName(f.unit)), bytes: await renderXlsx(f.layout) });
  await writeFilesAtomically(join(dir, 'out'), files);
  const ms = performance.now() - start;
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
  rmSync(dir, { recursive: true, force: true });
  return { task: 'generate master + fill-ins', units: count, indicators: campaign.indicators.length, ms, files: files.length, mb: bytes / 1e6 };
}

function peakMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function mainBench(): Promise<void> {
  const rows: Row[] = [];
  await generate(5); // warm-up: module loading and JIT are not what users wait for on the 300th file
  for (const count of [30, 300]) rows.push(await generate(count));
  console.log(`DanVan Report benchmark — node ${process.version}, ${process.platform}/${process.arch}`);
  console.log('task                         units  indicators  files   time (s)  output (MB)');
  for (const r of rows) {
    console.log(
      `${r.task.padEnd(28)} ${String(r.units).padStart(5)}  ${String(r.indicators).padStart(10)}  ${String(r.files).padStart(5)}  ${(r.ms / 1000).toFixed(2).padStart(9)}  ${r.mb.toFixed(1).padStart(11)}`,
    );
  }
  console.log(`peak memory (max RSS): ${peakMb().toFixed(0)} MB`);
}

void mainBench();
