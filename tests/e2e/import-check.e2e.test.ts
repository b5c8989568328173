/**
 * Steps 3 and 4 at the scale of a district, in the built pane (file mode, chromium, 350 px): 300
 * returns chosen at once, among them a copy of one under another name, a late one, one with a word
 * in a number cell and one made from another district's campaign. Each outcome's count must be the
 * one worked out by hand below; step 4 must list the units rejected first, then late, then not
 * sent, with contact and phone. Screenshots at 350 px and 800 px go to out/screenshots/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Campaign } from '../../src/core';
import { renderXlsx } from '../../src/adapters/xlsx';
import { buildCampaignWorkbooks, fillInFileName } from '../../src/workbook';
import { smallCampaignInput } from '../helpers/campaign';
import { fillReturn } from '../helpers/fill-return';
import { collectErrors, describeBrowser, hostPane, SHOTS } from './browser';

const UNITS = 300;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** U001…U300, each with its own contact and phone. */
function district(): Campaign {
  const input = smallCampaignInput();
  const sample = input.units?.[0];
  if (sample === undefined) throw new Error('no unit');
  const units = Array.from({ length: UNITS }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return { ...sample, code: `U${n}`, name: `CĐCS số ${i + 1}`, contact: { name: `Chủ tịch CĐCS ${i + 1}`, phone: `0912000${n}` } };
  });
  return Campaign.parse({ ...input, units, targets: [] });
}

const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });

describeBrowser('steps 3 and 4 with 300 returns (chromium, 350 px)', () => {
  const newPane = hostPane();

  it('should count each file’s outcome as worked out by hand, and group the units by status', async () => {
    const campaign = district();
    const elsewhere = Campaign.parse({ ...campaign, id: 'ldld-dong-ha-2025-0000abcd', title: 'Kế hoạch dân vận của huyện Đông Hà' });
    const forms = buildCampaignWorkbooks(campaign).fillIns;
    const header = (reportDate: string) => ({ reporter: 'Nguyễn Văn A', phone: '0912345678', reportDate: { date: reportDate } });
    const files: { name: string; mimeType: string; buffer: Buffer }[] = [];
    const add = async (name: string, form: Uint8Array, answers: Record<string, unknown>, reportDate = '2025-12-30') =>
      files.push({ name, mimeType: XLSX, buffer: Buffer.from(await fillReturn(form, answers as never, header(reportDate))) });
    // U001…U296 on time; U297 late (deadline 2026-01-02); U298 a word in TT01; U299's form of the other campaign; U300 sends nothing.
    for (const [i, { unit, layout }] of forms.slice(0, 298).entries()) {
      const answers = { TT01: i === 297 ? 'mười hai' : i + 1, TT02: 10 * (i + 1) };
      await add(fillInFileName(unit), await renderXlsx(layout), answers, i === 296 ? '2026-01-05' : '2025-12-30');
    }
    const foreign = buildCampaignWorkbooks(elsewhere).fillIns[298];
    if (foreign === undefined) throw new Error('no form U299');
    await add('U299-huyen-khac.xlsx', await renderXlsx(foreign.layout), { TT01: 3, TT02: 30 });
    // The 300th file: U001's return again, under the name a second e-mail gave it.
    const first = files[0];
    if (first === undefined) throw new Error('no first file');
    files.push({ name: 'U001 (1).xlsx', mimeType: XLSX, buffer: first.buffer });
    expect(files).toHaveLength(300);

    const page = await newPane();
    const errors = collectErrors(page);
    await page.getByLabel('Mở tệp chiến dịch (.json)').setInputFiles({ name: 'chien-dich.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(campaign)) });
    await page.getByRole('tab', { name: '3. Nhập báo cáo' }).click();
    await page.getByLabel('Tệp báo cáo đơn vị gửi về (chọn được nhiều tệp)').setInputFiles(files);
    // By hand: 296 counted, 1 late, 1 with errors, 1 of another campaign, 1 duplicate, none set aside.
    const counts = 'Đã đọc 300 tệp: 296 được tính, 1 nộp muộn, 1 có lỗi, 1 của kế hoạch khác, 1 trùng, 0 không tính.';
    await page.getByText(counts, { exact: false }).waitFor({ timeout: 240_000 });
    const filters = page.getByRole('group', { name: 'Lọc tệp theo kết quả' });
    expect(await filters.getByRole('button').allTextContents()).toEqual(['Tất cả (300)', 'Được tính (296)', 'Nộp muộn (1)', 'Có lỗi (1)', 'Kế hoạch khác (1)', 'Trùng (1)']);
    await shot(page, 'import-300-350');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);

    await filters.getByRole('button', { name: 'Trùng (1)' }).click();
    const list = page.getByRole('list', { name: 'Nhập báo cáo của đơn vị' });
    expect(await list.getByRole('listitem').count()).toBe(1);
    await list.getByText('Tệp "U001 (1).xlsx" đã được chọn (trùng nội dung với "U001.xlsx"); chỉ tính một lần.').waitFor();
    await filters.getByRole('button', { name: 'Kế hoạch khác (1)' }).click();
    await list.getByText('Kế hoạch dân vận của huyện Đông Hà', { exact: false }).waitFor();
    expect(await list.getByText(elsewhere.id, { exact: false }).count()).toBe(0);
    await shot(page, 'import-300-350-filtered');

    await page.getByRole('tab', { name: '4. Kiểm tra' }).click();
    expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Bị trả lại: 1 đơn vị', 'Nộp muộn: 1 đơn vị', 'Chưa nộp: 2 đơn vị']);
    await page.getByText('296 đơn vị nộp đúng hạn, không có vấn đề.').waitFor();
    const missing = page.getByRole('table', { name: 'Chưa nộp: 2 đơn vị' });
    expect(await missing.getByRole('columnheader').allTextContents()).toEqual(['Đơn vị', 'Người liên hệ', 'Điện thoại']);
    expect(await missing.getByRole('row').allTextContents()).toEqual(['Đơn vịNgười liên hệĐiện thoại', 'U299 — CĐCS số 299Chủ tịch CĐCS 2990912000299', 'U300 — CĐCS số 300Chủ tịch CĐCS 3000912000300']);
    await shot(page, 'check-300-350', true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    await page.getByRole('switch', { name: 'Chỉ hiện lỗi' }).check();
    expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Bị trả lại: 1 đơn vị']);

    await page.setViewportSize({ width: 800, height: 900 });
    await page.getByRole('switch', { name: 'Chỉ hiện lỗi' }).uncheck();
    await shot(page, 'check-300-800', true);
    await page.getByRole('tab', { name: '3. Nhập báo cáo' }).click();
    await page.getByRole('group', { name: 'Lọc tệp theo kết quả' }).getByRole('button', { name: 'Tất cả (300)' }).click();
    await shot(page, 'import-300-800');
    expect(errors).toEqual([]);
  }, 600_000);
});
