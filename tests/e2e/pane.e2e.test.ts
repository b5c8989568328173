/**
 * The pane in a plain browser (file mode), end to end: Debian's chromium driven by playwright-core
 * runs the whole chain on the built pane in dist/ and the district report's figures are checked.
 *
 * dist/ comes from `npm run build`, which .ci/run runs before `npm test`. Outside CI the test is
 * skipped (with a message) when dist/ or /usr/bin/chromium is missing; in CI (CI=true) either is a
 * failure. Screenshots go to out/screenshots/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import JSZip from 'jszip';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { allocateTargets, consolidate, sampleAnswers, validateReturns } from '../../src/core';
import type { Campaign, RawReturn } from '../../src/core';
import { PRESETS } from '../../src/core/presets';
import { readReturnFile } from '../../src/adapters/xlsx';
import { SUMMARY_COLUMNS, SUMMARY_HEADER_ROW } from '../../src/workbook';
import { fillReturn } from '../helpers/fill-return';
import type { FillValue } from '../helpers/fill-return';
import { loadWorkbook, sheet } from '../helpers/read-xlsx';

const ROOT = join(__dirname, '../..');
const DIST = join(ROOT, 'dist');
const SHOTS = join(ROOT, 'out/screenshots');
const CHROMIUM = '/usr/bin/chromium';
const IN_CI = process.env.CI === 'true';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function missing(): string | undefined {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install chromium)`;
  if (!existsSync(join(DIST, 'taskpane.html'))) return 'dist/ is missing (npm run build)';
  return undefined;
}

const reason = missing();
if (reason !== undefined && IN_CI) {
  it('should have what the browser test needs in CI', () => {
    throw new Error(reason);
  });
}
if (reason !== undefined && !IN_CI) console.warn(`pane.e2e skipped: ${reason}`);
const describeE2e = reason === undefined ? describe : describe.skip;

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

/** A tiny static server for dist/ on 127.0.0.1. */
export function serveDist(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'taskpane.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })));
}

/** Launches Debian's chromium for a 350-px task pane, Office.js blocked (file mode). */
export async function openPane(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 350, height: 900 }, locale: 'vi-VN' });
  await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${url}taskpane.html`);
  return page;
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

describeE2e('task pane in file mode (chromium)', () => {
  let browser: Browser;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ server, url } = await serveDist(DIST));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('should run preset → master → zip → returns → check → consolidate → report', async () => {
    const page = await openPane(browser, url);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/appsforoffice|ERR_FAILED/.test(m.text())) errors.push(m.text());
    });

    // 1. Chiến dịch: the first preset is picked; choose it explicitly as a user would.
    await page.getByRole('combobox', { name: 'Kế hoạch mẫu' }).click();
    const preset = PRESETS[0];
    if (preset === undefined) throw new Error('no presets');
    const year = new Date().getFullYear();
    const campaign: Campaign = preset.build({ year });
    await page.getByRole('option').first().click();
    await shot(page, '1-campaign');
    const master = await download(page, () => page.getByRole('button', { name: 'Tải sổ tổng hợp (.xlsx)' }).click());
    expect(master.name).toBe(`so-tong-hop-${campaign.id}.xlsx`);

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
    const { perUnit } = allocateTargets(campaign);
    const fill = async (index: number, reportDate: string, spoil?: string) => {
      const unit = campaign.units[index];
      if (unit === undefined) throw new Error('unit missing');
      const targets = new Map([...perUnit].flatMap(([code, byUnit]) => (byUnit.has(unit.code) ? [[code, byUnit.get(unit.code) ?? 0] as const] : [])));
      const answers: Record<string, FillValue> = Object.fromEntries(sampleAnswers(campaign, unit, index, targets));
      if (spoil !== undefined) answers[spoil] = 'mười hai';
      const form = await zip.file(`units/${unit.code}.xlsx`)?.async('uint8array');
      if (form === undefined) throw new Error(`no form for ${unit.code}`);
      const bytes = await fillReturn(form, answers, { reporter: 'Nguyễn Văn A', phone: '0912345678', reportDate: { date: reportDate }, round: campaign.reportingRounds[0]?.label ?? null });
      return { name: `${unit.code}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) };
    };
    const required = campaign.indicators.find((i) => i.required && i.type === 'integer');
    const late = new Date(`${campaign.deadline}T00:00:00Z`);
    late.setUTCDate(late.getUTCDate() + 2);
    const returns = [await fill(0, campaign.period.end), await fill(1, late.toISOString().slice(0, 10)), await fill(2, campaign.period.end, required?.code)];

    // 4. Nhập báo cáo: all three at once.
    await page.getByRole('tab', { name: '3. Nhập báo cáo' }).click();
    await page.getByLabel('Tệp báo cáo đơn vị gửi về (chọn được nhiều tệp)').setInputFiles(returns);
    await page.getByText('Đã đọc 3 tệp: 3 nhận ra được, 0 không dùng được.', { exact: false }).waitFor({ timeout: 60_000 });
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

    // 5. Kiểm tra: badges and the spoiled cell's sentence.
    await page.getByRole('tab', { name: '4. Kiểm tra' }).click();
    const checkList = page.getByRole('list', { name: 'Kiểm tra báo cáo' });
    await expect(checkList.getByText('bị trả lại').count()).resolves.toBeGreaterThan(0);
    await expect(checkList.getByText('nộp muộn').count()).resolves.toBeGreaterThan(0);
    const rejectedUnit = campaign.units[2];
    await expect(page.getByText(`${rejectedUnit?.code} — ${rejectedUnit?.name}`).count()).resolves.toBe(1);
    await shot(page, '4-check');

    // 6. Tổng hợp: headline figures, then the report file.
    await page.getByRole('tab', { name: '5. Tổng hợp' }).click();
    const n = (s: string) => expected.units.filter((u) => u.status === s).length;
    await page.getByText(`Tính ${n('on-time') + n('late')}/${campaign.units.length} đơn vị`, { exact: false }).waitFor();
    await shot(page, '5-consolidate');
    const report = await download(page, () => page.getByRole('button', { name: 'Tải báo cáo tổng hợp (.xlsx)' }).click());
    expect(report.name).toBe(`bao-cao-tong-hop-${campaign.id}.xlsx`);
    const summary = sheet(await loadWorkbook(report.bytes), 'Tổng hợp');
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
    expect(errors).toEqual([]);
  }, 180_000);
});
