/**
 * Plan files in the built pane (chromium, file mode): a PDF is read by pdf.js under the pane's
 * strict CSP (no eval, no worker from elsewhere), loaded only when chosen; a scan is said so.
 * How the browser is found and started, and when the test is skipped: ./browser.ts.
 */
import { join } from 'node:path';
import { collectErrors, describeBrowser, hostPane } from './browser';

const PLANS = join(__dirname, '../fixtures/plans');

describeBrowser('opening plan files in the pane (chromium)', () => {
  const newPane = hostPane();

  it('should load pdf.js only when a PDF is chosen, read it under the CSP, and show the fields', async () => {
    const page = await newPane();
    const errors = collectErrors(page);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.getByText('Đọc kế hoạch').first().waitFor();
    expect(scripts.some((s) => /pdf/.test(s))).toBe(false);

    await page.getByLabel('Mở tệp kế hoạch (.docx, .pdf)').setInputFiles(join(PLANS, 'nam-2025-bao-cao-dinh-ky.pdf'));
    await page.getByText('Kết quả đọc kế hoạch').waitFor({ timeout: 60_000 });
    expect(scripts.some((s) => /pdf/.test(s))).toBe(true);
    await expect(page.locator('textarea').first().inputValue()).resolves.toContain('II. CHỈ TIÊU');
    await expect(page.getByText('“Số: 12/KH-LĐLĐ”').count()).resolves.toBe(1);
    await page.getByLabel('Hạn nộp báo cáo 6 tháng').fill('2025-06-10');
    await page.getByLabel('Hạn nộp báo cáo năm').fill('2025-12-05');
    await page.getByRole('button', { name: 'Dùng kế hoạch này' }).click();
    await page.getByText('Đang dùng kế hoạch vừa đọc').waitFor();
    expect(errors).toEqual([]);
  });

  it('should say a scanned PDF has no text and how to go on', async () => {
    const page = await newPane();
    await page.getByLabel('Mở tệp kế hoạch (.docx, .pdf)').setInputFiles(join(PLANS, 'ke-hoach-ban-chup.pdf'));
    await page.getByText('Chưa đọc được tệp kế hoạch').waitFor({ timeout: 60_000 });
    await expect(page.getByText(/là bản PDF chụp \(ảnh quét\), không có lớp chữ để đọc/).count()).resolves.toBe(1);
  });
});
