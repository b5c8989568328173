/**
 * The pane's Excel-only controls, in the built pane over the in-memory fake Excel
 * (./fake-office/in-browser.ts): writing the master into the open workbook, colouring the cells
 * with issues, writing the district report into the workbook and the links to its sheets. The
 * screenshots, each taken once the pane is still (./settled.ts), are the guide's pictures of these
 * controls (`npm run docs:images`).
 */
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import type { Campaign } from '../../src/core';
import { readCampaignFromMaster } from '../../src/adapters/xlsx';
import { collectErrors, describeBrowser, download, launchChromium, paneContext, SHOTS } from './browser';
import { fakeOfficeScript } from './fake-office/bundle';
import { settled } from './settled';
import { replaceSampleValues } from './own-district';
import { unitReturnFile } from './unit-return';

const DIST = join(__dirname, '..', '..', 'dist');
const ORIGIN = 'http://pane.test/';
const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml' };

const shot = async (page: Page, name: string) => {
  await settled(page);
  // The pane's first screen, as a 900-px-high pane shows it: what the guide's text points at is there.
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
};

/** A pane page whose Office.js is the fake Excel, dist/ served by the browser context itself. */
async function paneInFakeExcel(browser: Browser): Promise<Page> {
  const context = await paneContext(browser);
  await context.route(`${ORIGIN}**`, (route) => {
    const path = normalize(new URL(route.request().url()).pathname).replace(/^(\.\.[/\\])+/, '');
    try {
      return route.fulfill({ status: 200, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(join(DIST, path)) });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  await context.addInitScript({ content: fakeOfficeScript() });
  const page = await context.newPage();
  collectErrors(page);
  await page.goto(`${ORIGIN}taskpane.html`);
  return page;
}

const sheetNames = (page: Page) => page.evaluate(() => (window as unknown as { fakeExcel: { sheetNames(): string[] } }).fakeExcel.sheetNames());

describeBrowser('task pane over the fake Excel (chromium)', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should write the master, colour the cells with issues, write the report and link its sheets', async () => {
    if (browser === undefined) throw new Error('the browser did not start');
    const page = await paneInFakeExcel(browser);
    const errors = collectErrors(page);

    await page.getByRole('combobox', { name: 'Kế hoạch mẫu' }).click();
    await page.getByRole('option').first().click();
    await replaceSampleValues(page);
    await page.getByRole('button', { name: 'Ghi sổ tổng hợp vào bảng tính đang mở' }).click();
    await page.waitForFunction(() => (window as unknown as { fakeExcel: { sheetNames(): string[] } }).fakeExcel.sheetNames().includes('Đơn vị'), undefined, { timeout: 60_000 });
    expect(await sheetNames(page)).toEqual(expect.arrayContaining(['Hướng dẫn', 'Chỉ tiêu', 'Đơn vị', 'Tổng hợp']));

    await page.getByRole('tab', { name: '2. Phát hành' }).click();
    const zip = await JSZip.loadAsync((await download(page, () => page.getByRole('button', { name: 'Tải tất cả mẫu báo cáo (.zip)' }).click())).bytes);
    const masterBytes = await zip.file('master.xlsx')?.async('uint8array');
    if (masterBytes === undefined) throw new Error('no master in the zip');
    const issued = await readCampaignFromMaster(masterBytes, 'master.xlsx');
    if (!issued.ok) throw new Error(JSON.stringify(issued.error));
    const campaign: Campaign = issued.value;

    // Two unions send their forms: one with words in a required number cell (an error).
    const required = campaign.indicators.find((i) => i.required && i.type === 'integer');
    const fill = (index: number, spoil?: string) => unitReturnFile(zip, campaign, index, { reportDate: campaign.period.end, spoil });
    const returns = [await fill(0), await fill(1, required?.code)];
    await page.getByRole('tab', { name: '3. Nhập báo cáo' }).click();
    await page.getByLabel('Tệp báo cáo đơn vị gửi về (chọn được nhiều tệp)').setInputFiles(returns);
    await page.getByText(/Đã đọc 2 tệp: 1 được tính, 0 nộp muộn, 1 có lỗi, 0 của kế hoạch khác, 0 trùng, 0 không tính\./).waitFor({ timeout: 60_000 });
    const unitCodes = [campaign.units[0]?.code, campaign.units[1]?.code];
    await page.waitForFunction((codes) => codes.every((c) => (window as unknown as { fakeExcel: { sheetNames(): string[] } }).fakeExcel.sheetNames().includes(c as string)), unitCodes, { timeout: 60_000 });

    // Kiểm tra: colour the cells with issues.
    await page.getByRole('tab', { name: '4. Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Tô màu các ô có vấn đề trong sổ' }).click();
    await page.getByText('Tô màu ô có vấn đề', { exact: true }).waitFor({ timeout: 60_000 });
    await expect(page.getByRole('button', { name: 'Bỏ tô màu' }).count()).resolves.toBe(1);
    await shot(page, 'excel-2-highlight');

    // Tổng hợp: write the report into the workbook; its sheets become links.
    await page.getByRole('tab', { name: '5. Tổng hợp' }).click();
    await page.getByRole('button', { name: 'Ghi báo cáo tổng hợp vào sổ' }).click();
    await page.getByText('Mở trang trong sổ:', { exact: true }).waitFor({ timeout: 60_000 });
    expect(await sheetNames(page)).toEqual(expect.arrayContaining(['Chi tiết', 'Tình hình nộp', 'Kiểm tra', 'Báo cáo']));
    await page.getByText('Mở trang trong sổ:', { exact: true }).scrollIntoViewIfNeeded();
    await shot(page, 'excel-3-report');
    expect(errors).toEqual([]);
  }, 180_000);
});
