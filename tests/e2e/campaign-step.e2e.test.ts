/**
 * The campaign step in the built pane (chromium, file mode) at 350 and 800 px: a pasted plan's
 * draft keeps "Dùng kế hoạch này" in view without scrolling, and a unit list with a bad row is
 * replaced or merged into the preset's units without losing any. Screenshots: out/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { PRESETS } from '../../src/core/presets';
import { collectErrors, describeBrowser, hostPane, SHOTS } from './browser';

const PLAN = readFileSync(join(__dirname, '../fixtures/plans/dot-ii-2025-thanh-lam.txt'), 'utf8');
const PRESET_UNITS = (() => {
  const preset = PRESETS[0];
  if (preset === undefined) throw new Error('no presets');
  return preset.build({ year: 2025 }).units;
})();
/** Two preset units again (the first with new figures), one new unit, and a row (5) whose member count is a word. */
const UNIT_LIST = readFileSync(join(__dirname, '../fixtures/units/hai-cu-mot-moi-mot-loi.csv'));

/** Whether the whole element is inside the window as it is scrolled now. */
async function inView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  });
}

async function readPastedPlan(page: Page): Promise<Locator> {
  await page.getByRole('textbox', { name: 'Dán văn bản kế hoạch' }).fill(PLAN);
  await page.getByRole('button', { name: 'Đọc kế hoạch' }).click();
  const draft = page.getByRole('article', { name: 'Kết quả đọc kế hoạch' });
  await draft.waitFor();
  return draft;
}

describeBrowser('the campaign step at 350 and 800 px (chromium)', () => {
  const newPane = hostPane();

  it.each([350, 800])('should keep "Dùng kế hoạch này" in view at %i px, from reading the plan to its last field', async (width) => {
    const page = await newPane();
    const errors = collectErrors(page);
    await page.setViewportSize({ width, height: 900 });
    const draft = await readPastedPlan(page);
    const use = page.getByRole('button', { name: 'Dùng kế hoạch này' });
    // No scrolling by the test: the pane brings the draft's head into view itself.
    await page.waitForFunction(() => window.scrollY > 0);
    await expect(inView(use)).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, `plan-draft-${width}.png`) });
    // Sources wait behind their disclosures; one opened shows its sentence.
    const number = draft.locator('dd', { hasText: '81/KH-LĐLĐ' }).first();
    await expect(number.getByText('“Số: 81/KH-LĐLĐ”').isVisible()).resolves.toBe(false);
    await number.getByText('Xem câu trích').click();
    await expect(number.getByText('“Số: 81/KH-LĐLĐ”').isVisible()).resolves.toBe(true);
    // The last field scrolled to the top of the window: the button is still there (sticky head).
    await draft.locator('dt').last().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(inView(use)).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, `plan-draft-${width}-scrolled.png`) });

    await use.click();
    await page.getByText('Đang dùng kế hoạch vừa đọc').waitFor();
    await expect(page.getByRole('combobox', { name: 'Kế hoạch mẫu' }).textContent()).resolves.not.toContain('Đợt');
    const notice = page.getByText('Chiến dịch chưa có đơn vị nào');
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `plan-no-units-${width}.png`) });
    await page.getByRole('button', { name: 'Mở mục Đơn vị' }).click();
    await page.getByLabel('Danh sách đơn vị (.csv, .xlsx)').waitFor();
    expect(errors).toEqual([]);
  });

  it.each([
    ['Thay danh sách', 'Đã thay danh sách đơn vị từ don-vi.csv', 350],
    ['Gộp vào danh sách', 'Đã gộp danh sách đơn vị từ don-vi.csv', 800],
  ] as const)('should "%s" with a list that has a bad row and keep every current unit', async (choice, title, width) => {
    const page = await newPane();
    const errors = collectErrors(page);
    await page.setViewportSize({ width, height: 900 });
    const count = PRESET_UNITS.length;
    await page.getByRole('button', { name: new RegExp(`^Đơn vị \\(${count}\\)`) }).click();
    await page.getByLabel('Danh sách đơn vị (.csv, .xlsx)').setInputFiles({ name: 'don-vi.csv', mimeType: 'text/csv', buffer: UNIT_LIST });
    const question = page.getByRole('group', { name: 'Thay hay gộp danh sách đơn vị?' });
    await question.waitFor();
    await expect(question.textContent()).resolves.toContain(`Tệp don-vi.csv có 3 đơn vị đọc được và 1 dòng lỗi. Chiến dịch đang có ${count} đơn vị.`);
    await question.screenshot({ path: join(SHOTS, `unit-list-question-${width}.png`) });

    await page.getByRole('button', { name: choice }).click();
    const outcome = page.locator('.fui-MessageBar', { hasText: title });
    await outcome.waitFor();
    const said = (await outcome.textContent()) ?? '';
    expect(said).toContain(`Đã thêm 1 đơn vị, giữ nguyên ${count - 2}, cập nhật 2, bỏ 0.`);
    expect(said).toContain('Bỏ qua 1 dòng có lỗi');
    expect(said).toMatch(/Dòng 5, cột "Số đoàn viên"/);
    await page.getByRole('button', { name: new RegExp(`^Đơn vị \\(${count + 1}\\)`) }).waitFor();
    await outcome.screenshot({ path: join(SHOTS, `unit-list-${choice === 'Thay danh sách' ? 'replaced' : 'merged'}-${width}.png`) });
    expect(errors).toEqual([]);
  });
});
