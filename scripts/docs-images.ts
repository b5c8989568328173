/**
 * `npm run docs:images`: makes the pictures of the user guide from the real product, so they
 * never go stale. Needs LibreOffice and poppler (pages of generated workbooks) and, for the task
 * pane, a build in dist/ and Debian's chromium.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../src/cli/main';
import { settled } from '../tests/e2e/settled';

const ROOT = resolve(__dirname, '..');
const IMG = join(ROOT, 'docs', 'img');
const quiet = { out: () => undefined, err: (t: string) => process.stderr.write(`${t}\n`), cwd: ROOT };

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

function toPdf(file: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file], { stdio: 'pipe' });
  return join(outDir, file.split('/').pop()?.replace(/\.xlsx$/, '.pdf') ?? '');
}

/** The first page of a PDF whose text contains `words`. */
function pageWith(pdf: string, words: string): number {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1] ?? 0);
  for (let p = 1; p <= pages; p++) {
    if (execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-']).toString().includes(words)) return p;
  }
  throw new Error(`"${words}" is on no page of ${pdf}`);
}

function pageImage(pdf: string, page: number, name: string, dpi = 70): void {
  const prefix = join(IMG, `.${name}`);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  renameSync(`${prefix}.png`, join(IMG, `${name}.png`));
}

async function workbookPages(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-docs-'));
  await main(['demo', '-o', dir], quiet);
  const fillIn = toPdf(join(dir, 'so', 'units', 'XA01.xlsx'), dir);
  pageImage(fillIn, pageWith(fillIn, 'HƯỚNG DẪN ĐIỀN BÁO CÁO'), 'tep-dien-huong-dan');
  pageImage(fillIn, pageWith(fillIn, 'BÁO CÁO KẾT QUẢ'), 'tep-dien-bao-cao');
  const report = toPdf(join(dir, 'bao-cao-tong-hop.xlsx'), dir);
  pageImage(report, pageWith(report, 'TỔNG HỢP KẾT QUẢ'), 'bao-cao-tong-hop');
  pageImage(report, pageWith(report, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), 'bao-cao-van-ban');
  rmSync(dir, { recursive: true, force: true });
}

async function paneScreenshot(): Promise<void> {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'taskpane.html')) || !existsSync('/usr/bin/chromium')) {
    console.warn('Bỏ qua ảnh bảng điều khiển: cần npm run build và chromium / skipping the pane picture: needs a build and chromium');
    return;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createDistServer } = require('./serve-dist.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ensureDevCert } = require('./dev-cert.js');
  const server = createDistServer(dist, ensureDevCert());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 760 }, ignoreHTTPSErrors: true });
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    await page.goto(`https://127.0.0.1:${port}/taskpane.html`);
    await page.getByText('Báo cáo Dân vận').first().waitFor();
    await settled(page);
    await page.screenshot({ path: join(IMG, 'bang-dieu-khien.png') });
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * The pane at each step of the chain, and its Excel-only controls over the fake Excel, as the
 * browser end-to-end tests saw them (tests/e2e/excel-controls.e2e.test.ts waits for each to settle).
 */
const FLOW_SHOTS: Readonly<Record<string, string>> = {
  '2-publish.png': 'buoc-phat-hanh.png',
  '3-import.png': 'buoc-nhap-bao-cao.png',
  '4-check.png': 'buoc-kiem-tra.png',
  '5-consolidate.png': 'buoc-tong-hop.png',
  'excel-2-highlight.png': 'excel-to-mau.png',
  'excel-3-report.png': 'excel-ghi-bao-cao.png',
};

function flowScreenshots(): void {
  if (!existsSync(join(ROOT, 'dist', 'taskpane.html')) || !existsSync('/usr/bin/chromium')) return;
  const jest = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), 'tests/e2e'], { cwd: ROOT, stdio: 'inherit' });
  if (jest.status !== 0) throw new Error('the browser test failed; its screenshots were not used');
  const shots = join(ROOT, 'out', 'screenshots');
  for (const [from, to] of Object.entries(FLOW_SHOTS)) if (existsSync(join(shots, from))) copyFileSync(join(shots, from), join(IMG, to));
}

async function run(): Promise<void> {
  mkdirSync(IMG, { recursive: true });
  if (has('soffice') && has('pdftoppm')) await workbookPages();
  else console.warn('Bỏ qua ảnh sổ: cần libreoffice-calc và poppler-utils / skipping workbook pictures: needs LibreOffice and poppler');
  await paneScreenshot();
  flowScreenshots();
  console.log(`Ảnh trong / Pictures in ${IMG}: ${readdirSync(IMG).filter((n) => n.endsWith('.png')).join(', ')}`);
}

void run();
