/**
 * The pane in a plain browser (file mode), end to end: Debian's chromium driven by playwright-core
 * runs the whole chain on the built pane in dist/ and the district report's figures are checked.
 * How the browser is found and started, and when the test is skipped: ./browser.ts.
 */
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { achievementPoints, consolidate, validateReturns } from '../../src/core';
import type { Campaign, RawReturn } from '../../src/core';
import { PRESETS } from '../../src/core/presets';
import { readCampaignFromMaster, readReturnFile } from '../../src/adapters/xlsx';
import { SUMMARY_COLUMNS, SUMMARY_HEADER_ROW } from '../../src/workbook';
import { loadWorkbook, sheet } from '../helpers/read-xlsx';
import { collectErrors, describeBrowser, download, hostPane, SHOTS } from './browser';
import { settled } from './settled';
import { replaceSampleValues } from './own-district';
import { unitReturnFile } from './unit-return';

// The guide's step pictures come from these shots: each is taken once the pane has come to rest.
const shot = async (page: Page, name: string) => {
  await settled(page);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
};

describeBrowser('task pane in file mode (chromium)', () => {
  const newPane = hostPane();

  it('should run preset → master → zip → returns → check → consolidate → report', async () => {
    const page = await newPane();
    const errors = collectErrors(page);

    // 1. Chiến dịch: the first preset is picked; choose it explicitly as a user would.
    await page.getByRole('combobox', { name: 'Kế hoạch mẫu' }).click();
    const preset = PRESETS[0];
    if (preset === undefined) throw new Error('no presets');
    const year = new Date().getFullYear();
    await page.getByRole('option').first().click();
    // The district's own units, plan number and basis over the preset's samples, or nothing is written.
    await replaceSampleValues(page);
    await shot(page, '1-campaign');
    const master = await download(page, () => page.getByRole('button', { name: 'Tải sổ tổng hợp (.xlsx)' }).click());
    // The pane gives the campaign an id of its own district and a random part (src/core/campaign-id.ts):
    // the campaign as issued is the one its master carries.
    const issued = await readCampaignFromMaster(master.bytes, master.name);
    if (!issued.ok) throw new Error(JSON.stringify(issued.error));
    const campaign: Campaign = issued.value;
    expect(campaign.title).toBe(preset.build({ year }).title);
    expect(master.name).toBe(`so-tong-hop-${campaign.id}.xlsx`);
    expect(campaign.id).toMatch(/^ldld-.+-\d{4}-[0-9a-f]{8}$/);

    // 2. Phát hành: one zip with the master and every unit's form.
    await page.getByRole('tab', { name: '2. Phát hành' }).click();
    await shot(page, '2-publish');
    const zipFile = await download(page, () => page.getByRole('button', { name: 'Tải tất cả mẫu báo cáo (.zip)' }).click());
    expect(zipFile.name).toBe(`mau-bao-cao-${campaign.id}.zip`);
    const zip = await JSZip.loadAsync(zipFile.bytes);
    expect(zip.file('master.xlsx')).not.toBeNull();
    const unitFiles = Object.keys(zip.files).filter((n) => /^units\/.+\.xlsx$/.test(n)).sort();
    expect(unitFiles).toHaveLength(campaign.units.length);

    // 3. Three unions fill in their forms: one on time, one late, one with words in a number cell.
    const fill = (index: number, reportDate: string, spoil?: string) => unitReturnFile(zip, campaign, index, { reportDate, spoil });
    const required = campaign.indicators.find((i) => i.required && i.type === 'integer');
    const late = new Date(`${campaign.deadline}T00:00:00Z`);
    late.setUTCDate(late.getUTCDate() + 2);
    const returns = [await fill(0, campaign.period.end), await fill(1, late.toISOString().slice(0, 10)), await fill(2, campaign.period.end, required?.code)];

    // 4. Nhập báo cáo: all three at once.
    await page.getByRole('tab', { name: '3. Nhập báo cáo' }).click();
    await page.getByLabel('Tệp báo cáo đơn vị gửi về (chọn được nhiều tệp)').setInputFiles(returns);
    // Each file's outcome: one on time, one late, one whose word in a number cell keeps it out.
    await page.getByText('Đã đọc 3 tệp: 1 được tính, 1 nộp muộn, 1 có lỗi, 0 của kế hoạch khác, 0 trùng, 0 không tính.', { exact: false }).waitFor({ timeout: 60_000 });
    await shot(page, '3-import');

    // What the pane should find, from the same files through the same core.
    const raws: RawReturn[] = [];
    for (const r of returns) {
      const read = await readReturnFile(new Uint8Array(r.buffer), r.name);
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      raws.push(read.value);
    }
    const validation = validateReturns(campaign, raws);
    const expected = consolidate(campaign, validation);
    const status = (i: number) => validation.units.find((u) => u.code === campaign.units[i]?.code)?.status;
    expect([status(0), status(1), status(2)]).toEqual(['on-time', 'late', 'rejected']);

    // 5. Kiểm tra: the units grouped by status, rejected first, and the spoiled cell's sentence.
    await page.getByRole('tab', { name: '4. Kiểm tra' }).click();
    const groups = await page.getByRole('heading', { level: 3 }).allTextContents();
    expect(groups.slice(0, 3)).toEqual(['Bị trả lại: 1 đơn vị', 'Nộp muộn: 1 đơn vị', `Chưa nộp: ${campaign.units.length - 3} đơn vị`]);
    const rejectedUnit = campaign.units[2];
    await expect(page.getByText(`${rejectedUnit?.code} — ${rejectedUnit?.name}`).count()).resolves.toBe(1);
    await shot(page, '4-check');

    // 6. Tổng hợp: headline figures, then the report file.
    await page.getByRole('tab', { name: '5. Tổng hợp' }).click();
    const n = (s: string) => expected.units.filter((u) => u.status === s).length;
    await page.getByText(`Tính ${n('on-time') + n('late')}/${campaign.units.length} đơn vị`, { exact: false }).waitFor();
    // The chart of achievement against targets: one image to screen readers, a bar per target.
    const chart = page.getByRole('img', { name: /^Tỷ lệ đạt so với chỉ tiêu: / });
    await chart.scrollIntoViewIfNeeded();
    const points = achievementPoints(expected);
    expect(points.length).toBeGreaterThan(0);
    await expect(chart.locator('[data-percent]').count()).resolves.toBe(points.length);
    const widths = await chart.locator('[data-percent]').evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().width));
    expect(widths.every((w) => w >= 0)).toBe(true);
    await shot(page, '5-consolidate');
    const report = await download(page, () => page.getByRole('button', { name: 'Tải báo cáo tổng hợp (.xlsx)' }).click());
    expect(report.name).toBe(`bao-cao-tong-hop-${campaign.id}.xlsx`);
    const summary = sheet(await loadWorkbook(report.bytes), 'Tổng hợp');
    // The file's chart part, written after exceljs (src/adapters/xlsx/chart-part.ts).
    expect((await JSZip.loadAsync(report.bytes)).file('xl/charts/chart1.xml')).not.toBeNull();
    const inReport = new Map<string, unknown>();
    summary.eachRow((row, r) => {
      if (r <= SUMMARY_HEADER_ROW) return;
      const code = row.getCell(SUMMARY_COLUMNS.code).value;
      const value = row.getCell(SUMMARY_COLUMNS.result).value;
      if (typeof code === 'string') inReport.set(code, typeof value === 'object' && value !== null && 'result' in value ? value.result : value);
    });
    const numeric = expected.indicators.filter((r) => r.target !== null && r.value !== null && r.indicator.type !== 'rate');
    expect(numeric.length).toBeGreaterThan(0);
    for (const r of numeric) expect([r.code, inReport.get(r.code)]).toEqual([r.code, r.value]);
    await shot(page, '6-report-saved');

    // The written report as Word: its text carries the district's figures.
    const written = await download(page, () => page.getByRole('button', { name: 'Tải văn bản báo cáo (.docx)' }).click());
    expect(written.name).toBe(`bao-cao-${campaign.id}.docx`);
    const documentXml = (await (await JSZip.loadAsync(written.bytes)).file('word/document.xml')?.async('string')) ?? '';
    expect(documentXml).toContain('>BÁO CÁO<');
    expect(documentXml).toContain(`Toàn huyện có ${campaign.units.length} công đoàn cơ sở`);
    expect(errors).toEqual([]);
  }, 180_000);
});
