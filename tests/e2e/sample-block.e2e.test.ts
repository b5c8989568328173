/**
 * Issue 15.2 in the built pane (chromium, file mode): a preset issued in the remembered
 * organisation's name still holds the sample plan number, basis lines and units; the pane lists
 * them, and the master and forms buttons stay off, described by the warning, until the officer
 * replaces them (./own-district.ts). The master then written carries no sample value in any cell.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readCampaignFromMaster } from '../../src/adapters/xlsx';
import { yearForNewCampaign } from '../../src/core/presets';
import { loadWorkbook, text } from '../helpers/read-xlsx';
import { collectErrors, describeBrowser, download, hostPane, SHOTS } from './browser';
import { OWN_BASIS, OWN_PLAN_NUMBER, ownUnits, replaceSampleValues } from './own-district';
import { settled } from './settled';

const MASTER = 'Tải sổ tổng hợp (.xlsx)';
const ZIP = 'Tải tất cả mẫu báo cáo (.zip)';
const BLOCKED = 'Chưa ghi được khi còn giá trị mẫu';

/** A button as the accessibility tree has it: disabled or not, and its description (aria-describedby's text). */
async function axButton(page: Page, name: string): Promise<{ disabled: boolean; description: string }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const found = nodes.filter((node) => node.role?.value === 'button' && node.name?.value === name);
  if (found.length !== 1) throw new Error(`${found.length} buttons named "${name}"`);
  const [node] = found;
  return {
    disabled: node?.properties?.some((p) => p.name === 'disabled' && p.value.value === true) ?? false,
    description: String(node?.description?.value ?? ''),
  };
}

/**
 * Checks that the button is off (aria-disabled, still focusable) and described by the warning's
 * sentence `sentenceId`, exactly `sentence` (the listed values stay out of the description), in its
 * attributes and in the accessibility tree; the text of the whole warning.
 */
async function blocked(page: Page, name: string, sentenceId: string, sentence: string): Promise<string> {
  const button = page.getByRole('button', { name });
  await expect(button.getAttribute('aria-disabled')).resolves.toBe('true');
  await expect(button.getAttribute('aria-describedby')).resolves.toBe(sentenceId);
  await expect(page.locator(`#${sentenceId}`).textContent()).resolves.toBe(sentence);
  const inTree = await axButton(page, name);
  expect(inTree.disabled).toBe(true);
  expect(inTree.description).toBe(sentence);
  return (await page.locator('.fui-MessageBar', { has: page.locator(`#${sentenceId}`) }).textContent()) ?? '';
}

/** The sample district's names (SAMPLE_NAMES, src/core/presets/common.ts), written out. */
const SAMPLE_NAMES = ['Thanh Lâm', 'Nam Sơn', 'Nguyễn Văn Khải'];

/** The workbook's cells (every sheet's, the hidden ones included) holding any of `values`, as "sheet!A1: text". */
async function cellsHolding(bytes: Uint8Array, values: readonly string[]): Promise<string[]> {
  const workbook = await loadWorkbook(bytes);
  const found: string[] = [];
  let cells = 0;
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        cells += 1;
        if (values.some((value) => text(cell).includes(value))) found.push(`${ws.name}!${cell.address}: ${text(cell)}`);
      }),
    );
  }
  if (cells < 100) throw new Error(`only ${cells} cells read`);
  return found;
}

describeBrowser('sample values block the master and the forms (chromium, file mode)', () => {
  const newPane = hostPane();

  it('should list the sample values, keep the buttons off until they are replaced, then write a master without them', async () => {
    const page = await newPane();
    const errors = collectErrors(page);
    const downloads: string[] = [];
    page.on('download', (file) => downloads.push(file.suggestedFilename()));
    await page.getByRole('combobox', { name: 'Kế hoạch mẫu' }).click();
    await page.getByRole('option', { name: 'Đợt dân vận 15 ngày cuối năm' }).first().click();

    // The preset's own plan (dot-15-ngay, src/core/presets/dot-15-ngay.ts) is still the sample's:
    // the issuer, parent, place, signer and recipients are the remembered organisation's.
    const year = yearForNewCampaign(new Date());
    const expectedLines = [
      '"Số kế hoạch" vẫn là giá trị mẫu ("81/KH-LĐLĐ"). Thay bằng thông tin của đơn vị mình ở mục "Thông tin chung".',
      `"Căn cứ (mỗi văn bản một dòng)" vẫn là giá trị mẫu ("Kế hoạch số 141/KH-LĐLĐ ngày 20/11/${year} của Ban Thường vụ Liên đoàn Lao động tỉnh Nam Sơn về phối hợp làm công tác dân vận đợt II/${year}"). Thay bằng thông tin của đơn vị mình ở mục "Căn cứ, nơi nhận, người ký".`,
      `"Căn cứ (mỗi văn bản một dòng)" vẫn là giá trị mẫu ("Kế hoạch số 288-KH/BCĐ ngày 22/11/${year} của Ban Chỉ đạo công tác dân vận huyện Thanh Lâm về ra quân làm công tác dân vận cuối năm ${year}"). Thay bằng thông tin của đơn vị mình ở mục "Căn cứ, nơi nhận, người ký".`,
      // 10 communes, 8 offices, 10 schools, 2 health units, 9 firms: 39; the first five shown.
      'Danh sách còn 39 đơn vị mẫu của huyện Thanh Lâm (XA01, XA02, XA03, XA04, XA05…). Nạp danh sách đơn vị của huyện mình ở mục "Đơn vị", hoặc bỏ các đơn vị mẫu.',
    ];
    await page.locator('.fui-MessageBar', { hasText: 'Còn giá trị mẫu cần thay' }).waitFor();

    // The master button: off and described by the warning just above it, which lists the values.
    const masterButton = page.getByRole('button', { name: MASTER });
    const masterSentence = 'Sổ tổng hợp chỉ tải được (và ghi được vào bảng tính) khi 4 mục sau, vẫn là dữ liệu mẫu của huyện Thanh Lâm (giả định), đã được thay bằng thông tin của đơn vị mình:';
    const masterWarning = await blocked(page, MASTER, 'master-samples', masterSentence);
    expect(masterWarning).toBe(`Còn giá trị mẫu cần thay${masterSentence}${expectedLines.join('')}`);
    await settled(page);
    await page.screenshot({ path: join(SHOTS, 'sample-block-1-campaign-350.png'), fullPage: true });
    // Clicked anyway, by mouse and by keyboard: nothing is made.
    await masterButton.click({ force: true });
    await masterButton.focus();
    await page.keyboard.press('Enter');

    // Phát hành: the zip button likewise, with the values listed under its warning.
    await page.getByRole('tab', { name: '2. Phát hành' }).click();
    const zipButton = page.getByRole('button', { name: ZIP });
    const publishSentence = 'Mẫu báo cáo gửi các đơn vị mang tên đơn vị, số kế hoạch và danh sách đơn vị của chiến dịch; còn 4 mục là dữ liệu mẫu. Thay ở bước "1. Chiến dịch" thì mới tải được:';
    const publishWarning = await blocked(page, ZIP, 'publish-samples', publishSentence);
    expect(publishWarning).toBe(`${BLOCKED}${publishSentence}${expectedLines.join('')}Sang thẻ 1. Chiến dịch`);
    await settled(page);
    await page.screenshot({ path: join(SHOTS, 'sample-block-2-publish-350.png'), fullPage: true });
    await zipButton.click({ force: true });
    // The clicks' chance to download something, had they done so.
    await page.waitForTimeout(1000);
    expect(downloads).toEqual([]);

    // Back to step 1 from the warning; the district's own values typed over the samples: the warnings go, the buttons come on.
    await page.getByRole('button', { name: 'Sang thẻ 1. Chiến dịch' }).click();
    await expect(page.getByRole('tab', { name: '1. Chiến dịch' }).getAttribute('aria-selected')).resolves.toBe('true');
    await replaceSampleValues(page);
    await expect(masterButton.getAttribute('aria-disabled')).resolves.toBeNull();
    await expect(masterButton.getAttribute('aria-describedby')).resolves.toBeNull();
    await expect(axButton(page, MASTER)).resolves.toEqual({ disabled: false, description: '' });
    const master = await download(page, () => masterButton.click());
    expect(downloads).toEqual([master.name]);

    // The master as written: the district's plan number, basis and units, no sample value in any cell.
    const issued = await readCampaignFromMaster(master.bytes, master.name);
    if (!issued.ok) throw new Error(JSON.stringify(issued.error));
    expect(issued.value.plan.number).toBe(OWN_PLAN_NUMBER);
    expect(issued.value.basis).toEqual(OWN_BASIS.slice(0, 2));
    expect(issued.value.units).toEqual(await ownUnits());
    await expect(cellsHolding(master.bytes, [...SAMPLE_NAMES, '81/KH-LĐLĐ'])).resolves.toEqual([]);
    // The cells read are the master's own: its plan number among them.
    await expect(cellsHolding(master.bytes, [OWN_PLAN_NUMBER])).resolves.not.toEqual([]);

    await page.getByRole('tab', { name: '2. Phát hành' }).click();
    await expect(zipButton.getAttribute('aria-disabled')).resolves.toBeNull();
    await expect(page.locator('#publish-samples').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  }, 180_000);

  // The other presets: one basis line (dan-van-kheo, 27/KH-LĐLĐ) or two (ke-hoach-nam, 05/KH-LĐLĐ).
  it.each([
    ['Kế hoạch công tác dân vận năm', '05/KH-LĐLĐ', 2],
    ['Phong trào thi đua “Dân vận khéo”', '27/KH-LĐLĐ', 1],
  ] as const)('should write the master of "%s" once its sample values are replaced, without them', async (label, samplePlan, cited) => {
    const page = await newPane();
    const errors = collectErrors(page);
    await page.getByRole('combobox', { name: 'Kế hoạch mẫu' }).click();
    await page.getByRole('option', { name: label }).first().click();
    await page.getByText(`"Số kế hoạch" vẫn là giá trị mẫu ("${samplePlan}")`, { exact: false }).waitFor();
    await expect(page.getByRole('button', { name: MASTER }).getAttribute('aria-disabled')).resolves.toBe('true');
    await replaceSampleValues(page);
    const master = await download(page, () => page.getByRole('button', { name: MASTER }).click());
    const issued = await readCampaignFromMaster(master.bytes, master.name);
    if (!issued.ok) throw new Error(JSON.stringify(issued.error));
    expect(issued.value.basis).toEqual(OWN_BASIS.slice(0, cited));
    await expect(cellsHolding(master.bytes, [...SAMPLE_NAMES, samplePlan])).resolves.toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
