/**
 * The built taskpane.html in Debian's chromium where the webview cannot run the pane: the ES5
 * assets/host-check.js shows what to use instead of a blank pane, under the page's own CSP.
 * An old webview is played by taking away what the bundle needs before the page loads, or by
 * serving a bundle that does not parse. How the browser is found, and when the test is skipped:
 * ./browser.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { collectErrors, describeBrowser, hostPane, SHOTS } from './browser';
const TITLE = 'Excel này không chạy được bảng điều khiển Báo cáo Dân vận';

async function expectNotice(page: Page): Promise<void> {
  await page.getByRole('heading', { name: TITLE }).waitFor({ timeout: 30_000 });
  expect(await page.locator('#root').count()).toBe(0);
  const address = page.url().split('?')[0];
  expect(await page.locator('#unsupported-host code').allTextContents()).toEqual([address, address]);
}

describeBrowser('host check (chromium)', () => {
  const newPane = hostPane();

  it('should run before the deferred bundle and stay silent where the pane can run', async () => {
    const html = readFileSync(join(__dirname, '../../dist/taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
    const bundle = scripts.filter((s) => /taskpane\.[0-9a-f]+\.js/.test(s));
    expect(bundle.length).toBeGreaterThan(0);
    expect(bundle.every((s) => /\bdefer\b/.test(s))).toBe(true);
    const check = scripts.filter((s) => s.includes('host-check.js'));
    expect(check).toHaveLength(1);
    expect(check[0]).toMatch(/^<script src="?assets\/host-check\.js"?>$/);

    const page = await newPane();
    const errors = collectErrors(page);
    await page.getByRole('combobox', { name: 'Kế hoạch mẫu' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('#unsupported-host').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('should show the notice instead of a blank pane where ES2022 is missing, with no CSP violation or page error', async () => {
    const page = await newPane();
    await page.addInitScript(() => {
      delete (Object as { hasOwn?: unknown }).hasOwn;
    });
    const errors = collectErrors(page);
    await page.reload();
    await expectNotice(page);
    await page.screenshot({ path: join(SHOTS, 'unsupported-host.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('should show the notice when the bundle does not parse in this webview', async () => {
    const page = await newPane();
    await page.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: 'class Pane { static { this.ready = ; } }' }));
    const errors = collectErrors(page);
    await page.reload();
    await expectNotice(page);
    expect(errors.filter((e) => !/SyntaxError|Unexpected token/.test(e))).toEqual([]);
  });
});
