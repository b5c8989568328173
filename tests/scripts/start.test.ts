/**
 * `npm start` as a developer runs it: scripts/start.js builds in memory and serves on
 * https://localhost:3000 (its own port, as the manifest says), Debian's chromium opens the pages
 * with Office.js blocked, and `npm run stop` stops the server. Any CSP violation, page error or
 * failed response fails the test; so does a pane that never gets past "Đang tải…".
 */
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_NEED, collectErrors, launchChromium, paneContext, SHOTS } from '../e2e/browser';
import { describeWith, needsCommand } from '../helpers/requires';

const ROOT = join(__dirname, '../..');
// CommonJS build scripts without type declarations: require them as the tools do.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_URL, DEV_PORT } = require('../../webpack.config.js') as { DEV_URL: string; DEV_PORT: number };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PID_FILE } = require('../../scripts/start.js') as { PID_FILE: string };
const READY = 'dev server is running';
const START_TIMEOUT_MS = 180_000;
const PAGE_TIMEOUT_MS = 20_000;

/** Whether nothing listens on the dev port (the server binds localhost, so try that). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, 'localhost', () => probe.close(() => resolve(true)));
  });
}

/** Starts `node scripts/start.js` and resolves once it prints its instructions. */
function startDevServer(): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/start.js')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start printed no instructions within ${START_TIMEOUT_MS / 1000} s:\n${output}`)), START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes(READY)) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code}) before serving:\n${output}`));
    });
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Opens a page and waits until the dev client's socket has had the build's "ok": the bundle ran. */
async function openPage(browser: Browser, path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await (await paneContext(browser, { ignoreHTTPSErrors: true })).newPage();
  const errors = collectErrors(page);
  const socketOk = new Promise<string>((resolve) => {
    page.on('websocket', (socket) => {
      socket.on('framereceived', (frame) => {
        if (String(frame.payload).includes('"type":"ok"')) resolve(socket.url());
      });
    });
  });
  await page.goto(`${DEV_URL}${path}`);
  const giveUp = new AbortController();
  const timeout = sleep(PAGE_TIMEOUT_MS, undefined, { signal: giveUp.signal }).catch(() => undefined);
  const socketUrl = await Promise.race([socketOk, timeout]);
  giveUp.abort();
  if (socketUrl === undefined) throw new Error(`${path}: its script did not run within ${PAGE_TIMEOUT_MS / 1000} s (the dev client never connected); errors: ${JSON.stringify(errors)}`);
  expect(socketUrl).toBe(`${DEV_URL.replace('https:', 'wss:')}ws`);
  return { page, errors };
}

describeWith([CHROMIUM_NEED, needsCommand('openssl', 'openssl')], 'npm start (webpack-dev-server on https://localhost:3000, chromium)', () => {
  let server: { child: ChildProcess; output: () => string } | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!(await portIsFree(DEV_PORT))) {
      throw new Error(`port ${DEV_PORT} is taken: this test runs the dev server there as npm start does; stop whatever holds it (npm run stop, if it is an earlier npm start)`);
    }
    server = await startDevServer();
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  }, START_TIMEOUT_MS + 10_000);

  afterAll(async () => {
    await browser?.close();
    // Only if a test failed before `npm run stop` did: never leave the server running.
    if (server !== undefined && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGTERM');
      await exited(server.child);
    }
  });

  it("should print how to sideload as Microsoft's pages describe it today", () => {
    const printed = server?.output() ?? '';
    // docs/testing/sideload-office-add-ins-for-testing.md: Home > Add-ins > More Settings > Upload My Add-in.
    expect(printed).toContain('Home → Add-ins → More Settings → Upload My Add-in → Browse… manifest.xml → Upload');
    // Chromium's local network access prompt for localhost add-ins (OfficeDev/office-js#6174).
    expect(printed).toContain('Local network access → Allow');
    // docs/testing/create-a-network-shared-folder-catalog-for-task-pane-and-content-add-ins.md.
    expect(printed).toContain('Home → Add-ins → Advanced → SHARED FOLDER');
    // docs/testing/sideload-an-office-add-in-on-mac.md: Home > Add-ins, then the add-in.
    expect(printed).toContain('Home → Add-ins → Báo cáo Dân vận');
  });

  it('should serve a task pane that starts in file mode and shows its first step', async () => {
    if (browser === undefined) throw new Error('the browser did not start');
    const { page, errors } = await openPage(browser, 'taskpane.html');
    await page.getByRole('tab', { name: '1. Chiến dịch' }).waitFor({ timeout: PAGE_TIMEOUT_MS });
    await page.getByRole('combobox', { name: 'Kế hoạch mẫu' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'dev-server-taskpane.png') });
    expect(await page.getByText('Đang tải…').count()).toBe(0);
    // The returns' read workers load a chunk of their own (src/adapters/xlsx/start-read-worker.ts): served too.
    const worker = await page.request.get(`${DEV_URL}read-worker.chunk.js`);
    expect([worker.status(), worker.headers()['content-type']]).toEqual([200, expect.stringContaining('javascript')]);
    expect(errors).toEqual([]);
  });

  it('should serve the ribbon command page, which loads without error', async () => {
    if (browser === undefined) throw new Error('the browser did not start');
    const { page, errors } = await openPage(browser, 'commands.html');
    await page.waitForLoadState('load');
    expect(errors).toEqual([]);
  });

  it('should serve the phone form page, listed in what it prints, without CSP violation or console error', async () => {
    if (browser === undefined) throw new Error('the browser did not start');
    expect(server?.output() ?? '').toContain(`${DEV_URL}dien-bao-cao.html`);
    const { page, errors } = await openPage(browser, 'dien-bao-cao.html');
    await page.getByText('Chọn tệp báo cáo', { exact: true }).waitFor({ timeout: PAGE_TIMEOUT_MS });
    await expect(page.locator('h1').textContent()).resolves.toBe('Điền báo cáo Dân vận');
    expect(errors).toEqual([]);
  });

  it('should stop cleanly with npm run stop, leaving no process and no pid file', async () => {
    if (server === undefined) throw new Error('the dev server did not start');
    const stop = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/stop.js')], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(stop.stdout).toContain('Dev server stopped');
    expect(await exited(server.child)).toBe(0);
    expect(server.output()).toContain('Dev server stopped.');
    expect(existsSync(PID_FILE)).toBe(false);
    expect(await portIsFree(DEV_PORT)).toBe(true);
  });
});
