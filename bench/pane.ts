/**
 * The task pane's start-up cost, for bench/run.ts: initial JavaScript (the scripts taskpane.html
 * loads, gzipped) and first render in headless Debian chromium (navigation start → the preset
 * picker on screen, Office.js blocked as in file mode). Needs `npm run build` and /usr/bin/chromium;
 * returns `skipped` with the reason otherwise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, CHROMIUM_ARGS, serveStatic } from './static-server';

export type PaneBench =
  | { readonly skipped: string }
  | { readonly initialJsBytes: number; readonly initialJsGzipBytes: number; readonly firstRenderMs: number[]; readonly medianFirstRenderMs: number };

export async function benchPane(dist = join(__dirname, '..', 'dist'), runs = 5): Promise<PaneBench> {
  const html = join(dist, 'taskpane.html');
  if (!existsSync(html)) return { skipped: 'dist/taskpane.html missing: run npm run build' };
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} missing` };
  const scripts = [...readFileSync(html, 'utf8').matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1] ?? '').filter((src) => !/^https?:/.test(src));
  const bytes = scripts.map((src) => readFileSync(join(dist, src)));
  const initialJsBytes = bytes.reduce((n, b) => n + b.length, 0);
  const initialJsGzipBytes = bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);

  const { server, url: root } = await serveStatic(dist);
  const url = `${root}taskpane.html`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const firstRenderMs: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 350, height: 900 } });
      await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(url);
      await page.getByRole('combobox').first().waitFor();
      firstRenderMs.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const sorted = [...firstRenderMs].sort((a, b) => a - b);
  return { initialJsBytes, initialJsGzipBytes, firstRenderMs, medianFirstRenderMs: sorted[Math.floor(sorted.length / 2)] ?? 0 };
}
