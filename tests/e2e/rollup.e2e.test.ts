/**
 * The province's rollup through the pane in file mode (chromium): the province builds a campaign
 * whose units are two district federations and publishes their forms; each district opens the
 * form it received with "Nhận kế hoạch của cấp trên", builds and publishes its own campaign,
 * imports its CĐCS returns and downloads its report; the province imports the two reports as its
 * districts' returns and consolidates. How the browser is found and started: ./browser.ts.
 */
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { allocateTargets, sampleAnswers } from '../../src/core';
import { PRESETS, yearForNewCampaign } from '../../src/core/presets';
import { SUMMARY_COLUMNS, SUMMARY_HEADER_ROW, unitFormFileName } from '../../src/workbook';
import { fillReturn } from '../helpers/fill-return';
import type { FillValue } from '../helpers/fill-return';
import { loadWorkbook, metadata, sheet } from '../helpers/read-xlsx';
import { collectErrors, describeBrowser, download, hostPane, SHOTS } from './browser';
import { ownUnits, replaceSampleValues } from './own-district';

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
// The province is Tây Ninh, the districts' own: the sample's Nam Sơn would keep every write off.
const PROVINCE = 'Liên đoàn Lao động tỉnh Tây Ninh';
const PROVINCE_TITLE = 'Kế hoạch dân vận đợt cuối năm của LĐLĐ tỉnh Tây Ninh';
const DISTRICT_BODY = { HT: 'Liên đoàn Lao động huyện Hòa Thành', TB: 'Liên đoàn Lao động huyện Tân Biên' } as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The province's units: its two district federations. */
const DISTRICTS_CSV = ['Mã,Tên đơn vị,Khối,Số đoàn viên,Số CNVCLĐ', 'HT,LĐLĐ huyện Hòa Thành,Huyện,1200,1500', 'TB,LĐLĐ huyện Tân Biên,Huyện,800,1000', ''].join('\n');

/**
 * Hand-chosen answers of two CĐCS in each district (XA01, XA02), for the preset's first two
 * counted indicators; the other answers are the sample ones.
 */
const CHOSEN = {
  HT: { XA01: { TT01: 3, TT02: 100 }, XA02: { TT01: 4, TT02: 50 } },
  TB: { XA01: { TT01: 5, TT02: 20 }, XA02: { TT01: 6, TT02: 30 } },
} as const;
// Worked by hand: Hòa Thành 3 + 4 = 7 and 100 + 50 = 150; Tân Biên 5 + 6 = 11 and 20 + 30 = 50.
const DISTRICT_TOTALS = { HT: { TT01: 7, TT02: 150 }, TB: { TT01: 11, TT02: 50 } } as const;
// The province: 7 + 11 = 18 and 150 + 50 = 200.
const PROVINCE_TOTALS = { TT01: 18, TT02: 200 } as const;

async function publish(page: Page): Promise<{ readonly id: string; readonly zip: JSZip }> {
  await page.getByRole('tab', { name: '2. Phát hành' }).click();
  const zipFile = await download(page, () => page.getByRole('button', { name: 'Tải tất cả mẫu báo cáo (.zip)' }).click());
  const id = /^mau-bao-cao-(.+)\.zip$/.exec(zipFile.name)?.[1];
  if (id === undefined) throw new Error(`unexpected zip name ${zipFile.name}`);
  return { id, zip: await JSZip.loadAsync(zipFile.bytes) };
}

/** The summary sheet of a report: indicator code → the figure in the result column. */
async function figures(bytes: Uint8Array): Promise<Map<string, unknown>> {
  const summary = sheet(await loadWorkbook(bytes), 'Tổng hợp');
  const found = new Map<string, unknown>();
  summary.eachRow((row, r) => {
    if (r <= SUMMARY_HEADER_ROW) return;
    const code = row.getCell(SUMMARY_COLUMNS.code).value;
    const value = row.getCell(SUMMARY_COLUMNS.result).value;
    if (typeof code === 'string') found.set(code, typeof value === 'object' && value !== null && 'result' in value ? value.result : value);
  });
  return found;
}

async function importAndConsolidate(page: Page, files: readonly { name: string; mimeType: string; buffer: Buffer }[]): Promise<Uint8Array> {
  await page.getByRole('tab', { name: '3. Nhập báo cáo' }).click();
  await page.getByLabel('Tệp báo cáo đơn vị gửi về (chọn được nhiều tệp)').setInputFiles([...files]);
  // Every file usable: counted, on time or late, none set aside.
  await page.getByText(new RegExp(`Đã đọc ${files.length} tệp: \\d+ được tính, \\d+ nộp muộn, 0 có lỗi, 0 của kế hoạch khác, 0 trùng, 0 không tính\\.`)).waitFor({ timeout: 60_000 });
  await page.getByRole('tab', { name: '5. Tổng hợp' }).click();
  return (await download(page, () => page.getByRole('button', { name: 'Tải báo cáo tổng hợp (.xlsx)' }).click())).bytes;
}

describeBrowser('the province rolls up its districts through the pane (chromium)', () => {
  const newPane = hostPane();

  it('should run province → districts linked by the forms they received → province, and the figures add up', async () => {
    const preset = PRESETS.find((p) => p.name === 'dot-15-ngay');
    if (preset === undefined) throw new Error('no preset dot-15-ngay');

    // 1. The province: the preset, its units replaced by the two districts, then Phát hành.
    const province = await newPane();
    const provinceErrors = collectErrors(province);
    await province.getByRole('combobox', { name: 'Kế hoạch mẫu' }).click();
    await province.getByRole('option', { name: 'Đợt dân vận 15 ngày cuối năm' }).first().click();
    await province.getByRole('button', { name: 'Thông tin chung' }).click();
    await province.getByLabel('Tên kế hoạch').fill(PROVINCE_TITLE);
    await province.getByLabel('Đơn vị ban hành').fill(PROVINCE);
    await province.getByLabel('Cơ quan cấp trên').fill('Tổng Liên đoàn Lao động Việt Nam');
    await province.getByRole('button', { name: /^Đơn vị \(\d+\)$/ }).click();
    await province.getByLabel('Danh sách đơn vị (.csv, .xlsx)').setInputFiles({ name: 'huyen.csv', mimeType: 'text/csv', buffer: Buffer.from(DISTRICTS_CSV, 'utf8') });
    // The preset has units: the pane asks, and the districts replace them.
    await province.getByRole('button', { name: 'Thay danh sách' }).click();
    await province.getByText('Đã thay danh sách đơn vị từ huyen.csv', { exact: false }).waitFor();
    await province.getByRole('button', { name: 'Đơn vị (2)' }).waitFor();
    // Its own plan number and basis lines; its units are the districts already.
    await replaceSampleValues(province, { units: false });
    await shot(province, 'rollup-1-province-campaign');
    const { id: provinceId, zip: provinceZip } = await publish(province);
    expect(Object.keys(provinceZip.files).filter((n) => /^units\/.+\.xlsx$/.test(n)).sort()).toEqual(['units/HT - LĐLĐ huyện Hòa Thành.xlsx', 'units/TB - LĐLĐ huyện Tân Biên.xlsx']);

    // 2. Each district: opens the form the province sent it, builds, publishes, imports two CĐCS returns, consolidates.
    const reports: { name: string; mimeType: string; buffer: Buffer }[] = [];
    for (const code of ['HT', 'TB'] as const) {
      const form = await provinceZip.file(new RegExp(`^units/${code} - `))[0]?.async('nodebuffer');
      if (form === undefined) throw new Error(`no form for ${code}`);
      // The district remembered its own identity, under the province (issue 15's organisation form).
      const district = await newPane({ organisation: { name: DISTRICT_BODY[code], parent: PROVINCE, place: code === 'HT' ? 'Hòa Thành' : 'Tân Biên', signer: { name: 'Trần Văn Bình', title: 'CHỦ TỊCH', onBehalf: '' } } });
      const errors = collectErrors(district);
      // Its own CĐCS, plan number and basis over the preset's samples, or it publishes nothing.
      await replaceSampleValues(district);
      await district.getByRole('button', { name: 'Thông tin chung' }).click();
      await district.getByLabel('Đơn vị ban hành').fill(DISTRICT_BODY[code]);
      await district.getByRole('region', { name: 'Nhận kế hoạch của cấp trên' }).getByLabel('Tệp mẫu báo cáo cấp trên gửi (.xlsx)').setInputFiles({ name: `tinh-gui-${code}.xlsx`, mimeType: XLSX, buffer: form });
      await district.getByText(`mã đơn vị của huyện: ${code}`, { exact: false }).waitFor({ timeout: 60_000 });
      const linked = (await district.getByRole('region', { name: 'Nhận kế hoạch của cấp trên' }).textContent()) ?? '';
      expect(linked).toContain(`Báo cáo lên: ${PROVINCE_TITLE} — mã đơn vị của huyện: ${code}`);
      // The preset's parent body is the province's own name: nothing to say about it.
      expect(linked).not.toContain('Cơ quan cấp trên');
      // The district's own body is the one the form was made for: no warning either.
      expect(linked).not.toContain('Mẫu này cấp trên làm cho');
      await district.getByText('Báo cáo lên:', { exact: false }).scrollIntoViewIfNeeded();
      await shot(district, `rollup-2-district-${code}-linked`);

      const { id: districtId, zip } = await publish(district);
      expect(districtId).not.toBe(provinceId);
      const campaign = { ...preset.build({ year: yearForNewCampaign(new Date()) }), units: await ownUnits() };
      const { perUnit } = allocateTargets(campaign);
      const returns = [];
      for (const [index, [unitCode, chosen]] of Object.entries(CHOSEN[code]).entries()) {
        const unit = campaign.units.find((u) => u.code === unitCode);
        if (unit === undefined) throw new Error(`no unit ${unitCode}`);
        const targets = new Map([...perUnit].flatMap(([c, byUnit]) => (byUnit.has(unit.code) ? [[c, byUnit.get(unit.code) ?? 0] as const] : [])));
        const answers: Record<string, FillValue> = { ...Object.fromEntries(sampleAnswers(campaign, unit, index, targets)), ...chosen };
        const unitForm = await zip.file(`units/${unitFormFileName(unit)}`)?.async('uint8array');
        if (unitForm === undefined) throw new Error(`no form for ${unitCode}`);
        const bytes = await fillReturn(unitForm, answers, { reporter: 'Nguyễn Văn A', phone: '0912345678', reportDate: { date: campaign.period.end }, round: campaign.reportingRounds[0]?.label ?? null });
        returns.push({ name: `${unitCode}.xlsx`, mimeType: XLSX, buffer: Buffer.from(bytes) });
      }
      const report = await importAndConsolidate(district, returns);
      await shot(district, `rollup-3-district-${code}-report`);
      const reportMeta = metadata(await loadWorkbook(report));
      expect([reportMeta.get('campaignId'), reportMeta.get('unitCode')]).toEqual([provinceId, code]);
      const got = await figures(report);
      expect([got.get('TT01'), got.get('TT02')]).toEqual([DISTRICT_TOTALS[code].TT01, DISTRICT_TOTALS[code].TT02]);
      reports.push({ name: `bao-cao-${code}.xlsx`, mimeType: XLSX, buffer: Buffer.from(report) });
      expect(errors).toEqual([]);
      await district.context().close();
    }

    // 3. The province imports the two district reports as its units' returns and consolidates.
    const provinceReport = await importAndConsolidate(province, reports);
    await province.getByText('Tính 2/2 đơn vị', { exact: false }).waitFor();
    await shot(province, 'rollup-4-province-consolidated');
    const got = await figures(provinceReport);
    expect([got.get('TT01'), got.get('TT02')]).toEqual([PROVINCE_TOTALS.TT01, PROVINCE_TOTALS.TT02]);
    expect(provinceErrors).toEqual([]);
  }, 300_000);
});
