/**
 * The phone form (dist/dien-bao-cao.html) end to end, as a union clerk on a small phone uses it:
 * open the fill-in the district generated, type with mistakes, see the district's sentences
 * beside the fields, reload mid-way, correct, download; then the district reads the file back.
 * How the browser is found and started, and when the test is skipped: ./browser.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { allocateTargets, checkReturn } from '../../src/core';
import { readReturnFile } from '../../src/adapters/xlsx';
import { expectedFingerprints } from '../../src/workbook';
import { main } from '../../src/cli/main';
import { smallCampaign, smallCampaignInput } from '../helpers/campaign';
import { SOFFICE, sofficeConvert } from '../helpers/libreoffice';
import { describeWith } from '../helpers/requires';
import { CHROMIUM_NEED, SHOTS, collectErrors, describeBrowser, download, hostDist, phoneContext } from './browser';

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `phone-${name}.png`), fullPage: true });

function cli(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

const field = (page: Page, code: string) => page.locator(`[data-field="${code}"]`);

describeBrowser('phone form on a 360 px touch screen (chromium)', () => {
  const host = hostDist();
  const dir = mkdtempSync(join(tmpdir(), 'danvan-phone-'));
  let formFile = '';
  let filledFile = '';

  beforeAll(async () => {
    writeFileSync(join(dir, 'campaign.json'), JSON.stringify(smallCampaignInput()));
    expect((await cli(['generate', 'campaign.json', '-o', 'so'], dir)).code).toBe(0);
    formFile = join(dir, 'so', 'units', 'XA01.xlsx');
  });

  it('should turn the fill-in into a form, check it as the district does, keep it over a reload and give back the filled workbook', async () => {
    const { browser, url } = host();
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${url}dien-bao-cao.html`);
    await shot(page, '1-start');

    // A file that is not a workbook gets a sentence, not a blank page.
    writeFileSync(join(dir, 'ghi-chu.txt'), 'không phải sổ tính');
    await page.setInputFiles('#workbook-file', join(dir, 'ghi-chu.txt'));
    await expect(page.getByTestId('refused').textContent()).resolves.toContain('ghi-chu.txt');

    await page.setInputFiles('#workbook-file', formFile);
    await page.getByTestId('form').waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain('CĐCS xã Trường Hòa');
    // Target beside the indicator (3 sessions for XA01), help text, required mark; the rate is computed, not typed.
    await expect(field(page, 'TT01').textContent()).resolves.toMatch(/Chỉ tiêu: 3[\s\S]*bắt buộc|bắt buộc[\s\S]*Chỉ tiêu: 3/);
    await expect(page.locator('#f-AS05').evaluate((e) => e.tagName)).resolves.toBe('P');
    // Nothing typed yet: the required TT01 says so in validate's words.
    await expect(field(page, 'TT01').textContent()).resolves.toContain('chưa điền "Số buổi tuyên truyền" (bắt buộc)');

    // Mistakes: 1.234 sessions (above the 1 000 allowed), more workers than attendees.
    await page.locator('#f-TT01').fill('1.234');
    await page.locator('#f-TT02').fill('40');
    await page.locator('#f-TT03').fill('50');
    await page.locator('#f-AS04').fill('20');
    await page.locator('#f-reporter').fill('Nguyễn Thị Lan');
    await expect(page.locator('#f-TT01').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(field(page, 'TT01').locator('li.error').count()).resolves.toBeGreaterThan(0);
    const crossCheck = (await field(page, 'TT03').locator('li').allTextContents()).join(' ') + (await field(page, 'TT02').locator('li').allTextContents()).join(' ');
    expect(crossCheck).toMatch(/TT03|Lượt công nhân lao động tham dự/);
    // AS05 = AS04 / workforce = 20 / 31.
    await expect(page.locator('#f-AS05').textContent()).resolves.toContain('64,5');
    await shot(page, '2-mistakes');

    // The phone closes the tab: the answers come back with the same file.
    await page.reload();
    await page.setInputFiles('#workbook-file', formFile);
    await page.getByTestId('form').waitFor();
    await expect(page.locator('#f-TT03').inputValue()).resolves.toBe('50');
    await expect(page.locator('#f-reporter').inputValue()).resolves.toBe('Nguyễn Thị Lan');
    await expect(page.locator('.notice').textContent()).resolves.toContain('khôi phục');

    // Corrections, Vietnamese number habits included, and the rest of the header.
    await page.locator('#f-TT01').fill('3');
    await page.locator('#f-TT02').fill('1.500');
    await page.locator('#f-TT03').fill('1.200');
    await page.locator('#f-AS02').fill('2,5');
    await page.locator('#f-AS01').fill('12');
    await page.locator('#f-AS03').selectOption('Có');
    await page.locator('#f-TC01').fill('1');
    await page.locator('#f-TC02').selectOption('Hoàn thành tốt nhiệm vụ');
    await page.locator('#f-NT01').fill('2025-12-20');
    await page.locator('#f-DG01').fill('Hoàn thành tốt kế hoạch.');
    await page.locator('#f-phone').fill('0912345678');
    await page.locator('#f-reportDate').fill('2025-12-31');
    await expect(page.locator('#f-TT01').getAttribute('aria-invalid')).resolves.toBe('false');
    await expect(page.getByTestId('summary').locator('li.error').count()).resolves.toBe(0);
    await shot(page, '3-corrected');

    // Touch targets: every control and button at least 44 px high.
    const heights = await page.locator('input:not(.file-input), select, textarea, button, label.button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    // Nothing wider than the phone.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);

    // The English switch: the page's words change, the answers stay.
    await page.getByTestId('language').click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Fill in the DanVan report');
    await expect(page.getByTestId('download').textContent()).resolves.toBe('Download the report file');
    await page.getByTestId('language').click();
    await expect(page.locator('#f-TT02').inputValue()).resolves.toBe('1.500');

    const filled = await download(page, () => page.getByTestId('download').click());
    expect(filled.name).toBe('XA01 - CĐCS xã Trường Hòa.xlsx');
    filledFile = join(dir, 'XA01-filled.xlsx');
    writeFileSync(filledFile, filled.bytes);
    await shot(page, '4-downloaded');
    expect(errors).toEqual([]);

    // The district reads it with its own reader: the figures typed, no tamper finding, no error.
    const campaign = smallCampaign();
    const read = await readReturnFile(filled.bytes, filled.name);
    if (!read.ok) throw new Error(read.error.map((i) => i.code).join(', '));
    const checked = checkReturn({ campaign, unitTargets: allocateTargets(campaign).perUnit, expectedFingerprints: expectedFingerprints(campaign) }, read.value);
    expect(checked.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(checked.issues.map((i) => i.code)).not.toContain('return.tampered');
    expect(checked.ret?.values).toEqual({ TT01: 3, TT02: 1500, TT03: 1200, AS01: 12, AS02: 2.5, AS03: true, AS04: 20, AS06: null, TC01: 1, TC02: 'Hoàn thành tốt nhiệm vụ', NT01: '2025-12-20', DG01: 'Hoàn thành tốt kế hoạch.' });
    expect(checked.ret).toMatchObject({ reporter: 'Nguyễn Thị Lan', phone: '0912345678', reportDate: '2025-12-31' });

    // danvan validate accepts it against the master: on time, nothing to send back.
    const validated = await cli(['validate', 'so/master.xlsx', 'XA01-filled.xlsx', '--json', '-'], dir);
    const json = JSON.parse(validated.out);
    expect(json.units.find((u: { code: string }) => u.code === 'XA01')).toMatchObject({ status: 'on-time', file: 'XA01-filled.xlsx' });

    // Once opened, the page works without a signal: its service worker serves the build.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.reload();
    await page.setInputFiles('#workbook-file', formFile);
    await page.getByTestId('form').waitFor();
    await expect(page.locator('#f-TT02').inputValue()).resolves.toBe('1.500');
    await shot(page, '5-offline');
    await context.close();
  });

  describeWith([CHROMIUM_NEED, SOFFICE], 'and LibreOffice', () => {
    it('should open the downloaded workbook, answers in place', async () => {
      if (filledFile === '') throw new Error('the browser test did not download a file');
      const out = mkdtempSync(join(tmpdir(), 'danvan-phone-lo-'));
      sofficeConvert(filledFile, 'xlsx:Calc MS Excel 2007 XML', out);
      const saved = join(out, 'XA01-filled.xlsx');
      expect(existsSync(saved)).toBe(true);
      const again = await readReturnFile(new Uint8Array(readFileSync(saved)), 'XA01-filled.xlsx');
      if (!again.ok) throw new Error(again.error.map((i) => i.code).join(', '));
      const cells = new Map(again.value.rows.map((r) => [r.code, r.result.value]));
      expect(cells.get('TT02')).toBe(1500);
      expect(cells.get('AS02')).toBe(2.5);
      expect(again.value.identity.fingerprint).toBe(again.value.computedFingerprint);
    });
  });
});
