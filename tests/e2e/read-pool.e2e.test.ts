/**
 * The browser read pool (src/adapters/xlsx/browser-read-pool.ts) in Debian's chromium: a test page
 * built with the add-in's webpack config under the task pane's CSP (tests/e2e/read-pool/) reads
 * generated returns through Web Workers, and one by one on the main thread as the pane does today.
 * The figures are the ones typed into the returns here, not what the reader makes of them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Campaign } from '../../src/core';
import { renderXlsx } from '../../src/adapters/xlsx';
import { buildCampaignWorkbooks, fillInFileName } from '../../src/workbook';
import { smallCampaignInput } from '../helpers/campaign';
import { fillReturn } from '../helpers/fill-return';
import { describeWith } from '../helpers/requires';
import type { HarnessRun } from './read-pool/harness';
import { buildReadPoolPage, placeReturns } from './read-pool/build';
import { CHROMIUM_NEED, collectErrors, launchChromium, paneContext, serveDist } from './browser';

const UNITS = 12;

/** Twelve units U01…U12; unit n types TT01 = n and TT02 = 10·n. */
function twelveUnits(): Campaign {
  const input = smallCampaignInput();
  const sample = input.units?.[0];
  if (sample === undefined) throw new Error('no unit');
  const units = Array.from({ length: UNITS }, (_, i) => ({ ...sample, code: `U${String(i + 1).padStart(2, '0')}`, name: `${sample.name} ${i + 1}` }));
  return Campaign.parse({ ...input, units, targets: [] });
}

describeWith([CHROMIUM_NEED], 'browser read pool (chromium)', () => {
  let dir = '';
  let names: string[] = [];
  let host: { browser: Browser; server: Server; url: string } | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'danvan-read-pool-'));
    await buildReadPoolPage(dir);
    const campaign = twelveUnits();
    const files = [];
    for (const [i, { unit, layout }] of buildCampaignWorkbooks(campaign).fillIns.entries()) {
      files.push({ name: fillInFileName(unit), bytes: await fillReturn(await renderXlsx(layout), { TT01: i + 1, TT02: 10 * (i + 1) }) });
    }
    const fifth = files[4]?.bytes ?? new Uint8Array(0);
    files.push({ name: 'hong.xlsx', bytes: fifth.subarray(0, Math.floor(fifth.length * 0.6)) });
    files.push({ name: 'ghi-chu.txt', bytes: new TextEncoder().encode('không phải tệp Excel') });
    placeReturns(dir, campaign, files);
    names = files.map((f) => f.name);
    const { server, url } = await serveDist(dir);
    host = { server, url, browser: await launchChromium() };
  }, 240_000);

  afterAll(async () => {
    await host?.browser.close();
    await new Promise((resolve) => (host === undefined ? resolve(undefined) : host.server.close(resolve)));
    rmSync(dir, { recursive: true, force: true });
  });

  async function openHarness(): Promise<{ page: Page; errors: string[]; workers: string[] }> {
    if (host === undefined) throw new Error('the browser did not start');
    const page = await (await paneContext(host.browser)).newPage();
    const errors = collectErrors(page);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${host.url}harness.html`);
    await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
    return { page, errors, workers };
  }

  const read = (page: Page, files: readonly string[], how: 'pool' | 'main') =>
    page.evaluate(([f, h]) => (window as unknown as { readPool: (n: string[], how: string) => Promise<HarnessRun> }).readPool(f as string[], h as string), [files, how] as const);

  it('should read the returns in workers, one per core, with the figures the units typed and the main-thread reader’s results', async () => {
    const { page, errors, workers } = await openHarness();
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const pooled = await read(page, names, 'pool');

    expect(workers).toHaveLength(Math.min(cores, 4));
    expect(workers.every((url) => /read-worker\.[0-9a-f]{8}\.chunk\.js$/.test(url))).toBe(true);
    const byFile = new Map(pooled.files.map((f) => [f.file, f]));
    expect(pooled.files.map((f) => f.file)).toEqual(names);
    const first = byFile.get(names[0] ?? '');
    expect({ unit: first?.unit, TT01: first?.results?.TT01, TT02: first?.results?.TT02 }).toEqual({ unit: 'U01', TT01: 1, TT02: 10 });
    const seventh = byFile.get(names[6] ?? '');
    expect({ unit: seventh?.unit, TT01: seventh?.results?.TT01, TT02: seventh?.results?.TT02 }).toEqual({ unit: 'U07', TT01: 7, TT02: 70 });
    expect(byFile.get('hong.xlsx')?.issues).toEqual(['reader.corrupt']);
    // Every unit's return counted: none missing, though one file in the batch was damaged.
    expect(Object.values(pooled.units).filter((s) => s === 'missing')).toEqual([]);
    expect(Object.keys(pooled.units)).toHaveLength(UNITS);
    // The bytes came back from the worker whole (transferred, not lost), for the pane to import.
    expect(pooled.files.every((f) => f.bytes > 0)).toBe(true);
    expect(pooled.progress.at(-1)).toBe(names.length);

    const inTurn = await read(page, names, 'main');
    expect(pooled.files).toEqual(inTurn.files);
    expect(pooled.units).toEqual(inTurn.units);
    expect(errors).toEqual([]);
  }, 120_000);

  it('should carry on with the other files when a worker meets a damaged file first', async () => {
    const { page, errors } = await openHarness();
    const order = ['hong.xlsx', 'ghi-chu.txt', ...names.filter((n) => n !== 'hong.xlsx' && n !== 'ghi-chu.txt')];
    const pooled = await read(page, order, 'pool');

    expect(pooled.files.slice(0, 2).map((f) => [f.file, f.issues])).toEqual([
      ['hong.xlsx', ['reader.corrupt']],
      ['ghi-chu.txt', expect.arrayContaining([expect.stringMatching(/^reader\./)])],
    ]);
    expect(pooled.files.slice(2).map((f) => f.unit)).toEqual(Array.from({ length: UNITS }, (_, i) => `U${String(i + 1).padStart(2, '0')}`));
    expect(pooled.files.slice(2).map((f) => f.results?.TT01)).toEqual(Array.from({ length: UNITS }, (_, i) => i + 1));
    expect(errors).toEqual([]);
  }, 120_000);
});
