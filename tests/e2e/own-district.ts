/**
 * What a district officer does in "1. Chiến dịch" before anything can be written (issue 15.2):
 * a preset keeps its own plan number, its basis lines (they cite the invented Thanh Lâm and Nam
 * Sơn's documents) and its sample units even when the remembered organisation is applied, and
 * the pane writes no master, forms or report until they are replaced. `replaceSampleValues` does
 * it through the pane's own controls: the district's unit list (tests/fixtures/units/
 * don-vi-phong-tho.csv: the sample's codes, groups and sizes, the district's names and phones)
 * loaded with "Thay danh sách", its plan number typed, each basis line retyped with its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readUnitList } from '../../src/adapters/unit-list';
import type { Unit } from '../../src/core';

/** The unit list of Phong Thổ, the district REMEMBERED_ORGANISATION (./browser.ts) names. */
const OWN_UNIT_LIST = { name: 'don-vi-phong-tho.csv', path: join(__dirname, '../fixtures/units/don-vi-phong-tho.csv') } as const;

/** A number none of the presets' sample plans has. */
export const OWN_PLAN_NUMBER = '46/KH-LĐLĐ';

/** The district's own documents, as many as the preset cites (no preset cites more than these). */
export const OWN_BASIS = [
  'Kế hoạch số 112/KH-LĐLĐ của Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu về phối hợp làm công tác dân vận',
  'Chương trình công tác của Ban Chấp hành Liên đoàn Lao động huyện Phong Thổ',
  'Nghị quyết Hội nghị Ban Chấp hành Liên đoàn Lao động huyện Phong Thổ về công tác dân vận',
] as const;

/** The titles of the warnings over the buttons the sample values keep off: the later steps', and the campaign step's. */
const BLOCKED = 'Chưa ghi được khi còn giá trị mẫu';
const LISTED = 'Còn giá trị mẫu cần thay';

export type OwnValues = {
  /** The codes of the units to load from the district's list (all when not given); `false` leaves the units alone. */
  readonly units?: readonly string[] | false;
};

/** The district's units as its list file has them (only `codes` when given), for a test's expected names. */
export async function ownUnits(codes?: readonly string[]): Promise<Unit[]> {
  const table = await readUnitList(new Uint8Array(readFileSync(OWN_UNIT_LIST.path)), OWN_UNIT_LIST.name);
  if (table.issues.length > 0) throw new Error(`${OWN_UNIT_LIST.name}: ${JSON.stringify(table.issues)}`);
  return codes === undefined ? table.units : table.units.filter((unit) => codes.includes(unit.code));
}

/**
 * Replaces the campaign's sample units, plan number and basis lines with the district's own in the
 * campaign editor, then waits until the pane no longer lists a sample value. The editor's sections
 * are left folded or open as they were.
 */
export async function replaceSampleValues(page: Page, options: OwnValues = {}): Promise<void> {
  const { units } = options;
  if (units !== false) await inSection(page, /^Đơn vị \(\d+\)/, () => loadOwnUnits(page, units));
  await inSection(page, /^Thông tin chung/, () => page.getByLabel('Số kế hoạch', { exact: true }).fill(OWN_PLAN_NUMBER));
  await inSection(page, /^Căn cứ, nơi nhận, người ký/, async () => {
    const basis = page.getByLabel('Căn cứ (mỗi văn bản một dòng)');
    const cited = (await basis.inputValue()).split('\n').filter((line) => line.trim() !== '').length;
    await basis.fill(OWN_BASIS.slice(0, Math.max(1, cited)).join('\n'));
  });
  await page.getByText(BLOCKED).first().waitFor({ state: 'detached' });
  await page.getByText(LISTED).first().waitFor({ state: 'detached' });
}

/** Opens the editor section whose header matches `header` if it is folded, runs `body`, and folds it again if it was. */
async function inSection(page: Page, header: RegExp, body: () => Promise<unknown>): Promise<void> {
  const button = page.getByRole('button', { name: header });
  const folded = (await button.getAttribute('aria-expanded')) !== 'true';
  if (folded) await button.click();
  await body();
  if (folded) await button.click();
}

/** "Danh sách đơn vị": the district's list file chosen, and "Thay danh sách" when the campaign already has units. */
async function loadOwnUnits(page: Page, codes: readonly string[] | undefined): Promise<void> {
  const lines = readFileSync(OWN_UNIT_LIST.path, 'utf8').split('\n');
  const chosen = codes === undefined ? lines : lines.filter((line, i) => i === 0 || codes.some((code) => line.startsWith(`${code},`)));
  await page.getByLabel('Danh sách đơn vị (.csv, .xlsx)').setInputFiles({ name: OWN_UNIT_LIST.name, mimeType: 'text/csv', buffer: Buffer.from(chosen.join('\n'), 'utf8') });
  const replace = page.getByRole('button', { name: 'Thay danh sách' });
  const replaced = page.getByText(`Đã thay danh sách đơn vị từ ${OWN_UNIT_LIST.name}`);
  await replace.or(replaced).first().waitFor();
  if (await replace.isVisible()) await replace.click();
  await replaced.waitFor();
}
