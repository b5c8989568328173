/**
 * What the browser tests share: Debian's chromium driven by playwright-core against the built pane
 * in dist/, served from 127.0.0.1, with Office.js blocked (file mode).
 *
 * dist/ comes from `npm run build`, which .ci/run runs before `npm test`. Outside CI a suite is
 * skipped (with a message) when dist/ or /usr/bin/chromium is missing; in CI (CI=true) either is a
 * failure. Screenshots go to out/screenshots/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

const ROOT = join(__dirname, '../..');
const DIST = join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'out/screenshots');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const IN_CI = process.env.CI === 'true';

function missing(): string | undefined {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install chromium)`;
  if (!existsSync(join(DIST, 'taskpane.html'))) return 'dist/ is missing (npm run build)';
  return undefined;
}

/** `describe` when the browser and dist/ are there; otherwise a skip outside CI and a failing test in CI. */
export function browserDescribe(name: string): jest.Describe {
  const reason = missing();
  if (reason === undefined) return describe;
  if (IN_CI) {
    it('should have what the browser test needs in CI', () => {
      throw new Error(reason);
    });
  } else {
    console.warn(`${name} skipped: ${reason}`);
  }
  return describe.skip;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

/** A tiny static server for dist/ on 127.0.0.1. */
function serveDist(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'taskpane.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })));
}

/**
 * Serves dist/ and starts chromium before a suite's tests and stops both after them; call it in the
 * `describe` body, then open a page with the returned function.
 */
export function hostPane(): () => Promise<Page> {
  let host: { readonly browser: Browser; readonly server: Server; readonly url: string } | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { server, url } = await serveDist(DIST);
    host = { server, url, browser: await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }) };
  });
  afterAll(async () => {
    await host?.browser.close();
    await new Promise((resolve) => (host === undefined ? resolve(undefined) : host.server.close(resolve)));
  });
  return () => {
    if (host === undefined) throw new Error('the browser did not start');
    return openPane(host.browser, host.url);
  };
}

/** Launches Debian's chromium for a 350-px task pane, Office.js blocked (file mode). */
async function openPane(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 350, height: 900 }, locale: 'vi-VN' });
  await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${url}taskpane.html`);
  return page;
}

/** The file a click downloads: its suggested name and its bytes. */
export async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

/** Page errors and console errors, but for the blocked Office.js. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/appsforoffice|ERR_FAILED/.test(m.text())) errors.push(m.text());
  });
  return errors;
}
