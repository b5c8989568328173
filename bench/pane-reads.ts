/**
 * "The pane reads 300 returns": the same 300 generated returns read and validated three ways —
 * `danvan validate master.xlsx <folder>` as a process (start-up included), the pane's reader in
 * headless chromium through the Web Worker pool (src/adapters/xlsx/browser-read-pool.ts), and the
 * same reader one file after another on the page's main thread, as the pane read them before the
 * pool. The page is built with the add-in's webpack config in production mode and runs under the
 * pane's CSP (tests/e2e/read-pool/). Then the real pane (dist/, file mode, Office.js blocked): the
 * campaign opened from its file, the 300 returns chosen in step 3, timed from the files handed
 * to the picker until the step shows every file read. Times are wall-clock on whatever machine
 * runs it.
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
import type { Campaign } from '../src/core';
import type { Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, serveStatic } from './static-server';

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
      /** The built pane: the 300 files chosen in step 3 until it shows them all read, median; absent without dist/. */
      readonly realPaneSeconds?: number;
      readonly realPaneSkipped?: string;
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

    const log = (what: string) => console.error(`pane-reads: ${what} (${new Date().toISOString().slice(11, 19)})`);
    log('returns written');
    const cli: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const run = spawnSync(process.execPath, [join(ROOT, 'bin/danvan.js'), 'validate', master, folder, '--json', join(work, 'out.json')], { encoding: 'utf8' });
      cli.push((performance.now() - start) / 1000);
      if (run.status === 2) throw new Error(`danvan validate failed: ${run.stderr}`);
    }
    const units = (JSON.parse(readFileSync(join(work, 'out.json'), 'utf8')) as { units?: { status: string }[] }).units ?? [];
    if (units.length !== count || units.some((u) => u.status === 'missing')) throw new Error('danvan validate did not recognise every bench return');

    log('danvan validate timed');
    const names = readdirSync(folder).map((n) => basename(n));
    const { chromium } = await import('playwright-core');
    const { server, url: root } = await serveStatic(page);
    const url = `${root}harness.html`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const measured: Record<'pool' | 'main', HarnessRun[]> = { pool: [], main: [] };
    let cores = 0;
    let realPane: number[] | string;
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
          log(`test page, ${how}, run ${i + 1}: ${result.ms.toFixed(0)} ms`);
          await context.close();
        }
      }
      realPane = await timeRealPane(browser, campaign, files, runs);
      log(`real pane: ${JSON.stringify(realPane)}`);
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
      ...(typeof realPane === 'string' ? { realPaneSkipped: realPane } : { realPaneSeconds: median(realPane) / 1000 }),
      runs,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const REAL_PANE_TIMEOUT_MS = 600_000;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The built pane as an officer uses it in file mode: the campaign file opened in step 1, the
 * returns chosen in step 3, timed from handing the files to the picker until the step says every
 * file was read (the files' trip from playwright to the page is counted against the pane).
 */
async function timeRealPane(browser: Browser, campaign: Campaign, files: readonly { name: string; bytes: Uint8Array }[], runs: number): Promise<number[] | string> {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'taskpane.html'))) return 'dist/taskpane.html missing: run npm run build';
  const { server, url } = await serveStatic(dist);
  const chosen = files.map((f) => ({ name: f.name, mimeType: XLSX_TYPE, buffer: Buffer.from(f.bytes) }));
  const done = `Đã đọc ${files.length} tệp`;
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale: 'vi-VN' });
      await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
      const tab = await context.newPage();
      await tab.goto(`${url}taskpane.html`);
      await tab.getByLabel('Mở tệp chiến dịch (.json)').setInputFiles({ name: 'chien-dich.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(campaign)) });
      await tab.getByRole('tab', { name: '3. Nhập báo cáo' }).click();
      const input = tab.getByLabel('Tệp báo cáo đơn vị gửi về (chọn được nhiều tệp)');
      const start = performance.now();
      await input.setInputFiles(chosen);
      await tab.getByText(done, { exact: false }).waitFor({ timeout: REAL_PANE_TIMEOUT_MS });
      const ms = performance.now() - start;
      times.push(ms);
      await context.close();
    }
  } finally {
    server.close();
  }
  return times;
}

if (require.main === module) void benchPaneReads(Number(process.argv[2] ?? 300), Number(process.argv[3] ?? 3)).then((r) => console.log(JSON.stringify(r)));
