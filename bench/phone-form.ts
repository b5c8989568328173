/**
 * The phone form's cost, for bench/run.ts: initial JavaScript (the scripts dien-bao-cao.html loads,
 * gzipped) and the time from choosing a 60-indicator fill-in to the form on screen, in headless
 * Debian chromium at 360 × 740 with touch. Needs `npm run build` and /usr/bin/chromium; returns
 * `skipped` with the reason otherwise.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, CHROMIUM_ARGS, serveStatic } from './static-server';
import { renderXlsx } from '../src/adapters/xlsx';
import { buildCampaignWorkbooks } from '../src/workbook';
import { syntheticCampaign } from './fixtures';

export type PhoneFormBench =
  | { readonly skipped: string }
  | { readonly initialJsBytes: number; readonly initialJsGzipBytes: number; readonly indicators: number; readonly formShownMs: number[]; readonly medianFormShownMs: number };

const PAGE = 'dien-bao-cao.html';

export async function benchPhoneForm(dist = join(__dirname, '..', 'dist'), runs = 5): Promise<PhoneFormBench> {
  const html = join(dist, PAGE);
  if (!existsSync(html)) return { skipped: `dist/${PAGE} missing: run npm run build` };
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} missing` };
  const scripts = [...readFileSync(html, 'utf8').matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1] ?? '');
  const bytes = scripts.map((src) => readFileSync(join(dist, src)));
  const initialJsBytes = bytes.reduce((n, b) => n + b.length, 0);
  const initialJsGzipBytes = bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);

  const campaign = syntheticCampaign(3, 60);
  const fillIn = buildCampaignWorkbooks(campaign).fillIns[0];
  if (!fillIn) return { skipped: 'the synthetic campaign has no unit' };
  const dir = mkdtempSync(join(tmpdir(), 'danvan-phone-bench-'));
  const file = join(dir, `${fillIn.unit.code}.xlsx`);
  writeFileSync(file, await renderXlsx(fillIn.layout));

  const { server, url: root } = await serveStatic(dist);
  const url = `${root}${PAGE}`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const formShownMs: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      await page.goto(url);
      await page.locator('#workbook-file').waitFor({ state: 'attached' });
      // From the file chosen (its change event) to the form's last indicator on the page.
      await page.evaluate(() => {
        document.getElementById('workbook-file')?.addEventListener('change', () => ((window as unknown as { chosenAt: number }).chosenAt = performance.now()), { capture: true, once: true });
      });
      await page.setInputFiles('#workbook-file', file);
      await page.getByTestId('summary').waitFor();
      formShownMs.push(await page.evaluate(() => performance.now() - (window as unknown as { chosenAt: number }).chosenAt));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const sorted = [...formShownMs].sort((a, b) => a - b);
  return { initialJsBytes, initialJsGzipBytes, indicators: campaign.indicators.length, formShownMs, medianFormShownMs: sorted[Math.floor(sorted.length / 2)] ?? 0 };
}
