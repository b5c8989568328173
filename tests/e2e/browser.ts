/**
 * What the browser tests share: Debian's chromium driven by playwright-core against the built pane
 * in dist/, served from 127.0.0.1, with Office.js blocked (file mode).
 *
 * dist/ comes from `npm run build`; `npm test` makes it first when it is missing or older than the
 * sources (tests/helpers/build-for-browser-tests.ts). When chromium or dist/ is missing, a suite is
 * skipped with the reason outside CI and fails in CI (tests/helpers/requires.ts). Every page
 * reports its Content-Security-Policy violations as console errors, so `collectErrors` sees them.
 * Screenshots go to out/screenshots/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeWith, needsFile } from '../helpers/requires';

const ROOT = join(__dirname, '../..');
const DIST = join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'out/screenshots');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const OFFICE_CDN = /^https:\/\/appsforoffice\.microsoft\.com\//;
const CSP_VIOLATION = 'Content-Security-Policy violation';

export const CHROMIUM_NEED = needsFile(CHROMIUM, 'apt-get install chromium');

/** `describe` for a suite on the built pane: it needs chromium and dist/. */
export function describeBrowser(title: string, body: () => void): void {
  describeWith([CHROMIUM_NEED, needsFile(join(DIST, 'taskpane.html'), 'npm run build')], title, body);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A 350-px task pane's browser context: Office.js blocked (no network here, and the pane then
 * starts in file mode), every CSP violation logged as a console error.
 */
export async function paneContext(browser: Browser, options: { readonly ignoreHTTPSErrors?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 350, height: 900 }, locale: 'vi-VN', ...options });
  await context.route(OFFICE_CDN, (route) => route.abort());
  await logCspViolations(context);
  return context;
}

/** Every CSP violation of the context's pages as a console error, so `collectErrors` sees it. */
async function logCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript((label: string) => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`${label}: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  }, CSP_VIOLATION);
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

/** A small phone (360 × 740 CSS px) with touch, as a union clerk holds it; CSP violations logged as in the pane's context. */
export async function phoneContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1, locale: 'vi-VN' });
  await logCspViolations(context);
  return context;
}

/** A tiny static server for dist/ on 127.0.0.1. */
export function serveDist(dir: string): Promise<{ server: Server; url: string }> {
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
  const host = hostDist();
  return () => {
    const { browser, url } = host();
    return openPane(browser, url);
  };
}

/** dist/ served and chromium started for a suite (as `hostPane`), for pages other than the pane. */
export function hostDist(): () => { readonly browser: Browser; readonly url: string } {
  let host: { readonly browser: Browser; readonly server: Server; readonly url: string } | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { server, url } = await serveDist(DIST);
    host = { server, url, browser: await launchChromium() };
  });
  afterAll(async () => {
    await host?.browser.close();
    await new Promise((resolve) => (host === undefined ? resolve(undefined) : host.server.close(resolve)));
  });
  return () => {
    if (host === undefined) throw new Error('the browser did not start');
    return host;
  };
}

async function openPane(browser: Browser, url: string): Promise<Page> {
  const page = await (await paneContext(browser)).newPage();
  collectErrors(page); // from the first script on
  await page.goto(`${url}taskpane.html`);
  return page;
}

/** The file a click downloads: its suggested name and its bytes. */
export async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

const errorsOf = new WeakMap<Page, string[]>();

/**
 * Page errors, console errors (CSP violations among them) and failed responses, but for the
 * blocked Office.js; the same list for every call on a page, gathered from the first call on.
 */
export function collectErrors(page: Page): string[] {
  const known = errorsOf.get(page);
  if (known !== undefined) return known;
  const errors: string[] = [];
  errorsOf.set(page, errors);
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !OFFICE_CDN.test(m.location().url)) errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  return errors;
}
