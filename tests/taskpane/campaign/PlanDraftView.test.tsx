/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../../src/core/messages';
import { PRESETS } from '../../../src/core/presets';
import { App } from '../../../src/taskpane/App';
import { campaignStepServices } from '../fake-flow-services';
import { buttonNamed, click, labelled, pageText, paste, render, settle, stubBrowserApis } from '../dom-helpers';
import type { Rendered } from '../dom-helpers';

stubBrowserApis();

const plan = (name: string) => readFileSync(join(__dirname, '../../fixtures/plans', name), 'utf8');

let rendered: Rendered | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
  document.body.innerHTML = '';
});

async function readPlan(name: string): Promise<HTMLElement> {
  await paste(labelled('Dán văn bản kế hoạch'), plan(name));
  await click(buttonNamed('Đọc kế hoạch'));
  const draft = document.querySelector('article[aria-label="Kết quả đọc kế hoạch"]');
  if (!(draft instanceof HTMLElement)) throw new Error('no draft shown');
  return draft;
}

describe('the draft of a pasted plan', () => {
  it('should put "Dùng kế hoạch này" at its head, before the fields, and keep each source behind a closed disclosure', async () => {
    rendered = await render(<App services={campaignStepServices()} host="browser" initialYear={2025} />);
    const draft = await readPlan('dot-ii-2025-thanh-lam.txt');
    const use = buttonNamed('Dùng kế hoạch này');
    const fields = draft.querySelector('dl');
    if (fields === null) throw new Error('no field list');
    expect(draft.contains(use)).toBe(true);
    expect(use.compareDocumentPosition(fields) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // "Số kế hoạch" shows its value; the sentence it came from waits behind "Xem câu trích".
    const number = [...draft.querySelectorAll('dt')].find((dt) => dt.textContent === 'Số kế hoạch')?.nextElementSibling;
    expect(number?.firstElementChild?.textContent).toBe('81/KH-LĐLĐ');
    const source = number?.querySelector('details');
    expect(source?.open).toBe(false);
    expect(source?.querySelector('summary')?.textContent).toBe('Xem câu trích');
    expect(source?.lastElementChild?.textContent).toBe('“Số: 81/KH-LĐLĐ”');
    // Every quoted sentence is behind a disclosure: none is shown open on the page.
    const entries = [...draft.querySelectorAll('dd')];
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.every((dd) => dd.querySelector('input') !== null || dd.querySelector('details:not([open])') !== null)).toBe(true);
  });

  it('should say, at its head, to type what is missing before the plan can be used', async () => {
    rendered = await render(<App services={campaignStepServices()} host="browser" initialYear={2025} />);
    const draft = await readPlan('nam-2025-bao-cao-dinh-ky.txt');
    expect(draft.textContent).toContain('Nhập các mục còn thiếu (đánh dấu *) bên dưới để dùng kế hoạch này.');
    expect(() => buttonNamed('Dùng kế hoạch này')).toThrow();
  });

  it('should clear the preset picked and its description once the plan is used', async () => {
    rendered = await render(<App services={campaignStepServices()} host="browser" initialYear={2025} />);
    const first = PRESETS[0];
    if (first === undefined) throw new Error('no presets');
    const description = t(first.description, {}, 'vi');
    const picker = labelled('Kế hoạch mẫu') as HTMLButtonElement;
    expect(pageText()).toContain(description.replace(/\s+/g, ' '));
    expect(picker.textContent).toContain(t(first.label, {}, 'vi'));

    await readPlan('dot-ii-2025-thanh-lam.txt');
    await click(buttonNamed('Dùng kế hoạch này'));
    expect(pageText()).not.toContain(description.replace(/\s+/g, ' '));
    expect(picker.textContent).not.toContain(t(first.label, {}, 'vi'));
    expect(pageText()).toContain('Đang dùng kế hoạch vừa đọc');
  });

  it('should say where to add units before writing a master for a campaign without any, and open that section', async () => {
    const services = campaignStepServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    await readPlan('dot-ii-2025-thanh-lam.txt');
    await click(buttonNamed('Dùng kế hoạch này'));
    const notice = [...document.querySelectorAll('.fui-MessageBar')].find((bar) => bar.textContent?.includes('Chiến dịch chưa có đơn vị nào'));
    expect(notice?.textContent).toContain('Thêm đơn vị ở mục «Đơn vị» của phần «Sửa chiến dịch»');
    const download = buttonNamed('Tải sổ tổng hợp (.xlsx)');
    expect(notice !== undefined && notice.compareDocumentPosition(download) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(() => labelled('Danh sách đơn vị (.csv, .xlsx)')).toThrow();

    await click(buttonNamed('Mở mục Đơn vị'));
    await settle();
    expect(labelled('Danh sách đơn vị (.csv, .xlsx)').getAttribute('type')).toBe('file');
    expect(document.activeElement?.textContent).toContain('Đơn vị (0)');
  });

  it('should not show the notice for a preset campaign, which has units', async () => {
    rendered = await render(<App services={campaignStepServices()} host="browser" initialYear={2025} />);
    expect(pageText()).toContain('Tải sổ tổng hợp (.xlsx)');
    expect(pageText()).not.toContain('Chiến dịch chưa có đơn vị nào');
  });
});
