/**
 * "The pane reads 300 returns": the same 300 generated returns read and validated three ways —
 * `danvan validate master.xlsx <folder>` as a process (start-up included), the pane's reader in
 * headless chromium through the Web Worker pool (src/adapters/xlsx/browser-read-pool.ts), and the
 * same reader one file after another on the page's main thread, as the pane read them before the
 * pool. The page is built with the add-in's webpack config in production mode and runs under the
 * pane's CSP (tests/e2e/read-pool/). Times are wall-clock on whatever machine runs it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderXlsx } from '../src/adapters/xlsx';
import { buildCampaignWorkbooks, fillInFileName } from '../src/workbook';
import { filledLayout, syntheticCampaign } from './fixtures';
import { buildReadPoolPage, placeReturns } from '../tests/e2e/read-pool/build';
import type { HarnessRun } from '../tests/e2e/read-pool/harness';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ROOT = join(__dirname, '..');

export type PaneReads =
  | { readonly skipped: string }
  | {
      readonly files: number;
      readonly cores: number;
      /** `danvan validate` on the folder, process start to exit, median. */
      readonly cliSeconds: number;
      /** The pane's reader through the worker pool: bytes in memory to validated batch, median. */
      readonly poolSeconds: number;
      /** The same on the page's main thread, one file after another. */
      readonly mainThreadSeconds: number;
      /** The longest the page could not run a 10-ms timer while reading, median. */
      readonly poolLongestStallMs: number;
      readonly mainThreadLongestStallMs: number;
      readonly runs: number;
    };

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function benchPaneReads(count = 300, runs = 3): Promise<PaneReads> {
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} missing` };
  const work = mkdtempSync(join(tmpdir(), 'danvan-pane-reads-'));
  try {
    const page = join(work, 'page');
    await buildReadPoolPage(page);
    const campaign = syntheticCampaign(count, 60);
    const built = buildCampaignWorkbooks(campaign);
    const folder = join(work, 'returns');
    const files = [];
    for (const [i, f] of built.fillIns.entries()) files.push({ name: fillInFileName(f.unit), bytes: await renderXlsx(filledLayout(campaign, f.layout, i)) });
    placeReturns(page, campaign, files);
    placeReturns(work, campaign, files);
    rmSync(join(folder, 'campaign.json'));
    const master = join(work, 'master.xlsx');
    writeFileSync(master, await renderXlsx(built.master));

    const cli: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const run = spawnSync(process.execPath, [join(ROOT, 'bin/danvan.js'), 'validate', master, folder, '--json', join(work, 'out.json')], { encoding: 'utf8' });
      cli.push((performance.now() - start) / 1000);
      if (run.status === 2) throw new Error(`danvan validate failed: ${run.stderr}`);
    }
    const units = (JSON.parse(readFileSync(join(work, 'out.json'), 'utf8')) as { units?: { status: string }[] }).units ?? [];
    if (units.length !== count || units.some((u) => u.status === 'missing')) throw new Error('danvan validate did not recognise every bench return');

    const names = readdirSync(folder).map((n) => basename(n));
    const { chromium } = await import('playwright-core');
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/\.\.+/g, '');
      const file = join(page, path);
      if (!existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/harness.html`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const measured: Record<'pool' | 'main', HarnessRun[]> = { pool: [], main: [] };
    let cores = 0;
    try {
      for (let i = 0; i < runs; i++) {
        for (const how of ['pool', 'main'] as const) {
          // A fresh page each time: the pane starts its workers for each batch it reads.
          const context = await browser.newContext();
          const tab = await context.newPage();
          await tab.goto(url);
          await tab.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
          cores = await tab.evaluate(() => navigator.hardwareConcurrency);
          const result = await tab.evaluate(
            ([n, h]) => (window as unknown as { readPool: (names: string[], how: string) => Promise<HarnessRun> }).readPool(n as string[], h as string),
            [names, how] as const,
          );
          if (Object.values(result.units).some((s) => s === 'missing')) throw new Error(`the page (${how}) did not recognise every bench return`);
          measured[how].push(result);
          await context.close();
        }
      }
    } finally {
      await browser.close();
      server.close();
    }
    return {
      files: count,
      cores,
      cliSeconds: median(cli),
      poolSeconds: median(measured.pool.map((r) => r.ms)) / 1000,
      mainThreadSeconds: median(measured.main.map((r) => r.ms)) / 1000,
      poolLongestStallMs: median(measured.pool.map((r) => r.longestStallMs)),
      mainThreadLongestStallMs: median(measured.main.map((r) => r.longestStallMs)),
      runs,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) void benchPaneReads(Number(process.argv[2] ?? 300)).then((r) => console.log(JSON.stringify(r)));
