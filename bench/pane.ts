/**
 * The task pane's start-up cost, for bench/run.ts: initial JavaScript (the scripts taskpane.html
 * loads, gzipped) and first render in headless Debian chromium (navigation start → the preset
 * picker on screen, Office.js blocked as in file mode). Needs `npm run build` and /usr/bin/chromium;
 * returns `skipped` with the reason otherwise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export type PaneBench =
  | { readonly skipped: string }
  | { readonly initialJsBytes: number; readonly initialJsGzipBytes: number; readonly firstRenderMs: number[]; readonly medianFirstRenderMs: number };

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function benchPane(dist = join(__dirname, '..', 'dist'), runs = 5): Promise<PaneBench> {
  const html = join(dist, 'taskpane.html');
  if (!existsSync(html)) return { skipped: 'dist/taskpane.html missing: run npm run build' };
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} missing` };
  const scripts = [...readFileSync(html, 'utf8').matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1] ?? '').filter((src) => !/^https?:/.test(src));
  const bytes = scripts.map((src) => readFileSync(join(dist, src)));
  const initialJsBytes = bytes.reduce((n, b) => n + b.length, 0);
  const initialJsGzipBytes = bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);

  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
    const type = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png' }[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
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
