/**
 * Issue 15's "done when": one campaign carried across a reload and two separate imports of returns,
 * in the built pane in chromium (file mode, real IndexedDB). Monday's returns are imported, the
 * page is reloaded, the campaign continued, Friday's return imported: one check and one
 * consolidation cover all three, with totals worked out by hand below. Then the campaign picker
 * opens the master.xlsx of the same campaign.
 */
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { parseCampaignJson } from '../../src/core/campaign-file';
import { readCampaignFromMaster } from '../../src/adapters/xlsx';
import { SUMMARY_COLUMNS, SUMMARY_HEADER_ROW } from '../../src/workbook';
import { smallCampaign } from '../helpers/campaign';
import { fillReturn } from '../helpers/fill-return';
import { loadWorkbook, sheet } from '../helpers/read-xlsx';
import { collectErrors, describeBrowser, download, hostPane, SHOTS } from './browser';
import { replaceSampleValues } from './own-district';

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EDITED_TITLE = 'Kế hoạch dân vận đợt II năm 2025 (bản của huyện)';

/** How many return files the kept campaign holds in IndexedDB (the pane keeps a moment after each change). */
function keptFiles(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('danvan-report');
        open.onerror = () => resolve(-1);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('kept')) return resolve(-1);
          const get = db.transaction('kept').objectStore('kept').get('campaign');
          get.onsuccess = () => resolve((get.result as { state?: { returns?: { files?: unknown[] } } } | undefined)?.state?.returns?.files?.length ?? -1);
          get.onerror = () => resolve(-1);
        };
      }),
  );
}

async function waitKept(page: Page, files: number): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if ((await keptFiles(page)) === files) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the kept campaign never held ${files} files`);
}

describeBrowser('a campaign carried across visits (chromium, file mode)', () => {
  const newPane = hostPane();

  it('should carry one campaign across a reload and two imports into one check and one consolidation', async () => {
    const page = await newPane();
    const errors = collectErrors(page);
    const campaign = smallCampaign();

    // Monday: the campaign file is opened and its title edited.
    await page.getByLabel('Mở tệp chiến dịch (.json)').setInputFiles({ name: 'chien-dich.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(campaign)) });
    await page.getByText('Đang dùng chiến dịch từ tệp chien-dich.json.').waitFor();
    await page.getByRole('button', { name: /^Thông tin chung/ }).click();
    await page.getByLabel('Tên kế hoạch').fill(EDITED_TITLE);
    await page.getByText('Chưa lưu thay đổi').waitFor();

    // The forms go out; the units fill them in.
    await page.getByRole('tab', { name: '2. Phát hành' }).click();
    const zipFile = await download(page, () => page.getByRole('button', { name: 'Tải tất cả mẫu báo cáo (.zip)' }).click());
    const zip = await JSZip.loadAsync(zipFile.bytes);
    // Hand-worked: TT01 (buổi tuyên truyền) 3 + 4 + 6 = 13; TC01 (đoàn viên mới) 2 + 5 + 10 = 17.
    const answers: Readonly<Record<string, { TT01: number; TC01: number }>> = { XA01: { TT01: 3, TC01: 2 }, GD02: { TT01: 4, TC01: 5 }, DN03: { TT01: 6, TC01: 10 } };
    const fill = async (code: string) => {
      const form = await zip.file(new RegExp(`^units/${code} - .*\\.xlsx$`))[0]?.async('uint8array');
      if (form === undefined) throw new Error(`no form for ${code}`);
      const bytes = await fillReturn(form, answers[code] ?? {}, { reporter: 'Nguyễn Văn A', phone: '0912345678', reportDate: { date: campaign.period.end }, round: campaign.reportingRounds[0]?.label ?? null });
      return { name: `${code}.xlsx`, mimeType: XLSX, buffer: Buffer.from(bytes) };
    };

    await page.getByRole('tab', { name: '3. Nhập báo cáo' }).click();
    await page.getByLabel('Tệp báo cáo đơn vị gửi về (chọn được nhiều tệp)').setInputFiles([await fill('XA01'), await fill('GD02')]);
    await page.getByText(/Đã đọc 2 tệp: 2 được tính, 0 nộp muộn, 0 có lỗi, 0 của kế hoạch khác, 0 trùng, 0 không tính\./).waitFor({ timeout: 60_000 });
    await waitKept(page, 2);

    // Friday: the page is opened again and offers the campaign by its (edited) title.
    await page.reload();
    const resume = page.getByRole('button', { name: `Tiếp tục chiến dịch "${EDITED_TITLE}"` });
    await resume.waitFor();
    await expect(page.getByText(`"${EDITED_TITLE}" (3 đơn vị, đã nhập 2 tệp báo cáo)`, { exact: false }).count()).resolves.toBe(1);
    await shot(page, 'resume-offer-350');
    await page.setViewportSize({ width: 800, height: 900 });
    await shot(page, 'resume-offer-800');
    await page.setViewportSize({ width: 350, height: 900 });
    await resume.click();
    await expect(page.getByLabel('Tên kế hoạch').count()).resolves.toBeLessThanOrEqual(1);

    await page.getByRole('tab', { name: '3. Nhập báo cáo' }).click();
    await page.getByText(/Đã đọc 2 tệp: 2 được tính, 0 nộp muộn, 0 có lỗi, 0 của kế hoạch khác, 0 trùng, 0 không tính\./).waitFor();
    await page.getByLabel('Tệp báo cáo đơn vị gửi về (chọn được nhiều tệp)').setInputFiles([await fill('DN03')]);
    await page.getByText(/Đã đọc 3 tệp: 3 được tính, 0 nộp muộn, 0 có lỗi, 0 của kế hoạch khác, 0 trùng, 0 không tính\./).waitFor({ timeout: 60_000 });

    await page.getByRole('tab', { name: '5. Tổng hợp' }).click();
    await page.getByText('Tính 3/3 đơn vị (đúng hạn 3, nộp muộn 0)', { exact: false }).waitFor();
    const report = await download(page, () => page.getByRole('button', { name: 'Tải báo cáo tổng hợp (.xlsx)' }).click());
    expect(report.name).toBe(`bao-cao-tong-hop-${campaign.id}.xlsx`);
    const summary = sheet(await loadWorkbook(report.bytes), 'Tổng hợp');
    const results = new Map<string, unknown>();
    summary.eachRow((row, r) => {
      if (r <= SUMMARY_HEADER_ROW) return;
      const code = row.getCell(SUMMARY_COLUMNS.code).value;
      const value = row.getCell(SUMMARY_COLUMNS.result).value;
      if (typeof code === 'string') results.set(code, typeof value === 'object' && value !== null && 'result' in value ? value.result : value);
    });
    expect([results.get('TT01'), results.get('TC01')]).toEqual([13, 17]);

    // The campaign, saved as .json, is the edited one the core reads.
    await page.getByRole('tab', { name: '1. Chiến dịch' }).click();
    const saved = await download(page, () => page.getByRole('button', { name: 'Lưu chiến dịch (.json)' }).click());
    const read = parseCampaignJson(new TextDecoder().decode(saved.bytes), saved.name);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value).toEqual({ ...campaign, title: EDITED_TITLE });
    await expect(page.getByText('Chưa lưu thay đổi').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  }, 240_000);

  it('should open a master.xlsx in the campaign picker and use its embedded campaign', async () => {
    const page = await newPane();
    const errors = collectErrors(page);
    const campaign = smallCampaign();
    await page.getByLabel('Mở tệp chiến dịch (.json)').setInputFiles({ name: 'chien-dich.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(campaign)) });
    await page.getByText('Đang dùng chiến dịch từ tệp chien-dich.json.').waitFor();
    const master = await download(page, () => page.getByRole('button', { name: 'Tải sổ tổng hợp (.xlsx)' }).click());

    const fresh = await newPane();
    const freshErrors = collectErrors(fresh);
    const picker = fresh.getByLabel('Mở tệp chiến dịch (.json) hoặc sổ tổng hợp (.xlsx)');
    await picker.setInputFiles({ name: 'master.xlsx', mimeType: XLSX, buffer: Buffer.from(master.bytes) });
    await fresh.getByText('Đang dùng chiến dịch từ tệp master.xlsx.').waitFor({ timeout: 60_000 });
    const again = await download(fresh, () => fresh.getByRole('button', { name: 'Lưu chiến dịch (.json)' }).click());
    const read = parseCampaignJson(new TextDecoder().decode(again.bytes), again.name);
    expect(read).toEqual({ ok: true, value: campaign });
    expect([...errors, ...freshErrors]).toEqual([]);
  }, 120_000);

  it('should ask for the organisation on a first visit, remember it, and issue preset campaigns in its name', async () => {
    const page = await newPane({ firstVisit: true });
    const errors = collectErrors(page);
    await page.getByRole('heading', { name: 'Thông tin đơn vị của anh/chị' }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Kế hoạch mẫu' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
    await expect(page.getByText('Bắt buộc nhập.').count()).resolves.toBe(4);
    await shot(page, 'organisation-form-350');
    await page.setViewportSize({ width: 800, height: 900 });
    await shot(page, 'organisation-form-800');
    await page.setViewportSize({ width: 350, height: 900 });
    await page.getByLabel('Tên đơn vị (ví dụ Liên đoàn Lao động huyện Phong Thổ)').fill('Liên đoàn Lao động huyện Mường Tè');
    await page.getByLabel('Cơ quan cấp trên (ví dụ Liên đoàn Lao động tỉnh Lai Châu)').fill('Liên đoàn Lao động tỉnh Lai Châu');
    await page.getByLabel('Địa danh ghi ở dòng ngày tháng (ví dụ Phong Thổ)').fill('Mường Tè');
    await page.getByLabel('Họ tên người ký').fill('Lò Thị Mai');
    await page.getByLabel('Chức vụ người ký (ví dụ CHỦ TỊCH)').fill('PHÓ CHỦ TỊCH');
    await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
    await page.getByRole('combobox', { name: 'Kế hoạch mẫu' }).waitFor();
    // The preset is issued by the district; what is still the sample's is said in words.
    await page.getByText('Còn giá trị mẫu cần thay').waitFor();
    await expect(page.getByText('vẫn là giá trị mẫu', { exact: false }).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText('đơn vị mẫu của huyện Thanh Lâm', { exact: false }).count()).resolves.toBe(1);
    await shot(page, 'organisation-samples-350');
    // Nothing is written until the plan number, basis lines and units are the district's own.
    await replaceSampleValues(page);
    const master = await download(page, () => page.getByRole('button', { name: 'Tải sổ tổng hợp (.xlsx)' }).click());
    const issued = await readCampaignFromMaster(master.bytes, master.name);
    if (!issued.ok) throw new Error(JSON.stringify(issued.error));
    expect(issued.value.organization).toEqual({ name: 'Liên đoàn Lao động huyện Mường Tè', parent: 'Liên đoàn Lao động tỉnh Lai Châu' });
    expect(issued.value.place).toBe('Mường Tè');
    expect(issued.value.signer).toMatchObject({ name: 'Lò Thị Mai', title: 'PHÓ CHỦ TỊCH' });
    expect(JSON.stringify(issued.value.recipients)).not.toContain('Nam Sơn');

    // Remembered: the next visit does not ask again.
    await page.reload();
    await page.getByRole('combobox', { name: 'Kế hoạch mẫu' }).or(page.getByRole('button', { name: /^Tiếp tục chiến dịch/ })).first().waitFor();
    await expect(page.getByRole('heading', { name: 'Thông tin đơn vị của anh/chị' }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);
});
