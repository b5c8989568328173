/**
 * The pane in file mode as a screen-reader and keyboard user meets it (issue 15.7), and the
 * Phát hành step's phone form address and QR code (issue 17.5): Debian's chromium on the built
 * pane in dist/, its accessibility tree read with playwright's aria snapshots.
 * How the browser is found and started, and when the test is skipped: ./browser.ts.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import JSZip from 'jszip';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { readCampaignFromMaster } from '../../src/adapters/xlsx';
import { loadWorkbook, sheet } from '../helpers/read-xlsx';
import { collectErrors, describeBrowser, download, launchChromium, paneContext, serveDist, SHOTS } from './browser';
import { replaceSampleValues } from './own-district';

/** The form page of a build made without --env publicUrl (webpack.config.js's DEV_URL). */
const FORM_URL = 'https://localhost:3000/dien-bao-cao.html';

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

/** What a PNG's QR code reads as. */
function qrText(png: Uint8Array): string {
  const image = PNG.sync.read(Buffer.from(png));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? '(unreadable)';
}

/**
 * The nodes of the page's aria snapshot with the given role, one a line as `- role "name" [state]`
 * (YAML quotes a line that holds a colon; the quotes are taken off).
 */
async function roleLines(page: Page, role: string): Promise<string[]> {
  const yaml = await page.locator('body').ariaSnapshot();
  return yaml
    .split('\n')
    .map((line) => line.trim().replace(/^- /, '').replace(/:$/, ''))
    .map((node) => (node.startsWith("'") && node.endsWith("'") ? node.slice(1, -1).replace(/''/g, "'") : node))
    .filter((node) => node === role || node.startsWith(`${role} `))
    .map((node) => `- ${node}`);
}

/** A line names its element when a quoted name follows the role. */
const named = (line: string) => /^- \S+ "[^"]+"/.test(line);

describeBrowser('the pane for screen readers and keyboards (chromium)', () => {
  let host: { browser: Browser; server: Server; url: string } | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { server, url } = await serveDist(join(__dirname, '../../dist'));
    host = { server, url, browser: await launchChromium() };
  });
  afterAll(async () => {
    await host?.browser.close();
    await new Promise((resolve) => (host === undefined ? resolve(undefined) : host.server.close(resolve)));
  });

  it('should name every control, announce results, move the focus to them and show focus rings', async () => {
    if (host === undefined) throw new Error('the browser did not start');
    const context = await paneContext(host.browser);
    // Everything said to screen readers: Fluent's announcer speaks through document.ariaNotify where
    // the browser has it (this chromium does), else through a live region in the page.
    await context.addInitScript(() => {
      const said: string[] = [];
      Object.assign(window, { said });
      const notify = (Document.prototype as unknown as { ariaNotify?: (message: string, options?: unknown) => void }).ariaNotify;
      if (typeof notify === 'function') {
        Object.assign(Document.prototype, {
          ariaNotify(this: Document, message: string, options?: unknown) {
            said.push(`ariaNotify: ${message}`);
            notify.call(this, message, options);
          },
        });
      }
      new MutationObserver(() => {
        for (const region of document.querySelectorAll('[aria-live]')) {
          const text = region.textContent?.trim() ?? '';
          if (text !== '') said.push(`live region: ${text}`);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${host.url}taskpane.html`);
    await page.getByRole('combobox', { name: 'Kế hoạch mẫu' }).waitFor();

    // Focus rings: a text field and a dropdown, focused from the keyboard's point of view.
    const ring = async (selector: string, wrapper: string) => {
      await page.locator(selector).first().focus();
      return page.locator(selector).first().evaluate((el, w) => {
        const box = el.closest(w);
        const style = box === null ? undefined : getComputedStyle(box);
        return style === undefined ? 'no wrapper' : `${style.outlineStyle} ${style.outlineWidth}`;
      }, wrapper);
    };
    expect(await ring('.fui-Input input', '.fui-Input')).toBe('solid 2px');
    await page.screenshot({ path: join(SHOTS, 'a11y-0-focus-ring.png'), clip: { x: 0, y: 360, width: 350, height: 100 } });
    expect(await ring('.fui-Dropdown button', '.fui-Dropdown')).toBe('solid 2px');
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    expect(await page.locator('.fui-Input').first().evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
    // The district's own units, plan number and basis over the preset's samples, or nothing is written.
    await replaceSampleValues(page);

    // The campaign's editor: each required checkbox named after its indicator, no empty column header.
    await page.getByRole('button', { name: /^Nội dung theo dõi \(/ }).click();
    const boxes = await roleLines(page, 'checkbox');
    expect(boxes.length).toBeGreaterThan(3);
    expect(boxes.filter((line) => !named(line))).toEqual([]);
    expect(boxes.every((line) => line.startsWith('- checkbox "Bắt buộc nhập: '))).toBe(true);
    expect(new Set(boxes).size).toBe(boxes.length);
    await page.getByRole('button', { name: /^Đơn vị \(/ }).click();
    const headers = await roleLines(page, 'columnheader');
    expect(headers).toContain('- columnheader "Mã"');
    expect(headers).toContain('- columnheader "Bỏ"');
    expect(headers.filter((line) => !named(line))).toEqual([]);
    // File pickers are the pane's own buttons, in Vietnamese.
    await expect(page.getByRole('button', { name: 'Chọn tệp…' }).count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(page.getByText('Chưa chọn tệp.').first().isVisible()).resolves.toBe(true);
    await shot(page, 'a11y-1-campaign-editor');

    const master = await download(page, () => page.getByRole('button', { name: 'Tải sổ tổng hợp (.xlsx)' }).click());
    const issued = await readCampaignFromMaster(master.bytes, master.name);
    if (!issued.ok) throw new Error(JSON.stringify(issued.error));
    const campaign = issued.value;

    // Phát hành: the phone form's address and a QR code a phone camera reads.
    await page.getByRole('tab', { name: '2. Phát hành' }).click();
    const qr = page.getByRole('img', { name: `Mã QR mở trang điền báo cáo trên điện thoại: ${FORM_URL}` });
    await qr.waitFor();
    expect(qrText(await qr.screenshot())).toBe(FORM_URL);
    await expect(page.getByRole('link', { name: FORM_URL }).getAttribute('href')).resolves.toBe(FORM_URL);

    // The zip: each form named with its unit's code and name, its guide carrying the same QR code.
    const zipButton = page.getByRole('button', { name: 'Tải tất cả mẫu báo cáo (.zip)' });
    const zipFile = await download(page, () => zipButton.click());
    const zip = await JSZip.loadAsync(zipFile.bytes);
    const first = campaign.units[0];
    if (first === undefined) throw new Error('no units');
    const formName = `units/${first.code} - ${first.name}.xlsx`;
    expect(Object.keys(zip.files)).toContain(formName);
    const form = await loadWorkbook(Buffer.from((await zip.file(formName)?.async('uint8array')) ?? new Uint8Array()));
    const guide = sheet(form, 'Hướng dẫn');
    expect(guide.getImages().map((image) => qrText(form.getImage(Number(image.imageId)).buffer as unknown as Uint8Array))).toEqual([FORM_URL]);

    // The result: under the button, focused, announced, with the next step.
    const notice = page.getByRole('group', { name: 'Đã tạo bộ mẫu báo cáo' });
    await notice.waitFor();
    await expect(notice.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const [buttonBox, noticeBox] = [await zipButton.boundingBox(), await notice.boundingBox()];
    expect(noticeBox !== null && buttonBox !== null && noticeBox.y > buttonBox.y && noticeBox.y - (buttonBox.y + buttonBox.height) < 40).toBe(true);
    await expect(notice.textContent()).resolves.toContain('Bước tiếp: gửi mỗi đơn vị tệp mang mã và tên của mình');
    await page.waitForFunction(() => (window as unknown as { said: string[] }).said.some((s) => s.includes('Đã tạo bộ mẫu báo cáo')));
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said.find((s) => s.includes('Đã tạo bộ mẫu báo cáo'))).toContain(`mau-bao-cao-${campaign.id}.zip`);
    await shot(page, 'a11y-2-publish-notice-350');
    await page.setViewportSize({ width: 800, height: 900 });
    await shot(page, 'a11y-3-publish-notice-800');
    await page.setViewportSize({ width: 350, height: 900 });

    // The next step's button opens it, and the notice stays behind.
    await page.getByRole('button', { name: 'Sang thẻ 3. Nhập báo cáo' }).click();
    await expect(page.getByRole('tab', { name: '3. Nhập báo cáo' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.getByRole('group', { name: 'Đã tạo bộ mẫu báo cáo' }).count()).resolves.toBe(0);
    const returned = (await zip.file(formName)?.async('nodebuffer')) ?? Buffer.alloc(0);
    await page.getByLabel('Tệp báo cáo đơn vị gửi về (chọn được nhiều tệp)').setInputFiles({ name: `${first.code}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: returned });
    await page.getByText(`Đã chọn: ${first.code}.xlsx`).waitFor();
    await page.getByText('Đã đọc 1 tệp', { exact: false }).waitFor({ timeout: 60_000 });
    await shot(page, 'a11y-4-import');
    for (const tab of ['4. Kiểm tra', '5. Tổng hợp']) {
      await page.getByRole('tab', { name: tab }).click();
      expect((await roleLines(page, 'columnheader')).filter((line) => !named(line))).toEqual([]);
      expect((await roleLines(page, 'checkbox')).filter((line) => !named(line))).toEqual([]);
      expect((await roleLines(page, 'button')).filter((line) => !named(line))).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
